// A long session stays healthy (issue 9): 3,000 edits of dates and cluster rows, made
// through the page's own inputs and buttons, in Chromium and Firefox. The wasm memory
// must stay bounded, no DOM node may be left behind, and the page must still plan right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, label, role } from '../support/query.mjs';
import { eachBrowser, served } from '../support/suite.mjs';
import { DIST, SEED, SEED_COMMANDS, commands, enter, withPlanner } from './app-helpers.mjs';

const EDITS = Number(process.env.SOAK_EDITS ?? 3_000);
// Edits per page.evaluate: one call stays well inside the protocol's timeout.
const BATCH = 100;
// After this many edits the allocator has reached its working size (measured: 2 MiB,
// reached by edit 600, then flat to edit 10,000 in Chromium); from then on the memory may
// grow by at most GROWTH_LIMIT, which a leak of 135 bytes an edit would exceed.
const WARM_UP = 1_000;
const GROWTH_LIMIT = 256 * 1024;
const MEMORY_LIMIT = 8 * 1024 * 1024;

const server = served({ root: DIST });

/**
 * Keeps the app's wasm memory where the test can read it: Trunk's boot script announces
 * the instance's exports in `TrunkApplicationStarted`, and one of them is the memory
 * (under a minified name).
 */
function keepWasmMemory() {
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__wasmMemory = Object.values(event.detail.wasm).find((value) => value instanceof WebAssembly.Memory);
  });
}

/**
 * Makes `edits` edits in the page the way a person's input arrives: a value set and its
 * input event, a box clicked, a button pressed; one at a time, each given the chance to
 * render. Seeded, so a failure repeats. Returns the wasm memory's size afterwards.
 */
function editInPage([edits, seed]) {
  let state = window.__soakSeed ?? seed;
  const random = (below) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
  const byLabel = (text) =>
    [...document.querySelectorAll('label')]
      .filter((l) => l.textContent.trim() === text)
      .map((l) => document.getElementById(l.htmlFor))
      .filter(Boolean);
  const button = (name) =>
    [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name);
  const date = () => `20${25 + random(2)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`;
  const type = (input, value) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  const NAMES = ['prod1', 'edge2', 'lab-3', 'Bad_Name!', 'dev4', 'prod1', '', 'x'.repeat(70)];
  const next = () => new Promise((done) => setTimeout(done, 0));

  return (async () => {
    for (let i = 0; i < edits; i += 1) {
      const rows = byLabel('Cluster name');
      switch (random(7)) {
        case 0:
          type(byLabel('Shutdown date')[0], random(8) ? date() : '');
          break;
        case 1:
          type(byLabel('Power-on date')[0], random(3) ? date() : '');
          break;
        case 2:
          type(byLabel('Last update date')[0], random(3) ? date() : '');
          break;
        case 3:
          if (rows.length < 6) button('Add cluster').click();
          break;
        case 4:
          if (rows.length) type(rows[random(rows.length)], NAMES[random(NAMES.length)]);
          break;
        case 5: {
          const boxes = byLabel('Load balancer');
          if (boxes.length) boxes[random(boxes.length)].click();
          break;
        }
        default:
          if (rows.length) button(`Remove cluster ${1 + random(rows.length)}`).click();
      }
      await next();
    }
    window.__soakSeed = state;
    return window.__wasmMemory.buffer.byteLength;
  })();
}

/** Removes every cluster row by its Remove button, as a person would. */
async function removeAllClusters(page) {
  while ((await count(page, label('Cluster name'))) > 0) {
    await page.locator(role('button', 'Remove cluster 1')).click();
  }
}

eachBrowser((suite) => {
  test(`${EDITS} edits leave the memory bounded, no node behind, and the plan right`, async (t) => {
    const prepare = (page) => page.evaluateOnNewDocument(keepWasmMemory);
    await withPlanner(suite.browser, server.url, { prepare }, async ({ page }) => {
      assert.ok(await page.evaluate(() => window.__wasmMemory instanceof WebAssembly.Memory), 'the wasm memory');

      // The seed's plan, entered before and after the edits, to compare the page with itself.
      await enter(page, SEED);
      assert.deepEqual(await commands(page), SEED_COMMANDS);
      const nodesBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
      await removeAllClusters(page);

      const sizes = [];
      for (let done = 0; done < EDITS; done += BATCH) {
        sizes.push(await page.evaluate(editInPage, [BATCH, 20261204]));
      }
      const warm = sizes[WARM_UP / BATCH - 1];
      const peak = Math.max(...sizes);
      t.diagnostic(`wasm memory: ${sizes[0]} B after ${BATCH} edits, ${warm} after ${WARM_UP}, ${sizes.at(-1)} after ${EDITS} (peak ${peak}); every ${BATCH}: ${sizes.join(" ")}`);
      assert.ok(peak - warm <= GROWTH_LIMIT, `memory grew ${peak - warm} B after the warm-up: ${sizes.join(' ')}`);
      assert.ok(peak <= MEMORY_LIMIT, `memory reached ${peak} B`);

      // The page still answers, and the same plan builds the same page.
      await removeAllClusters(page);
      await enter(page, SEED);
      assert.deepEqual(await commands(page), SEED_COMMANDS);
      assert.equal(await page.evaluate(() => document.getElementsByTagName('*').length), nodesBefore, 'elements');
    });
  });
});
