// Issue 18, in Chromium and Firefox, as an operator acts on a real outage (shut down on
// 2026-10-01, planned on 2026-12-06): a link from a colleague loses no cluster, dates
// typed key by key never flash a wrong verdict nor pass an impossible date as "still
// off", Done marks stay on their steps, future dates read as plans, the page says how to
// run the script, a runbook of twenty clusters keeps its fix within reach (Jump to, one
// name note, commands that wrap only at spaces). Pasting twice is in runbook.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attr, count, label, prop, role, until } from '../support/query.mjs';
import { DIST, cardText, commands, withPlanner } from './app-helpers.mjs';
import { eachBrowser, served } from '../support/suite.mjs';

const TODAY = '2026-12-06';
const ALERT = '.error-summary .alert';

/** The summary's days line, or '' when there is no plan. */
const days = (page) => page.$eval('.summary .days', (el) => el.textContent).catch(() => '');

/** Types `keys` into the date field labelled `name`, key by key, calling `each` after each key. */
async function typeDate(page, name, keys, each = async () => {}) {
  await page.$eval(label(name), (el) => el.focus());
  for (const key of keys) {
    await page.keyboard.type(key);
    await each(key);
  }
}

/** Lets the app render what the last event changed. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

const server = served({ root: DIST });

eachBrowser((suite) => {
  test('1. a shared link loses no cluster and keeps its address until an edit', async () => {
    const link = '?shutdown=2026-10-01&cluster=prod1:LB&cluster=dev2&cluster=web.shop';
    await withPlanner(suite.browser, server.url, { today: TODAY, query: link }, async ({ page }) => {
      const rows = () =>
        page.$$eval('.cluster', (all) =>
          all.map((row) => [
            row.querySelector('input[type="text"]').value,
            row.querySelector('input[type="checkbox"]').checked,
            row.querySelector('input[type="text"]').getAttribute('aria-invalid') === 'true',
          ]),
        );
      assert.deepEqual(await rows(), [
        ['prod1', true, false],
        ['dev2', false, false],
        ['web.shop', false, true],
      ]);
      assert.match(await page.$eval(ALERT, (el) => el.textContent), /Cluster 3: the name contains a dot/);
      assert.equal(new URL(page.url()).search, link, 'the address is the link as sent');
      // The person fixes the name: now the address follows the form.
      const third = (await page.$$(label('Cluster name')))[2];
      await third.evaluate((el) => {
        el.focus();
        el.select();
      });
      await page.keyboard.type('web-shop');
      await until(() => new URL(page.url()).search, (q) => q === '?shutdown=2026-10-01&cluster=prod1:lb&cluster=dev2&cluster=web-shop', {
        what: 'the address after the edit',
      });
      assert.equal(await count(page, ALERT), 0);
    });

    // 51 clusters and an impossible date: the 51st is named and left in the paste box.
    let many = '?shutdown=2026-10-01&restart=2026-02-30';
    for (let i = 1; i <= 51; i += 1) many += `&cluster=wl${i}`;
    await withPlanner(suite.browser, server.url, { today: TODAY, query: many }, async ({ page }) => {
      const notice = await until(
        () => page.$$eval('[role="status"].notice, .notice[role="status"]', (all) => all.map((n) => n.textContent).join(' ')),
        (t) => t.includes('wl51'),
        { what: 'the notice naming wl51' },
      );
      assert.ok(notice.includes('restart=2026-02-30'), `the bad date is named with its value: ${notice}`);
      assert.equal(await count(page, label('Cluster name')), 50);
      assert.equal(await prop(page, label('Paste cluster names'), 'value'), 'wl51');
      assert.equal(new URL(page.url()).search, many);
    });
  });

  test('2. an impossible power-on date is an error, never "still off"', async () => {
    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?shutdown=2026-10-01&cluster=prod1' }, async ({ page }) => {
      assert.match(await days(page), /66 days powered off so far \(still off\)/);
      await typeDate(page, 'Power-on date', ['0', '2', '3', '0', '2', '0', '2', '6']);
      await settle(page);
      assert.equal(await days(page), '', 'no verdict on an impossible date');
      assert.ok(await page.$eval('.typing', (el) => el.textContent.includes('Waiting for the Power-on date')));
      // Tab out (the first Tab may only move between the field's own parts).
      for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement.id)) === 'restart'; i += 1) {
        await page.keyboard.press('Tab');
      }
      await page.waitForSelector(ALERT);
      assert.match(await page.$eval(ALERT, (el) => el.textContent), /Power-on date is incomplete or not a real date/);
      assert.equal(await attr(page, label('Power-on date'), 'aria-invalid'), 'true');
      assert.equal(await days(page), '');
      assert.deepEqual(await commands(page), [], 'no command built on it');
    });
  });

  test('3. typing a year flashes no verdict; a new cluster row is no error until left empty', async () => {
    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?cluster=prod1' }, async ({ page }) => {
      // The shutdown date, key by key: years 0002, 0020, 0202 are still being typed.
      const seen = [];
      await typeDate(page, 'Shutdown date', ['1', '0', '0', '1', '2', '0', '2', '6'], async () => {
        await settle(page);
        seen.push([await days(page), await count(page, ALERT)]);
      });
      for (const [line, alerts] of seen.slice(0, -1)) {
        assert.equal(alerts, 0, 'no error while typing');
        assert.ok(!/\d{4,} days/.test(line), `no absurd day count while typing: ${line}`);
      }
      await until(() => days(page), (t) => t.includes('66 days'), { what: '66 days once the year is complete' });
      // The power-on date, key by key: never "before the shutdown date" on the way.
      await typeDate(page, 'Power-on date', ['1', '1', '2', '8', '2', '0', '2', '6'], async () => {
        await settle(page);
        const alert = await page.$eval(ALERT, (el) => el.textContent).catch(() => '');
        assert.ok(!alert.includes('before the shutdown'), `no flash: ${alert}`);
      });
      await until(() => days(page), (t) => t.includes('58 days powered off'), { what: '58 days' });
      // Add cluster: the plan stays while the new name is typed.
      await page.locator(role('button', 'Add cluster')).click();
      await settle(page);
      assert.equal(await count(page, ALERT), 0, 'no "name is empty" yet');
      assert.match(await days(page), /58 days/);
      // Left empty, it is an error.
      await page.keyboard.press('Tab');
      await page.waitForSelector(ALERT);
      assert.match(await page.$eval(ALERT, (el) => el.textContent), /Cluster 2: the name is empty/);
    });
  });

  test('4. Done marks stay on their steps through new dates, and Clear progress can be undone', async () => {
    const query = '?shutdown=2026-10-01&cluster=prod1&cluster=dev2';
    await withPlanner(suite.browser, server.url, { today: TODAY, query }, async ({ page }) => {
      const progress = () => prop(page, '.progress', 'textContent');
      await page.locator(role('checkbox', 'Done: step 1')).click();
      await page.locator(role('checkbox', 'Done: step 2')).click();
      await until(progress, (t) => t.startsWith('2 of 7 steps done'), { what: '2 done' });
      // The clusters are up: the power-on date, key by key, then the last update date.
      await typeDate(page, 'Power-on date', ['1', '2', '0', '6', '2', '0', '2', '6']);
      await until(() => new URL(page.url()).search, (q) => q.includes('restart=2026-12-06'), { what: 'the new link' });
      await until(progress, (t) => t.startsWith('2 of 7 steps done'), { what: 'still 2 done' });
      await typeDate(page, 'Last update date', ['1', '1', '0', '1', '2', '0', '2', '6']);
      await until(() => new URL(page.url()).search, (q) => q.includes('lastUpdate=2026-11-01'), { what: 'the newer link' });
      await until(progress, (t) => t.startsWith('2 of 7 steps done'), { what: 'still 2 done after the update date' });
      assert.equal(await prop(page, role('checkbox', 'Done: step 2'), 'checked'), true);
      // Clear, then undo.
      await page.locator(role('button', 'Clear progress')).click();
      await until(progress, (t) => t.startsWith('0 of 7 steps done'), { what: 'cleared' });
      await page.locator(role('button', 'Undo clear')).click();
      await until(progress, (t) => t === '2 of 7 steps done', { what: 'undone' });
      // Kept for this plan across a reload.
      await page.reload();
      await until(progress, (t) => t === '2 of 7 steps done', { what: 'after reload' });
    });
  });

  test('5. a planned shutdown and a planned power-on are told as plans', async () => {
    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?shutdown=2026-10-01&restart=2026-12-20&cluster=prod1' }, async ({ page }) => {
      assert.match(await days(page), /^Will be off 80 days by the planned power-on, 2026-12-20$/);
      const moc = await cardText(page, 'MOC');
      assert.ok(moc.includes('MOC certificates will have expired'), moc);
      assert.ok(!moc.includes('MOC certificates have expired'), moc);
      assert.ok(!(await cardText(page, 'Kubernetes')).includes('missed their renewals'));
    });

    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?shutdown=2026-12-20&cluster=prod1' }, async ({ page }) => {
      const line = await days(page);
      assert.match(line, /^Will be off 0 days by the planned power-on, 2026-12-20$/);
      assert.ok(!line.includes('so far'));
    });
  });

  test('6. the page says how to run the downloaded script and how to resume it', async () => {
    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?shutdown=2026-10-01&cluster=prod1' }, async ({ page }) => {
      await page.locator('.run-script > summary').click();
      const text = await page.$eval('.run-script', (el) => el.innerText);
      for (const line of [
        'Unblock-File -Path .\\aks-certificate-fix-2026-12-06.ps1',
        'Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope Process',
        '.\\aks-certificate-fix-2026-12-06.ps1 -From 3',
        'overwrites the previous kubeconfig',
      ]) {
        assert.ok(text.includes(line), `${line} in ${text}`);
      }
      const sources = await page.$$eval('.run-script a', (links) => links.map((a) => new URL(a.href).pathname));
      assert.ok(sources.some((p) => p.endsWith('/about_execution_policies')));
      assert.ok(sources.some((p) => p.endsWith('/unblock-file')));
    });
  });

  test('7. twenty clusters: one name note, Jump to first for the keyboard, commands wrap only at spaces', async () => {
    let query = '?shutdown=2026-10-01';
    for (let i = 1; i <= 20; i += 1) query += `&cluster=prod-weu-${String(i).padStart(2, '0')}`;
    await withPlanner(suite.browser, server.url, { today: TODAY, query }, async ({ page }) => {
      const notes = await page.$$eval('.notes li.cluster-name-style', (all) => all.map((n) => n.textContent));
      assert.equal(notes.length, 1, 'one note');
      assert.ok(notes[0].includes('"prod-weu-01"') && notes[0].includes('"prod-weu-20"'));
      // Notes for every plan come after the fix commands.
      const order = await page.$$eval('h2', (all) => all.map((h) => h.textContent));
      assert.ok(order.indexOf('Notes for every plan') > order.indexOf('Fix commands, in order'), order.join(' | '));
      // The first Tab lands on Jump to; its Fix commands link leads the keyboard to Copy all.
      await page.$eval('body', (body) => body.focus());
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => [document.activeElement.textContent, document.activeElement.closest('nav')?.getAttribute('aria-labelledby')]);
      // Still off: the runbook opens with powering on.
      assert.deepEqual(first, ['Power on', 'jump-to-title']);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Before you start');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Fix commands');
      await page.keyboard.press('Enter');
      await until(() => page.evaluate(() => location.hash), (h) => h === '#steps-title', { what: 'jumped' });
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Copy all');
      // A phone's width, on screen and on paper: no word of a command is split. (Firefox
      // over BiDi cannot emulate print media.)
      await page.setViewport({ width: 360, height: 780 });
      for (const media of suite.name === 'firefox' ? ['screen'] : ['screen', 'print']) {
        if (media === 'print') await page.emulateMediaType('print');
        const split = await page.$$eval('code.command .word', (words) =>
          words.filter((w) => w.getClientRects().length > 1).map((w) => w.textContent),
        );
        assert.deepEqual(split, [], `${media}: words split across lines`);
        // The words without a span (none a suite.browser breaks inside) are whole too.
        const splitText = await page.$$eval('code.command', (codes) =>
          codes.flatMap((code) =>
            [...code.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim())
              .filter((node) => {
                const range = document.createRange();
                range.selectNodeContents(node);
                return range.getClientRects().length > 1;
              })
              .map((node) => node.textContent),
          ),
        );
        assert.deepEqual(splitText, [], `${media}: words without a span split across lines`);
        const wrapped = await page.$$eval('code.command', (all) => all.filter((c) => c.getClientRects()[0]?.height > 40).length);
        assert.ok(wrapped > 0, `${media}: long commands do wrap, at spaces`);
      }
    });
  });
});
