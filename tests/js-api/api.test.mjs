// The JS API contract (design.md, "Contracts" -> JS API): exports, the Plan's shape,
// thrown errors, the default for today, version() and the TypeScript types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { embed, load, thrown } from './support.mjs';

const mod = await load();
const { plan, version } = mod;

const TODAY = '2026-03-01';
const GOOD = {
  shutdown: '2026-01-01',
  restart: '2026-03-01',
  lastUpdate: '2025-11-01',
  today: TODAY,
  clusters: [{ name: 'prod1' }, { name: 'edge2', loadBalancer: true }],
};

/** plan(input) must throw an Error with this code and field. */
function refuses(input, code, field) {
  const e = thrown(() => plan(input));
  assert.ok(e instanceof Error, `threw ${String(e)}, not an Error`);
  assert.equal(e.code, code, e.message);
  assert.equal(e.field, field, e.message);
  assert.equal(typeof e.message, 'string');
  assert.ok(e.message.length > 10, `message too short: "${e.message}"`);
  assert.doesNotMatch(e.message, /\[object |JsValue|panicked|unreachable|RuntimeError/);
  return e;
}

/** A remedy of the contract's shape, from a Microsoft page, ready to paste or marked. */
function assertRemedy(remedy) {
  assert.deepEqual(Object.keys(remedy).sort(), [
    'action', 'caution', 'commands', 'id', 'source', 'sourceDate', 'symptom',
  ]);
  for (const key of ['id', 'symptom', 'action', 'source']) assert.equal(typeof remedy[key], 'string', key);
  assert.match(remedy.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assertDate(remedy.sourceDate);
  assert.ok(Array.isArray(remedy.commands) && remedy.commands.every((c) => typeof c === 'string'));
  assert.ok(remedy.caution === null || typeof remedy.caution === 'string');
  assert.match(remedy.source, /^https:\/\/(learn\.microsoft\.com\/[^#\s]+#\S+|github\.com\/Azure\/\S+)$/);
  if (remedy.caution !== null) assert.deepEqual(remedy.commands, [], 'a caution has no commands');
  for (const command of remedy.commands) assert.match(command, /^[\x20-\x7e]+$/);
}

/** A real calendar date, YYYY-MM-DD, no later than the planner's facts could be read. */
function assertDate(text) {
  assert.match(text, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10), text);
  assert.ok(text >= '2021-01-01' && text <= '2026-12-31', text);
}

/** The local calendar date, YYYY-MM-DD. */
function localDate(d = new Date()) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('the module exports exactly default (init), findRemedies, initSync, plan and version', () => {
  assert.deepEqual(Object.keys(mod).sort(), ['default', 'findRemedies', 'initSync', 'plan', 'version']);
  for (const name of ['default', 'findRemedies', 'initSync', 'plan', 'version']) {
    assert.equal(typeof mod[name], 'function', name);
  }
});

test('version() is the crate version from crates/certplan-js/Cargo.toml', () => {
  const crate = readFileSync(new URL('../../crates/certplan-js/Cargo.toml', import.meta.url), 'utf8');
  let wanted = crate.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!wanted && /^version\.workspace\s*=\s*true/m.test(crate)) {
    const root = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');
    const section = root.split(/^\[workspace\.package\]\s*$/m)[1]?.split(/^\[/m)[0] ?? '';
    wanted = section.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  }
  assert.ok(wanted, 'found the version in Cargo.toml');
  assert.equal(version(), wanted);
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('plan returns a plain, JSON-compatible object with exactly the contract keys', () => {
  const p = plan(GOOD);
  assert.equal(Object.getPrototypeOf(p), Object.prototype);
  assert.deepEqual(Object.keys(p).sort(), [
    'checks', 'layers', 'notes', 'powerOff', 'powerOn', 'script', 'shutdownDays', 'shutdownRow', 'steps',
    'updateAgeDays', 'updateRow',
  ]);
  assert.deepEqual(Object.keys(p.layers).sort(), ['kubernetes', 'moc']);
  for (const layer of [p.layers.moc, p.layers.kubernetes]) {
    assert.deepEqual(Object.keys(layer).sort(), ['impacted', 'reason']);
    assert.equal(typeof layer.impacted, 'boolean');
    assert.equal(typeof layer.reason, 'string');
  }
  assert.ok(Array.isArray(p.steps) && p.steps.length > 0);
  for (const step of p.steps) {
    assert.deepEqual(Object.keys(step).sort(), ['cluster', 'command', 'ifFails', 'layer', 'purpose']);
    assert.ok(step.ifFails.length > 0, step.command);
    step.ifFails.forEach(assertRemedy);
    assert.ok(['moc', 'kubernetes', 'verify'].includes(step.layer));
    assert.ok(step.cluster === null || typeof step.cluster === 'string');
  }
  assert.ok(Array.isArray(p.notes) && p.notes.length > 0);
  for (const note of p.notes) {
    assert.deepEqual(Object.keys(note).sort(), ['code', 'source', 'sourceDate', 'text']);
    assert.match(note.source, /^https:\/\/learn\.microsoft\.com\/[^#\s]+#\S+$/);
    assertDate(note.sourceDate);
  }
  // Back today: power on first; the shutdown is behind, so no way down.
  assert.equal(p.powerOn.length, 4);
  assert.deepEqual(p.powerOff, []);
  assert.equal(p.shutdownDays, 59);
  assert.equal(p.updateAgeDays, 120);
  assert.equal(p.shutdownRow, 'more-than-30-days');
  assert.equal(p.updateRow, 'not-within-90-days');
  assert.ok(Array.isArray(p.checks) && p.checks.length === 5);
  for (const check of p.checks) {
    assert.deepEqual(Object.keys(check).sort(), ['command', 'expect', 'ifFails', 'purpose']);
    check.ifFails.forEach(assertRemedy);
  }
  // The management step has no cluster: null, never undefined.
  assert.equal(p.steps[0].command, 'Update-AksHciCertificates');
  assert.equal(p.steps[0].cluster, null);
  assert.ok(p.steps.some((s) => s.command.includes("-Name 'edge2' -patchLoadBalancer -fixCloudCredentials")));
  // JSON round trip loses nothing: no undefined, no Map, no BigInt.
  assert.deepEqual(JSON.parse(JSON.stringify(p)), p);
});

test('absent values come back as null, not undefined', () => {
  const p = plan({ today: TODAY });
  for (const key of ['shutdownDays', 'updateAgeDays', 'shutdownRow', 'updateRow']) {
    assert.ok(key in p, key);
    assert.equal(p[key], null, key);
  }
  assert.deepEqual(p.steps, []);
  assert.deepEqual(p.checks, [], 'nothing to fix, nothing to check');
  assert.deepEqual(p.powerOn, []);
  assert.deepEqual(p.powerOff, []);
});

test('sourceDate: each remedy and note is dated by its page, the retirement notice by its review', () => {
  const p = plan({ shutdown: '2026-10-22', today: '2026-12-06', clusters: [{ name: 'prod1' }] });
  const retirement = p.notes.find((n) => n.code === 'platform-retirement');
  assert.equal(
    retirement.source,
    'https://learn.microsoft.com/azure/aks/aksarc/aks-windows-server-retirement#if-youre-using-windows-server-2019-nodepools',
  );
  assert.equal(retirement.sourceDate, '2026-01-28');
  assert.match(retirement.text, /^AKS Arc on Windows Server is supported through March 2028\./);
  assert.doesNotMatch(JSON.stringify(p), /retired|unsupported|can't deploy/);
  const mocctl = p.checks[3].ifFails[0];
  assert.equal(mocctl.id, 'mocctl-expired');
  assert.equal(mocctl.sourceDate, '2024-07-11');
  const kvactl = p.checks[3].ifFails.find((r) => r.id === 'kvactl-token');
  assert.equal(kvactl.source, 'https://github.com/Azure/aksArc/issues/169');
  assert.equal(kvactl.sourceDate, '2022-01-28');
  // One page, one date, wherever it is cited.
  const byPage = new Map();
  const remedies = [...p.checks, ...p.steps, ...p.powerOn, ...p.powerOff].flatMap((c) => c.ifFails);
  for (const { source, sourceDate } of [...remedies, ...p.notes]) {
    const page = source.split('#')[0];
    assert.equal(byPage.get(page) ?? sourceDate, sourceDate, page);
    byPage.set(page, sourceDate);
  }
});

test('powerOn and powerOff: the night from power-on, and the way down before a shutdown', () => {
  const off = plan({ shutdown: '2026-10-22', today: '2026-12-06', clusters: [{ name: 'prod1' }] });
  assert.deepEqual(off.powerOn.map((c) => c.command), [
    '',
    'Start-Cluster',
    'Get-ClusterNode | Select-Object -Property Name, State',
    "Get-VM -ComputerName (Get-ClusterNode).Name | Where-Object { $_.Name -like '*-control-plane-*' } | Select-Object -Property Name, State, ComputerName",
  ]);
  for (const check of off.powerOn) {
    assert.deepEqual(Object.keys(check).sort(), ['command', 'expect', 'ifFails', 'purpose']);
    assert.ok(check.ifFails.length > 0);
    check.ifFails.forEach(assertRemedy);
    for (const r of check.ifFails) assert.match(r.source, /\/stop-start-cluster#/);
  }
  assert.match(off.powerOn[2].expect, /State Up/);
  assert.deepEqual(off.powerOn[3].ifFails[0].commands[0], "Restart-VM -Name '<vm>' -Force");
  assert.deepEqual(off.powerOff, []);
  // The script checks nodes and control plane VMs before the first change.
  const nodes = off.script.indexOf("if (Get-ClusterNode | Where-Object { $_.State -ne 'Up' })");
  const vms = off.script.indexOf("-and $_.State -ne 'Running' })");
  const first = off.script.indexOf('\n    Update-AksHciCertificates\n');
  assert.ok(nodes > 0 && nodes < vms && vms < first, `${nodes} ${vms} ${first}`);

  const ahead = plan({ shutdown: '2026-12-20', today: '2026-12-06' });
  assert.deepEqual(ahead.powerOff.map((c) => c.command), ['Stop-Cluster', 'Stop-Computer']);
  assert.match(ahead.powerOff[0].purpose, /Caution:/);
  ahead.powerOff.flatMap((c) => c.ifFails).forEach(assertRemedy);
  assert.equal(ahead.powerOn.length, 4, 'and the power-on for the day they come back');

  const back = plan({ shutdown: '2026-10-22', restart: '2026-12-01', today: '2026-12-06' });
  assert.deepEqual([back.powerOn, back.powerOff], [[], []]);
});

test('checks, ifFails and the new note codes, exactly as the contract spells them', () => {
  const p = plan({ shutdown: '2025-12-01', restart: '2026-03-02', today: TODAY, clusters: [{ name: 'prod1' }] });
  assert.equal(p.shutdownDays, 91);
  assert.deepEqual(p.notes.map((n) => n.code), [
    'out-of-support', 'cannot-update', 'moc-login-expired', 'platform-retirement', 'azure-local-23h2',
  ]);
  assert.deepEqual(p.checks.map((c) => c.command), [
    '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)',
    'Get-Module -ListAvailable -Name AksHci',
    'Get-ClusterGroup -Name (Get-MocConfig).clusterRoleName',
    'Get-AksHciCluster',
    'Get-AksHciVersion',
  ]);
  const kubelet = p.steps.find((s) => s.layer === 'kubernetes');
  const x509 = kubelet.ifFails.find((r) => r.symptom.includes('x509: certificate has expired'));
  assert.deepEqual(x509.commands, ["Get-AksHciCredential -Name 'prod1'", 'kubectl get nodes']);
  assert.equal(x509.caution, null);
  const unauthorized = kubelet.ifFails.find((r) => r.symptom.includes('(Unauthorized)'));
  assert.deepEqual(unauthorized.commands, []);
  assert.match(unauthorized.caution, /^Overwrites the management kubeconfig/);
  assert.equal(
    unauthorized.source,
    'https://learn.microsoft.com/azure/aks/aksarc/known-issues-workload-clusters#error-you-must-be-logged-in-to-the-server-unauthorized-',
  );
  // 30 days is still supported; 31 is not.
  const codes = (restart) => plan({ shutdown: '2026-01-01', restart, today: TODAY }).notes.map((n) => n.code);
  assert.ok(!codes('2026-01-31').includes('out-of-support'));
  assert.ok(codes('2026-02-01').includes('out-of-support'));
});

test('more than 50 clusters are refused on clusters', () => {
  const clusters = Array.from({ length: 51 }, (_, i) => ({ name: `c${i}` }));
  const e = refuses({ today: TODAY, shutdown: '2026-02-01', clusters }, 'invalid-input', 'clusters');
  assert.equal(e.message, 'Too many clusters: 51 are listed, and a plan takes at most 50. Plan them in groups.');
  assert.equal(plan({ today: TODAY, shutdown: '2026-02-01', clusters: clusters.slice(0, 50) }).steps.length, 100);
});

test('any input, however large, is answered at once (10^5 and 10^6 clusters, a 10 MB name)', () => {
  // Refused before the entries are read: 100,000 clusters took 15 to 45 s of a frozen tab
  // when every entry was read and checked against the others first.
  for (const length of [1e5, 1e6]) {
    const clusters = Array.from({ length }, (_, i) => ({ name: `c${i}` }));
    const started = performance.now();
    const e = refuses({ today: TODAY, shutdown: '2026-02-01', clusters }, 'invalid-input', 'clusters');
    const elapsed = performance.now() - started;
    assert.equal(e.message, `Too many clusters: ${length} are listed, and a plan takes at most 50. Plan them in groups.`);
    assert.ok(elapsed < 100, `${length} clusters answered in ${elapsed.toFixed(1)} ms`);
  }
  // Entries that are not even objects are never looked at either.
  const sparse = new Array(1e6);
  refuses({ today: TODAY, clusters: sparse }, 'invalid-input', 'clusters');

  // A 10 MB name must cross into the wasm to be judged: the median of five calls, so
  // that one slice of a busy machine's time does not decide.
  const name = 'a'.repeat(10 * 1024 * 1024);
  const times = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    const e = refuses({ today: TODAY, clusters: [{ name }] }, 'invalid-cluster-name', 'clusters[0].name');
    times.push(performance.now() - started);
    assert.equal(e.message, `Cluster 1: the name is ${name.length} characters long; the limit is 63.`);
  }
  const median = times.sort((a, b) => a - b)[2];
  assert.ok(median < 100, `a 10 MB name answered in ${median.toFixed(1)} ms (median of 5)`);
});

test('inputs: null dates, empty strings, missing clusters and Object.create(null) are fine', () => {
  assert.equal(plan({ shutdown: null, restart: null, lastUpdate: null, today: TODAY }).shutdownDays, null);
  assert.equal(plan({ shutdown: '', restart: '', lastUpdate: '', today: TODAY }).shutdownDays, null);
  assert.equal(plan({ shutdown: undefined, clusters: undefined, today: TODAY }).shutdownDays, null);
  const bare = Object.assign(Object.create(null), { shutdown: '2026-02-01', today: TODAY });
  assert.equal(plan(bare).shutdownDays, 28);
  const cluster = Object.assign(Object.create(null), { name: 'prod1', loadBalancer: false });
  assert.equal(plan({ ...GOOD, clusters: [cluster] }).steps[1].cluster, 'prod1');
  // Objects and arrays from another realm (an iframe, a vm context) are plain too.
  const foreign = vm.runInNewContext(
    '({ shutdown: "2026-01-01", restart: "2026-03-01", today: "2026-03-01", clusters: [{ name: "prod1" }] })',
  );
  assert.equal(plan(foreign).steps.length, 4);
  refuses(vm.runInNewContext('new Map()'), 'invalid-input', '');
  // The input is only read, never changed.
  const input = structuredClone(GOOD);
  plan(input);
  assert.deepEqual(input, GOOD);
});

test('today defaults to the local calendar date when absent, null or blank', () => {
  for (const today of [undefined, null, '', '  ']) {
    const before = localDate();
    const input = { lastUpdate: before, shutdown: before };
    if (today !== undefined) input.today = today;
    const p = plan(input);
    const after = localDate();
    // A last update on the local today is 0 days old (a day older across midnight).
    assert.ok(p.updateAgeDays === 0 || (before !== after && p.updateAgeDays === 1), `today=${today}`);
    assert.ok(p.notes.some((n) => n.code === 'still-off'));
  }
  // An explicit today wins.
  assert.equal(plan({ lastUpdate: '2026-02-27', today: TODAY }).updateAgeDays, 2);
});

test('the default today is the local date, not the UTC one', () => {
  // At 00:30 on 1 March in UTC+14 it is still 28 February in UTC.
  const RealDate = globalThis.Date;
  const tz = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(2026, 2, 1, 0, 30);
    }
  };
  try {
    assert.equal(new Date().toISOString().slice(0, 10), '2026-02-28', 'the test setup works');
    const p = plan({ lastUpdate: '2026-03-01' });
    assert.equal(p.updateAgeDays, 0);
    // And at 23:30 on 28 February in UTC-10 it is already 1 March in UTC.
    process.env.TZ = 'Pacific/Honolulu';
    globalThis.Date = class extends RealDate {
      constructor(...args) {
        if (args.length) super(...args);
        else super(2026, 1, 28, 23, 30);
      }
    };
    assert.equal(new Date().toISOString().slice(0, 10), '2026-03-01', 'the test setup works');
    assert.equal(plan({ lastUpdate: '2026-02-28' }).updateAgeDays, 0);
    refuses({ lastUpdate: '2026-03-01' }, 'invalid-date', 'lastUpdate');
  } finally {
    globalThis.Date = RealDate;
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
});

test('every error code is thrown as an Error with code and field', () => {
  refuses({ shutdown: '2026-02-30', today: TODAY }, 'invalid-date', 'shutdown');
  refuses({ today: '01/03/2026' }, 'invalid-date', 'today');
  refuses({ shutdown: '2026-02-10', restart: '2026-02-01', today: TODAY }, 'restart-before-shutdown', 'restart');
  refuses({ today: TODAY, clusters: [{ name: 'ok' }, { name: "x'; rm" }] }, 'invalid-cluster-name', 'clusters[1].name');
  refuses({ today: TODAY, clusters: [{ name: 'Prod' }, { name: 'prod' }] }, 'duplicate-cluster-name', 'clusters[1].name');
  refuses({ today: TODAY, colour: 'red' }, 'unknown-field', 'colour');
  refuses({ today: TODAY, shutdown: 20260101 }, 'invalid-input', 'shutdown');
});

test('the core message comes through', () => {
  const e = refuses({ shutdown: '2026-03-10', restart: '2026-03-01', today: TODAY }, 'restart-before-shutdown', 'restart');
  assert.equal(e.message, 'Power-on date 2026-03-01 is before the shutdown date 2026-03-10.');
});

test('unknown fields are refused, at the top level and in a cluster', () => {
  let e = refuses({ ...GOOD, colour: 'red' }, 'unknown-field', 'colour');
  assert.match(e.message, /colour/);
  assert.match(e.message, /shutdown, restart, lastUpdate, today and clusters/);
  e = refuses({ ...GOOD, clusters: [{ name: 'prod1', colour: 'red' }] }, 'unknown-field', 'clusters[0].colour');
  assert.match(e.message, /cluster 1/);
  refuses({ ...GOOD, clusters: [{ name: 'a' }, { name: 'b', lb: true }] }, 'unknown-field', 'clusters[1].lb');
  // Even with an undefined value: a misspelt key is still a mistake.
  refuses({ ...GOOD, shutdownDate: undefined }, 'unknown-field', 'shutdownDate');
  // Near misses get a suggestion.
  e = refuses({ last_update: '2026-01-01', today: TODAY }, 'unknown-field', 'last_update');
  assert.match(e.message, /did you mean "lastUpdate"\?/);
  e = refuses({ today: TODAY, clusters: [{ name: 'a', LoadBalancer: true }] }, 'unknown-field', 'clusters[0].LoadBalancer');
  assert.match(e.message, /did you mean "loadBalancer"\?/);
  // A hostile key is named in the field as is, and echoed safely in the message.
  e = refuses({ today: TODAY, ['x\nInjected: line']: 1 }, 'unknown-field', 'x\nInjected: line');
  assert.doesNotMatch(e.message, /\n/);
});

test('keys are checked exactly: commas, empty keys and lookalikes are refused', () => {
  // The glue reads the keys joined by commas first; a key holding a comma or an empty
  // key must still be refused, and named as it is.
  refuses({ today: TODAY, 'shutdown,restart': '2026-01-01' }, 'unknown-field', 'shutdown,restart');
  refuses({ today: TODAY, ',': 1 }, 'unknown-field', ',');
  refuses({ today: TODAY, '': 1 }, 'unknown-field', '');
  refuses({ '': 1 }, 'unknown-field', '');
  refuses({ today: TODAY, clusters: [{ name: 'a', 'name,loadBalancer': true }] }, 'unknown-field', 'clusters[0].name,loadBalancer');
  refuses({ today: TODAY, clusters: [{ name: 'a', '': true }] }, 'unknown-field', 'clusters[0].');
  refuses({ today: TODAY, ' today': TODAY }, 'unknown-field', ' today');
  // Symbol keys are not data and stay ignored.
  assert.equal(plan({ ...GOOD, [Symbol('x')]: 1 }).shutdownDays, 59);
});

test('the first problem wins: unknown keys before types, types before values', () => {
  refuses({ shutdown: 5, colour: 'red' }, 'unknown-field', 'colour');
  refuses({ shutdown: 'soon', restart: 5, today: TODAY }, 'invalid-input', 'restart');
  refuses({ today: TODAY, clusters: [{ name: 'bad name' }, { name: 5 }] }, 'invalid-input', 'clusters[1].name');
});

test('input that is not a plain object is refused with field ""', () => {
  const notObjects = [
    null, undefined, 'shutdown=2026-01-01', 42, true, 10n, Symbol('x'), () => ({}),
    [], [{ today: TODAY }], new Map([['today', TODAY]]), new Date(), new (class Input { today = TODAY; })(),
  ];
  for (const input of notObjects) {
    const e = refuses(input, 'invalid-input', '');
    assert.match(e.message, /^The input must be a plain object/);
  }
  assert.match(thrown(() => plan(null)).message, /not null\.$/);
  assert.match(thrown(() => plan([])).message, /not an array\.$/);
  assert.match(thrown(() => plan('x')).message, /not a string\.$/);
  assert.match(thrown(() => plan()).message, /not undefined\.$/);
});

test('wrong types name the field', () => {
  for (const field of ['shutdown', 'restart', 'lastUpdate', 'today']) {
    for (const value of [20260101, true, {}, ['2026-01-01'], new Date(2026, 0, 1)]) {
      const e = refuses({ today: TODAY, [field]: value }, 'invalid-input', field);
      assert.match(e.message, /must be a YYYY-MM-DD string or null/);
    }
  }
  for (const clusters of ['prod1', {}, { 0: { name: 'a' } }, null, 3, true]) {
    refuses({ today: TODAY, clusters }, 'invalid-input', 'clusters');
  }
  for (const cluster of [null, undefined, 'prod1', 7, ['prod1'], new Map()]) {
    refuses({ today: TODAY, clusters: [{ name: 'ok' }, cluster] }, 'invalid-input', 'clusters[1]');
  }
  // Holes in a sparse array are undefined clusters.
  refuses({ today: TODAY, clusters: [, { name: 'ok' }] }, 'invalid-input', 'clusters[0]'); // eslint-disable-line no-sparse-arrays
  let e = refuses({ today: TODAY, clusters: [{}] }, 'invalid-input', 'clusters[0].name');
  assert.equal(e.message, 'Cluster 1 has no name.');
  for (const name of [null, 42, true, ['a'], { name: 'a' }]) {
    refuses({ today: TODAY, clusters: [{ name }] }, 'invalid-input', 'clusters[0].name');
  }
  for (const loadBalancer of ['yes', 1, 0, null, {}]) {
    e = refuses({ today: TODAY, clusters: [{ name: 'a', loadBalancer }] }, 'invalid-input', 'clusters[0].loadBalancer');
    assert.match(e.message, /must be true or false/);
  }
  assert.equal(plan({ ...GOOD, clusters: [{ name: 'a', loadBalancer: undefined }] }).steps.length, 4);
});

test('inputs that throw when read are refused, not crashed on', () => {
  const getter = { today: TODAY, get shutdown() { throw new Error('boom'); } };
  refuses(getter, 'invalid-input', 'shutdown');
  const cluster = { get name() { throw new Error('boom'); } };
  refuses({ today: TODAY, clusters: [cluster] }, 'invalid-input', 'clusters[0].name');
  const keys = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
  refuses(keys, 'invalid-input', '');
  const proto = new Proxy({}, { getPrototypeOf() { throw new Error('boom'); } });
  refuses(proto, 'invalid-input', '');
  // Still working afterwards.
  assert.equal(plan(GOOD).shutdownDays, 59);
});

test('many calls, good and bad, keep working (no leak, no poisoned state)', () => {
  for (let i = 0; i < 2000; i++) {
    assert.equal(plan(GOOD).steps.length, 7);
    assert.equal(thrown(() => plan({ colour: i })).code, 'unknown-field');
  }
});

test('certplan.d.ts declares the contract types', () => {
  const dts = readFileSync(resolve(embed, 'certplan.d.ts'), 'utf8');
  const flat = dts.replace(/\s+/g, ' ');
  const has = (text) => assert.ok(flat.includes(text.replace(/\s+/g, ' ')), `certplan.d.ts lacks: ${text}`);
  has(`export type PlanInput = {
    shutdown?: string | null; restart?: string | null; lastUpdate?: string | null;
    today?: string | null; clusters?: { name: string; loadBalancer?: boolean }[];
  };`);
  has(`export type Plan = {
    shutdownDays: number | null; updateAgeDays: number | null;
    shutdownRow: "less-than-30-days" | "more-than-30-days" | null;
    updateRow: "within-90-days" | "not-within-90-days" | null;
    layers: { moc: Layer; kubernetes: Layer };
    steps: Step[];
    script: string;`);
  has('notes: Note[]; checks: Check[];');
  has('powerOn: Check[];');
  has('powerOff: Check[];');
  has('export type Note = { code: string; text: string; source: string; sourceDate: string };');
  has(`export type Step = {
    command: string; cluster: string | null;
    layer: "moc" | "kubernetes" | "verify"; purpose: string;
    ifFails: Remedy[];`);
  has('export type Check = { command: string; purpose: string; expect: string; ifFails: Remedy[] };');
  has(`export type Remedy = {
    id: string;`);
  for (const field of ['symptom: string;', 'action: string;', 'commands: string[];', 'caution: string | null;',
    'source: string;', 'sourceDate: string;']) {
    has(field);
  }
  has('export type RemedyMatch = Remedy & { matched: string };');
  has('export function findRemedies(text: string, input?: PlanInput | null): RemedyMatch[];');
  const noteCodes = flat.match(/export type NoteCode =([^;]*);/)?.[1].match(/"[^"]+"/g);
  assert.deepEqual(noteCodes, [
    '"exactly-30-days"', '"still-off"', '"future-shutdown"', '"update-advice"', '"no-clusters"',
    '"cluster-name-style"', '"out-of-support"', '"cannot-update"', '"moc-login-expired"',
    '"platform-retirement"', '"azure-local-23h2"',
  ]);
  has('export type Layer = { impacted: boolean; reason: string };');
  has('export function plan(input: PlanInput): Plan;');
  has('export function version(): string;');
  has('export type PlanError = Error & { code: PlanErrorCode; field: string };');
  for (const code of ['invalid-date', 'restart-before-shutdown', 'invalid-cluster-name',
    'duplicate-cluster-name', 'unknown-field', 'invalid-input']) {
    has(`"${code}"`);
  }
  has('@throws {PlanError}');
  has('export function initSync(');
  assert.match(flat, /export default function __wbg_init ?\(/);
});

test('certplan.js loads certplan_bg.wasm next to itself by default (browsers)', () => {
  const js = readFileSync(resolve(embed, 'certplan.js'), 'utf8');
  assert.ok(js.includes("new URL('certplan_bg.wasm', import.meta.url)"));
  assert.ok(js.includes('export default __wbg_init') || js.includes('as default'));
});
