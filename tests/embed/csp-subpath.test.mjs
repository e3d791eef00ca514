// dist/ served under a sub-path with the strict CSP: the app and the embedding example
// work, nothing is blocked, and no request leaves the path or the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../support/server.mjs';
import { launch, openPage } from '../support/browser.mjs';
import { CSP, DIST, planFiftyNineDays, recordCspViolations } from './planner.mjs';

const PREFIX = '/docs/planner/';
let server;
let browser;

before(async () => {
  server = await serve({ root: DIST, prefix: PREFIX, headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the app plans under a sub-path with the strict CSP and no violation', async () => {
  const { page, watch } = await openPage(browser, { origins: [server.origin] });
  await recordCspViolations(page);
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await planFiftyNineDays(page);
  assert.ok(await page.getByRole('button', { name: /^Copy command/ }).first().isVisible());
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(watch.foreign, []);
  const outside = server.requests.filter((path) => !path.startsWith(PREFIX));
  assert.deepEqual(outside, [], 'every asset loads relative to the sub-path');
});

test('the embedding example uses frame.js and the JS API under the same CSP', async () => {
  const { page, watch } = await openPage(browser, { origins: [server.origin] });
  await recordCspViolations(page);
  await page.goto(`${server.url}embed-example.html`);
  const output = page.locator('#api-output');
  await output.getByText("Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials").waitFor();
  assert.match(await output.textContent(), /powered off 59 days/);
  // The frame embed/frame.js inserted after its tag, of the planner beside embed/.
  const frame = page.frameLocator('iframe.certplan-frame');
  await frame.getByLabel('Shutdown date').waitFor();
  const src = await page.locator('iframe.certplan-frame').getAttribute('src');
  assert.equal(src, `${server.url}?embed=1&theme=auto`);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(watch.foreign, []);
});
