// The page before the app runs: the prerendered form and tables paint first, a visitor
// can type dates while the wasm is still on its way and nothing typed is lost (not even
// a date typed halfway when the wasm arrives), and
// without JavaScript the page still shows the tables and says what the planner needs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../support/server.mjs';
import { launch, openPage } from '../support/browser.mjs';
import { DIST, assertClean, commands } from './app-helpers.mjs';

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

/** Holds every request for the app's wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const held = [];
  await page.route('**/*.wasm', async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { held, release };
}

test('dates typed before the wasm arrives are kept when the app starts', async () => {
  const { page, watch, context } = await openPage(browser, { origins: [server.origin] });
  await page.clock.setFixedTime(new Date('2026-03-01T12:00:00'));
  const wasm = await holdWasm(page);
  await page.goto(`${server.url}?cluster=prod1`, { waitUntil: 'commit' });

  // The page is there without the app: form, tables, and what to enter.
  await page.getByLabel('Shutdown date').waitFor();
  await page.getByRole('row', { name: /^Shutdown more than 30 days/ }).waitFor();
  await page.getByRole('heading', { name: 'What to enter first' }).waitFor();
  await page.getByLabel('Shutdown date').fill('2026-01-01');
  await page.getByLabel('Power-on date').fill('2026-03-01');
  assert.ok(wasm.held.length > 0, 'the wasm was asked for and is held back');
  assert.equal(await page.getByRole('button', { name: 'Add cluster' }).isDisabled(), true, 'buttons wait for the app');
  assert.equal(await page.locator('.summary').count(), 0, 'no plan yet');

  // A date half typed when the wasm arrives (the field has no value yet): the app waits
  // for it rather than wipe the typed half.
  const update = page.getByLabel('Last update date');
  await update.focus();
  await page.keyboard.type('12');
  wasm.release();
  await page.waitForTimeout(500);
  assert.equal(await page.getByRole('button', { name: 'Add cluster' }).isDisabled(), true, 'still waiting');
  await page.keyboard.type('012025');
  await page.getByRole('button', { name: 'Add cluster', disabled: false }).waitFor();
  await page.locator('.summary .days strong').getByText('59 days').waitFor();
  assert.equal(await page.getByLabel('Shutdown date').inputValue(), '2026-01-01');
  assert.equal(await page.getByLabel('Power-on date').inputValue(), '2026-03-01');
  assert.equal(await update.inputValue(), '2025-12-01');
  // The link's cluster came in beside what was typed, and the link now holds both.
  assert.equal(await page.getByLabel('Cluster name').inputValue(), 'prod1');
  assert.ok((await commands(page)).includes("Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials"));
  await page.waitForURL((url) => url.search === '?shutdown=2026-01-01&restart=2026-03-01&lastUpdate=2025-12-01&cluster=prod1');
  // The prerendered table row that decided it is marked.
  const row = page.getByRole('row', { name: /^Shutdown more than 30 days/ });
  assert.match(await row.locator('th').innerText(), /applies/i);
  assertClean(watch);
  await context.close();
});

test('without JavaScript the page shows the tables and says the planner needs it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(server.url);
  // Playwright's text search skips <noscript>, so the notice is found by its place.
  const notice = page.locator('noscript .notice');
  assert.equal(await notice.isVisible(), true, 'the notice shows');
  assert.match(await notice.innerText(), /^The planner needs JavaScript and WebAssembly\./);
  for (const name of [/^Shutdown less than 30 days/, /^Cluster not updated within 90 days/, /^Load balancer/]) {
    assert.equal(await page.getByRole('row', { name }).isVisible(), true, `${name} shows`);
  }
  assert.equal(await page.getByLabel('Shutdown date').isVisible(), true);
  assert.equal(await page.getByRole('button', { name: 'Add cluster' }).isDisabled(), true);
  // No row claims to apply, and no verdict, with nothing entered.
  assert.equal(await page.getByText('applies', { exact: true }).filter({ visible: true }).count(), 0);
  assert.equal(await page.locator('.verdict').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
