// Finding things as a person does (by role and accessible name, by label, by text), for
// puppeteer-core in both Chromium and Firefox. Each helper returns a selector string for
// page.$, page.$$, page.locator, page.waitForSelector (and the same on a Frame).
//
// - role(role, name): puppeteer's `::-p-aria`, the browser's own accessibility tree, exact
//   name. Works in both for button, checkbox, textbox, article, heading, row, region.
//   Give the role: by name alone Firefox also returns a control's <label>.
// - label(text): the form control a <label>, aria-label or aria-labelledby names `text`
//   (exact, spaces collapsed). Date inputs need it: neither browser gives them a role
//   that `::-p-aria` matches.
// - named(kind, prefix): an element of a common role (article, button, heading, row,
//   region, status) whose name starts with `prefix`. The name is worked out in the page
//   (aria-labelledby, aria-label, else the text), a simple stand-in for the browser's own,
//   for names that differ in their tail (a card's heading with its subtitle, a table row
//   with its cells). Hidden elements are left out, as the accessibility tree leaves them.
// - text(text): puppeteer's `::-p-text`, the smallest elements whose text contains it.
import { Puppeteer } from 'puppeteer-core';

const quote = (value) => JSON.stringify(String(value));

/** An element of `role` whose accessible name is exactly `name` (any name when omitted). */
export function role(kind, name) {
  return name === undefined ? `::-p-aria([role=${quote(kind)}])` : `::-p-aria([name=${quote(name)}][role=${quote(kind)}])`;
}

Puppeteer.registerCustomQueryHandler('certplanLabel', {
  queryAll: (root, wanted) => {
    const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    const doc = root.ownerDocument ?? root;
    const byIds = (ids) => norm(ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
    return [...root.querySelectorAll('input, select, textarea, button')].filter((el) => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) return byIds(labelledBy) === wanted;
      const aria = el.getAttribute('aria-label');
      if (aria !== null) return norm(aria) === wanted;
      return [...(el.labels ?? [])].some((l) => norm(l.textContent) === wanted);
    });
  },
});

Puppeteer.registerCustomQueryHandler('certplanNamed', {
  queryAll: (root, wanted) => {
    const ROLES = {
      article: 'article, [role="article"]',
      button: 'button, [role="button"], input[type="button"], input[type="submit"]',
      heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
      row: 'tr, [role="row"]',
      region: '[role="region"], section[aria-label], section[aria-labelledby]',
      status: '[role="status"], output',
    };
    const bar = wanted.indexOf('|');
    const kind = wanted.slice(0, bar);
    const prefix = wanted.slice(bar + 1);
    const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    const doc = root.ownerDocument ?? root;
    const nameOf = (el) => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) return norm(labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
      const aria = el.getAttribute('aria-label');
      if (aria !== null) return norm(aria);
      return norm(el.textContent);
    };
    const shown = (el) => !el.closest('[aria-hidden="true"], [hidden]') && (el.checkVisibility?.() ?? true);
    return [...root.querySelectorAll(ROLES[kind])].filter((el) => shown(el) && nameOf(el).startsWith(prefix));
  },
});

const NAMED = ['article', 'button', 'heading', 'row', 'region', 'status'];

/** Elements of `kind` (article, button, heading, row, region, status) whose name starts with `prefix`. */
export function named(kind, prefix = '') {
  if (!NAMED.includes(kind)) throw new Error(`named: no role ${kind} (known: ${NAMED.join(', ')})`);
  return `::-p-certplanNamed(${quote(`${kind}|${prefix}`)})`;
}

/** The form controls labelled exactly `text`. */
export function label(text) {
  return `::-p-certplanLabel(${quote(text)})`;
}

/** Elements whose text contains `text` (puppeteer returns the deepest such elements). */
export function text(text) {
  return `::-p-text(${quote(text)})`;
}

/** How many elements match `selector` in `scope` (a Page or Frame) now. */
export async function count(scope, selector) {
  const handles = await scope.$$(selector);
  await Promise.all(handles.map((h) => h.dispose()));
  return handles.length;
}

/**
 * The `index`-th (from 0) element matching `selector`, waited for up to `timeout` ms.
 * Use `.asLocator()` on it to fill or click with puppeteer's checks.
 */
export async function nth(scope, selector, index, { timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handles = await scope.$$(selector);
    if (handles.length > index) {
      await Promise.all(handles.filter((_, i) => i !== index).map((h) => h.dispose()));
      return handles[index];
    }
    await Promise.all(handles.map((h) => h.dispose()));
    if (Date.now() > deadline) throw new Error(`no element ${index + 1} of ${selector} (found ${handles.length})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The property `name` (e.g. 'value', 'checked', 'innerText') of the first match, waited for. */
export async function prop(scope, selector, name) {
  const handle = await scope.waitForSelector(selector);
  try {
    return await handle.evaluate((el, key) => el[key], name);
  } finally {
    await handle.dispose();
  }
}

/** The attribute `name` of the first match (null when absent), waited for. */
export async function attr(scope, selector, name) {
  const handle = await scope.waitForSelector(selector);
  try {
    return await handle.evaluate((el, key) => el.getAttribute(key), name);
  } finally {
    await handle.dispose();
  }
}

/** Whether the first match is rendered (has a box and is not visibility:hidden); false when none. */
export async function visible(scope, selector) {
  const handle = await scope.$(selector);
  if (!handle) return false;
  try {
    return await handle.isVisible();
  } finally {
    await handle.dispose();
  }
}

/** Waits until `predicate(value)` holds for the value `read()` resolves to, or fails with the last value. */
export async function until(read, predicate, { timeout = 5000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (predicate(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
