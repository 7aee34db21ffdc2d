// lede's JavaScript API: an ES module for browsers and workers.
//
//   import { createLede } from './lede.js';
//   const lede = await createLede();
//   const analysis = lede.analyze(text, { referenceDate: '2024-09-15' });
//
// The text goes into WebAssembly as UTF-8 and one JSON string comes back, so
// no handle is ever left to free. The entity model is inside lede_web.wasm.
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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Writes `text` as UTF-8 into wasm memory and returns its parsed analysis.
// TextEncoder turns each lone surrogate into U+FFFD, which has the same
// UTF-16 length, so utf16 offsets still index the caller's string. A UTF-16
// code unit takes at most 3 UTF-8 bytes (a surrogate pair 4 for its 2 units).
function analyzeText(module, text, offsets, referenceDate) {
  const capacity = text.length * 3;
  const address = module._malloc(capacity) >>> 0;
  if (address === 0 && capacity > 0) throw new RangeError('lede: the text does not fit in wasm memory');
  try {
    const bytes = module.HEAPU8.subarray(address, address + capacity);
    const { written } = encoder.encodeInto(text, bytes);
    return JSON.parse(decoder.decode(module.analyzeUtf8(address, written, offsets, referenceDate)));
  } finally {
    module._free(address);
  }
}

// moduleOptions go to the Emscripten factory (e.g. locateFile, wasmBinary).
export async function createLede(moduleOptions = {}) {
  const module = await createLedeModule(moduleOptions);
  return {
    version: module.version(),
    analyze(text, options = {}) {
      if (typeof text !== 'string') throw new TypeError('lede: analyze expects a string');
      const { offsets, referenceDate } = checkOptions(options);
      return analyzeText(module, text, offsets, referenceDate);
    },
  };
}

export default createLede;
