// The night from power-on (issue 19), in Chromium and Firefox: a still-off plan opens
// with "Power on" above "Before you start", a future shutdown shows "Before you shut
// down" first, every source link carries its page's date, the lifecycle note says what
// Microsoft says today, and embed mode and the offline file carry the same sections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { role, label, count, until } from '../support/query.mjs';
import { eachBrowser, served } from '../support/suite.mjs';
import { DIST, axeViolations, remediesShown, withPlanner } from './app-helpers.mjs';

// The day: clusters off since 22 October, 45 days by today.
const TODAY = '2026-12-06';
const STILL_OFF = '?shutdown=2026-10-22&cluster=prod1';

/** The texts of the elements matching `selector`, in order. */
function texts(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
}

/** Types a date into a field key by key, as a person does (YYYY-MM-DD, field focused). */
async function typeDate(page, field, iso) {
  const [year, month, day] = iso.split('-');
  await page.$eval(label(field), (el) => el.focus());
  // Month, day, year in both browsers' en-US date fields.
  await page.keyboard.type(`${month}${day}${year}`);
}

const server = served({ root: DIST });

eachBrowser((suite) => {
  test('still off: the runbook starts with Power on, then Before you start, then the fix', async () => {
    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?cluster=prod1' }, async ({ page }) => {
      await typeDate(page, 'Shutdown date', '2026-10-22');
      await page.waitForSelector('.summary .days strong ::-p-text(45 days)');
      const headings = await texts(page, 'h2');
      const at = (h) => headings.indexOf(h);
      assert.ok(at('Power on') >= 0, `headings: ${headings.join(' | ')}`);
      assert.ok(at('Power on') < at('Before you start') && at('Before you start') < at('Fix commands, in order'));
      assert.equal(at('Before you shut down'), -1, 'the shutdown is behind us');
      // The section is a link target for "Jump to".
      assert.equal(await count(page, 'section#power-on li.check-item'), 4);
      const items = await texts(page, '#power-on li.check-item .purpose');
      assert.match(items[0], /^Power on every node/);
      assert.match(items[1], /^Start the cluster service on every node/);
      // Pressing the power button has no command; the rest have one with Copy.
      const commands = await texts(page, '#power-on .check-item > .command-line .command');
      assert.deepEqual(commands.slice(0, 2), ['Start-Cluster', 'Get-ClusterNode | Select-Object -Property Name, State']);
      assert.match(commands[2], /^Get-VM -ComputerName \(Get-ClusterNode\)\.Name \| Where-Object/);
      assert.ok(await page.$(role('button', 'Copy power-on item 2: Start-Cluster')), 'Start-Cluster has its Copy button');
      const healthy = await texts(page, '#power-on .expect');
      assert.ok(healthy[2].includes('State Up') && healthy[3].includes('State Running'), healthy.join(' | '));
      // A stopped control plane VM: the documented restart, ready to copy, from its dated page.
      const details = await page.$('#power-on li.check-item:nth-child(4) > details');
      await (await details.$('summary')).focus();
      await page.keyboard.press('Enter');
      await until(() => details.evaluate((d) => d.open), Boolean, { what: 'remedies open' });
      await details.waitForSelector('.remedy');
      const remedy = await details.$eval('.remedy', (r) => r.textContent);
      assert.ok(remedy.includes("Restart-VM -Name '<vm>' -Force"), remedy);
      const source = await details.$eval('.remedy .source a', (a) => ({ text: a.textContent, href: a.href }));
      assert.equal(source.text, 'Microsoft Learn, Stop and restart an Azure Kubernetes Service cluster, 06/26/2024');
      assert.equal(source.href, 'https://learn.microsoft.com/azure/aks/aksarc/stop-start-cluster#verify-the-control-plane-nodes-are-running');
      // Done boxes like the other items.
      await page.locator(role('checkbox', 'Done: power-on item 1')).click();
      await until(() => page.$eval(role('checkbox', 'Done: power-on item 1'), (b) => b.checked), Boolean, { what: 'ticked' });
      // Today's lifecycle, dated: never "retired" or "unsupported" before March 2028.
      const lifecycle = await page.$eval('li.platform-retirement', (li) => li.textContent.replace(/\s+/g, ' '));
      assert.match(lifecycle, /^AKS Arc on Windows Server is supported through March 2028\./);
      assert.match(lifecycle, /Windows Server 2019 node pools have been deprecated since March 2026/);
      assert.match(lifecycle, /Windows Server 2022 node pools are deprecated in March 2027/);
      assert.match(lifecycle, /\(Microsoft Learn, Announcing the retirement of AKS enabled by Azure Arc on Windows Server, 01\/28\/2026\)$/);
      const page_text = await page.$eval('.results', (el) => el.innerText);
      assert.doesNotMatch(page_text, /retired|unsupported|can't deploy/i);
      // Every remedy's source link names its page and date (each shows once opened).
      // One at a time, as a person opens them: each opening lays out its remedies and
      // moves the summaries below it.
      for (let summary; (summary = await page.$('details.if-fails:not([open]) > summary')); ) {
        await summary.click();
        await remediesShown(page);
      }
      const links = await texts(page, '.remedy .source a');
      assert.ok(links.length > 20);
      for (const link of links) assert.match(link, /^(Microsoft Learn|Azure\/aksArc issue #\d+), .+, \d\d\/\d\d\/\d{4}$/, link);
      assert.match(await page.$eval('.footer', (f) => f.textContent), /as of 01\/28\/2026/);
    });
  });

  test('a shutdown ahead: Before you shut down, then Power on for the day they come back', async () => {
    await withPlanner(suite.browser, server.url, { today: TODAY, query: '?cluster=prod1' }, async ({ page }) => {
      await typeDate(page, 'Shutdown date', '2026-12-20');
      await page.waitForSelector('section#power-off');
      const headings = await texts(page, 'h2');
      assert.ok(
        headings.indexOf('Before you shut down') < headings.indexOf('Power on'),
        `headings: ${headings.join(' | ')}`,
      );
      const down = await texts(page, '#power-off .check-item > .command-line .command');
      assert.deepEqual(down, ['Stop-Cluster', 'Stop-Computer']);
      const caution = await texts(page, '#power-off li.check-item .purpose');
      assert.match(caution[0], /Caution: it stops every clustered role and VM-based application/);
      assert.ok(await page.$(role('button', 'Add reminder to calendar (.ics)')), 'the reminder is there');
      assert.match(
        await page.$eval('#power-off > .source a', (a) => a.textContent),
        /^Microsoft Learn, Stop and restart an Azure Kubernetes Service cluster, 06\/26\/2024$/,
      );
      await page.locator(role('checkbox', 'Done: shutdown item 1')).click();
      await until(() => page.$eval(role('checkbox', 'Done: shutdown item 1'), (b) => b.checked), Boolean, {
        what: 'ticked',
      });
    });
  });

  test('embed mode and the offline file open a still-off plan with Power on', async () => {
    const offline = pathToFileURL(join(DIST, 'certplan-offline.html')).href;
    for (const url of [`${server.url}${STILL_OFF}&embed=1`, offline + STILL_OFF]) {
      await withPlanner(suite.browser, url, { today: TODAY, origins: [server.origin] }, async ({ page, watch }) => {
        assert.equal(await count(page, 'section#power-on li.check-item'), 4, url);
        const headings = await texts(page, 'h2');
        assert.ok(headings.indexOf('Power on') < headings.indexOf('Before you start'), `${url}: ${headings.join(' | ')}`);
        assert.deepEqual(await axeViolations(page), [], `${url}: axe`);
        assert.deepEqual(watch.errors, [], url);
        assert.deepEqual(watch.foreign, [], url);
      });
    }
  });
});
