// Debian's Chromium driven by playwright-core, kept off the network, with a watch on
// every page for console errors and for requests that leave the allowed origins.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Without these, Chromium reaches for Google's services at start (refused here).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a fresh profile (playwright makes a new user-data-dir). */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A new page in a new context. `origins` are the origins the page may talk to (file://
 * and data:/blob: URLs are always local). The returned `watch` holds what went wrong:
 * `foreign` requests and console `errors` (uncaught exceptions included).
 */
export async function openPage(browser, { origins = [], permissions = [], acceptDownloads = true } = {}) {
  const context = await browser.newContext({ acceptDownloads });
  if (permissions.length) await context.grantPermissions(permissions, origins[0] ? { origin: origins[0] } : {});
  const page = await context.newPage();
  const watch = { foreign: [], errors: [] };
  context.on('request', (request) => {
    const url = request.url();
    const local = /^(data|blob|file|about|chrome-extension):/.test(url);
    if (!local && !origins.some((origin) => url.startsWith(origin + '/') || url === origin)) {
      watch.foreign.push(url);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  return { context, page, watch };
}
