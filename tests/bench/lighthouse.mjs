// Lighthouse 12.2.3 (tests/bench/package.json) on the served dist/, with Debian's
// Chromium kept off the network, once with the mobile defaults (simulated slow 4G and
// a 4x slower CPU) and once with the desktop preset. Records each category's score and
// every audit that scored below 100, with its title and displayed value, by form factor.
//
// Usage: node lighthouse.mjs --out <file> --reports <folder>
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM_ARGS, EXECUTABLES } from '../support/browser.mjs';
import { output, say, startServer } from './common.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// design.md's flags: without them Chromium reaches for Google's services at start.
// Headless too: Lighthouse's launcher starts the browser as it is, and there is no display.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const CLI = fileURLToPath(new URL('./node_modules/lighthouse/cli/index.js', import.meta.url));

const at = process.argv.indexOf('--reports');
if (at < 0) throw new Error('usage: node lighthouse.mjs --out <file> --reports <folder>');
const reports = resolve(process.argv[at + 1]);
const out = output();
const results = {};
const server = await startServer();
try {
  const url = `${server.origin}/app/`;
  for (const form of ['mobile', 'desktop']) {
    say(`lighthouse: ${form} on ${url}`);
    const report = resolve(reports, `lighthouse-${form}.json`);
    // Asynchronously: the server answering Lighthouse runs in this very process.
    const status = await run(
      process.execPath,
      [
        CLI,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        ...(form === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: EXECUTABLES.chromium }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (status !== 0) throw new Error(`lighthouse (${form}) failed with status ${status}`);
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    results[form] = summarize(lhr);
    out.value('lighthouse', lhr.lighthouseVersion);
  }
  out.set('lighthouse', results);
  out.save();
} finally {
  await server.close();
}

/** Runs a program to its end; resolves to its exit status (a signal counts as failure). */
function run(program, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, options);
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** A run's scores, the audits below 100 (or that could not run), its warnings and error. */
function summarize(lhr) {
  const scores = {};
  const audits = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category.score === null ? 'n/a' : String(Math.round(category.score * 100));
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      // An audit that could not run (e.g. it needed the network) is reported as such.
      const errored = audit.scoreDisplayMode === 'error';
      // Informative and not-applicable audits carry no score and cannot fail.
      if (!errored && (audit.score === null || audit.score >= 1)) continue;
      audits.push({
        category: id,
        score: errored ? 'error' : String(Math.round(audit.score * 100)),
        weight: ref.weight,
        id: audit.id,
        title: audit.title,
        value: (errored ? audit.errorMessage : audit.displayValue) ?? '',
      });
    }
  }
  const error = lhr.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : null;
  return { scores, audits, warnings: lhr.runWarnings ?? [], error };
}
