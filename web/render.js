// The reading view: the article rendered as text with <mark> elements for
// every mention, number and quote of an analysis (the JSON contract).
//
// Every mark carries data-kind (entity|number|quote), data-type (entity type,
// number kind, quote kind) and data-id (its index in mentions, numbers or
// quotes). Items nest (a quote holds its entities and numbers); an item that
// crosses a paragraph or another item's edge is split into pieces that share
// data-id. User text only ever enters the DOM through text nodes and
// attribute values, never as markup. Depends on nothing but the DOM.

const RANK = { quote: 0, entity: 1, number: 2 };

// All highlightable items in one list, in nesting order: earlier start first,
// then the longer one (the outer), then quotes outside entities outside numbers.
export function collectItems(analysis) {
  const items = [];
  const add = (kind, list, typeOf) => {
    (list ?? []).forEach((item, id) => {
      if (!(item.end > item.start)) return;
      items.push({ kind, id, type: typeOf(item), start: item.start, end: item.end, item, order: 0 });
    });
  };
  add('quote', analysis.quotes, (q) => q.kind);
  add('entity', analysis.mentions, (m) => m.type);
  add('number', analysis.numbers, (n) => n.kind);
  items.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  items.forEach((item, i) => { item.order = i; });
  return items;
}

// The blocks to render: the analysis's paragraphs, plus any stretch of
// non-blank text no paragraph covers (so no character is ever lost). In
// HTML or Markdown, the marks on a paragraph's own lines ("# ", "**",
// "<p>") are shown with it, not as blocks of their own.
export function collectBlocks(text, analysis) {
  const blocks = [];
  const paragraphs = analysis.paragraphs ?? [];
  let at = 0;
  const gap = (start, end) => {
    if (end > start && /\S/.test(text.slice(start, end))) blocks.push({ start, end, boilerplate: false });
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.start < at || p.end <= p.start) continue;
    let { start, end } = p;
    if (analysis.markup) {
      start = Math.max(at, text.lastIndexOf('\n', start - 1) + 1);
      const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
      const next = paragraphs[i + 1]?.start ?? text.length;
      // The next paragraph on the same line ("<p>One.</p><p>Two.</p>") takes its own opening tag.
      const opening = next < lineEnd ? text.slice(end, next).search(/<[A-Za-z][^<]*$/) : -1;
      end = next < lineEnd ? (opening < 0 ? next : end + opening) : lineEnd;
    }
    gap(at, start);
    blocks.push({ start, end, boilerplate: Boolean(p.boilerplate) });
    at = end;
  }
  gap(at, text.length);
  markBoilerplate(blocks, analysis.boilerplate ?? []);
  return blocks;
}

// Boilerplate spans may be listed apart from paragraph flags: a block that
// lies inside one is boilerplate too.
function markBoilerplate(blocks, spans) {
  let j = 0;
  for (const block of blocks) {
    while (j < spans.length && spans[j].end <= block.start) j++;
    if (j < spans.length && spans[j].start <= block.start && spans[j].end >= block.end) block.boilerplate = true;
  }
}

// Builds one paragraph element with its marks. `items` are the items that
// overlap the block, in nesting order; each is clipped to the block.
export function renderBlock(text, block, items, context) {
  const p = document.createElement('p');
  p.className = block.boilerplate ? 'para bp' : 'para';
  p.dir = 'auto';  // a paragraph in Arabic or Hebrew reads right to left
  p.dataset.start = block.start;
  const bounds = new Set([block.start, block.end]);
  for (const it of items) {
    bounds.add(Math.max(it.start, block.start));
    bounds.add(Math.min(it.end, block.end));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  let pending = items.slice();  // not yet opened, in nesting order
  let active = [];              // covering the current segment, in nesting order
  let stack = [];               // open elements: [{ it, el }]
  for (let c = 0; c + 1 < cuts.length; c++) {
    const a = cuts[c];
    const b = cuts[c + 1];
    active = active.filter((it) => Math.min(it.end, block.end) > a);
    while (pending.length && Math.max(pending[0].start, block.start) <= a) active.push(pending.shift());
    active.sort((x, y) => x.order - y.order);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].it === active[keep]) keep++;
    stack = stack.slice(0, keep);
    for (let k = keep; k < active.length; k++) {
      const el = markFor(active[k], context);
      (k === 0 ? p : stack[k - 1].el).append(el);
      stack.push({ it: active[k], el });
    }
    (stack.length ? stack[stack.length - 1].el : p).append(document.createTextNode(text.slice(a, b)));
  }
  return p;
}

function markFor(it, context) {
  const el = document.createElement('mark');
  el.dataset.kind = it.kind;
  el.dataset.type = it.type;
  el.dataset.id = it.id;
  if (it.kind === 'entity' && it.item.entity !== undefined && it.item.entity !== null) {
    el.dataset.entity = it.item.entity;
  }
  const firstPiece = !context.opened.has(it);
  context.opened.add(it);
  if (!firstPiece) el.classList.add('cont');
  if (it.kind === 'quote' && firstPiece) {
    // Shown by CSS (::before), so the article's text content stays the text.
    el.dataset.speaker = context.speakerName(it.item);
  }
  return el;
}

// Renders a whole analysis into `container`. Small results are swapped in at
// once; long ones are appended in batches between frames so the page stays
// responsive and the top of the article shows first. Resolves when done, or
// with false when `isCurrent()` turns false (a newer render started).
// `onBatch(done, total)` reports the blocks rendered after each batch.
export async function renderAnalysis(container, text, analysis, { isCurrent = () => true, speakerName, onBatch = () => {} } = {}) {
  const items = collectItems(analysis);
  const blocks = collectBlocks(text, analysis);
  const context = { opened: new Set(), speakerName };
  let b = 0;          // index of the next block to render
  let next = 0;       // index into items of the first not yet assigned to a block
  let carry = [];     // items that started before the current block and go on
  const renderNext = () => {
    const block = blocks[b++];
    carry = carry.filter((it) => it.end > block.start);
    while (next < items.length && items[next].start < block.end) {
      const it = items[next++];
      if (it.end > block.start) carry.push(it);
    }
    carry.sort((x, y) => x.order - y.order);
    const inside = carry.filter((it) => it.start < block.end);
    return renderBlock(text, block, inside, context);
  };
  container.setAttribute('aria-busy', 'true');
  container.dataset.state = 'rendering';
  const nearScreen = watchChunks(container);
  // Each batch goes in its own chunk element (see .chunk in style.css).
  const batch = (budget, later) => {
    const chunk = document.createElement('div');
    chunk.className = later ? 'chunk later' : 'chunk';
    if (later) nearScreen?.observe(chunk);
    const sliceStart = performance.now();
    while (b < blocks.length && performance.now() - sliceStart < budget) chunk.append(renderNext());
    return chunk;
  };
  container.replaceChildren(batch(30, false));
  onBatch(b, blocks.length);
  while (b < blocks.length) {
    await nextSlice();
    if (!isCurrent()) return false;
    container.append(batch(12, true));
    onBatch(b, blocks.length);
  }
  container.setAttribute('aria-busy', 'false');
  container.dataset.state = text ? 'ready' : 'empty';
  return true;
}

// One watcher per container, replaced at each render so that it lets go of
// the chunks of the text shown before.
const chunkWatchers = new WeakMap();

// Marks the chunks within a screen's height of the screen as .near, for
// style.css: while the text area has focus, the chunks not near lay nothing
// out (see .chunk there). Null where IntersectionObserver is missing.
function watchChunks(container) {
  chunkWatchers.get(container)?.disconnect();
  if (typeof IntersectionObserver !== 'function') return null;
  const watcher = new IntersectionObserver((entries) => {
    for (const entry of entries) entry.target.classList.toggle('near', entry.isIntersecting);
  }, { rootMargin: '100% 0px' });
  chunkWatchers.set(container, watcher);
  return watcher;
}

// Yields to the browser (input, paint) between render batches.
function nextSlice() {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });
}
