// certplan in a docs page with one tag, where the planner should appear:
//   <script src="https://docs.example.com/tools/certplan/embed/frame.js"
//           data-theme="auto" data-query="shutdown=2026-01-01&cluster=prod1:lb" async></script>
// Inserts after itself an iframe of the planner beside it (../?embed=1&theme=..&<query>),
// sizes it from the planner's height messages and, for data-theme="auto", tells the
// planner the host page's color scheme. A classic script of its own, no dependency:
// a host's CSP allows it by its origin, with no inline script to hash.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var data = script.dataset;
  var theme = data.theme || 'auto';
  var query = (data.query || '').replace(/^[?&]+/, '');
  var src = new URL('../?embed=1&theme=' + encodeURIComponent(theme) + (query && '&' + query), script.src);
  // postMessage takes no "null" origin (a file:// planner): there, any origin.
  var origin = src.origin;
  var target = origin === 'null' ? '*' : origin;
  var frame = document.createElement('iframe');
  frame.className = 'certplan-frame';
  frame.title = 'AKS certificate planner';
  frame.loading = 'lazy';
  frame.allow = 'clipboard-write';
  frame.src = src.href;
  // Style properties, not a style attribute: a strict style-src allows these.
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  script.after(frame);

  var dark = matchMedia('(prefers-color-scheme: dark)');
  // Whether the planner has spoken: until then the frame may still hold its first,
  // blank document, of this page's origin, where Firefox reports a post to the
  // planner's origin as an error.
  var ready = false;
  var told;
  // The scheme the frame sits in, as the browser uses it: a page that names one scheme
  // ("dark", "only light") is that; one that offers both ("light dark") follows the
  // browser's preference; one that says nothing ("normal") is drawn light. A frame
  // whose scheme differs gets an opaque backdrop (CSS Color Adjustment), so match it.
  function hostTheme() {
    var scheme = getComputedStyle(frame).colorScheme || '';
    var both = /\blight\b/.test(scheme) && /\bdark\b/.test(scheme);
    return (both ? dark.matches : /\bdark\b/.test(scheme)) ? 'dark' : 'light';
  }
  function tell(always) {
    var now = hostTheme();
    if (ready && (always || now !== told)) {
      told = now;
      frame.contentWindow.postMessage({ certplan: { setConfig: { theme: now } } }, target);
    }
  }

  addEventListener('message', function (event) {
    // Only the planner in this frame: any window can post to this page.
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    var message = event.data;
    if (!message || message.type !== 'certplan:height' || !(message.height > 0)) return;
    frame.style.height = Math.ceil(message.height) + 'px';
    ready = true;
    // The planner reports its height once it runs: the moment it can listen (again,
    // after a reload of the frame).
    if (theme === 'auto') tell(true);
  });
  if (theme !== 'auto') return;
  // Sites switch light and dark by an attribute of <html> or <body> (a class, a style,
  // data-theme, Material for MkDocs' data-md-color-scheme) or by a stylesheet in <head>.
  var observer = new MutationObserver(function () { tell(false); });
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  if (document.head) observer.observe(document.head, { childList: true });
  dark.addEventListener('change', function () { tell(false); });
})();
