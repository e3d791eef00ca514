// What the planner's end-to-end tests do to the page, as a person would: by labels,
// roles and button names. Shared by the app*.test.mjs files.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import { setFixedTime } from '../support/browser.mjs';
import { withPage } from '../support/suite.mjs';
import { label, named, nth, role } from '../support/query.mjs';

export const DIST = resolve(process.env.CERTPLAN_DIST ?? '../dist');
export const CASES = JSON.parse(await readFile(new URL('../cases.json', import.meta.url), 'utf8'));

// 59 days off, two clusters, one with a load balancer: every kind of step.
export const SEED = {
  shutdown: '2026-01-01',
  restart: '2026-03-01',
  lastUpdate: '2025-12-01',
  clusters: [{ name: 'prod1' }, { name: 'edge2', loadBalancer: true }],
};
export const SEED_COMMANDS = [
  'Update-AksHciCertificates',
  "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
  "Update-AksHciClusterCertificates -Name 'edge2' -fixKubeletCredentials",
  "Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials",
  "Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials",
  "Get-AksHciCredential -Name 'prod1'",
  "Get-AksHciCredential -Name 'edge2'",
];
export const SEED_QUERY = '?shutdown=2026-01-01&restart=2026-03-01&lastUpdate=2025-12-01&cluster=prod1&cluster=edge2:lb';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs `body(opened)` on a page of the planner at `url` (options may be left out; see withPage: checked and closed
 * in `finally`), with the browser's clock fixed to `today` (local noon, so no time zone
 * moves the date), once the app runs: the prerendered form shows at once, but its buttons
 * work only then.
 *
 * - `query`: the link's query, after `url`.
 * - `origins`: what the page may talk to; the URL's own origin unless given.
 * - `clipboard`: as openPage takes it.
 * - `prepare(page)`: runs before the page loads (scripts for every new document).
 */
export function withPlanner(browser, url, options, body) {
  if (typeof options === 'function') return withPlanner(browser, url, {}, options);
  const { today = '2026-03-01', query = '', origins, clipboard = false, prepare } = options;
  const own = url.startsWith('http') ? [new URL(url).origin] : [];
  return withPage(browser, { origins: origins ?? own, clipboard }, async (opened) => {
    await setFixedTime(opened.page, new Date(`${today}T12:00:00`));
    await prepare?.(opened.page);
    await opened.page.goto(url + query);
    await appStarted(opened.page);
    return body(opened);
  });
}

/** Waits until the app runs in `scope` (a page or frame): its Add cluster button is enabled. */
export async function appStarted(scope, { timeout = 20_000 } = {}) {
  // By the button's id, not its accessible name: an accessibility-tree query walks the
  // whole page, which in Firefox outlasts the timeout on a 50-cluster plan (16,000 elements).
  await scope.waitForFunction(() => document.getElementById('add-cluster')?.disabled === false, {
    timeout,
    polling: 50,
  });
}

/**
 * Waits until every open "If this step fails" in `scope` shows its remedies: they are
 * rendered when the disclosure opens, a moment after, as a person sees them appear.
 */
export async function remediesShown(scope) {
  await scope.waitForFunction(
    () => [...document.querySelectorAll('details.if-fails[open]')].every((d) => d.querySelector('.remedy')),
    { polling: 50 },
  );
}

/** Types a plan input into the form, field by field, adding cluster rows as needed. */
export async function enter(page, input) {
  const date = (value) => (typeof value === 'string' ? value.trim() : '');
  await page.locator(label('Shutdown date')).fill(date(input.shutdown));
  await page.locator(label('Power-on date')).fill(date(input.restart));
  await page.locator(label('Last update date')).fill(date(input.lastUpdate));
  for (const [index, cluster] of (input.clusters ?? []).entries()) {
    // By id: the button's accessible name is checked where it is the subject (app.test.mjs,
    // before-start.test.mjs). Asked of Firefox's accessibility tree once per row, it took
    // 1.2 s a click on a 12-cluster page, most of app-cases.test.mjs's time (2026-12-07).
    await page.locator('#add-cluster').click();
    const name = await nth(page, label('Cluster name'), index);
    await name.asLocator().fill(cluster.name);
    // The person moves on: a new row's empty name is an error only once it is left.
    await name.evaluate((el) => el.blur());
    await name.dispose();
    const balancer = await nth(page, label('Load balancer'), index);
    await balancer.asLocator().fill(Boolean(cluster.loadBalancer));
    await balancer.dispose();
  }
}

/** The commands on the page, read from the Copy buttons' accessible names, in order. */
export async function commands(scope) {
  const names = await scope.$$eval(named('button', 'Copy command '), (buttons) =>
    buttons.map((b) => b.getAttribute('aria-label')),
  );
  return names.map((name, index) => {
    const prefix = `Copy command ${index + 1}: `;
    assert.ok(name.startsWith(prefix), `button ${index + 1} is named ${name}`);
    return name.slice(prefix.length);
  });
}

/** The selector of the card of `layer` ("MOC" or "Kubernetes"). */
export function card(layer) {
  return named('article', layer);
}

/** The whole text of a layer's card. */
export async function cardText(page, layer) {
  return page.$eval(card(layer), (el) => el.innerText);
}

/** "Impacted" or "Not impacted" on the card of `layer`. */
export async function verdict(page, layer) {
  const text = await page.$eval(card(layer), (el) => el.querySelector('.verdict').innerText);
  return text.replace(/^\W+/, '').trim();
}

/**
 * axe-core's violations on the page as it is now, for WCAG 2.1 A and AA and axe's best
 * practices, as `id (impact): targets` lines. axe is evaluated, not added as a script
 * tag, so a page's own CSP (the offline file's) cannot block it.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
