// What the embedding tests do to the planner, as a person would: by labels and names.
import { resolve } from 'node:path';

export const DIST = resolve(process.env.CERTPLAN_DIST ?? '../dist');

/** The strict policy documented in the README (and printed by `cargo xtask build`). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/**
 * Enters a 59-day shutdown and one cluster with a load balancer into the planner in
 * `scope` (a page or a frame), and waits for the fix plan.
 */
export async function planFiftyNineDays(scope) {
  await scope.getByLabel('Shutdown date').fill('2026-01-01');
  await scope.getByLabel('Power-on date').fill('2026-03-01');
  if ((await scope.getByLabel('Cluster name').count()) === 0) {
    await scope.getByRole('button', { name: 'Add cluster' }).click();
  }
  await scope.getByLabel('Cluster name').first().fill('prod1');
  await scope.getByLabel('Load balancer').first().check();
  await scope
    .getByText("Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials", { exact: true })
    .waitFor();
}

/** Records CSP violations in the page, before any of its scripts run. */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}
