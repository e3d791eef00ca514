// Functions that run inside the page (puppeteer serializes them, so each one stands
// alone: no imports, no closures over module scope).
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
 * contains `text`.
 */
export function watchReady({ label, text, timeoutMs }) {
  const holds = () => {
    const body = document.body;
    if (!body || !body.textContent.includes(text)) return false;
    if (!label) return true;
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
    return Boolean(found && (found.control ?? document.getElementById(found.htmlFor)));
  };
  window.__benchReady = new Promise((resolve, reject) => {
    let done = false;
    const check = () => {
      if (done || !holds()) return;
      done = true;
      observer.disconnect();
      const domMs = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ readyMs: performance.now(), domMs });
        channel.port2.postMessage(null);
      });
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
export async function measureChanges({ label, changes, timeoutMs }) {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
  const input = found && (found.control ?? document.getElementById(found.htmlFor));
  if (!input) throw new Error(`no input labelled "${label}"`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const shows = (text) =>
    new Promise((resolve, reject) => {
      if (document.body.textContent.includes(text)) return resolve();
      const observer = new MutationObserver(() => {
        if (!document.body.textContent.includes(text)) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the page never showed "${text}"`));
      }, timeoutMs);
    });

  const painted = [];
  const updated = [];
  for (const { value, expect } of changes) {
    // Start from a quiet page (whatever the last change scheduled has run), then at a
    // random point of the frame interval, as a person's input arrives: starting right
    // after a frame would always add a whole frame of waiting, right before one none.
    await frame();
    await frame();
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
    const start = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await shows(expect);
    updated.push(performance.now() - start);
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
