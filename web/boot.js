// A classic (non-module) script, so it runs even where ES modules cannot
// load: opened from file://, browsers refuse modules, workers and
// WebAssembly, and the page would sit at "Loading" without saying why. It
// also starts the analysis worker as early as possible. Depends on nothing.
(function () {
  // Starting the analysis worker here, before the page's modules have loaded,
  // lets the WebAssembly module download and compile in parallel with them.
  // app.js takes the worker over and replays what it said meanwhile.
  if (location.protocol !== 'file:' && typeof Worker === 'function') {
    try {
      var early = [];
      var worker = new Worker('worker.js', { type: 'module' });
      worker.onmessage = function (event) { early.push(event.data); };
      worker.onerror = function (event) {
        event.preventDefault();
        early.push({ type: 'error', id: 0, message: 'The analyzer could not be loaded.' });
      };
      window.ledeBoot = { worker: worker, early: early };
    } catch (error) { /* app.js starts its own worker */ }
  }

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
