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
