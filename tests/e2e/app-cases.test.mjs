// The shared seed cases (tests/cases.json, also run by the core's tests), entered into
// the planner as a person would, checked on the page: verdicts, days, commands in
// order, notes, and errors on the right field with no commands shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../support/server.mjs';
import { launch } from '../support/browser.mjs';
import { CASES, DIST, assertClean, card, commands, enter, openPlanner, verdict } from './app-helpers.mjs';

let server;
let browser;
before(async () => {
  server = await serve({ root: DIST });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

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

function fieldLocator(page, field) {
  const cluster = /^clusters\[(\d+)\]\.name$/.exec(field);
  if (cluster) return page.getByLabel('Cluster name').nth(Number(cluster[1]));
  return page.getByLabel(FIELD_LABELS[field]);
}

const cases = CASES.filter((c) => typeable(c.input));
assert.ok(cases.length >= 40, `only ${cases.length} typeable cases`);

for (const seed of cases) {
  test(`seed case: ${seed.name}`, async () => {
    const { page, watch, context } = await openPlanner(browser, server, { today: seed.input.today.trim() });
    await enter(page, seed.input);
    const expect = seed.expect;

    if (expect.error) {
      const field = fieldLocator(page, expect.error.field);
      await assert.doesNotReject(
        field.and(page.locator('[aria-invalid="true"]')).waitFor({ timeout: 5000 }),
        `${expect.error.field} is marked invalid`,
      );
      const described = await field.getAttribute('aria-describedby');
      const errorId = described.split(' ').find((id) => id.endsWith('-error'));
      const message = await page.locator(`[id="${errorId}"]`).innerText();
      assert.ok(message.length > 10, `message: ${message}`);
      assert.ok(
        (await page.locator('.error-summary').innerText()).includes(message),
        'the live region repeats the message',
      );
      assert.deepEqual(await commands(page), [], 'no commands while input is invalid');
      assert.equal(await page.getByRole('button', { name: 'Download .ps1' }).count(), 0);
    } else if (expect.shutdownDays == null && expect.updateAgeDays == null) {
      // No date entered: no verdict to misread as "all clear", only what to enter.
      await page.getByRole('heading', { name: 'What to enter first' }).waitFor();
      assert.equal(await page.getByRole('article').count(), 0, 'no layer card');
      assert.equal(await page.locator('.verdict').count(), 0, 'no verdict');
      assert.equal(await page.getByText('Nothing to fix').count(), 0);
      assert.deepEqual(await commands(page), expect.commands);
    } else {
      await page.getByRole('article', { name: /^MOC\b/ }).waitFor();
      assert.equal(await verdict(page, 'MOC'), expect.moc ? 'Impacted' : 'Not impacted');
      assert.equal(await verdict(page, 'Kubernetes'), expect.kubernetes ? 'Impacted' : 'Not impacted');
      if (expect.shutdownDays != null) {
        const days = expect.shutdownDays === 1 ? '1 day' : `${expect.shutdownDays} days`;
        assert.equal(await page.locator('.summary .days strong').innerText(), days);
      }
      assert.deepEqual(await commands(page), expect.commands);
      for (const [layer, text] of Object.entries(expect.reasonContains ?? {})) {
        const name = layer === 'moc' ? 'MOC' : 'Kubernetes';
        assert.ok((await card(page, name).innerText()).includes(text), `${name} card says ${text}`);
      }
      const notes = await page.locator('.note, .notes li').evaluateAll((nodes) =>
        nodes.map((n) => [[...n.classList].find((c) => c !== 'note'), n.textContent]),
      );
      assert.deepEqual(notes.map(([code]) => code).sort(), [...expect.notes].sort());
      for (const [code, text] of Object.entries(expect.noteContains ?? {})) {
        assert.ok(notes.some(([c, t]) => c === code && t.includes(text)), `note ${code} says ${text}`);
      }
      // Microsoft's table row that decided the verdict is marked.
      if (expect.shutdownRow) {
        const label = expect.shutdownRow === 'less-than-30-days' ? 'Shutdown less than 30 days' : 'Shutdown more than 30 days';
        const row = page.getByRole('row', { name: new RegExp(`^${label}`) });
        assert.match(await row.locator('th').innerText(), /applies/i);
      }
    }
    assertClean(watch);
    await context.close();
  });
}
