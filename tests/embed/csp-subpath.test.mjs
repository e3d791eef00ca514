// dist/ served under a sub-path with the strict CSP: the app and the embedding example
// work, nothing is blocked, and no request leaves the path or the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label, named, text, visible } from '../support/query.mjs';
import { eachBrowser, served, withPage } from '../support/suite.mjs';
import { CSP, DIST, planFiftyNineDays, recordCspViolations } from './planner.mjs';

const PREFIX = '/docs/planner/';
const server = served({ root: DIST, prefix: PREFIX, headers: { 'content-security-policy': CSP } });

eachBrowser((suite) => {
  test('the app plans under a sub-path with the strict CSP and no violation', async () => {
    await withPage(suite.browser, { origins: [server.origin] }, async ({ page }) => {
      const seen = server.requests.length; // this browser's requests only
      await recordCspViolations(page);
      const response = await page.goto(server.url);
      assert.equal(response.headers()['content-security-policy'], CSP);
      await planFiftyNineDays(page);
      assert.ok(await visible(page, named('button', 'Copy command')));
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      const outside = server.requests.slice(seen).filter((path) => !path.startsWith(PREFIX));
      assert.deepEqual(outside, [], 'every asset loads relative to the sub-path');
    });
  });

  test('the embedding example uses frame.js and the JS API under the same CSP', async () => {
    await withPage(suite.browser, { origins: [server.origin] }, async ({ page }) => {
      await recordCspViolations(page);
      await page.goto(`${server.url}embed-example.html`);
      await page.waitForSelector(`#api-output ${text("Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials")}`);
      assert.match(await page.$eval('#api-output', (el) => el.textContent), /powered off 59 days/);
      // The frame embed/frame.js inserted after its tag, of the planner beside embed/.
      const iframe = await page.waitForSelector('iframe.certplan-frame');
      assert.equal(await iframe.evaluate((el) => el.src), `${server.url}?embed=1&theme=auto`);
      const frame = await iframe.contentFrame();
      await frame.waitForSelector(label('Shutdown date'));
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    });
  });
});
