// The two browsers every browser test runs in: Debian's Chromium and Debian's Firefox ESR,
// both driven by puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi, so no
// geckodriver), kept off the network, with a watch on every page for console errors and for
// requests that leave the allowed origins.
import puppeteer from 'puppeteer-core';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EXECUTABLES = {
  chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
};

/**
 * The browsers to run in: both, or those named in `CERTPLAN_BROWSERS` (comma separated,
 * e.g. `CERTPLAN_BROWSERS=chromium` for a quicker local run).
 */
export const BROWSERS = browsersFrom(process.env.CERTPLAN_BROWSERS);

function browsersFrom(setting) {
  if (!setting?.trim()) return Object.keys(EXECUTABLES);
  const names = setting.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(name in EXECUTABLES)) {
      throw new Error(`CERTPLAN_BROWSERS: unknown browser "${name}" (known: ${Object.keys(EXECUTABLES).join(', ')})`);
    }
  }
  return names;
}

// Without these, Chromium reaches for Google's services at start (refused here).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A browser call that hangs fails the test after this, not after puppeteer's 3 minutes.
const PROTOCOL_TIMEOUT = 30_000;

// What each launched browser was asked for, read again by openPage.
const LAUNCHED = new WeakMap();

/**
 * Launches `name` ('chromium' or 'firefox') headless with a fresh profile.
 *
 * Options apply to every page of the browser, because Firefox can only do them as a
 * preference at start (its BiDi has no media emulation and no switch for scripts):
 * - `colorScheme: 'dark' | 'light'`: what `prefers-color-scheme` matches.
 * - `javaScript: false`: pages run no script.
 */
export async function launch(name, { colorScheme, javaScript = true } = {}) {
  if (!(name in EXECUTABLES)) throw new Error(`launch: unknown browser "${name}"`);
  const profile = await mkdtemp(join(tmpdir(), `certplan-${name}-`));
  let browser;
  if (name === 'firefox') {
    // Firefox shows a Paste menu when a page reads the clipboard that another origin wrote
    // (an embedded planner's copy, read by the host page); this testing preference, the one
    // Firefox's own clipboard tests use, lets the read through as a granted permission would.
    const prefs = { 'dom.events.testing.asyncClipboard': true };
    // 0 dark, 1 light: the scheme pages see, whatever the (absent) desktop theme says.
    if (colorScheme) prefs['layout.css.prefers-color-scheme.content-override'] = colorScheme === 'dark' ? 0 : 1;
    if (!javaScript) prefs['javascript.enabled'] = false;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: prefs,
      protocolTimeout: PROTOCOL_TIMEOUT,
    });
  } else {
    browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium,
      headless: true,
      userDataDir: profile,
      args: CHROMIUM_ARGS,
      protocolTimeout: PROTOCOL_TIMEOUT,
    });
  }
  LAUNCHED.set(browser, { name, colorScheme, javaScript });
  // Firefox may still write to its profile while it shuts down; remove it after.
  browser.once('disconnected', () => rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {}));
  return browser;
}

/** 'chromium' or 'firefox': the name a browser from `launch` was started as. */
export function browserName(browser) {
  return LAUNCHED.get(browser)?.name;
}

const CHROMIUM_CLIPBOARD = ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'];

/**
 * A new page in a new browser context (its own cookies, storage and download folder).
 *
 * - `origins`: the origins the page may talk to (file:, data:, blob: and about: URLs are
 *   always local). Any other request lands in `watch.foreign`.
 * - `clipboard: true`: the page may read and write the real clipboard. Chromium needs the
 *   permissions granted per origin (every origin in `origins`); Firefox has no such
 *   permission to grant over BiDi (`clipboard-read` is not a PermissionName there): writeText
 *   works from a click, and readText from the test's evaluate returns what was written, with
 *   the testing preference set by `launch` (see there) for another origin's copy.
 *
 * Returns `{ page, watch, context, downloads, close }`:
 * - `watch`: `{ foreign, errors }`, requests to other origins and console errors
 *   (uncaught exceptions included), for the test to assert empty.
 * - `downloads.next()`: resolves to `{ filename, path }` of the next file the page saves
 *   (a real file on disk, in this context's own folder).
 * - `close()`: closes the context and removes its download folder.
 */
export async function openPage(browser, { origins = [], clipboard = false } = {}) {
  const launched = LAUNCHED.get(browser);
  if (!launched) throw new Error('openPage: the browser must come from launch()');
  const folder = await mkdtemp(join(tmpdir(), 'certplan-downloads-'));
  const context = await browser.createBrowserContext({
    downloadBehavior: { policy: 'allow', downloadPath: folder },
  });
  if (clipboard && launched.name === 'chromium') {
    for (const origin of origins) await context.overridePermissions(origin, CHROMIUM_CLIPBOARD);
  }
  const page = await context.newPage();
  if (launched.name === 'chromium') {
    if (launched.colorScheme) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: launched.colorScheme }]);
    }
    if (!launched.javaScript) await page.setJavaScriptEnabled(false);
  }
  const watch = { foreign: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    const local = /^(data|blob|file|about):/.test(url);
    if (!local && !origins.some((origin) => url.startsWith(origin + '/') || url === origin)) {
      watch.foreign.push(url);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  const downloads = downloadsIn(folder);
  const close = async () => {
    await context.close();
    await rm(folder, { recursive: true, force: true });
  };
  return { page, watch, context, downloads, close };
}

// Chromium writes `name.crdownload` and Firefox `name.part` (plus an empty `name`) until
// the file is complete; a download is done when only the final file is left and its size
// holds still.
const PARTIAL = /\.(crdownload|part)$/;

function downloadsIn(folder) {
  const seen = new Set();
  return {
    folder,
    async next({ timeout = 10_000 } = {}) {
      const deadline = Date.now() + timeout;
      let last;
      for (;;) {
        const names = await readdir(folder);
        const fresh = names.filter((name) => !seen.has(name) && !PARTIAL.test(name));
        const busy = names.some((name) => PARTIAL.test(name));
        if (fresh.length && !busy) {
          const path = join(folder, fresh[0]);
          const { size } = await stat(path);
          if (size > 0 && last === size) {
            seen.add(fresh[0]);
            return { filename: fresh[0], path };
          }
          last = size;
        }
        if (Date.now() > deadline) throw new Error(`no download finished in ${timeout} ms (folder holds: ${names.join(', ')})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/**
 * Fixes what `new Date()` and `Date.now()` say to `date` in every document the page
 * opens from now on (timers still run), like Playwright's `clock.setFixedTime`.
 */
export async function setFixedTime(page, date) {
  await page.evaluateOnNewDocument((fixed) => {
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [fixed]));
      }
      static now() {
        return fixed;
      }
    }
    globalThis.Date = FixedDate;
  }, date.getTime());
}
