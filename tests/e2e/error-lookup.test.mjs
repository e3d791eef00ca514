// "Paste an error" (issue 20): a person with an error on screen types or pastes it,
// presses "Find the fix", and gets the documented remedy, what matched, its commands
// filled in (Copy only where nothing is left to replace), and a link to the step of
// the plan it belongs to; nothing documented gets "No documented match" and Microsoft's
// known-issues pages. The text never reaches the URL, storage or a request. Chromium and
// Firefox, axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, label, role, until } from '../support/query.mjs';
import { DIST, SEED_QUERY, axeViolations, withPlanner } from './app-helpers.mjs';
import { eachBrowser, served } from '../support/suite.mjs';

const MOCCTL = 'System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]';
// What PowerShell printed for the load-balanced cluster's cloud fix, wrapped by the console.
const PRINTED = [
  "PS C:\\> Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials",
  'Update-AksHciClusterCertificates : System.Collections.Hashtable.generic_non_z',
  'ero 1 [Error: Certificate has expired: Expired]',
  'At C:\\Program Files\\WindowsPowerShell\\Modules\\AksHci\\1.0.16.10113\\AksHci.psm1:2386 char:5',
  '+     throw $_',
  '+     ~~~~~~~~',
].join('\n');

const server = served({ root: DIST });

/** The answer's matches: symptom, marked text, commands, Copy buttons, source, plan link. */
const answer = (page) =>
  page.$$eval('.lookup-answer .remedy', (items) =>
    items.map((r) => ({
      symptom: r.querySelector('.symptom').textContent,
      marked: r.querySelector('mark')?.textContent ?? null,
      commands: [...r.querySelectorAll('code.command')].map((c) => c.textContent),
      copy: [...r.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
      source: r.querySelector('.source a')?.href ?? '',
      place: r.querySelector('a[href^="#fails-"]')?.textContent ?? null,
    })),
  );

/** The lookup's live region: what was found, in a line. */
const status = (page) => page.$eval('.lookup-status[role="status"]', (el) => el.textContent);

eachBrowser((suite) => {
  test('before any date: type an error key by key, Find the fix, no Copy where a name is missing', async () => {
    await withPlanner(suite.browser, server.url, async ({ page }) => {
      const box = page.locator(label('Paste an error'));
      await page.click(label('Paste an error'));
      await page.keyboard.type('Get-AksHciCredential : Unable to connect to the server: x509: certificate has expired or is not yet valid');
      // Typing looks nothing up: only the button (or a paste) does.
      assert.equal(await status(page), '');
      await page.click(role('button', 'Find the fix'));
      await until(() => count(page, '.lookup-answer .remedy'), (n) => n > 0, { what: 'an answer' });
      const [x509] = await answer(page);
      assert.match(x509.symptom, /x509: certificate has expired or is not yet valid/);
      assert.equal(x509.marked, 'x509: certificate has expired or is not yet valid');
      assert.deepEqual(x509.commands, ['Get-AksHciCredential -Name <your-cluster>', 'kubectl get nodes']);
      assert.deepEqual(x509.copy, ['Copy fix command: kubectl get nodes'], 'no Copy on a command with a placeholder');
      assert.match(x509.source, /^https:\/\/learn\.microsoft\.com\/azure\/aks\/aksarc\/known-issues-security#/);
      assert.equal(x509.place, null, 'no plan yet');
      assert.ok(await box.map((el) => el.value).wait());

      // Nothing documented: said so, with Microsoft's known-issues pages.
      await page.$eval(label('Paste an error'), (el) => { el.value = ''; });
      await page.click(label('Paste an error'));
      await page.keyboard.type('Error: invalid_client. The provided client secret keys are expired');
      await page.click(role('button', 'Find the fix'));
      await until(() => status(page), (s) => s.startsWith('No documented match.'), { what: 'no match' });
      const links = await page.$$eval('.lookup-answer a', (all) => all.map((a) => a.href));
      assert.equal(await status(page), "No documented match. Microsoft's known issues, by topic:");
      assert.equal(links.length, 6);
      for (const link of links) assert.match(link, /^https:\/\/learn\.microsoft\.com\/azure\/aks\/aksarc\/known-issues/);
      assert.deepEqual(await axeViolations(page), []);
    });
  });

  test('with a plan: paste, the step it belongs to, Copy a filled command, axe clean, nothing leaves', async () => {
    await withPlanner(suite.browser, server.url, { query: SEED_QUERY, clipboard: true }, async ({ page }) => {
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const url = page.url();
      await page.click(label('Paste an error'));
      // A paste looks up at once (the clipboard is filled from the page, as a terminal would).
      await page.evaluate((text) => navigator.clipboard.writeText(text), PRINTED);
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
      await until(() => count(page, '.lookup-answer .remedy'), (n) => n > 0, { what: 'an answer on paste' });
      assert.equal(await status(page), '1 documented match.');
      const [mocctl, ...rest] = await answer(page);
      assert.deepEqual(rest, [], 'the one documented match');
      assert.equal(mocctl.symptom, `It fails with "${MOCCTL}".`);
      assert.equal(mocctl.marked, 'System.Collections.Hashtable.generic_non_z\nero 1 [Error: Certificate has expired: Expired]');
      const wanted = "Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials";
      assert.deepEqual(mocctl.commands, ['Repair-MocLogin', wanted]);
      assert.equal(mocctl.place, 'step 5, if it fails');

      await page.click(`.lookup-answer ${role('button', `Copy fix command: ${wanted}`)}`);
      const copied = await until(
        () => page.evaluate(() => navigator.clipboard.readText()),
        (text) => text === wanted,
        { what: 'clipboard' },
      );
      assert.equal(copied, wanted);

      // The link opens that step's "If this step fails" and takes the focus there.
      await page.click('.lookup-answer a[href="#fails-step-5"]');
      await until(() => page.$eval('#fails-step-5', (d) => d.open), (open) => open, { what: 'step 5 open' });
      await page.waitForSelector('#fails-step-5 .remedy');
      const shown = await page.$$eval('#fails-step-5 .remedy', (all) => all.map((r) => r.textContent));
      assert.ok(shown.some((text) => text.includes('Repair-MocLogin')), `the opened step shows the remedy found: ${shown}`);
      assert.equal(await page.evaluate(() => document.activeElement?.closest('details')?.id), 'fails-step-5');
      assert.deepEqual(await axeViolations(page), []);

      // The text went nowhere: not the URL, not storage, no request.
      assert.equal(page.url(), url);
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      assert.doesNotMatch(stored, /generic_non_z|Certificate has expired/);
      assert.deepEqual(requests, []);
    });
  });

  test('in embed mode the box is there and answers', async () => {
    await withPlanner(suite.browser, server.url, { query: `${SEED_QUERY}&embed=1` }, async ({ page }) => {
      await page.click(label('Paste an error'));
      await page.keyboard.type('You must be logged in to the server (Unauthorized)');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(() => count(page, '.lookup-answer .remedy'), (n) => n > 0, { what: 'an answer' });
      const [unauthorized] = await answer(page);
      assert.match(unauthorized.symptom, /\(Unauthorized\)/);
      assert.deepEqual(unauthorized.copy, [], 'a caution, never a Copy button');
    });
  });
});
