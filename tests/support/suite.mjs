// The frame of every browser test file, so the file shows only what it tests: its servers
// start once before its tests and stop after them; its tests run once in each browser of
// BROWSERS, one browser per suite; and every page a test opens is checked for console
// errors and requests that left its origins, and closed in `finally`, so a failing test
// leaves no page behind for the next one to trip over.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

/**
 * Starts a server before the file's tests and closes it after them. `start` resolves to
 * an object with `close()` (what `serve` or `startNginx` resolve to). Returns an object
 * that holds the server's fields (`origin`, `url`, `requests`, ...) once it has started,
 * for the tests to read when they run, and `ready`, a promise of the started server.
 *
 * node:test runs a file's top-level `before` hooks at the same time, so a server that
 * needs another one's address awaits that one's `ready` in its `start`.
 */
export function started(start) {
  let resolve;
  let reject;
  const ready = new Promise((...settle) => ([resolve, reject] = settle));
  ready.catch(() => {}); // a failed start fails the file through its hook
  const server = { ready };
  before(async () => {
    try {
      Object.assign(server, await start());
      resolve(server);
    } catch (error) {
      reject(error);
      throw error;
    }
  });
  after(async () => {
    await server.close?.();
  });
  return server;
}

/**
 * `serve(options)` (see server.mjs) for the file's tests, as `started` does. `options`
 * may be an async function, called when the server starts, for options that need another
 * server's address (await its `ready` there).
 */
export function served(options) {
  return started(async () => serve(typeof options === 'function' ? await options() : options));
}

/**
 * Runs `body(suite)` as a suite once per browser of BROWSERS (as node:test's `describe`
 * takes its options first), with the browser launched before the suite's tests and
 * closed after them. `suite.browser` is the browser (set once the suite runs, so read it
 * in a test), `suite.name` 'chromium' or 'firefox'.
 *
 * - `launchOptions`: what `launch` takes (`colorScheme`, `javaScript`).
 * - `title(name)`: the suite's name; the browser's name unless given.
 */
export function eachBrowser(options, body) {
  if (typeof options === 'function') return eachBrowser({}, options);
  const { launchOptions, title = (name) => name } = options;
  for (const name of BROWSERS) {
    describe(title(name), () => {
      const suite = { name, browser: undefined };
      before(async () => {
        suite.browser = await launch(name, launchOptions);
      });
      after(async () => {
        await suite.browser?.close();
      });
      body(suite);
    });
  }
}

/**
 * Opens a page with `openPage(browser, options)`, runs `body(opened)` on it, then fails
 * on any console error or request that left `options.origins`; the page's context closes
 * in `finally` whatever happened. Resolves to what `body` returns.
 */
export async function withPage(browser, options, body) {
  const opened = await openPage(browser, options);
  try {
    const result = await body(opened);
    assertClean(opened.watch);
    return result;
  } finally {
    await opened.close();
  }
}

/** Fails on anything a page's watch saw: console errors or requests to other origins. */
function assertClean(watch) {
  assert.deepEqual(watch.errors, [], 'console errors');
  assert.deepEqual(watch.foreign, [], 'requests that left the origin');
}
