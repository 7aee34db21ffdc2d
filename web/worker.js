// The Web Worker that owns the WebAssembly module, so that analysis never
// blocks typing or scrolling on the page.
//
// Messages in:  {type: 'analyze', id, text, referenceDate}
// Messages out: {type: 'ready', version, ms} | {type: 'progress', id, done, total}
//               {type: 'part', id, list, items} (large results, see postResult)
//               {type: 'result', id, analysis, ms, parts?} | {type: 'error', id, message}
//
// Texts longer than CHUNK are analyzed in paragraph-aligned chunks, with a
// progress report after each and a pause in between, so a newer request (the
// user typed again) cancels the rest. Chunk results are merged into one
// analysis with offsets shifted and entity ids renumbered. Depends on lede.js
// (and the lede_web.wasm beside it).
import { mergeAnalyses, splitText } from './merge.js';
import { SAMPLE } from './sample.js';

// The wasm download starts now, in parallel with loading lede.js and the
// Emscripten glue (a static import would wait for them first).
const wasmResponse = fetch(new URL('./lede_web.wasm', import.meta.url), { credentials: 'same-origin' });

const CHUNK = 256 * 1024;  // UTF-16 code units; every real article fits in one

let lede = null;
let latest = 0;  // id of the newest request; older ones stop at the next chunk
const started = performance.now();

// Hands Emscripten the wasm fetched above; compiles while it streams when
// the server says application/wasm, else from the bytes.
function instantiateWasm(imports, receive) {
  wasmResponse
    .then((response) => WebAssembly.instantiateStreaming(response.clone(), imports)
      .catch(() => response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports))))
    .then((result) => receive(result.instance, result.module))
    .catch((error) => postMessage({ type: 'error', id: 0, message: `The analyzer could not start: ${error?.message ?? error}` }));
  return {};
}

const ready = import('./lede.js').then(({ createLede }) => createLede({ instantiateWasm })).then(
  (module) => {
    lede = module;
    postMessage({ type: 'ready', version: module.version, ms: performance.now() - started });
    warmUp(module);
  },
  (error) => postMessage({ type: 'error', id: 0, message: `The analyzer could not start: ${error?.message ?? error}` }),
);

// The first analysis compiles the wasm functions it reaches (V8 compiles them
// lazily) and sets up the model's tables: 44-66 ms in Chromium for a seed
// article whose next analysis takes 1 ms. Analyzing the sample once, right
// after 'ready' and before anyone has pasted, pays for that while nobody waits.
function warmUp(module) {
  module.analyze(SAMPLE);
}

self.onmessage = async (event) => {
  const request = event.data;
  if (request?.type !== 'analyze') return;
  latest = request.id;
  await ready;
  if (!lede || request.id !== latest) return;
  try {
    const t0 = performance.now();
    const analysis = await analyzeInChunks(request);
    if (analysis) postResult(request.id, analysis, performance.now() - t0);
  } catch (error) {
    postMessage({ type: 'error', id: request.id, message: String(error?.message ?? error) });
  }
};

async function analyzeInChunks({ id, text, referenceDate }) {
  const options = { offsets: 'utf16', referenceDate: referenceDate ?? '' };
  if (text.length <= CHUNK) return lede.analyze(text, options);
  const chunks = splitText(text, CHUNK);
  const parts = [];
  for (let i = 0; i < chunks.length; i++) {
    postMessage({ type: 'progress', id, done: i, total: chunks.length });
    await pause();  // lets a newer request arrive and cancel this one
    if (id !== latest) return null;
    const { start, end } = chunks[i];
    parts.push({ offset: start, analysis: lede.analyze(text.slice(start, end), options) });
  }
  postMessage({ type: 'progress', id, done: chunks.length, total: chunks.length });
  return mergeAnalyses(parts, text.length);
}

const LISTS = ['paragraphs', 'mentions', 'entities', 'numbers', 'quotes', 'boilerplate'];
const SLICE = 5000;  // items per message

// A result with a hundred thousand items takes the page most of a second to
// receive as one message, with input blocked meanwhile. Large results go in
// slices ({type: 'part', id, list, items}), each a short task on the page,
// then the result itself with empty lists and parts: true.
function postResult(id, analysis, ms) {
  const total = LISTS.reduce((n, list) => n + analysis[list].length, 0);
  if (total <= SLICE * 2) {
    postMessage({ type: 'result', id, analysis, ms });
    return;
  }
  const skeleton = { ...analysis };
  for (const list of LISTS) {
    for (let i = 0; i < analysis[list].length; i += SLICE) {
      postMessage({ type: 'part', id, list, items: analysis[list].slice(i, i + SLICE) });
    }
    skeleton[list] = [];
  }
  postMessage({ type: 'result', id, analysis: skeleton, ms, parts: true });
}

function pause() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
