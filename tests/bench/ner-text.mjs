// The entity tagger through the whole pipeline: each CoNLL-2003 document as
// text (conll.mjs), analyzed by `lede --jsonl`, each gold token tagged by the
// mention that covers its first character. Prints "word gold predicted"
// lines, a blank line between sentences, for `lede-eval_ner --predicted -`.
// What the tokenizer, the tagger on its tokens and the cleaning of mentions
// lose together shows against the tagger alone on the gold tokens.
//
//   node tests/bench/ner-text.mjs CONLL_FILE LEDE_BINARY
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conllDocuments } from './conll.mjs';

const [file, lede] = process.argv.slice(2);
if (!file || !lede) {
  console.error('Usage: node tests/bench/ner-text.mjs CONLL_FILE LEDE_BINARY');
  process.exit(2);
}

const documents = conllDocuments(file);
const dir = mkdtempSync(join(tmpdir(), 'lede-ner-'));
const input = join(dir, 'articles.jsonl');
writeFileSync(input, documents.map((d, id) => JSON.stringify({ id, text: d.text })).join('\n') + '\n');
const run = spawnSync(lede, ['--jsonl', '--offsets', 'utf16', input], { encoding: 'utf8', maxBuffer: 1 << 30 });
rmSync(dir, { recursive: true });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}

const lines = [];
for (const answer of run.stdout.trim().split('\n').map((l) => JSON.parse(l))) {
  const mentions = answer.mentions;  // in text order
  let m = 0, previous = null;  // the mention of the token before
  for (const sentence of documents[answer.id].sentences) {
    for (const token of sentence) {
      while (m < mentions.length && mentions[m].end <= token.start) m++;
      const mention = mentions[m]?.start <= token.start ? mentions[m] : null;
      const predicted = mention ? `${mention === previous ? 'I' : 'B'}-${mention.type}` : 'O';
      lines.push(`${token.word} ${token.tag} ${predicted}`);
      previous = mention;
    }
    lines.push('');
    previous = null;
  }
}
process.stdout.write(lines.join('\n') + '\n');
