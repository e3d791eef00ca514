// Lighthouse 12.2.3 (tests/bench/package.json) on the served dist/, with Debian's
// Chromium kept off the network, once with the mobile defaults (simulated slow 4G and
// a 4x slower CPU) and once with the desktop preset. Records the scores of each form
// factor (`lighthouse.<form>`: performance/accessibility/best-practices/seo, each 0-100
// or n/a) and, as the report's notes, every audit that scored below 100 or could not
// run, and the run's warnings.
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
const notes = [];
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
    notes.push(...summarize(lhr, form, out));
    out.value('lighthouse', lhr.lighthouseVersion);
  }
  out.set('notes', notes);
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

/**
 * Records a run's scores; returns its notes: each audit below 100 or that could not run
 * (Markdown), its warnings and its error.
 */
function summarize(lhr, form, out) {
  const notes = [];
  const scores = CATEGORIES.map((id) => lhr.categories[id].score);
  out.value(`lighthouse.${form}`, scores.map((score) => (score === null ? 'n/a' : Math.round(score * 100))).join('/'));
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      // An audit that could not run (e.g. it needed the network) is reported as such; a
      // weight of 0 (a diagnostic) means no score depends on it.
      const errored = audit.scoreDisplayMode === 'error';
      // Informative and not-applicable audits carry no score and cannot fail.
      if (!errored && (audit.score === null || audit.score >= 1)) continue;
      const score = errored ? 'could not run' : `score ${Math.round(audit.score * 100)}`;
      const value = (errored ? audit.errorMessage : audit.displayValue) ?? '';
      notes.push(`${form}, ${id}: \`${audit.id}\` ${audit.title} (${score}, weight ${ref.weight}) ${value}`.trim());
    }
  }
  notes.push(...(lhr.runWarnings ?? []).map((warning) => `${form}, warning: ${warning}`));
  if (lhr.runtimeError) notes.push(`${form}, error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return notes;
}
