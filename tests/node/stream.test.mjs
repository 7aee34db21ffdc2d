// wasm/lede.js builds its objects from the word stream, not from the JSON:
// they must be what JSON.parse gives for the JSON contract of the same text,
// the same keys in the same order and the same values, in every offset unit,
// with and without a reference date.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { conllArticles } from '../bench/conll.mjs';
import { loadModules, root } from './modules.mjs';

const seedsDir = path.resolve(root, '../shared/seeds');
const conllTrain = path.resolve(root, '../shared/data/conll2003/train.txt');

let lede;
let nodeModule;
before(async () => {
  ({ lede, nodeModule } = await loadModules());
});

// Each text in every unit, with and without a reference date. The JSON's
// text is made well-formed first, as TextEncoder makes it in analyze():
// Embind's own conversion writes a lone surrogate otherwise.
function assertSameAsJson(texts, label) {
  for (const [i, text] of texts.entries()) {
    for (const offsets of ['utf16', 'utf8', 'codepoint']) {
      for (const referenceDate of ['', '2026-01-01']) {
        const json = JSON.parse(nodeModule.analyzeJson(text.toWellFormed(), offsets, referenceDate));
        const built = lede.analyze(text, { offsets, referenceDate });
        assert.equal(JSON.stringify(built), JSON.stringify(json), `${label} ${i} in ${offsets}, date '${referenceDate}'`);
      }
    }
  }
}

test('the seeds give the JSON contract\'s objects', () => {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  assertSameAsJson(seeds.map((s) => readFileSync(path.join(seedsDir, s), 'utf8')), 'seed');
});

test('the first 300 CoNLL-2003 articles give the JSON contract\'s objects', () => {
  assertSameAsJson(conllArticles(conllTrain).slice(0, 300), 'article');
});

test('edge texts give the JSON contract\'s objects', () => {
  assertSameAsJson([
    '',
    '\ud800 “Hi,” said Angela Merkel \udc00 in Berlin on 3 May 2021.\ud83d',
    'a \ud800 b', '\udfff', '\0\0 NUL, \x01 controls \x1f, "escapes" \\ \t tabs\r\n',
    // Code points at the edges of UTF-8's ranges, noncharacters, separators.
    '\u0080\u07ff\u0800\uffff\ufffe\u{10000}\u{10ffff} \u0085\u2028\u2029 \ufeffBOM. Zoë Müller said so.',
    '“Hello 🌍,” said Zoë Müller 👩‍👩‍👧 in 東京 on 15 September 2022. 𝐁𝐨𝐥𝐝 Iran’s $2.7 billion',
    '<!doctype html><html><head><title>Zoë’s news</title><style>p { color: red }</style>' +
      '<script>var q = "“not a quote,” said no one";</script></head><body><h1>Berlin talks</h1>' +
      '<p>“We won,” said Angela Merkel in Berlin on 3 May 2021.</p><p>It cost €5 million &amp; more 🌍.</p>' +
      '</body></html>',
    'It cost $2.7 billion, up 3.5% from 1,200 units in 2019, or 0.1 percent of 7.25 million. Prices rose ' +
      '10-15% between 2010 and 2015, some 40 km away, on the 3rd of May, at 5:30 p.m., for three weeks. ' +
      '£0.3 million last year, next Tuesday, 1/3 of them, 99.99999999999999 points, 1.1e-7, about 12 kg, ' +
      'more than 2,000,000,000,000,000 people, the 1990s, Q3 2024, between 5 and 10 million euros. ' +
      '0.1234567 and 1e300 and 300 billionths.',
    '"This is fine," he said. "A quote no one said." According to John Smith, "things are good." ' +
      '“I was there,” Maria Lopez told reporters. Q: What happened? A: Nothing at all.\n' +
      '"Unclosed quote from nobody',
  ], 'edge');
});
