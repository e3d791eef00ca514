// The page's fixed parts are HTML in dist/index.html and in the offline file, there
// before any script runs: read as files, without a browser. The masthead, the form's
// labels, hints and empty fields, Microsoft's tables, help, footer and the notice for
// visitors without JavaScript; and no verdict before anything is entered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const DIST = resolve(process.env.CERTPLAN_DIST ?? '../dist');

// From crates/certplan/src/tables.rs (the page's own wording).
const TABLES = {
  'Certificate renewal dependencies on cluster shutdown': ['Shutdown less than 30 days', 'Shutdown more than 30 days'],
  'Certificate renewal dependencies on cluster renewal': ['Cluster updated within 90 days', 'Cluster not updated within 90 days'],
  'Commands for fixing certificates': ['Management cluster', 'Target cluster', 'Load balancer'],
};
const FIELDS = { shutdown: 'Shutdown date', restart: 'Power-on date', lastUpdate: 'Last update date' };

/** The page without its scripts (the offline file inlines the app as one). */
async function page(file) {
  const html = await readFile(join(DIST, file), 'utf8');
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/** Text without tags or comments, entities of our texts decoded, spaces collapsed. */
const text = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Every start tag `<name ...>` of `html`. */
const tags = (html, name) => [...html.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>`, 'gi'))].map((m) => m[0]);

/** An attribute's value in a start tag, quoted or not (`''` when bare, undefined when absent). */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}(?:=("[^"]*"|'[^']*'|[^\\s>]+))?(?=[\\s>/])`, 'i').exec(tag);
  return match ? (match[1] ?? '').replace(/^["']|["']$/g, '') : undefined;
}

/** The element with `id`: its start tag and the HTML up to the matching close (same name). */
function element(html, id) {
  const start = [...html.matchAll(/<([a-z]+)(?:\s[^>]*)?>/gi)].find((m) => attribute(m[0], 'id') === id);
  assert.ok(start, `an element with id ${id}`);
  const name = start[1];
  let depth = 0;
  const pattern = new RegExp(`<(/?)${name}(?:\\s[^>]*)?>`, 'gi');
  pattern.lastIndex = start.index;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start.index, m.index + m[0].length);
  }
  assert.fail(`element ${id} is not closed`);
}

for (const file of ['index.html', 'certplan-offline.html']) {
  test(`${file}: the fixed parts are HTML`, async () => {
    const html = await page(file);
    const words = text(html);
    assert.match(words, /AKS certificate planner/);
    assert.equal(tags(html, 'h1').length, 1, 'one page heading');
    for (const [id, label] of Object.entries(FIELDS)) {
      const labels = tags(html, 'label').filter((tag) => attribute(tag, 'for') === id);
      assert.equal(labels.length, 1, `a label for ${id}`);
      assert.ok(words.includes(label), label);
      const input = tags(html, 'input').find((tag) => attribute(tag, 'id') === id);
      assert.equal(attribute(input, 'type'), 'date', `${label} is a date field`);
      assert.equal(attribute(input, 'value') ?? '', '', `${label} is empty`);
      assert.equal(attribute(input, 'disabled'), undefined, `${label} takes input before the app runs`);
    }
    assert.ok(words.includes('First day the clusters were powered off.'), 'hints');
    assert.ok(words.includes('Workload clusters'));
    const add = tags(html, 'button').find((tag) => attribute(tag, 'id') === 'add-cluster');
    assert.notEqual(attribute(add, 'disabled'), undefined, 'Add cluster waits for the app');

    for (const [caption, rows] of Object.entries(TABLES)) {
      const captions = [...html.matchAll(/<caption(?:\s[^>]*)?>([^<]*)<\/caption>/gi)];
      const found = captions.find((m) => m[1] === caption);
      assert.ok(found, `table "${caption}"`);
      // The scrolling wrapper is a region named by the caption that a keyboard reaches.
      const id = attribute(found[0], 'id');
      const wrapper = tags(html, 'div').find((tag) => attribute(tag, 'aria-labelledby') === id);
      assert.equal(attribute(wrapper, 'role'), 'region', `${caption} wrapper role`);
      assert.equal(attribute(wrapper, 'tabindex'), '0', `${caption} wrapper is focusable`);
      for (const row of rows) {
        const head = new RegExp(`<th\\s[^>]*scope="?row"?[^>]*>${row}<`);
        assert.match(html, head, `row "${row}" of "${caption}"`);
      }
    }
    assert.match(words, /How to use the plan/);
    // Issue 19: the footer gives the newest date the facts were checked against.
    assert.match(words, /Facts checked against Microsoft's pages as of 01\/28\/2026 \(each source link shows its page's date\)/);
    assert.match(words, /From Microsoft Learn, Update certificates in AKS on Windows Server, 04\/02\/2025/);
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/i);
    assert.ok(noscript, 'a notice for visitors without JavaScript');
    assert.match(text(noscript[1]), /needs JavaScript/);
  });

  test(`${file}: before anything is entered there is no verdict, only what to enter`, async () => {
    const planner = text(element(await page(file), 'planner'));
    assert.match(planner, /What to enter first/);
    for (const verdict of ['Not impacted', 'Impacted', 'Nothing to fix', 'Check the input']) {
      assert.ok(!planner.includes(verdict), `the planner says ${verdict}`);
    }
  });
}
