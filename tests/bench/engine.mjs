// plan() through the JS API (dist/embed/certplan.js): in Node (initSync with the wasm
// bytes, as a Node embedder does) and in Chromium (default init fetching the wasm, as a
// documentation site does), on the input the native benchmark uses (plan-input.json,
// which crates/certplan/benches/plan.rs reads with serde). Then
// findRemedies() on a megabyte of pasted log, in both.
//
// Usage: node engine.mjs --out <file>
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { launch } from '../support/browser.mjs';
import { dist, output, say, startServer } from './common.mjs';
import { megabyteLog, timeLookup, timePlan } from './engine-loop.mjs';

const input = JSON.parse(readFileSync(new URL('./plan-input.json', import.meta.url), 'utf8'));
const out = output();

say('engine: plan() through the JS API in Node');
const embed = resolve(dist, 'embed');
const api = await import(pathToFileURL(resolve(embed, 'certplan.js')).href);
api.initSync({ module: readFileSync(resolve(embed, 'certplan_bg.wasm')) });
out.samples('engine.node_us', '`plan()` through the JS API, Node (20-call batch means)', timePlan(api.plan, input));
out.samples('engine.lookup_node_ms', '`findRemedies()` on 1 MB of log, Node (goal: 50 ms)', timeLookup(api.findRemedies, megabyteLog(), input));
out.value('node', process.version);

say('engine: plan() through the JS API in Chromium');
const server = await startServer();
const browser = await launch('chromium');
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/engine.html`);
  const result = await page.evaluate(async (input) => {
    const api = await import('/app/embed/certplan.js');
    await api.default();
    const { megabyteLog, timeLookup, timePlan } = await import('/bench/engine-loop.mjs');
    return {
      samples: timePlan(api.plan, input),
      lookup: timeLookup(api.findRemedies, megabyteLog(), input),
      isolated: self.crossOriginIsolated,
    };
  }, input);
  out.samples('engine.chromium_us', '`plan()` through the JS API, Chromium (20-call batch means)', result.samples);
  out.samples('engine.lookup_chromium_ms', '`findRemedies()` on 1 MB of log, Chromium (goal: 50 ms)', result.lookup);
  out.value('engine.chromium_isolated', result.isolated);
  out.save();
} finally {
  await browser.close();
  await server.close();
}
