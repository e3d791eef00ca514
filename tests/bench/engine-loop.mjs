// The timing loop for plan() through the JS API, the same code in Node and in Chromium.
//
// Browsers coarsen performance.now() (100 us, or 5 us when cross-origin isolated, as the
// bench page is), too coarse for one call of a few microseconds. So each sample times a
// batch of calls and keeps the mean per call: the median is exact enough, while the p99
// of batch means understates the tail of single calls (the native figure, timed call by
// call, shows that tail).

/** Times `plan(input)`; resolves to per-call microseconds, one value per batch. */
export function timePlan(plan, input, { warmup = 3000, samples = 3000, batch = 20 } = {}) {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += plan(input).steps.length;
  const perCallUs = new Array(samples);
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink += plan(input).steps.length;
    perCallUs[s] = ((performance.now() - start) * 1000) / batch;
  }
  // Use the results, so no engine can drop the calls as dead code.
  if (sink === 0) throw new Error('plan() returned no steps: the bench input is wrong');
  return perCallUs;
}

/**
 * A megabyte of pasted log with one documented error at its end (issue 20's "1 MB of
 * pasted log"): what `findRemedies` is timed on.
 */
export function megabyteLog() {
  const lines = [];
  let size = 0;
  for (let n = 0; size < 1 << 20; n++) {
    const line = `2026-12-06T18:22:${String(n % 60).padStart(2, '0')}Z INFO kva reconcile cluster prod1 node 10.0.0.${n % 250} ok 3f2504e0-4f89-11d3-9a0c-${n.toString(16).padStart(12, '0')}\n`;
    lines.push(line);
    size += line.length;
  }
  lines.push('Get-AksHciCluster : System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]\n');
  return lines.join('');
}

/** Times `findRemedies(text, input)`, call by call (each takes milliseconds); resolves to ms per call. */
export function timeLookup(findRemedies, text, input, { warmup = 3, samples = 30 } = {}) {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += findRemedies(text, input).length;
  const perCallMs = new Array(samples);
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    sink += findRemedies(text, input).length;
    perCallMs[s] = performance.now() - start;
  }
  if (sink === 0) throw new Error('findRemedies() found nothing: the bench text is wrong');
  return perCallMs;
}
