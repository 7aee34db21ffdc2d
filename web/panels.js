// The side panels: entities grouped by type, a sortable table of numbers,
// quotes grouped by speaker, each with its count in the header. Long lists
// render their first rows and a "Show more" button, so a 5 MB text does not
// build tens of thousands of rows at once. All user text goes in as text.
// Depends on types.js.
import { ENTITY_LABELS, counted, formatValue, typeLabel } from './types.js';

const PAGE = 200;  // rows per "Show more"

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node && !key.startsWith('aria')) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

// Appends rows [0, PAGE) now and the rest on demand.
function paged(list, rows, makeRow) {
  let shown = 0;
  const more = el('button', { type: 'button', className: 'more' });
  const showMore = () => {
    const end = Math.min(rows.length, shown + PAGE);
    for (; shown < end; shown++) list.append(makeRow(rows[shown]));
    more.hidden = shown >= rows.length;
    more.textContent = `Show ${Math.min(PAGE, rows.length - shown)} more of ${rows.length - shown}`;
  };
  more.addEventListener('click', showMore);
  showMore();
  return more;
}

function setCount(panel, n) {
  panel.querySelector('.count').textContent = String(n);
}

function empty(text) {
  return el('p', { className: 'empty' }, text);
}

// Entities: one group per type, most mentioned first, and after them those
// named only in the page's furniture (a menu, a caption's credit, the
// comments), muted. Each entity is a button; `onSelect(id)` highlights its
// mentions.
export function renderEntities(panel, analysis, onSelect) {
  const body = panel.querySelector('.panel-body');
  setCount(panel, analysis.entities.length);
  if (!analysis.entities.length) return body.replaceChildren(empty('No names found.'));
  const inArticle = new Set(analysis.mentions.filter((m) => !m.boilerplate).map((m) => m.entity));
  const furniture = (e) => (inArticle.has(e.id) ? 0 : 1);
  const parts = [];
  for (const [type, label] of Object.entries(ENTITY_LABELS)) {
    const group = analysis.entities.filter((e) => e.type === type)
      .sort((a, b) => furniture(a) - furniture(b) || b.count - a.count || a.name.localeCompare(b.name));
    if (!group.length) continue;
    const headingId = `ent-${type}`;
    const list = el('ul', { className: 'entity-list', 'aria-labelledby': headingId });
    parts.push(el('h3', { id: headingId, dataset: { type } }, `${label} `, el('span', { className: 'n' }, `(${group.length})`)));
    parts.push(list);
    const more = paged(list, group, (entity) => entityRow(entity, onSelect, !inArticle.has(entity.id)));
    parts.push(more);
  }
  body.replaceChildren(...parts);
}

function entityRow(entity, onSelect, onlyInFurniture) {
  const button = el('button', {
    type: 'button', className: onlyInFurniture ? 'entity furniture' : 'entity', 'aria-pressed': 'false',
    dataset: { entity: entity.id, type: entity.type },
  },
  el('span', { className: 'swatch', 'aria-hidden': 'true' }),
  el('span', { className: 'name' }, entity.name),
  el('span', { className: 'n', 'aria-label': counted(entity.count, 'mention') }, String(entity.count)),
  entity.aliases.length ? el('span', { className: 'aliases' }, `also ${entity.aliases.join(', ')}`) : null,
  onlyInFurniture ? el('span', { className: 'aliases' }, 'only in the page\'s furniture') : null,
  entity.related ? el('span', { className: 'aliases' }, `→ ${entity.related}`) : null);
  button.addEventListener('click', () => onSelect(entity.id));
  return el('li', {}, button);
}

const COLUMNS = [
  { key: 'text', label: 'Text' },
  { key: 'kind', label: 'Kind' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'iso', label: 'ISO' },
];

// Numbers: a table sortable by any column (click a header; again to reverse).
// Rows are in text order until sorted. `onSelect(index)` shows the number.
export function renderNumbers(panel, analysis, onSelect, sort = { key: null, dir: 1 }) {
  const body = panel.querySelector('.panel-body');
  setCount(panel, analysis.numbers.length);
  if (!analysis.numbers.length) return body.replaceChildren(empty('No numbers found.'));
  const rows = analysis.numbers.map((n, id) => ({ n, id }));
  if (sort.key) rows.sort((a, b) => compare(a.n[sort.key], b.n[sort.key]) * sort.dir || a.id - b.id);
  const head = el('tr', {}, ...COLUMNS.map((col) => {
    const state = sort.key === col.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none';
    const button = el('button', { type: 'button', className: 'sort', dataset: { sort: col.key } }, col.label);
    button.addEventListener('click', () => {
      const dir = sort.key === col.key ? -sort.dir : 1;
      renderNumbers(panel, analysis, onSelect, { key: col.key, dir });
      panel.querySelector(`button[data-sort="${col.key}"]`).focus();
    });
    return el('th', { scope: 'col', 'aria-sort': state }, button);
  }));
  const tbody = el('tbody');
  const table = el('table', { className: 'numbers' },
    el('caption', { className: 'visually-hidden' }, 'Numbers found, sortable by column'), el('thead', {}, head), tbody);
  const more = paged(tbody, rows, ({ n, id }) => {
    const jump = el('button', { type: 'button', className: 'jump', dataset: { id } }, n.text);
    jump.addEventListener('click', () => onSelect(id));
    return el('tr', { dataset: { kind: n.kind } },
      el('td', {}, jump),
      el('td', {}, typeLabel('number', n.kind)),
      // The unit again beside the value, for narrow screens, where the Unit
      // column gives way (style.css); the column is what a screen reader reads.
      el('td', { className: 'num' }, ...breakableAfter(formatValue({ ...n, unit: '' }), ','),
        n.unit ? el('span', { className: 'unit-inline', 'aria-hidden': 'true' }, ` ${n.unit}`) : null),
      el('td', {}, n.unit ?? ''),
      el('td', {}, ...breakableAfter(n.iso ?? '', '/')));
  });
  body.replaceChildren(el('div', { className: 'table-wrap' }, table), more);
}

// So that the table fits its panel, an ISO range (2026-07-25/2026-07-31) may
// wrap after its slash, and a long value (2,700,000,000) after a comma when
// the panel is narrow (a phone); a single date never wraps.
function breakableAfter(text, separator) {
  return text.split(separator).flatMap((part, i) => (i ? [separator, el('wbr'), part] : [part]));
}

// Nulls and missing values sort last; numbers numerically; text by locale.
function compare(a, b) {
  const missingA = a === null || a === undefined || a === '';
  const missingB = b === null || b === undefined || b === '';
  if (missingA || missingB) return missingA - missingB;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

// Quotes: grouped by speaker (most quoted first), unattributed last.
// `speakerOf(quote)` names the speaker ('' when unknown).
export function renderQuotes(panel, analysis, onSelect, speakerOf) {
  const body = panel.querySelector('.panel-body');
  setCount(panel, analysis.quotes.length);
  if (!analysis.quotes.length) return body.replaceChildren(empty('No quotes found.'));
  const groups = new Map();
  analysis.quotes.forEach((q, id) => {
    const key = speakerOf(q);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ q, id });
  });
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => (ka === '') - (kb === '') || b.length - a.length);
  const parts = [];
  ordered.forEach(([speaker, quotes], i) => {
    const name = speaker || 'Unattributed';
    const headingId = `quotes-${i}`;
    parts.push(el('h3', { id: headingId }, `${name} `, el('span', { className: 'n' }, `(${quotes.length})`)));
    const list = el('ol', { className: 'quote-list', 'aria-labelledby': headingId });
    parts.push(list, paged(list, quotes, ({ q, id }) => {
      const button = el('button', { type: 'button', className: 'quote', dataset: { id, kind: q.kind } },
        el('span', { className: 'qtext', dir: 'auto' }, `“${truncate(q.text, 220)}”`),
        el('span', { className: 'meta' },
          [typeLabel('quote', q.kind), q.cue, q.repeat && 'repeats a quote above or below'].filter(Boolean).join(' · ')));
      button.addEventListener('click', () => onSelect(id));
      return el('li', {}, button);
    }));
  });
  body.replaceChildren(...parts);
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
