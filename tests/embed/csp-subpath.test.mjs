// dist/ served under a sub-path with the strict CSP: the app and the embedding example
// work, nothing is blocked, and no request leaves the path or the origin.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../support/server.mjs';
import { BROWSERS, launch, openPage } from '../support/browser.mjs';
import { label, named, text, visible } from '../support/query.mjs';
import { CSP, DIST, planFiftyNineDays, recordCspViolations } from './planner.mjs';

const PREFIX = '/docs/planner/';
let server;

before(async () => {
  server = await serve({ root: DIST, prefix: PREFIX, headers: { 'content-security-policy': CSP } });
});
after(async () => {
  await server?.close();
});

for (const name of BROWSERS) {
  describe(name, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
    });

    test('the app plans under a sub-path with the strict CSP and no violation', async () => {
      const { page, watch, close } = await openPage(browser, { origins: [server.origin] });
      const seen = server.requests.length; // this browser's requests only
      await recordCspViolations(page);
      const response = await page.goto(server.url);
      assert.equal(response.headers()['content-security-policy'], CSP);
      await planFiftyNineDays(page);
      assert.ok(await visible(page, named('button', 'Copy command')));
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.foreign, []);
      const outside = server.requests.slice(seen).filter((path) => !path.startsWith(PREFIX));
      assert.deepEqual(outside, [], 'every asset loads relative to the sub-path');
      await close();
    });

    test('the embedding example uses frame.js and the JS API under the same CSP', async () => {
      const { page, watch, close } = await openPage(browser, { origins: [server.origin] });
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
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.foreign, []);
      await close();
    });
  });
}
