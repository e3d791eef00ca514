// What the planner's end-to-end tests do to the page, as a person would: by labels,
// roles and button names. Shared by the app*.test.mjs files.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import { openPage } from '../support/browser.mjs';

export const DIST = resolve(process.env.CERTPLAN_DIST ?? '../dist');
export const CASES = JSON.parse(await readFile(new URL('../cases.json', import.meta.url), 'utf8'));

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A page of the planner at `query`, with the browser's clock fixed to `today` (local
 * noon, so no time zone moves the date), once the app runs: the prerendered form shows
 * at once, but its buttons work only then. Returns { page, watch, context }.
 */
export async function openPlanner(browser, server, { today = '2026-03-01', query = '', permissions = [] } = {}) {
  const opened = await openPage(browser, { origins: [server.origin], permissions });
  await opened.page.clock.setFixedTime(new Date(`${today}T12:00:00`));
  await opened.page.goto(server.url + query);
  await opened.page.getByRole('button', { name: 'Add cluster', disabled: false }).waitFor();
  return opened;
}

/** Types a plan input into the form, field by field, adding cluster rows as needed. */
export async function enter(page, input) {
  const date = (value) => (typeof value === 'string' ? value.trim() : '');
  await page.getByLabel('Shutdown date').fill(date(input.shutdown));
  await page.getByLabel('Power-on date').fill(date(input.restart));
  await page.getByLabel('Last update date').fill(date(input.lastUpdate));
  for (const [index, cluster] of (input.clusters ?? []).entries()) {
    await page.getByRole('button', { name: 'Add cluster' }).click();
    await page.getByLabel('Cluster name').nth(index).fill(cluster.name);
    await page.getByLabel('Load balancer').nth(index).setChecked(Boolean(cluster.loadBalancer));
  }
}

/** The commands on the page, read from the Copy buttons' accessible names, in order. */
export async function commands(page) {
  const names = await page.getByRole('button', { name: /^Copy command \d+: / }).evaluateAll((buttons) =>
    buttons.map((b) => b.getAttribute('aria-label')),
  );
  return names.map((name, index) => {
    const prefix = `Copy command ${index + 1}: `;
    assert.ok(name.startsWith(prefix), `button ${index + 1} is named ${name}`);
    return name.slice(prefix.length);
  });
}

/** "Impacted" or "Not impacted" on the card of `layer` ("MOC" or "Kubernetes"). */
export async function verdict(page, layer) {
  const card = page.getByRole('article', { name: new RegExp(`^${layer}\\b`) });
  return (await card.locator('.verdict').innerText()).replace(/^\W+/, '').trim();
}

/** The whole text of a layer's card. */
export function card(page, layer) {
  return page.getByRole('article', { name: new RegExp(`^${layer}\\b`) });
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails on anything the page's watch saw: console errors or requests to other origins. */
export function assertClean(watch) {
  assert.deepEqual(watch.errors, [], 'console errors');
  assert.deepEqual(watch.foreign, [], 'requests that left the origin');
}
