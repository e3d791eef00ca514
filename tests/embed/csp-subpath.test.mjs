// dist/ served under a sub-path with the strict CSP: the app and the embedding example
// work, nothing is blocked, and no request leaves the path or the origin. In each
// browser of BROWSERS.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../support/server.mjs';
import { BROWSERS, launch, openPage } from '../support/browser.mjs';
import { appStarted, commands, enter } from '../e2e/app-helpers.mjs';
import { CSP, DIST } from './planner.mjs';

const PREFIX = '/docs/planner/';
const CLOUD_FIX = "Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials";
let server;

before(async () => {
  server = await serve({ root: DIST, prefix: PREFIX, headers: { 'content-security-policy': CSP } });
});
after(async () => {
  await server?.close();
});

/** Records CSP violations in the page, before any of its scripts run. */
async function recordCspViolations(page) {
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

/** Waits until `read()` in `scope` gives something `ok` accepts, and returns it. */
async function eventually(read, ok, what) {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  assert.ok(ok(value), `${what}: ${JSON.stringify(value)}`);
  return value;
}

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
      await recordCspViolations(page);
      const response = await page.goto(server.url);
      assert.equal(response.headers()['content-security-policy'], CSP);
      await appStarted(page);
      await enter(page, { shutdown: '2026-01-01', restart: '2026-03-01', clusters: [{ name: 'prod1', loadBalancer: true }] });
      await eventually(() => commands(page), (found) => found.includes(CLOUD_FIX), 'commands');
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.foreign, []);
      const outside = server.requests.filter((path) => !path.startsWith(PREFIX));
      assert.deepEqual(outside, [], 'every asset loads relative to the sub-path');
      await close();
    });

    test('the embedding example uses frame.js and the JS API under the same CSP', async () => {
      const { page, watch, close } = await openPage(browser, { origins: [server.origin] });
      await recordCspViolations(page);
      await page.goto(`${server.url}embed-example.html`);
      const output = await eventually(
        () => page.$eval('#api-output', (el) => el.textContent),
        (text) => text.includes(CLOUD_FIX),
        'the JS API output',
      );
      assert.match(output, /powered off 59 days/);
      // The frame embed/frame.js inserted after its tag, of the planner beside embed/.
      const iframe = await page.waitForSelector('iframe.certplan-frame');
      assert.equal(await iframe.evaluate((el) => el.src), `${server.url}?embed=1&theme=auto`);
      await appStarted(await iframe.contentFrame());
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.foreign, []);
      await close();
    });
  });
}
