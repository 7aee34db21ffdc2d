// lede's JavaScript API: an ES module for browsers and workers.
//
//   import { createLede } from './lede.js';
//   const lede = await createLede();
//   const analysis = lede.analyze(text, { referenceDate: '2024-09-15' });
//
// One string crosses into WebAssembly and one JSON string comes back, so no
// handle is ever left to free. The entity model is inside lede_web.wasm.
import createLedeModule from './lede_web.js';

const OFFSET_UNITS = new Set(['utf16', 'utf8', 'codepoint']);

function checkOptions(options) {
  const offsets = options.offsets ?? 'utf16';
  if (!OFFSET_UNITS.has(offsets)) {
    throw new TypeError(`lede: offsets must be utf16, utf8 or codepoint, not ${offsets}`);
  }
  const referenceDate = options.referenceDate ?? '';
  if (referenceDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new TypeError(`lede: referenceDate must be YYYY-MM-DD, not ${referenceDate}`);
  }
  return { offsets, referenceDate };
}

// Emscripten's UTF-8 encoder pairs a lone surrogate with whatever follows it,
// which would shift every later offset. U+FFFD has the same UTF-16 length, so
// replacing lone surrogates keeps offsets indexing the caller's string.
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// moduleOptions go to the Emscripten factory (e.g. locateFile, wasmBinary).
export async function createLede(moduleOptions = {}) {
  const module = await createLedeModule(moduleOptions);
  return {
    version: module.version(),
    analyze(text, options = {}) {
      if (typeof text !== 'string') throw new TypeError('lede: analyze expects a string');
      const { offsets, referenceDate } = checkOptions(options);
      return JSON.parse(module.analyzeJson(wellFormed(text), offsets, referenceDate));
    },
  };
}

export default createLede;
