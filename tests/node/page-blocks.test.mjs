// The reading view's blocks (web/render.js): the analysis's paragraphs and
// any text no paragraph covers; in HTML or Markdown, the marks on a
// paragraph's own lines are shown with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectBlocks } from '../../web/render.js';

const shown = (text, analysis) => collectBlocks(text, analysis).map(({ start, end }) => text.slice(start, end).trim());

test('plain text: paragraphs, and text between them as blocks of its own', () => {
  const text = 'Title\n\n# \n\nBody text.';
  const paragraphs = [{ start: 0, end: 5 }, { start: 11, end: 21 }];
  assert.deepEqual(shown(text, { paragraphs }), ['Title', '#', 'Body text.']);
});

test('Markdown: a heading\'s hashes, a bullet and emphasis go with their paragraph', () => {
  const text = '# City council approves deal\n\n*By Jane Roe*\n\n- Construction starts in **March**\n';
  const paragraphs = [{ start: 2, end: 28 }, { start: 31, end: 42 }, { start: 48, end: 75 }];
  assert.deepEqual(shown(text, { markup: 'markdown', paragraphs }),
    ['# City council approves deal', '*By Jane Roe*', '- Construction starts in **March**']);
});

test('HTML: tags on a paragraph\'s line go with it, but never into the next paragraph on that line', () => {
  const text = '<html>\n<p>One.</p><p>Two.</p>\n</html>';
  const paragraphs = [{ start: 10, end: 14 }, { start: 21, end: 25 }];
  assert.deepEqual(shown(text, { markup: 'html', paragraphs }), ['<html>', '<p>One.</p>', '<p>Two.</p>', '</html>']);
});
