// What the page calls each kind of item, and how a value reads to a person.
// The legend groups (one toggle each) live here so that the reading view, the
// legend, the tooltip and the panels all agree. Depends on nothing.

export const ENTITY_LABELS = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Other name' };

export const NUMBER_LABELS = {
  money: 'Money', percent: 'Percent', quantity: 'Quantity', date: 'Date', time: 'Time',
  duration: 'Duration', cardinal: 'Count', ordinal: 'Ordinal',
};

export const QUOTE_LABELS = { direct: 'Quote', partial: 'Partial quote', qa: 'Interview answer' };

// One legend button per group. `key` is what the reading view's data-hide
// attribute lists; `kind` + `types` say which marks the group covers.
export const LEGEND = [
  { key: 'PER', label: 'Person', kind: 'entity', types: ['PER'] },
  { key: 'ORG', label: 'Organization', kind: 'entity', types: ['ORG'] },
  { key: 'LOC', label: 'Place', kind: 'entity', types: ['LOC'] },
  { key: 'MISC', label: 'Other name', kind: 'entity', types: ['MISC'] },
  { key: 'money', label: 'Money', kind: 'number', types: ['money'] },
  { key: 'percent', label: 'Percent', kind: 'number', types: ['percent'] },
  { key: 'quantity', label: 'Quantity', kind: 'number', types: ['quantity'] },
  { key: 'date', label: 'Date & time', kind: 'number', types: ['date', 'time'] },
  { key: 'duration', label: 'Duration', kind: 'number', types: ['duration'] },
  { key: 'count', label: 'Count', kind: 'number', types: ['cardinal', 'ordinal'] },
  { key: 'quote', label: 'Quote', kind: 'quote', types: ['direct', 'partial', 'qa'] },
];

const legendKeyOf = new Map();
for (const group of LEGEND) {
  for (const type of group.types) legendKeyOf.set(`${group.kind}:${type}`, group.key);
}

// The legend key of a mark (kind + type); unknown types fall in no group.
export function legendKey(kind, type) {
  return legendKeyOf.get(`${kind}:${type}`) ?? null;
}

// "1 mention", "3 mentions": a count in words, as the status and a screen reader say it.
export function counted(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function typeLabel(kind, type) {
  const labels = kind === 'entity' ? ENTITY_LABELS : kind === 'number' ? NUMBER_LABELS : QUOTE_LABELS;
  return labels[type] ?? type;
}

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

// "2,700,000,000 USD", "40 %", "20 year", "3–5 km": the normalized value as a
// person would read it, or '' when the item has none (an unresolved date).
export function formatValue(number) {
  if (number.value === null || number.value === undefined) return '';
  let text = plain.format(number.value);
  if (typeof number.high === 'number' && number.high !== number.value) text += `–${plain.format(number.high)}`;
  if (number.approx) text = `${typeof number.approx === 'string' ? number.approx : '≈'} ${text}`;
  return number.unit ? `${text} ${number.unit}` : text;
}
