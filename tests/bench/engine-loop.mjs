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
