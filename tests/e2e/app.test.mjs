// The planner in use: copying, the .ps1 download, links, bad and hostile input,
// keyboard use, phone width and print, in headless Chromium and Firefox against the
// release dist/. Every test also fails on a console error or a request that leaves the
// origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '../support/server.mjs';
import { setFixedTime } from '../support/browser.mjs';
import { eachBrowser, served, withPage } from '../support/suite.mjs';
import { attr, count, label, named, nth, prop, role, text, until, visible } from '../support/query.mjs';
import {
  DIST,
  SEED,
  SEED_COMMANDS,
  SEED_QUERY,
  appStarted,
  cardText,
  commands,
  enter,
  verdict,
  withPlanner,
} from './app-helpers.mjs';

const SCREENSHOT = fileURLToPath(new URL('../../web/screenshot.png', import.meta.url));

const readClipboard = (scope) => scope.evaluate(() => navigator.clipboard.readText());
const innerText = (scope, selector) => prop(scope, selector, 'innerText');

const server = served({ root: DIST });

eachBrowser((suite) => {
  test('copy one command, then all, and read the clipboard back', async () => {
    await withPlanner(suite.browser, server.url, { clipboard: true }, async ({ page }) => {
      await enter(page, SEED);
      assert.deepEqual(await commands(page), SEED_COMMANDS);

      // The same element throughout: while it confirms, its name says so too (label in name).
      const second = await page.waitForSelector(role('button', `Copy command 2: ${SEED_COMMANDS[1]}`));
      await second.click();
      assert.equal(await readClipboard(page), SEED_COMMANDS[1]);
      await until(() => second.evaluate((b) => b.innerText), (t) => t.includes('Copied'), { what: 'the button says Copied' });
      assert.equal(await second.evaluate((b) => b.getAttribute('aria-label')), `Copied (Copy command 2: ${SEED_COMMANDS[1]})`);
      // The confirmation clears itself.
      await until(() => second.evaluate((b) => b.innerText), (t) => t.trim() === 'Copy', { what: 'the button says Copy again' });
      assert.equal(await second.evaluate((b) => b.getAttribute('aria-label')), `Copy command 2: ${SEED_COMMANDS[1]}`);

      await page.locator(role('button', 'Copy all')).click();
      assert.equal(await readClipboard(page), SEED_COMMANDS.join('\n'));
      await page.waitForSelector(named('button', 'Copied'));
    });
  });

  test('copy falls back when the Clipboard API is refused (cross-origin iframe)', async () => {
    // No allow="clipboard-write": navigator.clipboard.writeText rejects in the frame.
    const host = await serve({
      routes: {
        '/host.html': {
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><iframe title="planner" src="${server.url}${SEED_QUERY}" style="width:100%;height:2000px;border:0"></iframe></body></html>`,
        },
      },
    });
    try {
      await withPage(suite.browser, { origins: [host.origin, server.origin], clipboard: true }, async ({ page }) => {
        await setFixedTime(page, new Date('2026-03-01T12:00:00'));
        await page.goto(`${host.origin}/host.html`);
        const frame = await (await page.waitForSelector('iframe')).contentFrame();
        await appStarted(frame);
        const first = await frame.waitForSelector(role('button', `Copy command 1: ${SEED_COMMANDS[0]}`));
        await first.click();
        await until(() => first.evaluate((b) => b.innerText), (t) => t.includes('Copied'), { what: 'the button says Copied' });
        assert.equal(await readClipboard(page), SEED_COMMANDS[0]);
      });
    } finally {
      await host.close();
    }
  });

  test('Download .ps1 saves the ASCII script with every command in order', async () => {
    await withPlanner(suite.browser, server.url, async ({ page, downloads }) => {
      await enter(page, SEED);
      await page.locator(role('button', 'Download .ps1')).click();
      const download = await downloads.next();
      assert.equal(download.filename, 'aks-certificate-fix-2026-03-01.ps1');
      const script = await readFile(download.path, 'latin1');
      assert.match(script, /^[\x09\x0a\x0d\x20-\x7e]*$/, 'plain ASCII');
      assert.match(script, /^#/, 'starts with its header comment');
      assert.ok(script.includes("$ErrorActionPreference = 'Stop'"));
      const lines = script.split(/\r?\n/);
      // Each command on its own line, in its step's `if ($From -le N)` block.
      const positions = SEED_COMMANDS.map((command) => lines.indexOf(`    ${command}`));
      assert.ok(positions.every((p) => p >= 0), `every command on its own line: ${positions}`);
      // Each verify step checks its own cluster right away.
      for (const cluster of ['prod1', 'edge2']) {
        const at = lines.indexOf(`    Get-AksHciCredential -Name '${cluster}'`);
        assert.equal(lines[at + 1], '    kubectl get nodes', `kubectl right after ${cluster}'s credentials`);
      }
      assert.ok(lines.includes('param([ValidateRange(1, 7)][int]$From = 1)'), 'the script takes -From');
      assert.ok(lines.includes('#   Unblock-File -Path .\\aks-certificate-fix-2026-03-01.ps1'), 'how to unblock it');
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in plan order');
    });
  });

  test('Copy link reproduces the plan in a fresh page', async () => {
    const link = await withPlanner(suite.browser, server.url, { clipboard: true }, async ({ page }) => {
      await enter(page, SEED);
      await page.locator(role('button', 'Copy link')).click();
      await page.waitForSelector(named('button', 'Copied'));
      const copied = await readClipboard(page);
      assert.equal(new URL(copied).search, SEED_QUERY, 'human-readable query');
      return copied;
    });

    await withPage(suite.browser, { origins: [server.origin] }, async ({ page }) => {
      await setFixedTime(page, new Date('2026-03-01T12:00:00'));
      await page.goto(link);
      await page.waitForSelector(named('article', 'MOC'));
      assert.equal(await prop(page, label('Shutdown date'), 'value'), SEED.shutdown);
      assert.equal(await prop(page, label('Power-on date'), 'value'), SEED.restart);
      assert.equal(await prop(page, label('Last update date'), 'value'), SEED.lastUpdate);
      const edge = await nth(page, label('Cluster name'), 1);
      assert.equal(await edge.evaluate((el) => el.value), 'edge2');
      const balancer = await nth(page, label('Load balancer'), 1);
      assert.equal(await balancer.evaluate((el) => el.checked), true);
      assert.deepEqual(await commands(page), SEED_COMMANDS);
    });
  });

  test('an empty power-on date plans for today and says so', async () => {
    await withPlanner(suite.browser, server.url, { query: '?shutdown=2026-02-20&cluster=prod1' }, async ({ page }) => {
      await page.waitForSelector(text('Still powered off: this plan is for powering on today, 2026-03-01.'));
      assert.equal(await innerText(page, '.summary .days strong'), '9 days');
      assert.ok((await cardText(page, 'MOC')).includes('Power on by 2026-03-21'));
      assert.equal(await verdict(page, 'MOC'), 'Not impacted');
    });
  });

  test('power-on before shutdown: the field is marked, the error announced, no commands', async () => {
    await withPlanner(suite.browser, server.url, async ({ page }) => {
      await enter(page, { ...SEED, restart: '2025-12-24' });
      const restart = label('Power-on date');
      await page.waitForSelector('#restart[aria-invalid="true"]');
      const describedBy = (await attr(page, restart, 'aria-describedby')).split(' ');
      const errorId = describedBy.find((id) => id.endsWith('-error'));
      const message = await innerText(page, `[id="${errorId}"]`);
      assert.match(message, /^Power-on date is before the shutdown date/);
      const live = '.error-summary';
      assert.equal(await attr(page, live, 'aria-live'), 'polite');
      assert.match(await innerText(page, live), /Power-on date is before the shutdown date/);
      assert.deepEqual(await commands(page), []);
      assert.equal(await count(page, role('button', 'Copy all')), 0);
      // Fixing the date brings the plan back and clears the mark.
      await page.locator(restart).fill('2026-03-01');
      assert.deepEqual(await commands(page), SEED_COMMANDS);
      assert.equal(await attr(page, restart, 'aria-invalid'), null);
    });
  });

  test('hostile cluster names are refused as text, never run as markup or commands', async () => {
    await withPlanner(suite.browser, server.url, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        dialog.dismiss();
      });
      const hostile = [
        '<img src=x onerror=alert(1)>',
        "x'; Remove-Item C:\\ -Recurse; '",
        'a\u2019b',
        '$(calc)',
        'a'.repeat(64),
      ];
      await enter(page, { shutdown: '2026-01-01', restart: '2026-03-01', clusters: hostile.map((name) => ({ name })) });
      for (let index = 0; index < hostile.length; index += 1) {
        const field = await nth(page, label('Cluster name'), index);
        assert.equal(await field.evaluate((el) => el.value), hostile[index]);
        assert.equal(await field.evaluate((el) => el.getAttribute('aria-invalid')), 'true', `cluster ${index + 1} marked`);
      }
      assert.equal(await count(page, 'img'), 0);
      assert.deepEqual(await commands(page), []);
      assert.equal(dialogs, 0);
    });
  });

  test('hostile and malformed query values are named in a visible notice, clusters become marked rows', async () => {
    const query =
      '?shutdown=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&restart=2026-02-30&cluster=%3Cscript%3Ealert(1)%3C%2Fscript%3E' +
      '&cluster=prod1&cluster=PROD1&%3Cb%3Ebold%3C%2Fb%3E=1&lastUpdate=%ZZ&cluster=' + 'a'.repeat(300) + '&embed=0';
    await withPlanner(suite.browser, server.url, { query }, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        dialog.dismiss();
      });
      const NOTICE = 'Some values in the link were ignored';
      const notices = () => page.$$eval(role('status'), (all) => all.map((el) => el.innerText));
      const [text] = (await until(notices, (all) => all.some((t) => t.includes(NOTICE)), { what: 'the notice' })).filter(
        (t) => t.includes(NOTICE),
      );
      for (const reason of ['restart=2026-02-30: not a real YYYY-MM-DD date', 'unknown parameter', 'not valid text', 'value too long']) {
        assert.ok(text.includes(reason), `notice says ${reason}: ${text}`);
      }
      assert.ok(text.includes('<b>bold</b>'), 'the hostile key is shown as text');
      assert.ok(text.includes('<img src=x'), 'the hostile date is shown as text');
      assert.equal(await count(page, 'img, .notice b'), 0);
      // Every cluster is a row, the bad ones marked; the address is the link as sent.
      const names = await page.$$eval(label('Cluster name'), (all) => all.map((el) => [el.value, el.getAttribute('aria-invalid')]));
      assert.deepEqual(names, [['<script>alert(1)</script>', 'true'], ['prod1', null], ['PROD1', 'true']]);
      assert.equal(await prop(page, label('Shutdown date'), 'value'), '');
      assert.equal(new URL(page.url()).search, query);
      await page.locator(role('button', 'Dismiss')).click();
      await until(notices, (all) => !all.some((t) => t.includes(NOTICE)), { what: 'the notice after Dismiss' });
      assert.equal(dialogs, 0);
    });
  });

  test('keyboard only: add a cluster, type, remove it, focus stays useful', async () => {
    await withPlanner(suite.browser, server.url, { query: '?shutdown=2026-01-01&restart=2026-03-01' }, async ({ page }) => {
      const add = role('button', 'Add cluster');
      const focused = (selector) => page.$eval(selector, (el) => el === document.activeElement);
      await page.$eval(add, (el) => el.focus());
      await page.keyboard.press('Enter');
      // The new row's name field takes focus.
      const name = label('Cluster name');
      await page.waitForSelector(name);
      assert.equal(await focused(name), true);
      await page.keyboard.type('prod1');
      await page.keyboard.press('Tab');
      await page.keyboard.press(' ');
      assert.equal(await prop(page, label('Load balancer'), 'checked'), true);
      assert.ok((await commands(page)).includes("Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials"));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Remove cluster 1
      await until(() => count(page, name), (n) => n === 0, { what: 'cluster rows' });
      assert.equal(await focused(add), true, 'focus back on Add cluster');
      // Focus is visible: an outline, not just the suite.browser default on some elements.
      const outline = await page.$eval(add, (el) => getComputedStyle(el).outlineStyle);
      assert.equal(outline, 'solid');
    });
  });

  test('phone width: nothing overflows sideways', async () => {
    await withPlanner(suite.browser, server.url, { query: SEED_QUERY }, async ({ page }) => {
      await page.setViewport({ width: 360, height: 780 });
      await page.waitForSelector(named('article', 'MOC'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    });
  });

  test('print shows the runbook, not the form', async (t) => {
    if (suite.name === 'firefox') {
      // Firefox's WebDriver BiDi (153 ESR) has no media type emulation, and puppeteer's
      // emulateMediaType needs CDP; no preference switches content to print media.
      t.skip('Firefox BiDi cannot emulate print media');
      return;
    }
    await withPlanner(suite.browser, server.url, { query: SEED_QUERY }, async ({ page }) => {
      await page.emulateMediaType('print');
      await page.waitForSelector(named('article', 'MOC'));
      assert.equal(await visible(page, label('Shutdown date')), false);
      assert.equal(await visible(page, role('button', 'Copy all')), false);
      assert.equal(await page.$$eval('code, pre, td, li, p', (all, wanted) =>
        all.some((el) => el.textContent.trim() === wanted && el.checkVisibility()), SEED_COMMANDS[4]), true);
    });
  });

  // One picture for the README, taken in Chromium only: a second browser would just
  // overwrite it.
  if (suite.name === 'chromium') {
    test('screenshot for the README (web/screenshot.png)', async () => {
      await withPlanner(suite.browser, server.url, { query: SEED_QUERY }, async ({ page }) => {
        await page.setViewport({ width: 1280, height: 1000 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await page.waitForSelector(named('article', 'MOC'));
        await page.screenshot({ path: SCREENSHOT });
      });
    });
  }
});
