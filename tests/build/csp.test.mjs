// The built page keeps to the strict Content-Security-Policy the README documents and
// `cargo xtask serve` sends (Trunk.toml): no inline script or style to allow, and nothing
// loaded from another origin. Reads dist/index.html as a host would serve it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { CSP, DIST } from '../embed/planner.mjs';

/** Every start tag of `html` as { name, attributes }, comments left out. */
function startTags(html) {
  const tags = [];
  const tag = /<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const attribute = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
  for (const [, name, rest] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(tag)) {
    const attributes = new Map();
    for (const [, key, value = ''] of rest.matchAll(attribute)) {
      attributes.set(key.toLowerCase(), value.replace(/^["']|["']$/g, ''));
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}

const page = startTags(await readFile(`${DIST}/index.html`, 'utf8'));

test('the page has no inline script, style element or style attribute', () => {
  const inline = page.filter(
    ({ name, attributes }) =>
      (name === 'script' && !attributes.has('src')) || name === 'style' || attributes.has('style'),
  );
  assert.deepEqual(inline, [], 'the strict CSP blocks these');
  assert.ok(page.some(({ name, attributes }) => name === 'script' && attributes.has('src')), 'the page loads its script');
});

test('the page loads nothing from another origin', () => {
  // Links people follow (<a href>) are not loads.
  const loads = { script: 'src', link: 'href', img: 'src', iframe: 'src', source: 'src' };
  const foreign = page
    .map(({ name, attributes }) => attributes.get(loads[name]))
    .filter((url) => /^(https?:|\/\/)/i.test(url ?? ''));
  assert.deepEqual(foreign, [], 'the strict CSP blocks these');
});

test('cargo xtask serve sends the same policy (Trunk.toml)', async () => {
  const trunk = await readFile(new URL('../../Trunk.toml', import.meta.url), 'utf8');
  assert.ok(trunk.includes(`"Content-Security-Policy" = "${CSP}"`), `Trunk.toml [serve] lacks the policy ${CSP}`);
});

test('the scanner sees what the policy blocks, quoted or bare', () => {
  const tags = startTags('<!-- <script> --><p style=color:red>x</p><script>go()</script><link href="//cdn.example/s.css" rel=stylesheet>');
  assert.deepEqual(tags.map(({ name }) => name), ['p', 'script', 'link']);
  assert.equal(tags[0].attributes.get('style'), 'color:red');
  assert.equal(tags[2].attributes.get('href'), '//cdn.example/s.css');
});
