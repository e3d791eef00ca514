// The other ways to initialise the module: the async default export with bytes, and
// with a compiled WebAssembly.Module (what a bundler or a service worker would pass).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { embed } from './support.mjs';

const url = pathToFileURL(resolve(embed, 'certplan.js')).href;
const bytes = readFileSync(resolve(embed, 'certplan_bg.wasm'));
const input = { shutdown: '2026-02-01', restart: '2026-02-11', today: '2026-03-01' };

test('await init({ module_or_path: bytes }) then plan', async () => {
  const mod = await import(`${url}?async`);
  await mod.default({ module_or_path: bytes });
  assert.equal(mod.plan(input).shutdownDays, 10);
});

test('initSync({ module: WebAssembly.Module }) then plan', async () => {
  const mod = await import(`${url}?module`);
  mod.initSync({ module: new WebAssembly.Module(bytes) });
  assert.equal(mod.plan(input).shutdownDays, 10);
});

test('the wasm imports nothing but the module\'s own glue', () => {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
  assert.ok(imports.length > 0);
  assert.deepEqual([...new Set(imports.map((i) => i.module))], ['./certplan_bg.js']);
});
