// What every bench script shares: where the build and the static page are, the one
// server that serves them side by side, statistics-free record output (the Rust side,
// crates/xtask/src/bench/, computes every median so all figures share one definition),
// and progress messages on stderr.
import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** dist/ ($CERTPLAN_DIST, default ../../dist) and the static page folder ($BENCH_STATIC). */
export const dist = resolve(process.env.CERTPLAN_DIST ?? resolve(here, '../../dist'));
export const staticRoot = resolve(process.env.BENCH_STATIC ?? resolve(here, '../../target/bench/static'));
export const benchRoot = here;

/** The strict policy the README documents (crates/xtask/src/csp.rs). */
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

/** Where results go: the file named by `--out <file>` (tab-separated records). */
export function output() {
  const at = process.argv.indexOf('--out');
  const file = at > 0 ? process.argv[at + 1] : null;
  if (!file) throw new Error('usage: node <script> --out <file>');
  writeFileSync(file, '');
  const line = (...fields) => appendFileSync(file, fields.map(clean).join('\t') + '\n');
  return {
    /** Raw samples of one figure; the name ends with its unit (_ms, _us). */
    samples: (name, values) => line('samples', name, values.map((v) => v.toFixed(4)).join(' ')),
    /** One named value (a version, a flag, a count). */
    value: (name, value) => line('value', name, value),
    /** A row of any other kind (e.g. Lighthouse scores and audits). */
    row: (kind, ...fields) => line(kind, ...fields),
  };
}

/** A progress message for the person at the terminal (stdout stays quiet). */
export function say(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function clean(field) {
  return String(field).replace(/[\t\n\r]+/g, ' ');
}
