// A classic (non-module) script, so it runs even where ES modules cannot
// load: opened from file://, browsers refuse modules, workers and
// WebAssembly, and the page would sit at "Loading" without saying why.
// Depends on nothing.
(function () {
  function explain(message) {
    var notice = document.getElementById('notice');
    var status = document.getElementById('status');
    if (status) status.textContent = 'Not started';
    if (!notice) return;
    notice.textContent = message;
    notice.hidden = false;
    document.body.setAttribute('data-state', 'unsupported');
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (location.protocol === 'file:') {
      explain('lede needs to be served by a web server: browsers do not load its WebAssembly from a file. ' +
        'In the folder of this page, run "node scripts/serve.mjs --root build/web" from the lede checkout, ' +
        'or "python3 -m http.server", then open http://localhost:8080/ (or the port shown).');
    } else if (!('noModule' in HTMLScriptElement.prototype) || typeof WebAssembly !== 'object') {
      explain('This browser is too old for lede: it needs ES modules and WebAssembly.');
    }
  });
})();
