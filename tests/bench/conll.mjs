// News text from the CoNLL-2003 data set (../shared/data/conll2003), for the
// bench corpus and for tests that want real articles.
import { readFileSync } from 'node:fs';

// CoNLL-2003 token columns back into news text: one article per -DOCSTART-
// document, one line per sentence (Reuters paragraphs are a sentence or two).
export function conllArticles(file) {
  const noSpaceBefore = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"]);
  const noSpaceAfter = new Set(['(', '[', '{', '$', '``', '`']);
  const articles = [];
  let sentences = [], words = [];
  const endSentence = () => {
    if (!words.length) return;
    let line = '', open = false, glue = true;
    for (const w of words) {
      let before = !glue && !noSpaceBefore.has(w);
      if (w === '"') {
        open = !open;
        if (!open) before = false;  // a closing quote hugs the word before it
      }
      line += (before ? ' ' : '') + w;
      glue = noSpaceAfter.has(w) || (w === '"' && open);
    }
    sentences.push(line);
    words = [];
  };
  const endArticle = () => {
    endSentence();
    if (sentences.length) articles.push(sentences.join('\n'));
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) endArticle();
    else if (!line.trim()) endSentence();
    else words.push(line.split(' ')[0]);
  }
  endArticle();
  return articles;
}
