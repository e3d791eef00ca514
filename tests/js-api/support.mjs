// Loads the built JS API (dist/embed/certplan.js) the way a Node embedder does:
// initSync with the wasm bytes read from disk. Not a test file itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The build under test: $CERTPLAN_DIST (relative to the cwd) or ../dist from tests/. */
export const dist = process.env.CERTPLAN_DIST
  ? resolve(process.env.CERTPLAN_DIST)
  : fileURLToPath(new URL('../../dist', import.meta.url));
export const embed = resolve(dist, 'embed');

/** The module namespace, after initSync. */
export async function load() {
  const mod = await import(pathToFileURL(resolve(embed, 'certplan.js')).href);
  mod.initSync({ module: readFileSync(resolve(embed, 'certplan_bg.wasm')) });
  return mod;
}

/** Calls fn, which must throw; returns what it threw. */
export function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw, got none');
}
