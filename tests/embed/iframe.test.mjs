// ?embed=1 in an iframe on a page of another origin (a second port): the planner drops
// its page chrome, tells the host its height, and copies to the clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label, named, until } from '../support/query.mjs';
import { eachBrowser, served, withPage } from '../support/suite.mjs';
import { DIST, planFiftyNineDays } from './planner.mjs';


// The host page does what the README tells docs-site owners to do. Its icon is inline:
// Chromium would otherwise ask this test server for /favicon.ico, a 404 in the console.
const hostPage = (appUrl) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Docs page</title><link rel="icon" href="data:,"></head><body><h1>Our docs</h1>
<iframe id="planner" src="${appUrl}?embed=1" title="AKS certificate planner"
  allow="clipboard-write" style="width:100%;border:0"></iframe>
<script>
  window.heights = [];
  const frame = document.getElementById('planner');
  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data && event.data.type === 'certplan:height') {
      window.heights.push(event.data.height);
      frame.style.height = event.data.height + 'px';
    }
  });
</script></body></html>`;

const app = served({ root: DIST });
const host = served(async () => ({ routes: { '/docs.html': { body: hostPage((await app.ready).url) } } }));

eachBrowser((suite) => {
  test('compact mode sizes its iframe, has no chrome, and copies across origins', async () => {
    await withPage(suite.browser, { origins: [host.origin, app.origin], clipboard: true }, async ({ page }) => {
      await page.goto(`${host.origin}/docs.html`);
      const inner = await (await page.waitForSelector('#planner')).contentFrame();
      await inner.waitForSelector(label('Shutdown date'));
      await page.waitForFunction(() => window.heights.length > 0);
      const first = await page.evaluate(() => window.heights.at(-1));
      assert.ok(first > 100, `first height ${first}`);

      const chrome = await inner.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        rootBackground: getComputedStyle(document.documentElement).backgroundColor,
        // A visually hidden heading may stay for screen readers; a visible one is chrome.
        heading: document.querySelector('h1')?.getBoundingClientRect().height ?? 0,
      }));
      assert.equal(chrome.background, 'rgba(0, 0, 0, 0)', 'transparent body');
      assert.equal(chrome.rootBackground, 'rgba(0, 0, 0, 0)', 'transparent root');
      assert.ok(chrome.heading <= 1, `a ${chrome.heading}px page heading in compact mode`);

      await planFiftyNineDays(inner);
      await page.waitForFunction((h) => window.heights.at(-1) > h, {}, first);
      // The host sets the frame's height on each message; wait for the last one to land.
      const height = await until(
        async () => [await page.evaluate(() => window.heights.at(-1)), (await (await page.$('#planner')).boundingBox()).height],
        ([reported, box]) => Math.abs(box - reported) <= 1,
        { what: 'reported height vs iframe box' },
      );
      assert.ok(height[0] > first);
      const scroll = await inner.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      assert.ok(scroll <= 1, `the frame still scrolls by ${scroll}px`);

      // The same element throughout: once it confirms, its name no longer starts "Copy".
      const copy = await inner.waitForSelector(named('button', 'Copy command'));
      await copy.click();
      await until(() => copy.evaluate((b) => b.innerText), (t) => t.includes('Copied'), { what: 'the button says Copied' });
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Update-AksHciCertificates');
    });
  });
});
