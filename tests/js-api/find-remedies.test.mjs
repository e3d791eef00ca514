// findRemedies(text, input?) through the built module (design.md, "Additions (next
// round)"): every documented error text finds its remedy first, whole, wrapped at 80
// columns and inside a PowerShell error block (the texts: tests/lookup-cases.json, which
// the core's tests keep in step with remedies.rs); the answer's shape; errors as plan's;
// non-certificate errors find nothing; hostile and big text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load, thrown } from './support.mjs';

const { findRemedies, plan } = await load();
const CASES = JSON.parse(readFileSync(new URL('../lookup-cases.json', import.meta.url), 'utf8'));

const INPUT = {
  shutdown: '2026-01-01', restart: '2026-03-01', today: '2026-03-01', clusters: [{ name: 'prod1' }],
};

/** Hard-wrapped at 80 columns, mid-word, as a console does. */
const wrapped = (text) => [...text].reduce((out, c, i) => out + (i && i % 80 === 0 ? '\r\n' : '') + c, '');

/** As Windows PowerShell prints a failed AksHci command, with a GUID, a path, an IP and a timestamp. */
const block = (message) => [
  "PS C:\\Users\\Administrator> Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
  `Update-AksHciClusterCertificates : ${message}`,
  'At C:\\Program Files\\WindowsPowerShell\\Modules\\AksHci\\1.0.16.10113\\AksHci.psm1:2386 char:5',
  '+     throw $_',
  '+     ~~~~~~~~',
  '    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException',
  '    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Update-AksHciClusterCertificates',
  '',
  'Correlation 3f2504e0-4f89-11d3-9a0c-0305e82c3301 at 2026-12-06T18:22:03Z from 10.64.92.14',
].join('\r\n');

test('every documented error text finds its remedy first: whole, wrapped, in a PowerShell block', () => {
  assert.equal(CASES.length, 21);
  for (const { id, text, shared } of CASES) {
    for (const [how, pasted] of [['whole', text], ['wrapped', wrapped(text)], ['in a block', block(text)],
      ['wrapped in a block', wrapped(block(text))]]) {
      const ids = findRemedies(pasted, INPUT).map((m) => m.id);
      if (shared.length === 0) {
        assert.equal(ids[0], id, `${id} ${how}: ${ids}`);
      } else {
        // The same text is documented for another failure too: both, in the order the text decides.
        assert.ok(ids.indexOf(id) >= 0 && ids.indexOf(id) < 2, `${id} ${how}: ${ids}`);
        for (const other of shared) assert.ok(ids.includes(other), `${id} ${how}: ${ids}`);
      }
    }
  }
});

test('a match is a Remedy with matched, filled in for the cluster, and nothing else', () => {
  const text = block('System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]');
  const [found] = findRemedies(text, INPUT);
  assert.deepEqual(Object.keys(found).sort(),
    ['action', 'caution', 'commands', 'id', 'matched', 'source', 'sourceDate', 'symptom']);
  assert.equal(found.id, 'mocctl-expired');
  assert.equal(found.matched, 'System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]');
  assert.deepEqual(found.commands,
    ['Repair-MocLogin', "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials"]);
  // The same remedy as the plan's own step gives.
  const step = plan(INPUT).steps.find((s) => s.command === found.commands[1]);
  const { matched, ...remedy } = found;
  assert.deepEqual(remedy, step.ifFails.find((r) => r.id === 'mocctl-expired'));
  assert.ok(matched.length > 0);
});

test('the cluster comes from the text, else the only cluster, else a placeholder', () => {
  const x509 = 'x509: certificate has expired or is not yet valid';
  assert.deepEqual(findRemedies(`Get-AksHciCredential -Name 'edge2'\n${x509}`)[0].commands,
    ["Get-AksHciCredential -Name 'edge2'", 'kubectl get nodes']);
  assert.deepEqual(findRemedies(`kvactl --clustername edge2\n${x509}`, { clusters: [{ name: 'prod1' }] })[0].commands[0],
    "Get-AksHciCredential -Name 'edge2'");
  assert.deepEqual(findRemedies(x509, { clusters: [{ name: 'prod1' }] })[0].commands[0],
    "Get-AksHciCredential -Name 'prod1'");
  assert.deepEqual(findRemedies(x509)[0].commands[0], 'Get-AksHciCredential -Name <your-cluster>');
  assert.deepEqual(findRemedies(x509, null)[0].commands[0], 'Get-AksHciCredential -Name <your-cluster>');
  const named = findRemedies("A workload cluster with the name 'edge2' was not found.");
  assert.equal(named[0].symptom, "It fails with \"A workload cluster with the name 'edge2' was not found.\"");
});

test('one message of two failures: the command the text names decides the order', () => {
  const expired = 'Certificate has expired: Expired';
  assert.deepEqual(findRemedies(expired).map((m) => m.id), ['mocctl-expired', 'kva-expired']);
  assert.deepEqual(findRemedies(`Update-AksHci : ${expired}`).map((m) => m.id), ['kva-expired', 'mocctl-expired']);
  const token = 'rpc error: code = Unauthenticated desc = Valid Token Required';
  assert.deepEqual(findRemedies(token).map((m) => m.id), ['kvactl-token', 'api-server-down']);
  assert.deepEqual(findRemedies(`kms-plugin ${token}`).map((m) => m.id), ['api-server-down', 'kvactl-token']);
});

test('errors that are not certificate errors find nothing', () => {
  for (const text of [
    'Error: invalid_client. The provided client secret keys are expired',
    'Error: unable to delete group clustergroup-spdb: failed to delete group clustergroup-spdb: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    'Error: failed to connect to the cluster: action failed after 9 attempts: Get "https://10.0.0.5:6443/api?timeout=10s": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    'control plane count at 2, still waiting for desired state: 3.\nError: timed out waiting for the condition.',
    'Powershell remoting to TK5-3WP08R0733 was not successful.',
    'error: You must be logged in to the server (the server has asked for the client to provide credentials)',
    '',
  ]) {
    assert.deepEqual(findRemedies(text, INPUT), [], text);
  }
});

test('a bad input throws as plan does; a text that is not a string is refused', () => {
  const bad = thrown(() => findRemedies('x509', { ...INPUT, restart: '2026-02-30' }));
  assert.ok(bad instanceof Error);
  assert.equal(bad.code, 'invalid-date');
  assert.equal(bad.field, 'restart');
  const unknown = thrown(() => findRemedies('x509', { colour: 'red' }));
  assert.equal(unknown.code, 'unknown-field');
  assert.equal(unknown.field, 'colour');
  const cluster = thrown(() => findRemedies('x509', { clusters: [{ name: 'a b' }] }));
  assert.equal(cluster.code, 'invalid-cluster-name');
  for (const text of [undefined, null, 42, {}, ['x509']]) {
    const e = thrown(() => findRemedies(text));
    assert.equal(e.code, 'invalid-input');
    assert.equal(e.field, 'text');
  }
});

test('hostile and big text: an answer, never a throw; 1 MB answers fast', () => {
  for (const text of ['\uD800x509: certificate signed by unknown authority\uDFFF', '\0'.repeat(10_000),
    String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 0xffff)),
    'x509: certificate\n'.repeat(100_000)]) {
    assert.ok(Array.isArray(findRemedies(text, INPUT)));
  }
  assert.equal(findRemedies('\uD800x509: certificate signed by\uDC00 unknown authority')[0]?.id, undefined);
  assert.equal(findRemedies('\uD800x509: certificate signed by unknown authority')[0].id, 'x509-unknown-authority');
  let log = '';
  for (let n = 0; log.length < 1 << 20; n++) {
    log += `2026-12-06T18:22:${String(n % 60).padStart(2, '0')}Z INFO kva reconcile cluster prod1 node 10.0.0.${n % 250} ok\n`;
  }
  log += 'Get-AksHciCluster : System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]\n';
  findRemedies(log, INPUT);
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    const found = findRemedies(log, INPUT);
    assert.equal(found[0].id, 'mocctl-expired');
    return performance.now() - start;
  });
  const best = Math.min(...times);
  console.log(`findRemedies, 1 MB of log (Node): ${best.toFixed(1)} ms`);
  assert.ok(best < 250, `${best} ms`);
});
