// lede's JS module (build/web/lede.js, the one the page and other sites
// import) under node: the same contract as the native CLI, offsets that index
// JS strings, and texts far larger than the initial memory. Also the CommonJS
// build (build/wasm/lede_node.js) for node users.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { loadModules, root } from './modules.mjs';

const seedsDir = path.resolve(root, '../shared/seeds');
const cli = path.join(root, 'build/native/lede');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

let lede;
let nodeModule;
before(async () => {
  ({ lede, nodeModule } = await loadModules());
});

const analyze = (text, offsets = 'utf16', referenceDate = '') =>
  lede.analyze(text, { offsets, referenceDate });

test('the wasm module gives the native CLI\'s analysis of every seed, in every offset unit', () => {
  for (const seed of seeds) {
    const file = path.join(seedsDir, seed);
    const text = readFileSync(file, 'utf8');
    for (const unit of ['utf16', 'utf8', 'codepoint']) {
      const native = JSON.parse(execFileSync(cli, ['--offsets', unit, file], { encoding: 'utf8' }));
      assert.deepEqual(analyze(text, unit), native, `${seed} in ${unit}`);
    }
  }
});

test('utf16 offsets slice the JS string to each item\'s text', () => {
  const text = '“Hello 🌍,” said Zoë Müller in 東京 on 15 September 2022. Iran’s $2.7 billion';
  // Lone surrogates before the items must not shift them.
  const broken = '\ud800 “Hi,” said Angela Merkel \udc00 in Berlin on 3 May 2021.\ud83d';
  for (const seed of [text, broken, ...seeds.map((s) => readFileSync(path.join(seedsDir, s), 'utf8'))]) {
    const a = analyze(seed);
    assert.equal(a.length, seed.length);
    for (const item of [...a.mentions, ...a.numbers, ...a.quotes]) {
      assert.equal(seed.slice(item.start, item.end), item.text);
    }
  }
});

test('a lone surrogate, NUL and empty text give a valid analysis', () => {
  for (const text of ['', '\0\0', 'a \ud800 b', '\udfff', '\ufeffBOM first']) {
    const a = analyze(text);
    assert.equal(a.version, 1);
    assert.equal(a.length, text.length);
  }
});

test('a 20 MB text is analyzed (memory grows beyond the initial 32 MB)', () => {
  const article = readFileSync(path.join(seedsDir, seeds[0]), 'utf8');
  const big = article.repeat(Math.ceil((20 << 20) / article.length));
  const a = analyze(big);
  assert.equal(a.length, big.length);
  assert.ok(a.paragraphs.length > 1000);
});

test('the CommonJS node build answers as the ES module does', () => {
  const text = readFileSync(path.join(seedsDir, seeds[1]), 'utf8');
  assert.deepEqual(JSON.parse(nodeModule.analyzeJson(text, 'utf16', '2024-06-01')),
    analyze(text, 'utf16', '2024-06-01'));
});

test('bad options are refused with a clear error', () => {
  assert.throws(() => lede.analyze('x', { offsets: 'bytes' }), /offsets must be/);
  assert.throws(() => lede.analyze('x', { referenceDate: 'yesterday' }), /referenceDate/);
  assert.throws(() => lede.analyze('x', { referenceDate: '2024-02-30' }), /referenceDate/);
  assert.throws(() => lede.analyze('x', { referenceDate: 20240201 }), /referenceDate/);
  assert.throws(() => lede.analyze(42), /expects a string/);
});

test('the version is the library\'s', () => {
  const native = execFileSync(cli, ['--version'], { encoding: 'utf8' });
  assert.ok(native.includes(lede.version), `${native} vs ${lede.version}`);
});
