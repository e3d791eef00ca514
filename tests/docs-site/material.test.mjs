// The one-tag embed in a real docs site: Material for MkDocs (installed by `cargo xtask
// setup` into docs-site/.venv) builds site/ with the snippet on a page; the site and
// dist/ are served on two loopback origins, the site under its own strict CSP. In each
// browser of BROWSERS (Chromium and Firefox), on a dark OS: the site is light by default.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eachBrowser, served, withPage } from '../support/suite.mjs';
import { CSP, DIST } from '../embed/planner.mjs';

const MKDOCS = resolve('docs-site/.venv/bin/mkdocs');
const PREFIX = '/tools/certplan/';
const FIRST_COMMAND = 'Update-AksHciCertificates';

let docsCsp;
let work;

/** The site built by MkDocs, with the snippet pointing at `plannerUrl`. */
function buildSite(plannerUrl) {
  work = mkdtempSync(join(tmpdir(), 'certplan-docs-'));
  cpSync(resolve('docs-site/site'), join(work, 'src'), { recursive: true });
  const page = join(work, 'src/docs/renew.md');
  writeFileSync(page, readFileSync(page, 'utf8').replace('PLANNER_URL/', plannerUrl));
  execFileSync(MKDOCS, ['build', '--quiet', '--strict', '-f', join(work, 'src/mkdocs.yml'), '-d', join(work, 'site')], {
    env: { ...process.env, NO_MKDOCS_2_WARNING: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return join(work, 'site');
}

/**
 * The docs site's own strict policy: scripts from itself and the planner only, plus the
 * hashes of the theme's inline scripts (read from the built pages, so a new theme
 * version cannot make the test pass by accident); frames from the planner (and itself,
 * for the stranger window of the setConfig test). Material's icons are data: images.
 */
function siteCsp(site, plannerOrigin) {
  const html = ['index.html', 'renew/index.html'].map((page) => readFileSync(join(site, page), 'utf8')).join('');
  const bodies = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\bsrc=|type="application\/json"/.test(attrs))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  const hashes = [...new Set(bodies)];
  assert.ok(hashes.length > 0, 'Material pages have inline scripts');
  return [
    "default-src 'self'",
    `script-src 'self' ${plannerOrigin} ${hashes.join(' ')}`,
    `frame-src 'self' ${plannerOrigin}`,
    "img-src 'self' data:",
  ].join('; ');
}

const app = served({ root: DIST, prefix: PREFIX, headers: { 'content-security-policy': CSP } });
const docs = served(async () => {
  await app.ready;
  const site = buildSite(app.url);
  docsCsp = siteCsp(site, app.origin);
  return { root: site, headers: { 'content-security-policy': docsCsp } };
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Runs `body({ page, frame })` on the docs page with the planner (see withPage), `frame`
 * its frame's document; then fails on any CSP violation in the page or its frames.
 */
function withDocs(browser, body) {
  return withPage(browser, { origins: [docs.origin, app.origin], clipboard: true }, async ({ page }) => {
    await page.evaluateOnNewDocument(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${location.origin} ${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${docs.url}renew/`);
    assert.equal(response.headers()['content-security-policy'], docsCsp);
    await page.waitForFunction(() => document.querySelector('iframe.certplan-frame'));
    const frame = await (await page.$('iframe.certplan-frame')).contentFrame();
    await frame.waitForFunction((command) => document.body?.innerText.includes(command), {}, FIRST_COMMAND);
    await body({ page, frame });
    await noViolations(page);
  });
}

/** The frame's colours as painted: its color-scheme and its text colour. */
function frameLooks(frame) {
  return frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    colorScheme: getComputedStyle(document.documentElement).colorScheme,
    text: getComputedStyle(document.body).color,
  }));
}
const LIGHT = { theme: 'light', colorScheme: 'light', text: 'rgb(27, 31, 36)' };
const DARK = { theme: 'dark', colorScheme: 'dark', text: 'rgb(231, 234, 238)' };

/** Waits until the frame looks like `expected`, then checks it (the message is the last look). */
async function frameBecomes(frame, expected) {
  const deadline = Date.now() + 5000;
  let looks = await frameLooks(frame);
  while (JSON.stringify(looks) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    looks = await frameLooks(frame);
  }
  assert.deepEqual(looks, expected);
}

async function noViolations(page) {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  for (const frame of page.frames()) {
    assert.deepEqual(await frame.evaluate(() => window.__cspViolations ?? []), [], frame.url());
  }
}

eachBrowser({ launchOptions: { colorScheme: 'dark' } }, (suite) => {
  test('the snippet puts the planner in the page, as tall as its content', async () => {
    await withDocs(suite.browser, async ({ page, frame }) => {
      const placed = await page.evaluate(() => {
        const iframe = document.querySelector('iframe.certplan-frame');
        const script = iframe.previousElementSibling;
        return {
          after: script?.src,
          title: iframe.title,
          loading: iframe.getAttribute('loading'),
          allow: iframe.getAttribute('allow'),
          src: iframe.src,
          inArticle: !!iframe.closest('article'),
        };
      });
      assert.deepEqual(placed, {
        after: `${app.url}embed/frame.js`,
        title: 'AKS certificate planner',
        loading: 'lazy',
        allow: 'clipboard-write',
        src: `${app.url}?embed=1&theme=auto&shutdown=2026-01-01&restart=2026-03-01&cluster=prod1:lb`,
        inArticle: true,
      });
      // No inner scroll bar: the frame's content fits the iframe, which is not the
      // browser's 150px default any more.
      let fit;
      const deadline = Date.now() + 5000;
      do {
        await new Promise((done) => setTimeout(done, 50));
        fit = await frame.evaluate(() => ({ content: document.documentElement.scrollHeight, frame: innerHeight }));
      } while (Math.abs(fit.content - fit.frame) > 1 && Date.now() < deadline);
      assert.ok(Math.abs(fit.content - fit.frame) <= 1, `content ${fit.content}px in a ${fit.frame}px frame`);
      const box = await page.evaluate(() => document.querySelector('iframe.certplan-frame').clientHeight);
      assert.equal(box, fit.frame);
      assert.ok(box > 400, `a ${box}px frame for a whole plan`);
    });
  });

  test("the site's palette toggle turns the planner dark and back", async () => {
    // A light site on a dark OS (see launch): the case where a frame following the OS
    // would get an opaque backdrop. The planner follows the site.
    await withDocs(suite.browser, async ({ page, frame }) => {
      await frameBecomes(frame, LIGHT);
      await page.click('label[title="Switch to dark mode"]');
      await page.waitForFunction(() => document.body.dataset.mdColorScheme === 'slate');
      await frameBecomes(frame, DARK);
      await page.click('label[title="Switch to light mode"]');
      await frameBecomes(frame, LIGHT);
    });
  });

  test('the host may set the theme by postMessage; other windows may not', async () => {
    await withDocs(suite.browser, async ({ page, frame }) => {
      await frameBecomes(frame, LIGHT);
      const post = (theme) => {
        const iframe = document.querySelector('iframe.certplan-frame');
        iframe.contentWindow.postMessage({ certplan: { setConfig: { theme } } }, new URL(iframe.src).origin);
      };
      await page.evaluate(post, 'dark');
      await frameBecomes(frame, DARK);

      // A window that is not the frame's parent: another frame of the docs page.
      await page.evaluate(() => {
        const other = document.createElement('iframe');
        other.id = 'stranger';
        other.src = '../';
        document.body.append(other);
        return new Promise((done) => other.addEventListener('load', done));
      });
      const stranger = await (await page.$('#stranger')).contentFrame();
      await stranger.evaluate(() => {
        const iframe = parent.document.querySelector('iframe.certplan-frame');
        iframe.contentWindow.postMessage({ certplan: { setConfig: { theme: 'light' } } }, '*');
      });
      await new Promise((done) => setTimeout(done, 500));
      assert.deepEqual(await frameLooks(frame), DARK, "a stranger's setConfig is ignored");

      await page.evaluate(post, 'light');
      await frameBecomes(frame, LIGHT);
    });
  });

  test('a Copy button inside the frame puts the command on the clipboard', async () => {
    await withDocs(suite.browser, async ({ page, frame }) => {
      await frame.click(`button[aria-label^="Copy command"]`);
      await frame.waitForFunction(() => document.body.innerText.includes('Copied'));
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), FIRST_COMMAND);
    });
  });
});
