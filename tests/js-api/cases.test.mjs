// Every case of the shared table, tests/cases.json, through the JS API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load, thrown } from './support.mjs';

const cases = JSON.parse(readFileSync(new URL('../cases.json', import.meta.url), 'utf8'));
const { plan } = await load();

const PLAN_KEYS = new Set([
  'shutdownDays', 'updateAgeDays', 'shutdownRow', 'updateRow', 'moc', 'kubernetes',
  'commands', 'notes', 'reasonContains', 'noteContains',
]);

test('cases.json is a non-empty array of { name, input, expect }', () => {
  assert.ok(Array.isArray(cases) && cases.length > 0);
  for (const c of cases) {
    assert.equal(typeof c.name, 'string');
    assert.ok(c.input !== undefined, c.name);
    assert.equal(typeof c.expect, 'object', c.name);
  }
});

for (const c of cases) {
  test(`case: ${c.name}`, () => {
    const { expect } = c;
    if (c.coreOnly) {
      // No today: only the core sees it missing; the JS API fills in the local date.
      // Whatever else the case says, the missing today must not be the complaint.
      let result;
      try {
        result = plan(c.input);
      } catch (e) {
        assert.notEqual(e.field, 'today', `${c.name}: today should default, got ${e.message}`);
        return;
      }
      assert.equal(typeof result.script, 'string');
      return;
    }
    if (expect.error) {
      const e = thrown(() => plan(c.input));
      assert.ok(e instanceof Error, 'throws an Error');
      assert.deepEqual({ code: e.code, field: e.field }, expect.error, e.message);
      assert.ok(e.message.length > 0);
      return;
    }
    for (const key of Object.keys(expect)) {
      assert.ok(PLAN_KEYS.has(key), `unknown expectation "${key}": teach this test about it`);
    }
    const p = plan(c.input);
    assert.equal(p.shutdownDays, expect.shutdownDays);
    assert.equal(p.updateAgeDays, expect.updateAgeDays);
    assert.equal(p.shutdownRow, expect.shutdownRow);
    assert.equal(p.updateRow, expect.updateRow);
    assert.equal(p.layers.moc.impacted, expect.moc);
    assert.equal(p.layers.kubernetes.impacted, expect.kubernetes);
    assert.deepEqual(p.steps.map((s) => s.command), expect.commands);
    assert.deepEqual(p.notes.map((n) => n.code), expect.notes);
    for (const [layer, text] of Object.entries(expect.reasonContains ?? {})) {
      assert.ok(p.layers[layer].reason.includes(text), `${layer} reason "${p.layers[layer].reason}" lacks "${text}"`);
    }
    for (const [code, text] of Object.entries(expect.noteContains ?? {})) {
      const note = p.notes.find((n) => n.code === code);
      assert.ok(note, `no ${code} note`);
      assert.ok(note.text.includes(text), `${code} note "${note.text}" lacks "${text}"`);
    }
    // Every command is also in the script, in order, and all of it is ASCII.
    let at = 0;
    for (const s of p.steps) {
      const found = p.script.indexOf(s.command, at);
      assert.ok(found >= 0, `script lacks "${s.command}" after offset ${at}`);
      at = found + s.command.length;
    }
    assert.match(p.script, /^[\x00-\x7f]*$/);
    // Every fix step has remedies, each from a Microsoft page; no remedy command is
    // outside ASCII or holds a placeholder; checks come exactly with something to fix.
    assert.equal(p.checks.length > 0, p.steps.length > 0);
    const remedies = [...p.steps, ...p.checks].flatMap((s) => {
      assert.ok(s.ifFails.length > 0, `${s.command} has no remedies`);
      return s.ifFails;
    });
    for (const r of remedies) {
      assert.match(r.source, /^https:\/\/(learn\.microsoft\.com\/\S+#\S+|github\.com\/Azure\/\S+)$/);
      for (const command of r.commands) assert.match(command, /^[\x20-\x7e]+$/);
      for (const command of r.commands) assert.doesNotMatch(command, /[<>]/);
      if (r.caution !== null) assert.deepEqual(r.commands, []);
    }
  });
}
