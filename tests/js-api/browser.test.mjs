// The JS API in real browsers (headless Chromium and Firefox): `await init()` finds
// certplan_bg.wasm next to the module under a sub-path, under a strict CSP, with no
// request anywhere else; plan, errors and the default today behave as in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachBrowser, served, withPage } from '../support/suite.mjs';
import { CSP } from '../embed/planner.mjs';
import { dist } from './support.mjs';

const PREFIX = '/docs/tools/';

// A page of the embedding site, and its module script (external: the CSP allows no
// inline script). It reports to window.result.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title>
<script type="module" src="api-test.mjs"></script></head><body></body></html>`;
const SCRIPT = `
import init, { plan, version } from './embed/certplan.js';
const out = {};
try {
  await init();
  out.version = version();
  const p = plan({ shutdown: '2026-01-01', restart: '2026-03-01', today: '2026-03-01',
                   clusters: [{ name: 'edge2', loadBalancer: true }] });
  out.commands = p.steps.map((s) => s.command);
  out.keys = Object.keys(p).sort();
  out.nullCluster = p.steps[0].cluster;
  const d = new Date();
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  out.localToday = pad(d.getFullYear(), 4) + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  out.defaultAge = plan({ lastUpdate: out.localToday }).updateAgeDays;
  try { plan({ colour: 'red' }); } catch (e) {
    out.error = { isError: e instanceof Error, code: e.code, field: e.field, message: e.message };
  }
} catch (e) {
  out.failure = String(e && e.stack || e);
}
window.result = out;
`;

const server = served({
  root: dist,
  prefix: PREFIX,
  headers: { 'content-security-policy': CSP },
  routes: {
    [`${PREFIX}api-test.html`]: { body: PAGE },
    [`${PREFIX}api-test.mjs`]: { type: 'text/javascript; charset=utf-8', body: SCRIPT },
    // The browser asks for the site's icon; an empty one keeps the console clean.
    '/favicon.ico': { type: 'image/x-icon', body: '' },
  },
});

eachBrowser((suite) => {
  test('init() loads the wasm beside the module; plan works under a strict CSP', async () => {
    await withPage(suite.browser, { origins: [server.origin] }, async ({ page }) => {
      const seen = server.requests.length; // this browser's requests only
      await page.goto(`${server.url}api-test.html`);
      await page.waitForFunction(() => window.result !== undefined, { timeout: 20_000 });
      const r = await page.evaluate(() => window.result);
      assert.equal(r.failure, undefined, r.failure);
      assert.match(r.version, /^\d+\.\d+\.\d+/);
      assert.deepEqual(r.commands, [
        'Update-AksHciCertificates',
        "Update-AksHciClusterCertificates -Name 'edge2' -fixKubeletCredentials",
        "Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials",
        "Get-AksHciCredential -Name 'edge2'",
      ]);
      assert.deepEqual(r.keys, [
        'checks', 'layers', 'notes', 'powerOff', 'powerOn', 'script', 'shutdownDays', 'shutdownRow', 'steps',
        'updateAgeDays', 'updateRow',
      ]);
      assert.equal(r.nullCluster, null);
      assert.equal(r.defaultAge, 0);
      assert.deepEqual(
        { isError: r.error?.isError, code: r.error?.code, field: r.error?.field },
        { isError: true, code: 'unknown-field', field: 'colour' },
      );
      const requests = server.requests.slice(seen);
      assert.ok(requests.includes(`${PREFIX}embed/certplan_bg.wasm`), requests.join(' '));
    });
  });
});
