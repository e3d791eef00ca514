// The planner in use: copying, the .ps1 download, links, bad and hostile input,
// keyboard use and accessibility, in headless Chromium against the release dist/.
// Every test also fails on a console error or a request that leaves the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '../support/server.mjs';
import { launch, openPage } from '../support/browser.mjs';
import { DIST, assertClean, axeViolations, commands, enter, openPlanner, verdict } from './app-helpers.mjs';

const SCREENSHOT = fileURLToPath(new URL('../../web/screenshot.png', import.meta.url));
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

// 59 days off, two clusters, one with a load balancer: every kind of step.
const SEED = {
  shutdown: '2026-01-01',
  restart: '2026-03-01',
  lastUpdate: '2025-12-01',
  clusters: [{ name: 'prod1' }, { name: 'edge2', loadBalancer: true }],
};
const SEED_COMMANDS = [
  'Update-AksHciCertificates',
  "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
  "Update-AksHciClusterCertificates -Name 'edge2' -fixKubeletCredentials",
  "Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials",
  "Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials",
  "Get-AksHciCredential -Name 'prod1'",
  "Get-AksHciCredential -Name 'edge2'",
];
const SEED_QUERY = '?shutdown=2026-01-01&restart=2026-03-01&lastUpdate=2025-12-01&cluster=prod1&cluster=edge2:lb';

let server;
let browser;
before(async () => {
  server = await serve({ root: DIST });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('copy one command, then all, and read the clipboard back', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { permissions: CLIPBOARD });
  await enter(page, SEED);
  assert.deepEqual(await commands(page), SEED_COMMANDS);

  const second = page.getByRole('button', { name: `Copy command 2: ${SEED_COMMANDS[1]}` });
  await second.click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SEED_COMMANDS[1]);
  await assert.doesNotReject(second.getByText('Copied').waitFor(), 'the button says Copied');
  // The confirmation clears itself.
  await second.getByText('Copy', { exact: true }).waitFor({ timeout: 5000 });

  await page.getByRole('button', { name: 'Copy all' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SEED_COMMANDS.join('\n'));
  await page.getByRole('button', { name: 'Copied' }).waitFor();
  assertClean(watch);
  await context.close();
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
  const { page, watch, context } = await openPage(browser, { origins: [host.origin, server.origin] });
  await context.grantPermissions(CLIPBOARD, { origin: host.origin });
  await page.clock.setFixedTime(new Date('2026-03-01T12:00:00'));
  await page.goto(`${host.origin}/host.html`);
  const frame = page.frameLocator('iframe');
  const first = frame.getByRole('button', { name: `Copy command 1: ${SEED_COMMANDS[0]}` });
  await first.click();
  await first.getByText('Copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SEED_COMMANDS[0]);
  assertClean(watch);
  await context.close();
  await host.close();
});

test('Download .ps1 saves the ASCII script with every command in order', async () => {
  const { page, watch, context } = await openPlanner(browser, server);
  await enter(page, SEED);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .ps1' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'aks-certificate-fix-2026-03-01.ps1');
  const script = await readFile(await download.path(), 'latin1');
  assert.match(script, /^[\x09\x0a\x0d\x20-\x7e]*$/, 'plain ASCII');
  assert.match(script, /^#/, 'starts with its header comment');
  assert.ok(script.includes("$ErrorActionPreference = 'Stop'"));
  const lines = script.split(/\r?\n/);
  const positions = SEED_COMMANDS.map((command) => lines.indexOf(command));
  assert.ok(positions.every((p) => p >= 0), `every command on its own line: ${positions}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in plan order');
  assertClean(watch);
  await context.close();
});

test('Copy link reproduces the plan in a fresh page', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { permissions: CLIPBOARD });
  await enter(page, SEED);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('button', { name: 'Copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(link).search, SEED_QUERY, 'human-readable query');
  assertClean(watch);
  await context.close();

  const fresh = await openPage(browser, { origins: [server.origin] });
  await fresh.page.clock.setFixedTime(new Date('2026-03-01T12:00:00'));
  await fresh.page.goto(link);
  await fresh.page.getByRole('article', { name: /^MOC\b/ }).waitFor();
  assert.equal(await fresh.page.getByLabel('Shutdown date').inputValue(), SEED.shutdown);
  assert.equal(await fresh.page.getByLabel('Power-on date').inputValue(), SEED.restart);
  assert.equal(await fresh.page.getByLabel('Last update date').inputValue(), SEED.lastUpdate);
  assert.equal(await fresh.page.getByLabel('Cluster name').nth(1).inputValue(), 'edge2');
  assert.equal(await fresh.page.getByLabel('Load balancer').nth(1).isChecked(), true);
  assert.deepEqual(await commands(fresh.page), SEED_COMMANDS);
  assertClean(fresh.watch);
  await fresh.context.close();
});

test('an empty power-on date plans for today and says so', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { query: '?shutdown=2026-02-20&cluster=prod1' });
  await page.getByText('Still powered off: this plan is for powering on today, 2026-03-01.', { exact: false }).waitFor();
  assert.equal(await page.locator('.summary .days strong').innerText(), '9 days');
  assert.ok((await page.getByRole('article', { name: /^MOC\b/ }).innerText()).includes('Power on by 2026-03-21'));
  assert.equal(await verdict(page, 'MOC'), 'Not impacted');
  assertClean(watch);
  await context.close();
});

test('power-on before shutdown: the field is marked, the error announced, no commands', async () => {
  const { page, watch, context } = await openPlanner(browser, server);
  await enter(page, { ...SEED, restart: '2025-12-24' });
  const restart = page.getByLabel('Power-on date');
  await page.locator('#restart[aria-invalid="true"]').waitFor();
  const describedBy = (await restart.getAttribute('aria-describedby')).split(' ');
  const errorId = describedBy.find((id) => id.endsWith('-error'));
  const message = await page.locator(`[id="${errorId}"]`).innerText();
  assert.match(message, /^Power-on date is before the shutdown date/);
  const live = page.locator('.error-summary');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.match(await live.innerText(), /Power-on date is before the shutdown date/);
  assert.deepEqual(await commands(page), []);
  assert.equal(await page.getByRole('button', { name: 'Copy all' }).count(), 0);
  // Fixing the date brings the plan back and clears the mark.
  await restart.fill('2026-03-01');
  assert.deepEqual(await commands(page), SEED_COMMANDS);
  assert.equal(await restart.getAttribute('aria-invalid'), null);
  assertClean(watch);
  await context.close();
});

test('hostile cluster names are refused as text, never run as markup or commands', async () => {
  const { page, watch, context } = await openPlanner(browser, server);
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
    const field = page.getByLabel('Cluster name').nth(index);
    assert.equal(await field.inputValue(), hostile[index]);
    assert.equal(await field.getAttribute('aria-invalid'), 'true', `cluster ${index + 1} marked`);
  }
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(await commands(page), []);
  assert.equal(dialogs, 0);
  assertClean(watch);
  await context.close();
});

test('hostile and malformed query values are ignored with a visible notice', async () => {
  const query =
    '?shutdown=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&restart=2026-02-30&cluster=%3Cscript%3Ealert(1)%3C%2Fscript%3E' +
    '&cluster=prod1&cluster=PROD1&%3Cb%3Ebold%3C%2Fb%3E=1&lastUpdate=%ZZ&cluster=' + 'a'.repeat(300) + '&embed=0';
  const { page, watch, context } = await openPlanner(browser, server, { query });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    dialog.dismiss();
  });
  const notice = page.getByRole('status').filter({ hasText: 'Some values in the link were ignored' });
  await notice.waitFor();
  const text = await notice.innerText();
  for (const reason of ['not a YYYY-MM-DD date', 'not a valid cluster name', 'cluster already listed', 'unknown parameter', 'not valid text', 'value too long']) {
    assert.ok(text.includes(reason), `notice says ${reason}: ${text}`);
  }
  assert.ok(text.includes('<b>bold</b>'), 'the hostile key is shown as text');
  assert.equal(await page.locator('img, .notice b').count(), 0);
  // What was valid is kept, and the URL is cleaned up.
  assert.equal(await page.getByLabel('Cluster name').count(), 1);
  assert.equal(await page.getByLabel('Cluster name').inputValue(), 'prod1');
  assert.equal(await page.getByLabel('Shutdown date').inputValue(), '');
  assert.equal(new URL(page.url()).search, '?cluster=prod1');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await notice.count(), 0);
  assert.equal(dialogs, 0);
  assertClean(watch);
  await context.close();
});

test('keyboard only: add a cluster, type, remove it, focus stays useful', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { query: '?shutdown=2026-01-01&restart=2026-03-01' });
  const add = page.getByRole('button', { name: 'Add cluster' });
  await add.focus();
  await page.keyboard.press('Enter');
  // The new row's name field takes focus.
  const name = page.getByLabel('Cluster name');
  assert.equal(await name.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.type('prod1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Load balancer').isChecked(), true);
  assert.ok((await commands(page)).includes("Update-AksHciClusterCertificates -Name 'prod1' -patchLoadBalancer -fixCloudCredentials"));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Remove cluster 1
  assert.equal(await name.count(), 0);
  assert.equal(await add.evaluate((el) => el === document.activeElement), true, 'focus back on Add cluster');
  // Focus is visible: an outline, not just the browser default on some elements.
  const outline = await add.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid');
  assertClean(watch);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe: no serious or critical violation (${colorScheme})`, async () => {
    const { page, watch, context } = await openPlanner(browser, server, { query: SEED_QUERY });
    await page.emulateMedia({ colorScheme });
    await page.getByRole('article', { name: /^MOC\b/ }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await enter(page, { shutdown: '2026-03-05', restart: '2026-03-01', clusters: [{ name: 'bad name' }] });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'with errors shown');
    assertClean(watch);
    await context.close();
  });
}

test('phone width: nothing overflows sideways', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { query: SEED_QUERY });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByRole('article', { name: /^MOC\b/ }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  assertClean(watch);
  await context.close();
});

test('print shows the runbook, not the form', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { query: SEED_QUERY });
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('article', { name: /^MOC\b/ }).waitFor();
  assert.equal(await page.getByLabel('Shutdown date').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Copy all' }).isVisible(), false);
  assert.equal(await page.getByText(SEED_COMMANDS[4], { exact: true }).isVisible(), true);
  assertClean(watch);
  await context.close();
});

test('screenshot for the README (web/screenshot.png)', async () => {
  const { page, watch, context } = await openPlanner(browser, server, { query: SEED_QUERY });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('article', { name: /^MOC\b/ }).waitFor();
  await page.screenshot({ path: SCREENSHOT });
  assertClean(watch);
  await context.close();
});
