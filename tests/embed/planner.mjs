// What the embedding tests do to the planner, as a person would: by labels and names.
import { resolve } from 'node:path';
import { count, label, nth, role, text } from '../support/query.mjs';

export const DIST = resolve(process.env.CERTPLAN_DIST ?? '../dist');

/** The strict policy the README documents and Trunk.toml serves (tests/build/csp.test.mjs keeps the page to it). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/**
 * Enters a 59-day shutdown and one cluster with a load balancer into the planner in
 * `scope` (a page or a frame), and waits for the fix plan.
 */
export async function planFiftyNineDays(scope) {
  await scope.locator(label('Shutdown date')).fill('2026-01-01');
  await scope.locator(label('Power-on date')).fill('2026-03-01');
  if ((await count(scope, label('Cluster name'))) === 0) {
    await scope.locator(role('button', 'Add cluster')).click();
  }
  const name = await nth(scope, label('Cluster name'), 0);
  await name.asLocator().fill('prod1');
  const balancer = await nth(scope, label('Load balancer'), 0);
  await balancer.asLocator().fill(true);
  await scope.waitForSelector(text("Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials"));
}

/** Records CSP violations in the page, before any of its scripts run. */
export async function recordCspViolations(page) {
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}
