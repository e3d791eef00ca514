// What every bench script shares: where the build and the static page are, the one
// server that serves them side by side, the results file with the one definition of
// median and percentiles every browser-side figure uses, and progress messages on stderr.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** dist/ ($CERTPLAN_DIST, default ../../dist) and the static page folder ($BENCH_STATIC). */
export const dist = resolve(process.env.CERTPLAN_DIST ?? resolve(here, '../../dist'));
export const staticRoot = resolve(process.env.BENCH_STATIC ?? resolve(here, '../../target/bench/static'));
export const benchRoot = here;

/** The strict policy the README documents and Trunk.toml serves (tests/build/csp.test.mjs). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/**
 * Starts the server: the app at /app/ under its CSP, the static reference page at
 * /static/, and this folder at /bench/, cross-origin isolated so that performance.now()
 * has 5 us resolution instead of 100 us for the engine timing.
 */
export function startServer() {
  return serve([
    { prefix: '/app/', root: dist, headers: { 'content-security-policy': CSP } },
    { prefix: '/static/', root: staticRoot, headers: {} },
    {
      prefix: '/bench/',
      root: benchRoot,
      headers: {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    },
  ]);
}

/**
 * Where results go: the file named by `--out <file>`, one JSON object that
 * crates/xtask/src/bench/ reads with serde: `summaries` (each figure's name, which ends
 * with its unit, _ms or _us, its label for the report and the order statistics of its
 * samples, in the report's order), `values` (versions, flags, counts, scores) and
 * whatever else a script `set`s (`notes`: lines for the report). Written on `save()`.
 */
export function output() {
  const at = process.argv.indexOf('--out');
  const file = at > 0 ? process.argv[at + 1] : null;
  if (!file) throw new Error('usage: node <script> --out <file>');
  const results = { summaries: [], values: {} };
  return {
    samples: (name, label, values) => {
      const stats = summary(values);
      if (stats) results.summaries.push({ name, label, ...stats });
    },
    value: (name, value) => (results.values[name] = String(value)),
    set: (key, value) => (results[key] = value),
    save: () => writeFileSync(file, JSON.stringify(results, null, 1)),
  };
}

/**
 * Count, median, p90, p95 and p99 of `values` by nearest rank (always a value that was
 * measured; the median of an even count is the lower middle one); NaN samples (a time
 * the browser never gave) are left out. Null when nothing was measured (the figure is
 * then left out of the results).
 */
export function summary(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p) => sorted[Math.min(Math.max(Math.ceil((p / 100) * sorted.length), 1), sorted.length) - 1];
  return { count: sorted.length, median: rank(50), p90: rank(90), p95: rank(95), p99: rank(99) };
}

/** A progress message for the person at the terminal (stdout stays quiet). */
export function say(message) {
  process.stderr.write(`bench: ${message}\n`);
}
