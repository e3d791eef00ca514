// dist/ as a real static host serves it: nginx, under a sub-path, with the README's
// Content-Security-Policy header and gzip on. A shared link's plan, copy, the .ps1
// download and the JS API module all work there, and nothing breaks the policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { role, prop, text } from '../support/query.mjs';
import { startNginx } from '../support/nginx.mjs';
import { eachBrowser, started, withPage } from '../support/suite.mjs';
import { CSP, DIST, recordCspViolations } from '../embed/planner.mjs';

const PREFIX = '/tools/certplan/';
const SHARED = '?shutdown=2026-01-01&restart=2026-03-01&cluster=prod1:lb';
const CLOUD_FIX = "Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials";

const nginx = started(() => startNginx({ root: DIST, prefix: PREFIX, csp: CSP }));

/**
 * Runs `body` on the planner at a shared link (see withPage), with every response's
 * headers kept by URL in `responses`; then fails on any CSP violation.
 */
function withShared(browser, options, body) {
  return withPage(browser, { origins: [nginx.origin], ...options }, async (opened) => {
    const responses = new Map();
    opened.page.on('response', (response) => responses.set(response.url(), response.headers()));
    await recordCspViolations(opened.page);
    await opened.page.goto(nginx.url + SHARED);
    await opened.page.waitForSelector(text(CLOUD_FIX));
    await body({ ...opened, responses });
    assert.deepEqual(await opened.page.evaluate(() => window.__cspViolations), [], 'CSP violations');
  });
}

eachBrowser((suite) => {
  test('a shared link plans under nginx with the CSP header and gzip', async () => {
    await withShared(suite.browser, {}, async ({ page, responses }) => {
      assert.match(await prop(page, '.days', 'innerText'), /59 days/);
      const pageHeaders = responses.get(nginx.url + SHARED);
      assert.equal(pageHeaders['content-security-policy'], CSP);
      const wasm = [...responses].find(([url]) => url.endsWith('_bg.wasm'));
      assert.ok(wasm, 'the app wasm was fetched');
      assert.equal(wasm[1]['content-type'], 'application/wasm');
      assert.equal(wasm[1]['content-encoding'], 'gzip', 'nginx compresses the wasm');
      const glue = [...responses].find(([url]) => /certplan-web-[^/]*\.js$/.test(url));
      assert.equal(glue?.[1]['content-encoding'], 'gzip', 'nginx compresses the glue');
    });
  });

  test('copy puts the command on the clipboard under nginx', async () => {
    await withShared(suite.browser, { clipboard: true }, async ({ page }) => {
      await page.locator(role('button', `Copy command 3: ${CLOUD_FIX}`)).click();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), CLOUD_FIX);
    });
  });

  test('the .ps1 downloads under nginx', async () => {
    await withShared(suite.browser, {}, async ({ page, downloads }) => {
      await page.locator(role('button', 'Download .ps1')).click();
      const download = await downloads.next();
      assert.match(download.filename, /^aks-certificate-fix-\d{4}-\d\d-\d\d\.ps1$/);
      const script = await readFile(download.path, 'latin1');
      assert.ok(script.includes(CLOUD_FIX), 'the script has the cloud fix');
      assert.match(script, /^[\x00-\x7f]*$/, 'the script is ASCII');
    });
  });

  test('the JS API module loads and plans from nginx under the same CSP', async () => {
    await withShared(suite.browser, {}, async ({ page }) => {
      const steps = await page.evaluate(async (module) => {
        const api = await import(module);
        await api.default();
        const plan = api.plan({ shutdown: '2026-01-01', restart: '2026-03-01', clusters: [{ name: 'prod1', loadBalancer: true }] });
        return plan.steps.map((step) => step.command);
      }, `${nginx.url}embed/certplan.js`);
      assert.ok(steps.includes(CLOUD_FIX), `steps: ${steps.join(' | ')}`);
    });
  });
});
