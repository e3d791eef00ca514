// Load and interaction, in one headless Chromium (puppeteer-core): interleaved rounds of
// the static reference page and the planner, each visit in a fresh browser context
// (empty cache, a first visit every time), served by the same local server.
//
// The static reference page: Microsoft's three tables as the planner's prerendered page
// holds them, and nothing else (no script, no other request, a little inline CSS), cut
// from the built page before the rounds. It is what the planner replaces at its
// smallest, so "planner / static" says what the interactivity costs.
//
// Load: time from navigation start to the first frame painted after the page is usable.
//   - planner: the input labelled "Shutdown date" exists and the plan of the link is
//     rendered (its text shows the command for cluster prod1);
//   - static page: its text shows the fix table (the last of the three tables).
// Interaction: on each round's planner, change "Shutdown date" several times and time
//   each change to the frame painted after the plan shows the new shutdown length (and,
//   to tell script from rendering, to the moment the DOM shows it). The same again on a
//   link with 50 clusters, the most a link carries: the cost as the work grows.
// Phases: where the 2-cluster link's time goes (HTML, glue and wasm fetched, compiled
//   and instantiated, app started, plan rendered, painted; see probes.mjs `phases`).
// Small updates at 50 clusters: a Done tick and a Copy confirmation, timed to the DOM
//   change and to the painted frame, and the elements on that page (disclosures closed).
//
// Usage: node load.mjs --out <file> [--rounds N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { launch } from '../support/browser.mjs';
import { output, say, startServer, staticRoot } from './common.mjs';
import { elementCount, firstContentfulPaint, measureChanges, measureSmallUpdates, phases, watchReady } from './probes.mjs';

const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 15;
// Round 0 warms up Chromium, the server and the disk cache; it is not reported.
const WARMUP = 1;
const TIMEOUT_MS = 20_000;
const LABEL = 'Shutdown date';
const RESTART = '2026-03-01';
const DATES = `shutdown=2026-01-01&restart=${RESTART}&lastUpdate=2025-12-01`;
// A shared link with a full plan: 59 days off, so every kind of step is rendered.
const LINK = `?${DATES}&cluster=prod1&cluster=edge2:lb`;
// The same with 50 clusters (certplan::query's cap), every other one with a load balancer.
const CLUSTERS_50 = Array.from({ length: 50 }, (_, i) => `cluster=c${i + 1}${i % 2 ? ':lb' : ''}`);
const LINK_50 = `?${DATES}&${CLUSTERS_50.join('&')}`;
// Shutdown lengths for the changes, alternating across the 30-day line so each change
// also flips the MOC verdict and the step list; 30 itself is avoided (its own wording).
const LENGTHS = [12, 45, 20, 59, 7, 33, 25, 41];
// Where a shared link's time goes, in order: each phase and what has happened by its end.
const PHASES = {
  html: 'HTML fetched',
  glue: 'JS glue fetched',
  wasm: 'wasm fetched',
  instantiated: 'wasm compiled and instantiated',
  started: 'app started (hydrated, buttons enabled)',
  rendered: "the link's plan rendered (DOM)",
  painted: 'the plan painted',
};
// Done ticks and Copy clicks per 50-cluster visit.
const SMALL_UPDATES = 8;
// Each figure's label in the report, in the report's order (see common.mjs `output`).
const FIGURES = {
  'load.static_ms': 'Static page usable (its last table painted)',
  'load.planner_ms': "Shared link's plan painted (planner usable)",
  'fcp.static_ms': 'Static page, first contentful paint',
  'fcp.planner_ms': 'Planner, first contentful paint',
  ...Object.fromEntries(
    Object.entries(PHASES).flatMap(([key, label]) => [
      [`phase.${key}_ms`, `Link: ${label}`],
      [`phase.${key}_since_ms`, `Link: ${label}, since the previous phase`],
    ]),
  ),
  'phase.glueStart_ms': 'Link: JS glue fetch starts',
  'phase.wasmStart_ms': 'Link: wasm fetch starts',
  'phase.instantiateStart_ms': 'Link: glue hands the wasm to the compiler',
  interaction_ms: 'Input to the frame painted, 2 clusters',
  interaction_dom_ms: 'Input to the DOM updated (script alone), 2 clusters',
  interaction_50_ms: 'Input to the frame painted, 50 clusters',
  interaction_50_dom_ms: 'Input to the DOM updated (script alone), 50 clusters',
  done_50_ms: 'A Done tick to the frame painted, 50 clusters',
  done_50_dom_ms: 'A Done tick to the DOM updated, 50 clusters',
  copy_50_ms: 'A Copy confirmation to the frame painted, 50 clusters',
  copy_50_dom_ms: 'A Copy confirmation to the DOM updated, 50 clusters',
  elements_50: 'Elements on the 50-cluster page, disclosures closed',
};
const STATIC_STYLE =
  '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin:0 0 2rem}th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left;vertical-align:top}code{font-family:ui-monospace,monospace}</style>';
const CHANGES = LENGTHS.map((days) => ({ value: daysBefore(RESTART, days), expect: `Powered off ${days} days:` }));

const out = output();
const server = await startServer();
const browser = await launch('chromium');
try {
  await writeStaticPage(`${server.origin}/app/`);
  const pages = {
    static: { url: `${server.origin}/static/`, ready: { label: null, text: '-patchLoadBalancer' } },
    planner: { url: `${server.origin}/app/${LINK}`, ready: { label: LABEL, text: "-Name 'prod1'" } },
    planner50: { url: `${server.origin}/app/${LINK_50}`, ready: { label: LABEL, text: "-Name 'c50'" } },
  };
  // Samples by the name they are recorded under (see common.mjs `output`).
  const samples = {};
  const add = (name, values) => (samples[name] ??= []).push(...values);
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // Alternate which page goes first, so neither always gets the warmer machine; the
    // 50-cluster page comes last, as it is measured for its interaction only.
    const order = round % 2 ? ['planner', 'static', 'planner50'] : ['static', 'planner', 'planner50'];
    const loads = {};
    for (const name of order) {
      const { timing, fcpMs, changes, extra } = await visit(pages[name], name);
      if (round < WARMUP) continue;
      loads[name] = timing.readyMs;
      if (name === 'planner50') {
        add('interaction_50_ms', changes.painted);
        add('interaction_50_dom_ms', changes.updated);
        for (const kind of ['done', 'copy']) {
          add(`${kind}_50_ms`, extra[kind].painted);
          add(`${kind}_50_dom_ms`, extra[kind].updated);
        }
        add('elements_50', [extra.elements]);
        continue;
      }
      add(`load.${name}_ms`, [timing.readyMs]);
      add(`fcp.${name}_ms`, [fcpMs]);
      if (name === 'planner') {
        const p = { ...extra.phases, rendered: timing.domMs, painted: timing.readyMs };
        if (!p.streaming) throw new Error('the app was not compiled with WebAssembly.instantiateStreaming');
        for (const [key, value] of Object.entries(p)) if (typeof value === 'number') add(`phase.${key}_ms`, [value]);
        let previous = 0;
        for (const key of Object.keys(PHASES)) {
          add(`phase.${key}_since_ms`, [p[key] - previous]);
          previous = p[key];
        }
        add('interaction_ms', changes.painted);
        add('interaction_dom_ms', changes.updated);
      }
    }
    if (round >= WARMUP) {
      say(`load round ${round - WARMUP + 1}/${ROUNDS}: static ${loads.static.toFixed(1)} ms, planner ${loads.planner.toFixed(1)} ms`);
    }
  }
  for (const [name, label] of Object.entries(FIGURES)) out.samples(name, label, samples[name] ?? []);
  out.value('load.rounds', ROUNDS);
  out.value('chromium', await browser.version());
  out.save();
} finally {
  await browser.close();
  await server.close();
}

/**
 * Writes the static reference page from the planner's page at `url`, read with scripts
 * off (the prerendered page as it is): links, scripts, everything but the tables'
 * section and its "applies" marks (which the app's stylesheet hides) taken out.
 */
async function writeStaticPage(url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(url);
    const html = await page.evaluate((style) => {
      for (const element of document.querySelectorAll('link, script, .app > :not(.reference), .applies')) {
        element.remove();
      }
      if (!document.querySelector('.reference table')) throw new Error('no tables in the prerendered page');
      document.querySelector('title').insertAdjacentHTML('afterend', style);
      return `<!doctype html>${document.documentElement.outerHTML}`;
    }, STATIC_STYLE);
    mkdirSync(staticRoot, { recursive: true });
    writeFileSync(join(staticRoot, 'index.html'), html);
  } finally {
    await context.close();
  }
}

/**
 * Opens `page` in a fresh context (empty cache) and waits until it is usable; on a
 * planner, also makes the shutdown changes. Returns the page's ready timing, its first
 * contentful paint, on a planner the changes' times, and `extra`: the 2-cluster
 * planner's phases, the 50-cluster one's element count and small updates.
 */
async function visit({ url, ready }, name) {
  const interactive = name !== 'static';
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(watchReady, { ...ready, timeoutMs: TIMEOUT_MS });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    let timing;
    try {
      timing = await page.evaluate(() => window.__benchReady);
    } catch (error) {
      throw new Error(`${url}: ${error.message}${errors.length ? `\npage errors: ${errors.join('\n')}` : ''}`);
    }
    const fcpMs = await page.evaluate(firstContentfulPaint);
    const extra =
      name === 'planner' ? { phases: await page.evaluate(phases) }
      : name === 'planner50' ? {
          elements: await page.evaluate(elementCount),
          done: await page.evaluate(measureSmallUpdates, { kind: 'done', count: SMALL_UPDATES }),
          copy: await page.evaluate(measureSmallUpdates, { kind: 'copy', count: SMALL_UPDATES }),
        }
      : null;
    const changes = interactive
      ? await page.evaluate(measureChanges, { label: LABEL, changes: CHANGES })
      : null;
    return { timing, fcpMs, changes, extra };
  } finally {
    await context.close();
  }
}

/** `YYYY-MM-DD`, `days` calendar days before `date`. */
function daysBefore(date, days) {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}
