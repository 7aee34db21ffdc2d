// Interaction with the reading view: the tooltip shown on hover and on
// keyboard focus, stepping through marks with the arrow keys (one Tab stop
// for the whole article, then ← → Home End), and the selection of one
// entity's mentions (or one number or quote) with previous / next.
// Depends on types.js; the app hands in the current analysis via getState.
import { formatValue, legendKey, typeLabel } from './types.js';

export function createReader({ reading, tooltip, bar, getState, onEntityMark, onNumberMark, onQuoteMark, onClear }) {
  const label = bar.querySelector('[data-role="selection-label"]');
  let selection = null;  // { marks: [first piece of each item], index, title }

  // ---- tooltip -------------------------------------------------------
  function describe(mark) {
    const { analysis } = getState();
    const id = Number(mark.dataset.id);
    const lines = [];
    if (mark.dataset.kind === 'entity') {
      const mention = analysis.mentions[id];
      const entity = analysis.entities.find((e) => e.id === mention?.entity);
      lines.push([typeLabel('entity', mark.dataset.type), entity?.name ?? mention?.text ?? '']);
      if (entity?.aliases.length) lines.push(['Also', entity.aliases.join(', ')]);
      if (entity?.related) lines.push(['Of', entity.related]);
      if (entity) lines.push(['Mentions', String(entity.count)]);
    } else if (mark.dataset.kind === 'number') {
      const n = analysis.numbers[id];
      lines.push([typeLabel('number', mark.dataset.type), n ? formatValue(n) || n.text : '']);
      if (n?.iso) lines.push(['ISO', n.iso]);
    } else {
      const q = analysis.quotes[id];
      const speaker = q ? getState().speakerOf(q) : '';
      lines.push([typeLabel('quote', mark.dataset.type), speaker ? `said by ${speaker}` : 'speaker unknown']);
      if (q?.cue) lines.push(['Cue', q.cue]);
    }
    return lines;
  }

  let tipped = null;  // the mark the tooltip is about

  function showTooltip(mark) {
    const lines = describe(mark);
    tooltip.replaceChildren(...lines.map(([key, value], i) => {
      const row = document.createElement('div');
      const k = document.createElement(i === 0 ? 'strong' : 'span');
      k.textContent = i === 0 ? key : `${key}: `;
      row.append(k, document.createTextNode(i === 0 ? ` · ${value}` : value));
      return row;
    }));
    tooltip.hidden = false;
    tipped = mark;
    placeTooltip();
    mark.setAttribute('aria-describedby', tooltip.id);
  }

  // Beside its mark: below if there is room, else above. Placed again when
  // the page scrolls: a mark stepped to off screen is focused (and the
  // tooltip shown) before it is scrolled into view, and the tooltip stayed
  // where the mark had been, over other words.
  function placeTooltip() {
    const box = tipped.getBoundingClientRect();
    const tip = tooltip.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, innerWidth - tip.width - 8));
    const below = box.bottom + 6 + tip.height < innerHeight;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${below ? box.bottom + 6 : box.top - tip.height - 6}px`;
  }
  addEventListener('scroll', () => { if (tipped) placeTooltip(); }, { capture: true, passive: true });

  function hideTooltip() {
    tooltip.hidden = true;
    tipped = null;
    reading.querySelector('mark[aria-describedby]')?.removeAttribute('aria-describedby');
  }

  const visible = (mark) => !getState().hidden.has(legendKey(mark.dataset.kind, mark.dataset.type));

  reading.addEventListener('mouseover', (event) => {
    const mark = event.target.closest?.('mark');
    if (mark && visible(mark)) showTooltip(mark);
    else hideTooltip();
  });
  reading.addEventListener('mouseleave', hideTooltip);
  reading.addEventListener('focusin', (event) => {
    if (event.target.tagName === 'MARK') showTooltip(event.target);
  });
  reading.addEventListener('focusout', hideTooltip);

  // ---- keyboard ------------------------------------------------------
  function step(from, forward) {
    const walker = document.createTreeWalker(reading, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (n) => (n.tagName === 'MARK' && visible(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    walker.currentNode = from;
    return forward ? walker.nextNode() : walker.previousNode();
  }

  function focusMark(mark) {
    if (!mark) return;
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'nearest', behavior: motion() });
  }

  reading.addEventListener('keydown', (event) => {
    const current = event.target.tagName === 'MARK' ? event.target : null;
    let target = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') target = step(current ?? reading, true);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') target = current ? step(current, false) : null;
    else if (event.key === 'Home') target = step(reading, true);
    else if (event.key === 'End') target = lastMark();
    else if (event.key === 'Escape') { hideTooltip(); clear(); reading.focus(); event.preventDefault(); return; }
    else if ((event.key === 'Enter' || event.key === ' ') && current) { activate(current); event.preventDefault(); return; }
    else return;
    event.preventDefault();
    focusMark(target);
  });

  function lastMark() {
    const marks = reading.querySelectorAll('mark');
    for (let i = marks.length - 1; i >= 0; i--) if (visible(marks[i])) return marks[i];
    return null;
  }

  // Enter or a click on a mark selects its item, as its panel's button does:
  // an entity's every mention, a number, a quote (from this mark: see select).
  function activate(mark) {
    const { kind } = mark.dataset;
    if (kind === 'entity' && mark.dataset.entity !== undefined) onEntityMark(Number(mark.dataset.entity), mark);
    else if (kind === 'number') onNumberMark(Number(mark.dataset.id), mark);
    else if (kind === 'quote') onQuoteMark(Number(mark.dataset.id), mark);
  }
  reading.addEventListener('click', (event) => {
    const mark = event.target.closest?.('mark');
    if (mark && visible(mark) && !window.getSelection()?.toString()) activate(mark);
  });

  // ---- selection -----------------------------------------------------
  function clear() {
    reading.querySelectorAll('mark.is-selected').forEach((m) => m.classList.remove('is-selected', 'is-current'));
    selection = null;
    // The focus on the bar's Clear (or Next) would go with the bar, to the
    // top of the page: it goes to the article the bar was about.
    if (bar.contains(document.activeElement)) reading.focus({ preventScroll: true });
    bar.hidden = true;
    onClear();
  }

  // Selects the marks matching `selector`: every piece is outlined; previous
  // and next move between items (the first piece of each). Chosen from one
  // of its marks (`from`: a click, a tap, Enter), the selection starts at
  // that mark, where the reader is, rather than jumping to the first mention,
  // and the mark keeps its tooltip (on a phone, a tap is the only way to see one).
  function select(selector, title, from = null) {
    clear();
    const pieces = [...reading.querySelectorAll(selector)];
    if (!pieces.length) return 0;
    const seen = new Set();
    const marks = [];
    for (const piece of pieces) {
      piece.classList.add('is-selected');
      if (!seen.has(piece.dataset.id)) { seen.add(piece.dataset.id); marks.push(piece); }
    }
    selection = { marks, index: 0, title };
    bar.hidden = false;
    const at = from ? marks.findIndex((m) => m.dataset.id === from.dataset.id) : -1;
    go(Math.max(0, at), { scroll: at < 0 });
    if (at >= 0) {
      keepClearOfBar(from);
      showTooltip(from);
    }
    return marks.length;
  }

  // The bar, now shown and held at the top of the screen, must not cover a
  // mark chosen near the top: the page moves just enough to show it.
  function keepClearOfBar(mark) {
    const covered = bar.getBoundingClientRect().bottom + 4 - mark.getBoundingClientRect().top;
    if (covered > 0) scrollBy({ top: -covered, behavior: 'instant' });
  }

  function go(index, { scroll = true } = {}) {
    if (!selection) return;
    const { marks } = selection;
    selection.index = (index + marks.length) % marks.length;
    reading.querySelectorAll('mark.is-current').forEach((m) => m.classList.remove('is-current'));
    const mark = marks[selection.index];
    reading.querySelectorAll(`mark[data-kind="${mark.dataset.kind}"][data-id="${mark.dataset.id}"]`)
      .forEach((m) => m.classList.add('is-current'));
    if (scroll) mark.scrollIntoView({ block: 'center', behavior: motion() });
    label.textContent = `${selection.title}: ${selection.index + 1} of ${marks.length}`;
  }

  bar.querySelector('[data-role="selection-prev"]').addEventListener('click', () => go(selection.index - 1));
  bar.querySelector('[data-role="selection-next"]').addEventListener('click', () => go(selection.index + 1));
  bar.querySelector('[data-role="selection-clear"]').addEventListener('click', clear);

  return {
    select, clear, hideTooltip,
    next: () => go((selection?.index ?? -1) + 1),
    previous: () => go((selection?.index ?? 1) - 1),
    get selection() { return selection; },
  };
}

function motion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
