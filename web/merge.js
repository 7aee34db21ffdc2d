// Long texts are analyzed in chunks (worker.js): where to cut them, and how
// to join the chunks' analyses into one, as if the text had been analyzed
// whole (offsets shifted; entities of the same type and name merged and
// renumbered). Pure functions; depends on nothing.

// Cuts at a blank line near the limit if there is one, else at a line break,
// else at a space, else anywhere that does not split a surrogate pair.
export function splitText(text, limit) {
  const chunks = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + limit, text.length);
    if (end < text.length) {
      const head = text.slice(start, end);
      const floor = Math.floor(limit / 2);
      let cut = head.lastIndexOf('\n\n') + 2;
      if (cut < floor) cut = head.lastIndexOf('\n') + 1;
      if (cut < floor) cut = head.lastIndexOf(' ') + 1;
      if (cut >= floor) end = start + cut;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

// Joins per-chunk analyses: spans shift by the chunk's offset; entities with
// the same type and name in different chunks become one (ids renumbered).
export function mergeAnalyses(parts, length) {
  const merged = {
    version: 1, offsets: 'utf16', length,
    paragraphs: [], mentions: [], entities: [], numbers: [], quotes: [], boilerplate: [],
  };
  // A chunk of HTML source is read as its prose (see app.js); say so for the whole.
  if (parts.some(({ analysis }) => analysis.markup)) merged.markup = 'html';
  const byKey = new Map();
  for (const { offset, analysis } of parts) {
    const idMap = new Map();
    for (const entity of analysis.entities) {
      const key = `${entity.type}\u0000${entity.name}`;
      let target = byKey.get(key);
      if (!target) {
        target = { ...entity, id: merged.entities.length, aliases: [...entity.aliases], count: 0 };
        byKey.set(key, target);
        merged.entities.push(target);
      }
      for (const alias of entity.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
      target.count += entity.count;
      idMap.set(entity.id, target.id);
    }
    const shift = (item) => ({ ...item, start: item.start + offset, end: item.end + offset });
    for (const p of analysis.paragraphs) merged.paragraphs.push(shift(p));
    for (const b of analysis.boilerplate) merged.boilerplate.push(shift(b));
    for (const n of analysis.numbers) merged.numbers.push(shift(n));
    for (const m of analysis.mentions) merged.mentions.push({ ...shift(m), entity: idMap.get(m.entity) ?? m.entity });
    for (const q of analysis.quotes) {
      const quote = shift(q);
      if (q.speaker !== null && q.speaker !== undefined) quote.speaker = idMap.get(q.speaker) ?? q.speaker;
      if (typeof q.speakerStart === 'number') quote.speakerStart += offset;
      if (typeof q.speakerEnd === 'number') quote.speakerEnd += offset;
      merged.quotes.push(quote);
    }
  }
  return merged;
}
