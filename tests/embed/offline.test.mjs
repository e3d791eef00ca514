// dist/certplan-offline.html alone, opened from disk with the network switched off,
// produces a plan in Chromium and Firefox: everything it needs is inside the one file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { text, visible } from '../support/query.mjs';
import { eachBrowser, withPage } from '../support/suite.mjs';
import { DIST, planFiftyNineDays } from './planner.mjs';

let folder;

before(async () => {
  // Alone in a folder, so a reference to any file beside it would fail to load.
  folder = await mkdtemp(join(tmpdir(), 'certplan-offline-'));
  await copyFile(join(DIST, 'certplan-offline.html'), join(folder, 'certplan-offline.html'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

eachBrowser((suite) => {
  test('the single file plans from file:// with no network', async () => {
    await withPage(suite.browser, { origins: [] }, async ({ page }) => {
      await page.setOfflineMode(true);
      const fetched = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.goto(pathToFileURL(join(folder, 'certplan-offline.html')).href);
      await planFiftyNineDays(page);
      assert.ok(await visible(page, text('59 days')));
      const others = fetched.filter((url) => !url.startsWith('data:') && !url.endsWith('certplan-offline.html'));
      assert.deepEqual(others, [], 'the page fetched nothing besides itself');
    });
  });
});
