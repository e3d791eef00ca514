// The page before the app runs: the prerendered form and tables paint first, a visitor
// can type dates while the wasm is still on its way and nothing typed is lost (not even
// a date typed halfway when the wasm arrives, which the page says it waits for), and
// without JavaScript the page still shows the tables and says what the planner needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFixedTime } from '../support/browser.mjs';
import { attr, count, label, named, prop, role, until } from '../support/query.mjs';
import { eachBrowser, served, withPage } from '../support/suite.mjs';
import { DIST, appStarted, commands } from './app-helpers.mjs';

const server = served({ root: DIST });

/** Holds every request for the app's wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const held = [];
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    if (request.url().endsWith('.wasm')) {
      held.push(request.url());
      await released;
    }
    await request.continue();
  });
  return { held, release };
}

const disabled = (page) => attr(page, role('button', 'Add cluster'), 'disabled').then((d) => d !== null);

eachBrowser((suite) => {
  test('dates typed before the wasm arrives are kept when the app starts', async () => {
    await withPage(suite.browser, { origins: [server.origin] }, async ({ page }) => {
      await setFixedTime(page, new Date('2026-03-01T12:00:00'));
      const wasm = await holdWasm(page);
      await page.goto(`${server.url}?cluster=prod1`, { waitUntil: 'domcontentloaded' });

      // The page is there without the app: form, tables, and what to enter.
      await page.waitForSelector(label('Shutdown date'));
      await page.waitForSelector(named('row', 'Shutdown more than 30 days'));
      await page.waitForSelector(named('heading', 'What to enter first'));
      await page.locator(label('Shutdown date')).fill('2026-01-01');
      await page.locator(label('Power-on date')).fill('2026-03-01');
      await until(() => wasm.held.length, (n) => n > 0, { what: 'the wasm was asked for and is held back' });
      assert.equal(await disabled(page), true, 'buttons wait for the app');
      assert.equal(await count(page, '.summary'), 0, 'no plan yet');

      // A date half typed when the wasm arrives (the field has no value yet): the app waits
      // for it rather than wipe the typed half.
      const update = label('Last update date');
      await page.$eval(update, (el) => el.focus());
      await page.keyboard.type('12');
      wasm.release();
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(await disabled(page), true, 'still waiting');
      // It says what it waits for, and the buttons that would do nothing look it.
      const status = () => prop(page, '#start-status', 'textContent');
      await until(status, (t) => t.includes('The planner starts once the Last update date is a complete, real date'), {
        what: 'the waiting line',
      });
      const faded = await page.$eval(role('button', 'Add cluster'), (b) => Number(getComputedStyle(b).opacity));
      assert.ok(faded < 1, `Add cluster looks disabled: opacity ${faded}`);
      await page.keyboard.type('012025');
      await appStarted(page);
      assert.equal(await status(), '', 'the waiting line goes once the app runs');
      await page.waitForSelector('.summary .days strong ::-p-text(59 days)');
      assert.equal(await prop(page, label('Shutdown date'), 'value'), '2026-01-01');
      assert.equal(await prop(page, label('Power-on date'), 'value'), '2026-03-01');
      assert.equal(await prop(page, update, 'value'), '2025-12-01');
      // The link's cluster came in beside what was typed, and the link now holds both.
      assert.equal(await prop(page, label('Cluster name'), 'value'), 'prod1');
      assert.ok((await commands(page)).includes("Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials"));
      await until(() => new URL(page.url()).search, (q) => q === '?shutdown=2026-01-01&restart=2026-03-01&lastUpdate=2025-12-01&cluster=prod1', {
        what: 'the URL',
      });
      // The prerendered table row that decided it is marked.
      assert.match(await page.$eval(named('row', 'Shutdown more than 30 days'), (row) => row.querySelector('th').innerText), /applies/i);
    });
  });
});

eachBrowser({ launchOptions: { javaScript: false }, title: (name) => `${name}, without JavaScript` }, (suite) => {
  test('without JavaScript the page shows the tables and says the planner needs it', async () => {
    await withPage(suite.browser, { origins: [server.origin] }, async ({ page }) => {
      await page.goto(server.url);
      // One plain evaluate reads the page: with scripts off, Firefox runs puppeteer's
      // waiting and query helpers in the page no more (they time out), but evaluate works.
      const seen = await page.evaluate(() => {
        const shown = (el) => Boolean(el) && el.checkVisibility();
        const rowHeads = [...document.querySelectorAll('th[scope="row"]')];
        const row = (name) => rowHeads.find((th) => th.textContent.trim().startsWith(name))?.closest('tr');
        const notice = document.querySelector('noscript .notice');
        return {
          notice: shown(notice),
          noticeText: notice?.innerText ?? '',
          rows: ['Shutdown less than 30 days', 'Cluster not updated within 90 days', 'Load balancer'].map((n) => shown(row(n))),
          shutdown: shown(document.querySelector('label[for="shutdown"]')) && shown(document.getElementById('shutdown')),
          shutdownLabel: document.querySelector('label[for="shutdown"]')?.textContent.trim(),
          addDisabled: [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add cluster')?.disabled,
          applies: [...document.querySelectorAll('*')].filter((el) => el.children.length === 0 && el.textContent.trim() === 'applies' && shown(el)).length,
          verdicts: document.querySelectorAll('.verdict').length,
        };
      });
      assert.equal(seen.notice, true, 'the notice shows');
      assert.match(seen.noticeText, /^The planner needs JavaScript and WebAssembly\./);
      assert.deepEqual(seen.rows, [true, true, true], 'the tables show');
      assert.equal(seen.shutdownLabel, 'Shutdown date');
      assert.equal(seen.shutdown, true, 'the form shows');
      assert.equal(seen.addDisabled, true, 'Add cluster waits for the app');
      // No row claims to apply, and no verdict, with nothing entered.
      assert.equal(seen.applies, 0);
      assert.equal(seen.verdicts, 0);
    });
  });
});
