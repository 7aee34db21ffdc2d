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

// The entities of the joined analysis, found by what an earlier chunk called
// them, as grouping joins the forms of one analysis. A chunk's entity joins
// the one of the same name, whatever type each chunk gave it (the joined
// entity takes the type most of its mentions have), or one of its type
// whose name or alias it shares. A person's surname ("Putin") joins the full
// name that ends with it ("Vladimir Putin"), the most mentioned when several
// do; a full name joins an earlier person named by the surname alone, and
// names it from then on.
class JoinedEntities {
  constructor() {
    this.list = [];
    this.tallies = [];            // per entity: mentions per type
    this.byForm = new Map();      // name or alias -> entity
    this.byLastWord = new Map();  // a person's last word -> entities of several words
  }

  add(entity) {
    let target = this.find(entity);
    if (!target) {
      target = { ...entity, id: this.list.length, aliases: [], count: 0 };
      this.list.push(target);
      this.tallies.push(new Map());
    }
    const forms = formsOf(entity);
    if (words(entity.name).length > words(target.name).length) {
      target.aliases.push(target.name);
      target.name = entity.name;
    }
    for (const form of forms) {
      if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
    }
    target.count += entity.count;
    const tally = this.tallies[target.id];
    tally.set(entity.type, (tally.get(entity.type) ?? 0) + entity.count);
    this.index(target, forms);
    return target;
  }

  // The entities with the type most of their mentions have (the first
  // counted on a tie).
  typed() {
    for (const entity of this.list) entity.type = this.mostCounted(entity);
    return this.list;
  }

  isPerson(entity) {
    return this.mostCounted(entity) === 'PER';
  }

  mostCounted(entity) {
    let most = 0, type = entity.type;
    for (const [t, count] of this.tallies[entity.id]) if (count > most) type = t, most = count;
    return type;
  }

  // A form shared through an alias joins only entities of one type: "Jordan",
  // a place, is not "Wayne Jordan", though he is also called Jordan.
  find(entity) {
    for (const form of formsOf(entity)) {
      const known = this.byForm.get(form);
      if (known && (known.name === entity.name || this.mostCounted(known) === entity.type)) return known;
    }
    if (entity.type !== 'PER') return null;
    const name = words(entity.name);
    if (name.length === 1) return this.fullNameEndingWith(name[0]);
    const surname = this.byForm.get(name.at(-1));
    return surname && this.isPerson(surname) ? surname : null;
  }

  fullNameEndingWith(surname) {
    const candidates = this.byLastWord.get(surname) ?? [];
    const counts = candidates.map((e) => e.count);
    const most = Math.max(...counts);
    const target = counts.filter((c) => c === most).length === 1 ? candidates[counts.indexOf(most)] : null;
    return target && this.isPerson(target) ? target : null;
  }

  index(entity, forms) {
    for (const form of forms) this.byForm.set(form, entity);
    const name = words(entity.name);
    if (!this.isPerson(entity) || name.length < 2) return;
    const sharing = this.byLastWord.get(name.at(-1)) ?? [];
    if (!sharing.includes(entity)) this.byLastWord.set(name.at(-1), [...sharing, entity]);
  }
}

const words = (name) => name.split(' ').filter(Boolean);
const formsOf = (entity) => [entity.name, ...entity.aliases];

// Joins per-chunk analyses: spans shift by the chunk's offset; entities are
// joined across chunks (JoinedEntities) and renumbered.
export function mergeAnalyses(parts, length) {
  const merged = {
    version: 1, offsets: 'utf16', length,
    paragraphs: [], mentions: [], entities: [], numbers: [], quotes: [], boilerplate: [],
  };
  // A chunk of HTML or Markdown is read as its prose (see app.js); say so for the whole.
  const read = parts.find(({ analysis }) => analysis.markup);
  if (read) merged.markup = read.analysis.markup;
  const entities = new JoinedEntities();
  for (const { offset, analysis } of parts) {
    const idMap = new Map();
    for (const entity of analysis.entities) idMap.set(entity.id, entities.add(entity).id);
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
  merged.entities = entities.typed();
  for (const m of merged.mentions) m.type = merged.entities[m.entity].type;
  return merged;
}
