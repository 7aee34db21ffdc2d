// Text files in the encodings they are saved in (web/files.js): UTF-8, and
// UTF-16 with a byte-order mark (Word's and Notepad's "Unicode text").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../web/files.js';

const STORY = '\u201cWe will rebuild the caf\u00e9 by spring,\u201d said Marie Dubois \u2013 the owner.';

test('UTF-8, with or without its byte-order mark, reads as it is', () => {
  assert.equal(decodeText(Buffer.from(STORY)), STORY);
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)])), STORY);
});

test('UTF-16, little- or big-endian after its byte-order mark, reads as its words', () => {
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]);
  assert.equal(decodeText(little), STORY);
  const big = Buffer.from(little);
  big.swap16();
  assert.equal(decodeText(big), STORY);
});

// Windows-1252 is checked in the browser (page.test): node 20's TextDecoder
// reads it as Latin-1, its curly quotes as C1 controls.
