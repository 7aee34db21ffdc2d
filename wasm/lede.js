// lede's JavaScript API: an ES module for browsers and workers.
//
//   import { createLede } from './lede.js';
//   const lede = await createLede();
//   const analysis = lede.analyze(text, { referenceDate: '2024-09-15' });
//
// The text goes into WebAssembly as UTF-8 and the contract comes back as a
// stream of words in wasm memory (core/src/output/binary_writer.hpp), from
// which the objects are built here: the same objects as JSON.parse of the
// JSON contract, without writing and parsing JSON. No handle is ever left to
// free. The entity model is inside lede_web.wasm.
import createLedeModule from './lede_web.js';

const OFFSET_UNITS = new Set(['utf16', 'utf8', 'codepoint']);

// The date is checked by the core, as its other callers (the CLI, a JSONL
// line) are: a day of the calendar, "2024-02-30" is not.
function checkOptions(module, options) {
  const offsets = options.offsets ?? 'utf16';
  if (!OFFSET_UNITS.has(offsets)) {
    throw new TypeError(`lede: offsets must be utf16, utf8 or codepoint, not ${offsets}`);
  }
  const referenceDate = options.referenceDate ?? '';
  if (referenceDate !== '' && (typeof referenceDate !== 'string' || !module.isReferenceDate(referenceDate))) {
    throw new TypeError(`lede: referenceDate must be a date, YYYY-MM-DD, not ${referenceDate}`);
  }
  return { offsets, referenceDate };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The stream's tags: output::BinaryWriter::Tag, in its order.
const [OBJECT, ARRAY, END, KEY, INTEGER, DOUBLE, TEXT_STRING, SIDE_STRING, WORD, TRUE, FALSE, NULL] =
  Array.from({ length: 12 }, (_, tag) => tag);
const TAG_BITS = 4;
const TAG_MASK = (1 << TAG_BITS) - 1;

// The stream's names (keys and words) as strings. Names keep their index
// from call to call, so each is decoded once per module.
class Names {
  strings = [];

  // Reads the names past those known: `ends` as BinaryWriter::name_ends(),
  // of the bytes at `address`.
  update(bytes, address, ends) {
    for (let i = this.strings.length; i < ends.length; i++) {
      const start = i === 0 ? 0 : ends[i - 1];
      // Internalized, as a literal key is: V8 then finds the key without
      // looking it up by its characters.
      const name = Object.keys({ [decoder.decode(bytes.subarray(address + start, address + ends[i]))]: 0 })[0];
      this.strings.push(name);
    }
  }
}

// Builds the analysis from one analyzeStream answer: `parts` are the
// addresses and sizes of StreamParts (wasm/bindings.cpp), `names` the
// module's Names, `input` the caller's string and `inputAddress` where its
// UTF-8 was written.
class StreamReader {
  constructor(module, parts, names, input, inputAddress) {
    const [words, wordCount, doubles, doubleCount, side, sideBytes, text, textBytes,
      nameBytes, nameEnds, nameCount] = parts;
    const buffer = module.HEAPU8.buffer;
    this.words = new Int32Array(buffer, words, wordCount);
    this.doubles = new Float64Array(buffer, doubles, doubleCount);
    this.bytes = module.HEAPU8;
    this.pos = 0;
    names.update(this.bytes, nameBytes, new Uint32Array(buffer, nameEnds, nameCount));
    this.names = names.strings;
    this.side = [side, sideBytes];
    this.sideText = undefined;
    // The input's own string where the contract's text is the input and has
    // no lone surrogate (which TextEncoder wrote as U+FFFD): its slices are
    // the decoded bytes' slices. Else (HTML, or isWellFormed unknown) decoded.
    this.textBytes = [text, textBytes];
    this.text = text === inputAddress && input.isWellFormed?.() ? input : undefined;
  }

  decode([address, size]) {
    return decoder.decode(this.bytes.subarray(address, address + size));
  }

  value() {
    const word = this.words[this.pos++];
    switch (word & TAG_MASK) {
      case OBJECT: return this.object();
      case ARRAY: return this.array();
      case INTEGER: return word >> TAG_BITS;
      case DOUBLE: return this.doubles[word >> TAG_BITS];
      case TEXT_STRING:
        this.text ??= this.decode(this.textBytes);
        return this.string(this.text);
      case SIDE_STRING:
        this.sideText ??= this.decode(this.side);
        return this.string(this.sideText);
      case WORD: return this.names[word >> TAG_BITS];
      case TRUE: return true;
      case FALSE: return false;
      case NULL: return null;
      default: throw new Error(`lede: unknown tag in word ${word}`);
    }
  }

  // Members up to END, each a KEY and its value.
  object() {
    const object = {};
    for (let word = this.words[this.pos++]; (word & TAG_MASK) === KEY; word = this.words[this.pos++]) {
      object[this.names[word >> TAG_BITS]] = this.value();
    }
    return object;
  }

  array() {
    const array = [];
    while ((this.words[this.pos] & TAG_MASK) !== END) array.push(this.value());
    this.pos++;
    return array;
  }

  string(text) {
    const start = this.words[this.pos];
    const end = this.words[this.pos + 1];
    this.pos += 2;
    return text.slice(start, end);
  }
}

// Writes `text` as UTF-8 into wasm memory and returns its analysis.
// TextEncoder turns each lone surrogate into U+FFFD, which has the same
// UTF-16 length, so utf16 offsets still index the caller's string. A UTF-16
// code unit takes at most 3 UTF-8 bytes (a surrogate pair 4 for its 2 units).
function analyzeText(module, names, text, offsets, referenceDate) {
  const capacity = text.length * 3;
  const address = module._malloc(capacity) >>> 0;
  if (address === 0 && capacity > 0) throw new RangeError('lede: the text does not fit in wasm memory');
  try {
    const bytes = module.HEAPU8.subarray(address, address + capacity);
    const { written } = encoder.encodeInto(text, bytes);
    const parts = Array.from(module.analyzeStream(address, written, offsets, referenceDate));
    return new StreamReader(module, parts, names, text, address).value();
  } finally {
    module._free(address);
  }
}

// moduleOptions go to the Emscripten factory (e.g. locateFile, wasmBinary).
export async function createLede(moduleOptions = {}) {
  const module = await createLedeModule(moduleOptions);
  const names = new Names();
  return {
    version: module.version(),
    analyze(text, options = {}) {
      if (typeof text !== 'string') throw new TypeError('lede: analyze expects a string');
      const { offsets, referenceDate } = checkOptions(module, options);
      return analyzeText(module, names, text, offsets, referenceDate);
    },
  };
}

export default createLede;
