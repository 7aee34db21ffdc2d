// The page analyzes texts over 256 KB in chunks (web/worker.js) and joins the
// results (web/merge.js). Cuts must fall between paragraphs, never inside a
// surrogate pair, and the joined analysis must point into the whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeAnalyses, splitText } from '../../web/merge.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('chunks cover the text without gaps and prefer blank lines', () => {
  const text = 'First paragraph here.\n\nSecond one, a bit longer.\nSame block.\n\nThird.';
  const chunks = splitText(text, 40);
  assert.equal(chunks[0].start, 0);
  assert.equal(chunks.at(-1).end, text.length);
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
  assert.equal(text.slice(chunks[0].start, chunks[0].end), 'First paragraph here.\n\n');
});

test('a cut without any break never splits a surrogate pair', () => {
  const text = '😀'.repeat(100);
  for (const { start, end } of splitText(text, 33)) {
    assert.ok(!/[\uD800-\uDBFF]$/.test(text.slice(start, end)), 'no lone high surrogate at a chunk end');
  }
});

test('joined analyses shift offsets and merge entities by type and name', () => {
  const part = (name, other) => ({
    version: 1, offsets: 'utf16', length: 20,
    paragraphs: [{ start: 0, end: 20, boilerplate: false }],
    mentions: [{ start: 0, end: 4, text: name, type: 'PER', entity: 0 }, { start: 10, end: 14, text: other, type: 'ORG', entity: 1 }],
    entities: [{ id: 0, name, type: 'PER', aliases: ['A'], count: 1 }, { id: 1, name: other, type: 'ORG', aliases: [], count: 1 }],
    numbers: [{ start: 5, end: 7, text: '12', kind: 'cardinal', value: 12, unit: '' }],
    quotes: [{ start: 8, end: 9, text: 'x', kind: 'direct', speaker: 1, speakerStart: 10, speakerEnd: 14, cue: 'said' }],
    boilerplate: [],
  });
  const merged = mergeAnalyses([{ offset: 0, analysis: part('Anna', 'Acme') }, { offset: 21, analysis: part('Anna', 'Zeta') }], 41);
  assert.equal(merged.length, 41);
  assert.deepEqual(merged.entities.map((e) => [e.id, e.name, e.count]), [[0, 'Anna', 2], [1, 'Acme', 1], [2, 'Zeta', 1]]);
  assert.deepEqual(merged.mentions.map((m) => [m.start, m.entity]), [[0, 0], [10, 1], [21, 0], [31, 2]]);
  assert.deepEqual(merged.quotes.map((q) => [q.start, q.speaker, q.speakerStart]), [[8, 1, 10], [29, 2, 31]]);
  assert.deepEqual(merged.numbers.map((n) => n.start), [5, 26]);
  assert.deepEqual(merged.paragraphs.map((p) => [p.start, p.end]), [[0, 20], [21, 41]]);
  assert.equal(merged.markup, undefined);
  const html = { ...part('Anna', 'Zeta'), markup: 'html' };
  assert.equal(mergeAnalyses([{ offset: 0, analysis: part('Anna', 'Acme') }, { offset: 21, analysis: html }], 41).markup, 'html');
  const markdown = { ...part('Anna', 'Zeta'), markup: 'markdown' };
  assert.equal(mergeAnalyses([{ offset: 0, analysis: markdown }, { offset: 21, analysis: part('Anna', 'Acme') }], 41).markup, 'markdown');
});

test('the real analyzer in chunks finds the same paragraphs and numbers as on the whole text',
  { skip: !existsSync(path.join(root, 'build/web/lede.js')) && 'build/web missing' }, async () => {
    const { createLede } = await import(path.join(root, 'build/web/lede.js'));
    const lede = await createLede({ wasmBinary: readFileSync(path.join(root, 'build/web/lede_web.wasm')) });
    const { SAMPLE } = await import('../../web/sample.js');
    const text = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
    const whole = lede.analyze(text);
    const parts = splitText(text, 4000).map(({ start, end }) => ({ offset: start, analysis: lede.analyze(text.slice(start, end)) }));
    assert.ok(parts.length > 1);
    const merged = mergeAnalyses(parts, text.length);
    assert.deepEqual(merged.paragraphs.map((p) => [p.start, p.end]), whole.paragraphs.map((p) => [p.start, p.end]));
    const numbers = (a) => a.numbers.map((n) => [n.start, n.end, n.kind, n.value]);
    assert.deepEqual(numbers(merged), numbers(whole));
    for (const m of merged.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

// One chunk's analysis holding only entities and their mentions, one mention
// per count, at made-up offsets.
function chunkOf(entities) {
  const mentions = [];
  entities.forEach(([type, name, , count = 1], id) => {
    for (let k = 0; k < count; k++) mentions.push({ start: mentions.length * 10, end: mentions.length * 10 + 5, text: name, type, entity: id });
  });
  return {
    version: 1, offsets: 'utf16', length: 1000, paragraphs: [], numbers: [], quotes: [], boilerplate: [], mentions,
    entities: entities.map(([type, name, aliases = [], count = 1], id) => ({ id, name, type, aliases, count })),
  };
}
const joined = (...chunks) => mergeAnalyses(chunks.map((analysis, k) => ({ offset: k * 1000, analysis })), chunks.length * 1000);
const summary = (merged) => merged.entities.map((e) => [e.type, e.name, e.aliases, e.count]);

test('a surname joins the full name of another chunk, either way round', () => {
  const later = joined(chunkOf([['PER', 'Sergey Lavrov']]), chunkOf([['PER', 'Lavrov', [], 2]]));
  assert.deepEqual(summary(later), [['PER', 'Sergey Lavrov', ['Lavrov'], 3]]);
  const earlier = joined(chunkOf([['PER', 'Lavrov']]), chunkOf([['PER', 'Sergey Lavrov']]));
  assert.deepEqual(summary(earlier), [['PER', 'Sergey Lavrov', ['Lavrov'], 2]]);
  assert.deepEqual(earlier.mentions.map((m) => m.entity), [0, 0]);
});

test('a surname two people share joins the one mentioned most, and neither on a tie', () => {
  const clintons = [['PER', 'Bill Clinton', [], 3], ['PER', 'Hillary Clinton', [], 1]];
  assert.deepEqual(summary(joined(chunkOf(clintons), chunkOf([['PER', 'Clinton']]))).map((e) => e[1]),
    ['Bill Clinton', 'Hillary Clinton']);
  const tied = [['PER', 'Bill Clinton'], ['PER', 'Hillary Clinton']];
  assert.deepEqual(summary(joined(chunkOf(tied), chunkOf([['PER', 'Clinton']]))).map((e) => e[1]),
    ['Bill Clinton', 'Hillary Clinton', 'Clinton']);
});

test('one name typed two ways is one entity of the type most mentions have', () => {
  const merged = joined(chunkOf([['ORG', 'Baltimore']]), chunkOf([['LOC', 'Baltimore', [], 2]]));
  assert.deepEqual(summary(merged), [['LOC', 'Baltimore', [], 3]]);
  assert.deepEqual(merged.mentions.map((m) => m.type), ['LOC', 'LOC', 'LOC']);
});

test('an alias joins an entity of its type only', () => {
  const acronym = joined(chunkOf([['ORG', 'International Atomic Energy Agency', ['IAEA']]]), chunkOf([['ORG', 'IAEA']]));
  assert.deepEqual(summary(acronym), [['ORG', 'International Atomic Energy Agency', ['IAEA'], 2]]);
  const country = joined(chunkOf([['PER', 'Wayne Jordan', ['Jordan']]]), chunkOf([['LOC', 'Jordan']]));
  assert.deepEqual(summary(country).map((e) => e[1]), ['Wayne Jordan', 'Jordan']);
});

test('the real analyzer in chunks finds the entities it finds on the whole text',
  { skip: !existsSync(path.join(root, 'build/web/lede.js')) && 'build/web missing' }, async () => {
    const { createLede } = await import(path.join(root, 'build/web/lede.js'));
    const lede = await createLede({ wasmBinary: readFileSync(path.join(root, 'build/web/lede_web.wasm')) });
    // Seed 003 names Raisi and the SCO in full in its first chunk and
    // shortly in later ones; 002 names Isa Zarepour once, then by surname.
    for (const seed of ['002_d2127fef1eda0fb2.txt', '003_dd1880603ed16906.txt']) {
      const text = readFileSync(path.join(root, '../shared/seeds', seed), 'utf8');
      const parts = splitText(text, 1500).map(({ start, end }) => ({ offset: start, analysis: lede.analyze(text.slice(start, end)) }));
      assert.ok(parts.length > 2);
      const entities = (a) => a.entities.map((e) => `${e.type} ${e.name}`).sort();
      assert.deepEqual(entities(mergeAnalyses(parts, text.length)), entities(lede.analyze(text)), seed);
    }
  });
