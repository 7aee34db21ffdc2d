// The page offers an article's own date (web/dateline.js) as the reference
// date for its relative dates: read from its leading paragraphs, a whole day
// with its year, offered only when it differs and some date depends on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleDate, hasRelativeDates, offeredDate } from '../../web/dateline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = existsSync(path.join(root, 'build/web/lede.js'));

async function analyzer() {
  const { createLede } = await import(path.join(root, 'build/web/lede.js'));
  return createLede({ wasmBinary: readFileSync(path.join(root, 'build/web/lede_web.wasm')) });
}

// The first article of the CoNLL-2003 test text, as the bench corpus writes it.
const REUTERS = 'EU rejects German call to boycott British lamb.\nPeter Blackburn\nBRUSSELS 1996-08-22\n'
  + 'The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb '
  + 'until scientists determine whether mad cow disease can be transmitted to sheep.';

test('a Reuters dateline is the date offered, and "Thursday" then falls on it', { skip: !built && 'build/web missing' }, async () => {
  const lede = await analyzer();
  const today = lede.analyze(REUTERS, { referenceDate: '2026-01-01' });
  assert.deepEqual(articleDate(REUTERS, today), { iso: '1996-08-22', text: '1996-08-22' });
  assert.ok(hasRelativeDates(REUTERS, today));
  assert.deepEqual(offeredDate(REUTERS, today, '2026-01-01'), { iso: '1996-08-22', text: '1996-08-22' });
  const dated = lede.analyze(REUTERS, { referenceDate: '1996-08-22' });
  assert.equal(dated.numbers.find((n) => n.text === 'Thursday').iso, '1996-08-22');
  assert.equal(offeredDate(REUTERS, dated, '1996-08-22'), null, 'once used, no longer offered');
});

test('no offer without a dated opening, or without a date that depends on it', { skip: !built && 'build/web missing' }, async () => {
  const lede = await analyzer();
  const offer = (text) => offeredDate(text, lede.analyze(text, { referenceDate: '2026-01-01' }), '2026-01-01');
  assert.deepEqual(offer('Published: Aug. 22, 1996\n\nPrices rose last month, the ministry said.'),
    { iso: '1996-08-22', text: 'Aug. 22, 1996' });
  // Every date written with its year: nothing to resolve.
  assert.equal(offer('BRUSSELS 1996-08-22\n\nThe talks of 3 May 1996 failed.'), null);
  // A date deep in the story is not the article's.
  const body = Array.from({ length: 5 }, (_, k) => `Paragraph ${k + 1} of the story says little.`).join('\n\n');
  assert.equal(offer(`Talks fail\n\n${body}\n\nThe treaty of 3 May 1996 expired last year.`), null);
  // A month alone is no day to count from.
  assert.equal(offer('LONDON, May 1996\n\nShares fell on Thursday.'), null);
});

test('boilerplate does not date the article', () => {
  const text = 'Recent Posts\nMay 3, 2024\n\nShares fell on Thursday.';
  const analysis = {
    paragraphs: [{ start: 0, end: 24, boilerplate: true }, { start: 26, end: 50, boilerplate: false }],
    numbers: [
      { start: 13, end: 24, kind: 'date', iso: '2024-05-03' },
      { start: 41, end: 49, kind: 'date', iso: '2026-01-01' },
    ],
  };
  assert.equal(text.slice(13, 24), 'May 3, 2024');
  assert.equal(articleDate(text, analysis), null);
  assert.ok(hasRelativeDates(text, analysis));
});
