// Load and interaction, in one headless Chromium: interleaved rounds of the static
// reference page and the planner, each visit in a fresh browser context (empty cache,
// a first visit every time), served by the same local server.
//
// Load: time from navigation start to the first frame painted after the page is usable.
//   - planner: the input labelled "Shutdown date" exists and the plan of the link is
//     rendered (its text shows the command for cluster prod1);
//   - static page: its text shows the fix table (the last of the three tables).
// Interaction: on each round's planner, change "Shutdown date" several times and time
//   each change to the frame painted after the plan shows the new shutdown length (and,
//   to tell script from rendering, to the moment the DOM shows it).
//
// Usage: node load.mjs --out <file> [--rounds N]
import { launch } from '../support/browser.mjs';
import { output, say, startServer } from './common.mjs';
import { firstContentfulPaint, measureChanges, watchReady } from './probes.mjs';

const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 15;
// Round 0 warms up Chromium, the server and the disk cache; it is not reported.
const WARMUP = 1;
const TIMEOUT_MS = 20_000;
const LABEL = 'Shutdown date';
const RESTART = '2026-03-01';
// A shared link with a full plan: 59 days off, so every kind of step is rendered.
const LINK = `?shutdown=2026-01-01&restart=${RESTART}&lastUpdate=2025-12-01&cluster=prod1&cluster=edge2:lb`;
// Shutdown lengths for the changes, alternating across the 30-day line so each change
// also flips the MOC verdict and the step list; 30 itself is avoided (its own wording).
const LENGTHS = [12, 45, 20, 59, 7, 33, 25, 41];

const out = output();
const server = await startServer();
const browser = await launch();
try {
  const pages = {
    static: { url: `${server.origin}/static/`, ready: { label: null, text: '-patchLoadBalancer' } },
    planner: { url: `${server.origin}/app/${LINK}`, ready: { label: LABEL, text: "-Name 'prod1'" } },
  };
  const results = { static: [], planner: [], staticFcp: [], plannerFcp: [], interaction: [], interactionDom: [] };
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // Alternate which page goes first, so neither always gets the warmer machine.
    const order = round % 2 ? ['planner', 'static'] : ['static', 'planner'];
    for (const name of order) {
      const context = await browser.newContext();
      await context.addInitScript(watchReady, { ...pages[name].ready, timeoutMs: TIMEOUT_MS });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(pages[name].url, { waitUntil: 'commit' });
      let timing;
      try {
        timing = await page.evaluate(() => window.__benchReady);
      } catch (error) {
        throw new Error(`${name}: ${error.message}${errors.length ? `\npage errors: ${errors.join('\n')}` : ''}`);
      }
      const fcpMs = await page.evaluate(firstContentfulPaint);
      let changes = null;
      if (name === 'planner') {
        changes = await page.evaluate(measureChanges, {
          label: LABEL,
          changes: LENGTHS.map((days) => ({ value: daysBefore(RESTART, days), expect: `Powered off ${days} days:` })),
          timeoutMs: TIMEOUT_MS,
        });
      }
      await context.close();
      if (round < WARMUP) continue;
      results[name].push(timing.readyMs);
      results[`${name}Fcp`].push(fcpMs);
      if (changes) {
        results.interaction.push(...changes.painted);
        results.interactionDom.push(...changes.updated);
      }
    }
    if (round >= WARMUP) {
      const r = round - WARMUP;
      say(`load round ${r + 1}/${ROUNDS}: static ${results.static[r].toFixed(1)} ms, planner ${results.planner[r].toFixed(1)} ms`);
    }
  }
  out.samples('load.static_ms', results.static);
  out.samples('load.planner_ms', results.planner);
  out.samples('fcp.static_ms', results.staticFcp);
  out.samples('fcp.planner_ms', results.plannerFcp);
  out.samples('interaction_ms', results.interaction);
  out.samples('interaction_dom_ms', results.interactionDom);
  out.value('load.rounds', ROUNDS);
  out.value('chromium', browser.version());
} finally {
  await browser.close();
  await server.close();
}

/** `YYYY-MM-DD`, `days` calendar days before `date`. */
function daysBefore(date, days) {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}
