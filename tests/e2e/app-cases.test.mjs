// The shared seed cases (tests/cases.json, also run by the core's tests), entered into
// the planner as a person would, in Chromium and Firefox, checked on the page: verdicts, days, commands in
// order, notes, and errors on the right field with no commands shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attr, count, label, named, nth, role, text, until } from '../support/query.mjs';
import { CASES, DIST, cardText, commands, enter, verdict, withPlanner } from './app-helpers.mjs';
import { eachBrowser, served } from '../support/suite.mjs';

const server = served({ root: DIST });

// A date input holds a real date or nothing, so only a case whose dates are real (or
// absent) can be typed; the others are the core's and the JS API's to test.
const realDate = (text) => {
  const trimmed = text.trim();
  const date = new Date(`${trimmed}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(trimmed);
};
const typeable = (input) =>
  typeof input.today === 'string' &&
  realDate(input.today) &&
  ['shutdown', 'restart', 'lastUpdate'].every(
    (key) => input[key] == null || input[key].trim() === '' || realDate(input[key]),
  ) &&
  Object.keys(input).every((key) => ['shutdown', 'restart', 'lastUpdate', 'today', 'clusters'].includes(key));

const FIELD_LABELS = { shutdown: 'Shutdown date', restart: 'Power-on date', lastUpdate: 'Last update date' };

/** The form field the core's error `field` names, as an element handle. */
function fieldAt(page, field) {
  const cluster = /^clusters\[(\d+)\]\.name$/.exec(field);
  if (cluster) return nth(page, label('Cluster name'), Number(cluster[1]));
  return page.waitForSelector(label(FIELD_LABELS[field]));
}

const cases = CASES.filter((c) => typeable(c.input));
assert.ok(cases.length >= 40, `only ${cases.length} typeable cases`);

async function check(browser, seed) {
  await withPlanner(browser, server.url, { today: seed.input.today.trim() }, async ({ page }) => {
    await enter(page, seed.input);
    const expect = seed.expect;

    if (expect.error) {
      const field = await fieldAt(page, expect.error.field);
      await until(() => field.evaluate((el) => el.getAttribute('aria-invalid')), (v) => v === 'true', {
        what: `${expect.error.field} aria-invalid`,
      });
      const described = await field.evaluate((el) => el.getAttribute('aria-describedby'));
      const errorId = described.split(' ').find((id) => id.endsWith('-error'));
      const message = await page.$eval(`[id="${errorId}"]`, (el) => el.innerText);
      assert.ok(message.length > 10, `message: ${message}`);
      assert.ok(
        (await page.$eval('.error-summary', (el) => el.innerText)).includes(message),
        'the live region repeats the message',
      );
      assert.deepEqual(await commands(page), [], 'no commands while input is invalid');
      assert.equal(await count(page, role('button', 'Download .ps1')), 0);
    } else if (expect.shutdownDays == null && expect.updateAgeDays == null) {
      // No date entered: no verdict to misread as "all clear", only what to enter.
      await page.waitForSelector(named('heading', 'What to enter first'));
      assert.equal(await count(page, role('article')), 0, 'no layer card');
      assert.equal(await count(page, '.verdict'), 0, 'no verdict');
      assert.equal(await count(page, text('Nothing to fix')), 0);
      assert.deepEqual(await commands(page), expect.commands);
    } else {
      await page.waitForSelector(named('article', 'MOC'));
      assert.equal(await verdict(page, 'MOC'), expect.moc ? 'Impacted' : 'Not impacted');
      assert.equal(await verdict(page, 'Kubernetes'), expect.kubernetes ? 'Impacted' : 'Not impacted');
      if (expect.shutdownDays != null) {
        const days = expect.shutdownDays === 1 ? '1 day' : `${expect.shutdownDays} days`;
        assert.equal(await page.$eval('.summary .days strong', (el) => el.innerText), days);
      }
      assert.deepEqual(await commands(page), expect.commands);
      for (const [layer, text] of Object.entries(expect.reasonContains ?? {})) {
        const name = layer === 'moc' ? 'MOC' : 'Kubernetes';
        assert.ok((await cardText(page, name)).includes(text), `${name} card says ${text}`);
      }
      const notes = await page.$$eval('.note, .notes li', (nodes) =>
        nodes.map((n) => [[...n.classList].find((c) => c !== 'note'), n.textContent]),
      );
      assert.deepEqual(notes.map(([code]) => code).sort(), [...expect.notes].sort());
      for (const [code, text] of Object.entries(expect.noteContains ?? {})) {
        assert.ok(notes.some(([c, t]) => c === code && t.includes(text)), `note ${code} says ${text}`);
      }
      // Microsoft's table row that decided the verdict is marked.
      if (expect.shutdownRow) {
        const label = expect.shutdownRow === 'less-than-30-days' ? 'Shutdown less than 30 days' : 'Shutdown more than 30 days';
        assert.match(await page.$eval(named('row', label), (row) => row.querySelector('th').innerText), /applies/i);
      }
    }
  });
}

eachBrowser((suite) => {
  for (const seed of cases) {
    test(`seed case: ${seed.name}`, () => check(suite.browser, seed));
  }
});
