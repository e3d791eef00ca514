// Functions that run inside the page (puppeteer serializes them, so each one stands
// alone: no imports, no closures over module scope). The init script `watchReady` also
// installs `window.__bench`, the helpers the later measurements share.
//
// "Painted" is approximated the usual way: a requestAnimationFrame callback runs just
// before the browser renders a frame, and a message posted from it is handled right
// after that frame's style, layout and paint work. The time of that message is the
// figure, so the rendering cost of the change is included.

/**
 * Init script: from the first moment of the document, watches for `ready` to hold and
 * keeps in `window.__benchReady` a promise of { readyMs, domMs } relative to the
 * navigation start (performance.now()'s origin). `ready` is { label, text }: an input
 * whose visible label is exactly `label` exists (if label is set) and the page's text
 * contains `text`. Measurements that never see their change fail after `timeoutMs`.
 */
export function watchReady({ label, text, timeoutMs }) {
  // Helpers the measurements below use once the page is usable (they run in it later).
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const bench = (window.__bench = {
    /** Resolves to the time right after the next frame's style, layout and paint. */
    nextPaint: () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        }),
      ),
    /** The input whose visible label is exactly `label`. */
    input: (label) => {
      const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
      return found && (found.control ?? document.getElementById(found.htmlFor));
    },
    /**
     * A quiet page (whatever the last action scheduled has run), then a random point of
     * the frame interval, as a person's input arrives: starting right after a frame
     * would always add a whole frame of waiting, right before one none.
     */
    quiet: async () => {
      await frame();
      await frame();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
    },
    /** Resolves to the time of the first mutation of the body for which `changed(records)` holds. */
    change: (changed, what) =>
      new Promise((resolve, reject) => {
        const observer = new MutationObserver((records) => {
          if (!changed(records)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${what}: the page never changed`));
        }, timeoutMs);
      }),
  });
  // Where a shared link's time goes (see `phases`): when the wasm is compiled and
  // instantiated (the glue's WebAssembly call resolves; the app's main runs right
  // after), and when the app has started (its "Add a cluster" button is enabled, as
  // the e2e tests wait for).
  const marks = (window.__benchMarks = {});
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      marks.instantiateStart ??= performance.now();
      return original.apply(this, args).then((result) => {
        marks.instantiated ??= performance.now();
        marks.streaming ??= name === 'instantiateStreaming';
        return result;
      });
    };
  }
  const started = () => {
    if (marks.started !== undefined) return;
    const add = document.getElementById('add-cluster');
    if (add && !add.disabled && marks.instantiated !== undefined) marks.started = performance.now();
  };
  new MutationObserver(started).observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'], childList: true });

  const holds = () => {
    const body = document.body;
    if (!body || !body.textContent.includes(text)) return false;
    return !label || Boolean(bench.input(label));
  };
  window.__benchReady = new Promise((resolve, reject) => {
    let done = false;
    const check = () => {
      if (done || !holds()) return;
      done = true;
      observer.disconnect();
      const domMs = performance.now();
      bench.nextPaint().then((readyMs) => resolve({ readyMs, domMs }));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    check();
    setTimeout(() => {
      if (!done) reject(new Error(`not usable within ${timeoutMs} ms: no ${label ? `input labelled "${label}" with ` : ''}text "${text}"`));
    }, timeoutMs);
  });
}

/**
 * On a usable planner: sets the input labelled `label` to each date of `changes` in
 * turn (as typing does: the value, then input and change events) and measures, for
 * each, the time from the change to the frame painted after the page shows `expect`
 * (`painted`) and to the moment the DOM shows it (`updated`), in milliseconds.
 */
export async function measureChanges({ label, changes }) {
  const { change, input, nextPaint, quiet } = window.__bench;
  const field = input(label);
  if (!field) throw new Error(`no input labelled "${label}"`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const painted = [];
  const updated = [];
  for (const { value, expect } of changes) {
    await quiet();
    const shown = change(() => document.body.textContent.includes(expect), `showing "${expect}"`);
    const start = performance.now();
    setValue.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    updated.push((await shown) - start);
    painted.push((await nextPaint()) - start);
  }
  return { painted, updated };
}

/**
 * The first contentful paint, in milliseconds after navigation start, once Chromium has
 * reported it (it does so a little after the paint); NaN if it never does.
 */
export function firstContentfulPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(NaN), 2000);
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      clearTimeout(timer);
      resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * After a planner is usable: where its time went, in milliseconds after navigation
 * start, from the Performance API's navigation and resource entries and the marks
 * `watchReady` kept. Each field is NaN when the page never reached it.
 */
export function phases() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const file = (test) => resources.find((r) => test(new URL(r.name).pathname));
  const wasm = file((path) => path.endsWith('_bg.wasm'));
  const glue = file((path) => /certplan-web-[0-9a-f]+\.js$/.test(path));
  const marks = window.__benchMarks ?? {};
  const at = (v) => (typeof v === 'number' ? v : NaN);
  return {
    html: at(nav?.responseEnd),
    glueStart: at(glue?.startTime),
    glue: at(glue?.responseEnd),
    wasmStart: at(wasm?.startTime),
    wasm: at(wasm?.responseEnd),
    instantiateStart: at(marks.instantiateStart),
    instantiated: at(marks.instantiated),
    started: at(marks.started),
    streaming: marks.streaming === true,
  };
}

/** Elements on the page (every disclosure as it is: closed after a load). */
export function elementCount() {
  return document.getElementsByTagName('*').length;
}

/**
 * On a usable planner: `count` actions that change one small part of the page, each
 * from a quiet frame at a random point of the frame interval, timed to the first DOM
 * change it caused (`updated`) and to the frame painted after it (`painted`), in
 * milliseconds. `kind` is 'done' (tick, then untick, the Done box of the first steps)
 * or 'copy' (a different Copy button each time, until its confirmation shows).
 */
export async function measureSmallUpdates({ kind, count }) {
  const { change, nextPaint, quiet } = window.__bench;
  const boxes = [...document.querySelectorAll('input[type=checkbox]')].filter((b) =>
    /^Done: step /.test(b.getAttribute('aria-label') ?? ''),
  );
  const buttons = [...document.querySelectorAll('button')].filter((b) => b.textContent.trim() === 'Copy' && !b.disabled);
  const targets = kind === 'done' ? boxes : buttons;
  if (targets.length < (kind === 'done' ? 1 : count)) throw new Error(`too few ${kind} controls: ${targets.length}`);
  const painted = [];
  const updated = [];
  for (let i = 0; i < count; i++) {
    const target = kind === 'done' ? targets[Math.floor(i / 2) % targets.length] : targets[i];
    // Done: the progress line changes; Copy: the button's own text.
    const changed = (records) =>
      kind === 'done' ? records.some((r) => r.target !== target) : /^Cop(ied|y failed)/.test(target.textContent.trim());
    await quiet();
    const shown = change(changed, `${kind} ${i + 1}`);
    const start = performance.now();
    target.click();
    updated.push((await shown) - start);
    painted.push((await nextPaint()) - start);
  }
  return { painted, updated };
}
