// News text from the CoNLL-2003 data set (../shared/data/conll2003), for the
// bench corpus, for tests that want real articles, and for scoring the whole
// pipeline against the gold tags (scripts/eval-ner).
import { readFileSync } from 'node:fs';

const noSpaceBefore = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"]);
const noSpaceAfter = new Set(['(', '[', '{', '$', '``', '`']);

// CoNLL-2003 token columns back into news text: one article per -DOCSTART-
// document, one line per sentence (Reuters paragraphs are a sentence or two),
// spaces where a writer would put them. Each token keeps its gold tag (the
// last column) and where it is in the article's text.
export function conllDocuments(file) {
  const documents = [];
  let sentences = [], tokens = [], text = '';
  const endSentence = () => {
    if (!tokens.length) return;
    if (text) text += '\n';
    let open = false, glue = true;
    for (const token of tokens) {
      let before = !glue && !noSpaceBefore.has(token.word);
      if (token.word === '"') {
        open = !open;
        if (!open) before = false;  // a closing quote hugs the word before it
      }
      if (before) text += ' ';
      token.start = text.length;
      text += token.word;
      glue = noSpaceAfter.has(token.word) || (token.word === '"' && open);
    }
    sentences.push(tokens);
    tokens = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length) documents.push({ text, sentences });
    sentences = [];
    text = '';
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) endDocument();
    else if (!line.trim()) endSentence();
    else {
      const columns = line.trim().split(' ');
      tokens.push({ word: columns[0], tag: columns.at(-1) });
    }
  }
  endDocument();
  return documents;
}

export function conllArticles(file) {
  return conllDocuments(file).map((d) => d.text);
}
