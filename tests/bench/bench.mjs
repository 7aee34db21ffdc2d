// The JavaScript half of scripts/bench. One mode per node process, so that each
// peak RSS belongs to one analyzer:
//   node tests/bench/bench.mjs corpus OUT.jsonl [MB]   build the news corpus
//   node tests/bench/bench.mjs wasm CORPUS NATIVE.json OUT.json [RUNS]
//   node tests/bench/bench.mjs breakdown CORPUS [RUNS]  where wasm analyze() time goes
//   node tests/bench/bench.mjs passes CORPUS N [api|analysis]  untimed, for instruction counts
//   node tests/bench/bench.mjs pair CORPUS ROUNDS DIR_A DIR_B  two copies of build/web, taking turns
//   node tests/bench/bench.mjs compromise CORPUS NATIVE.json OUT.json [RUNS] [MB]
//   node tests/bench/bench.mjs report DIR OUT.json     the table and build/bench.json
// Throughput is UTF-8 MB of article text per second; tokens are lede's tokens of
// the same text (from NATIVE.json), so tokens/s compare like for like.
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { conllArticles } from './conll.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const [mode, ...args] = process.argv.slice(2);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// scripts/bench's reference date, as the page gives one ('' when run alone).
const referenceDate = process.env.LEDE_BENCH_REFERENCE_DATE ?? '';
const readCorpus = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const rssMB = () => process.resourceUsage().maxRSS / 1024;

// A warm-up, then `runs` timed passes of `each` over `texts`.
// CPU seconds (user + system of this process) are kept too: on a shared
// machine wall time also counts the time other processes held the core.
function time(texts, runs, each) {
  const seconds = [], cpuSeconds = [];
  for (let run = 0; run <= runs; run++) {
    const start = process.hrtime.bigint(), cpu = process.cpuUsage();
    for (const t of texts) each(t);
    if (run > 0) {
      seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
      const used = process.cpuUsage(cpu);
      cpuSeconds.push((used.user + used.system) / 1e6);
    }
  }
  return { seconds, cpuSeconds };
}

function result(texts, tokens, { seconds, cpuSeconds }, extra) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const m = median(seconds);
  return { articles: texts.length, bytes, tokens, runs: seconds.length, seconds, medianSeconds: m,
    mbPerSecond: bytes / 1e6 / m, tokensPerSecond: tokens / m, cpuSeconds, mbPerCpuSecond: bytes / 1e6 / median(cpuSeconds),
    peakRssMB: rssMB(), ...extra };
}

function buildCorpus(out, mb = 10) {
  const shared = join(root, '..', 'shared');
  const seeds = readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(shared, 'seeds', f), 'utf8'));
  const conll = ['train.txt', 'dev.txt'].map((f) => join(shared, 'data', 'conll2003', f)).filter(existsSync).flatMap(conllArticles);
  // A seed after every 100 CoNLL articles keeps the long modern pastes (curly
  // quotes, boilerplate, UTF-8) spread through the corpus, then repeat to size.
  const unique = [];
  conll.forEach((a, i) => {
    unique.push(a);
    if (i % 100 === 0) unique.push(seeds[(i / 100) % seeds.length]);
  });
  unique.push(...seeds);
  const lines = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const text = unique[i % unique.length];
    lines.push(JSON.stringify({ id: i, text }));
    bytes += Buffer.byteLength(text);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`corpus   ${lines.length} articles (${unique.length} distinct: ${seeds.length} seeds, ${conll.length} CoNLL-2003 documents), ${(bytes / 1e6).toFixed(2)} MB -> ${out}`);
}

// The public API (build/web/lede.js, what the page's worker calls), article by
// article, including JSON.parse: the JS caller receives objects, as with compromise.
async function wasmBench(corpus, nativeJson, out, runs = 5) {
  const texts = readCorpus(corpus);
  const native = JSON.parse(readFileSync(nativeJson, 'utf8'));
  const { createLede } = await import(join(root, 'build', 'web', 'lede.js'));
  // The factory's options object becomes the Emscripten module: its HEAP8 gives the heap size.
  const moduleOptions = { wasmBinary: readFileSync(join(root, 'build', 'web', 'lede_web.wasm')) };
  const lede = await createLede(moduleOptions);
  const timing = time(texts, runs, (t) => lede.analyze(t, { referenceDate }));
  const r = result(texts, native.tokens, timing, { wasmHeapMB: moduleOptions.HEAP8.buffer.byteLength / 2 ** 20 });
  writeFileSync(out, JSON.stringify(r, null, 1));
  console.log(`wasm     ${r.mbPerSecond.toFixed(2)} MB/s ${Math.round(r.tokensPerSecond)} tokens/s (median of ${runs}: ${r.medianSeconds.toFixed(3)} s), ${r.mbPerCpuSecond.toFixed(2)} MB per CPU second, peak RSS ${r.peakRssMB.toFixed(0)} MB, wasm heap ${r.wasmHeapMB} MB`);
}

// `text` as UTF-8 in wasm memory, as wasm/lede.js writes it: [address, size].
const encoder = new TextEncoder();
function writeText(wasm, text) {
  const address = wasm._malloc(text.length * 3) >>> 0;
  return [address, encoder.encodeInto(text, wasm.HEAPU8.subarray(address, address + text.length * 3)).written];
}

// Where one analyze() call's time goes, summed over the corpus (CPU seconds,
// median of `runs` after a warm-up): the steps on the node build one at a
// time, and analyze() of build/web/lede.js whole, which writes the text,
// calls analyzeStream and builds the objects from its word stream (so that
// building them is the API less the first two). Beside them the JSON paths:
// analyzeUtf8 with TextDecoder and JSON.parse (the API before), and Embind's
// own string conversions (the binding before that).
async function wasmBreakdown(corpus, runs = 5) {
  const texts = readCorpus(corpus);
  const createLedeModule = require(join(root, 'build', 'wasm', 'lede_node.js'));
  const wasm = await createLedeModule({ wasmBinary: readFileSync(join(root, 'build', 'wasm', 'lede_node.wasm')) });
  const { createLede } = await import(join(root, 'build', 'web', 'lede.js'));
  const lede = await createLede({ wasmBinary: readFileSync(join(root, 'build', 'web', 'lede_web.wasm')) });
  const decoder = new TextDecoder();
  const encode = (t) => writeText(wasm, t);
  const inputs = texts.map(encode);
  const analyzeInput = ([address, size]) => wasm.analyzeUtf8(address, size, 'utf16', referenceDate);
  const outputs = inputs.map((input) => analyzeInput(input).slice());
  const strings = outputs.map((v) => decoder.decode(v));
  // Each step: the items it takes one at a time, and what it does with one.
  const steps = {
    'lone surrogates (toWellFormed; before only)': [texts, (t) => t.toWellFormed()],
    'UTF-8 into wasm memory (malloc, encodeInto)': [texts, (t) => wasm._free(encode(t)[0])],
    'analysis and stream in wasm (analyzeStream)': [inputs, ([address, size]) => wasm.analyzeStream(address, size, 'utf16', referenceDate)],
    'the API: analyze() (web build)': [texts, (t) => lede.analyze(t, { referenceDate })],
    'analysis and JSON in wasm (analyzeUtf8)': [inputs, analyzeInput],
    'JSON out of wasm (TextDecoder)': [outputs, (v) => decoder.decode(v)],
    'JSON.parse': [strings, (s) => JSON.parse(s)],
    'JSON via Embind strings (old binding)': [texts, (t) => JSON.parse(wasm.analyzeJson(t, 'utf16', referenceDate))],
  };
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const json = strings.reduce((n, s) => n + Buffer.byteLength(s), 0);
  console.log(`breakdown ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text, ${(json / 1e6).toFixed(2)} MB of JSON; CPU s, median of ${runs}`);
  // Steps take turns within each run, so that a busy spell of the machine
  // falls on all of them rather than on one.
  const cpuSeconds = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
  for (let run = 0; run <= runs; run++) {
    for (const [name, [items, step]] of Object.entries(steps)) {
      const cpu = process.cpuUsage();
      items.forEach(step);
      const used = process.cpuUsage(cpu);
      if (run > 0) cpuSeconds[name].push((used.user + used.system) / 1e6);
    }
  }
  for (const [name, seconds] of Object.entries(cpuSeconds)) {
    const s = median(seconds);
    console.log(`  ${name.padEnd(44)} ${s.toFixed(3).padStart(7)} s ${(bytes / 1e6 / s).toFixed(1).padStart(9)} MB/s`);
  }
}

// `passes` passes over the corpus and no clock, for counting instructions,
// which separate a few percent where this shared machine's times cannot: run
// it under valgrind with 1 and with 3 passes, and half the difference is one
// pass in steady state. Under `node --no-liftoff` every function is compiled
// by the optimizing tier up front, so no counted pass runs baseline code.
// `api`: analyze() of build/web/lede.js (text in, objects out), as the
// wasm mode times it; `analysis`: only analyzeStream of the same module (the
// analysis and its word stream), the texts written into wasm memory once
// beforehand.
async function wasmPasses(corpus, passes, step = 'api') {
  const texts = readCorpus(corpus);
  const wasmBinary = readFileSync(join(root, 'build', 'web', 'lede_web.wasm'));
  let items, each;
  if (step === 'api') {
    const { createLede } = await import(join(root, 'build', 'web', 'lede.js'));
    const lede = await createLede({ wasmBinary });
    [items, each] = [texts, (t) => lede.analyze(t, { referenceDate })];
  } else if (step === 'analysis') {
    const { default: createLedeModule } = await import(join(root, 'build', 'web', 'lede_web.js'));
    const wasm = await createLedeModule({ wasmBinary });
    [items, each] = [texts.map((t) => writeText(wasm, t)), ([address, size]) => wasm.analyzeStream(address, size, 'utf16', referenceDate)];
  } else {
    throw new Error(`passes: the step is api or analysis, not ${step}`);
  }
  for (let pass = 0; pass < passes; pass++) items.forEach(each);
}

// Two builds of the page's module (each DIR a copy of build/web, or build/web
// itself) loaded in one process and timed in turns, `rounds` passes each
// after a warm-up: a busy spell of the machine falls on both, so the median of
// the paired ratios separates a few percent where separate runs cannot.
async function wasmPair(corpus, rounds, dirs) {
  const texts = readCorpus(corpus);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ledes = [];
  for (const dir of dirs) {
    const { createLede } = await import(resolve(dir, 'lede.js'));
    ledes.push(await createLede({ wasmBinary: readFileSync(join(dir, 'lede_web.wasm')) }));
  }
  const speeds = ledes.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    // Each goes first in every other round: with a fixed order, one build
    // against itself gave the second 0.984-1.020 (four runs of 15 rounds),
    // and two builds 1.038 one way and 1/1.021 the other.
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    order.forEach((i) => {
      const lede = ledes[i];
      const cpu = process.cpuUsage();
      for (const t of texts) lede.analyze(t, { referenceDate });
      const used = process.cpuUsage(cpu);
      if (round > 0) speeds[i].push(bytes / 1e6 / ((used.user + used.system) / 1e6));
    });
  }
  dirs.forEach((dir, i) => console.log(`${dir}: median ${median(speeds[i]).toFixed(2)} MB per CPU second`));
  const ratios = speeds[1].map((speed, round) => speed / speeds[0][round]);
  console.log(`${dirs[1]} / ${dirs[0]}: median of ${rounds} paired ratios ${median(ratios).toFixed(3)} (${ratios.map((r) => r.toFixed(2)).join(' ')})`);
}

function compromiseBench(corpus, nativeJson, out, runs = 5, mb = 1) {
  const all = readCorpus(corpus);
  const native = JSON.parse(readFileSync(nativeJson, 'utf8'));
  // The first `mb` MB of the same corpus (compromise is slow; the articles are
  // the same mix, so MB/s compare).
  const texts = [];
  let bytes = 0, tokens = 0;
  for (let i = 0; i < all.length && bytes < mb * 1e6; i++) {
    texts.push(all[i]);
    bytes += Buffer.byteLength(all[i]);
    tokens += native.articleTokens[i];
  }
  const loaded = require(join(root, 'node_modules', 'compromise'));
  const nlp = loaded.default ?? loaded;
  // What lede answers: people, places, organizations, numbers, quotations.
  const timing = time(texts, runs, (t) => {
    const doc = nlp(t);
    return [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.numbers().json(), doc.quotations().json()];
  });
  const r = result(texts, tokens, timing, { version: nlp.version });
  writeFileSync(out, JSON.stringify(r, null, 1));
  console.log(`compromise ${nlp.version}: ${r.mbPerSecond.toFixed(3)} MB/s ${Math.round(r.tokensPerSecond)} tokens/s on ${(bytes / 1e6).toFixed(2)} MB (median of ${runs}: ${r.medianSeconds.toFixed(3)} s), ${r.mbPerCpuSecond.toFixed(3)} MB per CPU second, peak RSS ${r.peakRssMB.toFixed(0)} MB`);
}

function report(dir, out) {
  const part = (name) => (existsSync(join(dir, `${name}.json`)) ? JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) : null);
  const native = part('native'), wasm = part('wasm'), compromise = part('compromise');
  if (native) delete native.articleTokens;
  const ratio = (a) => (a && compromise ? a.mbPerSecond / compromise.mbPerSecond : null);
  const cpuRatio = (a) => (a && compromise ? a.mbPerCpuSecond / compromise.mbPerCpuSecond : null);
  const summary = {
    date: new Date().toISOString(), command: 'scripts/bench', node: process.version,
    native, wasm, compromise,
    ratios: { nativeOverCompromise: ratio(native), wasmOverCompromise: ratio(wasm),
      nativeOverCompromiseCpu: cpuRatio(native), wasmOverCompromiseCpu: cpuRatio(wasm) },
  };
  writeFileSync(out, JSON.stringify(summary, null, 1) + '\n');
  const row = (name, r) => r && console.log(`${name.padEnd(12)} ${r.mbPerSecond.toFixed(3).padStart(9)} ${Math.round(r.tokensPerSecond).toString().padStart(12)} ${r.mbPerCpuSecond.toFixed(3).padStart(10)} ${r.peakRssMB.toFixed(0).padStart(9)} ${(r.bytes / 1e6).toFixed(2).padStart(8)}`);
  console.log(`\n${'analyzer'.padEnd(12)} ${'MB/s'.padStart(9)} ${'tokens/s'.padStart(12)} ${'MB/CPU-s'.padStart(10)} ${'RSS MB'.padStart(9)} ${'text MB'.padStart(8)}`);
  row('lede native', native);
  row('lede wasm', wasm);
  row('compromise', compromise);
  if (compromise) {
    const r = summary.ratios;
    console.log(`lede/compromise (MB/s): native ${r.nativeOverCompromise?.toFixed(0)}x, wasm ${r.wasmOverCompromise?.toFixed(0) ?? '-'}x; per CPU second: native ${r.nativeOverCompromiseCpu?.toFixed(0)}x, wasm ${r.wasmOverCompromiseCpu?.toFixed(0) ?? '-'}x`);
  }
  console.log(`-> ${out}`);
}

switch (mode) {
  case 'corpus': buildCorpus(args[0], Number(args[1] ?? 10)); break;
  case 'wasm': await wasmBench(args[0], args[1], args[2], Number(args[3] ?? 5)); break;
  case 'breakdown': await wasmBreakdown(args[0], Number(args[1] ?? 5)); break;
  case 'passes': await wasmPasses(args[0], Number(args[1] ?? 1), args[2]); break;
  case 'pair': await wasmPair(args[0], Number(args[1]), args.slice(2, 4)); break;
  case 'compromise': compromiseBench(args[0], args[1], args[2], Number(args[3] ?? 5), Number(args[4] ?? 1)); break;
  case 'report': report(args[0], args[1]); break;
  default:
    console.error('usage: node tests/bench/bench.mjs corpus|wasm|breakdown|passes|pair|compromise|report ... (see the header comment)');
    process.exit(2);
}
