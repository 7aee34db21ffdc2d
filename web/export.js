// Output of an analysis: the JSON contract as a file, one CSV per list, a
// plain-text summary for the clipboard. Files are made from Blobs in the
// page, never uploaded. Depends on types.js.
import { ENTITY_LABELS, formatValue, typeLabel } from './types.js';

export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function analysisJson(analysis) {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

// A CSV cell. Text that a spreadsheet would run as a formula (=, +, -, @)
// gets a leading apostrophe; numbers stay numbers.
function cell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8": without it
// Excel reads a CSV in the system's old code page, and every curly quote,
// dash and accented name came out as "â€™" and the like.
function table(header, rows) {
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const CSV_LISTS = ['entities', 'mentions', 'numbers', 'quotes'];

export function analysisCsv(analysis, list) {
  const nameOf = entityNames(analysis);
  switch (list) {
    case 'entities':
      return table(['id', 'name', 'type', 'aliases', 'count', 'related'],
        analysis.entities.map((e) => [e.id, e.name, e.type, e.aliases.join('; '), e.count, e.related ?? '']));
    case 'mentions':
      return table(['start', 'end', 'text', 'type', 'entity', 'entity_name', 'boilerplate'],
        analysis.mentions.map((m) => [m.start, m.end, m.text, m.type, m.entity, nameOf(m.entity), m.boilerplate ? 1 : 0]));
    case 'numbers':
      return table(['start', 'end', 'text', 'kind', 'value', 'high', 'unit', 'iso', 'approx', 'boilerplate'],
        analysis.numbers.map((n) => [n.start, n.end, n.text, n.kind, n.value, n.high, n.unit, n.iso, n.approx, n.boilerplate ? 1 : 0]));
    case 'quotes':
      return table(['start', 'end', 'kind', 'speaker', 'speaker_name', 'cue', 'text', 'boilerplate'],
        analysis.quotes.map((q) => [q.start, q.end, q.kind, q.speaker, nameOf(q.speaker), q.cue, q.text, q.boilerplate ? 1 : 0]));
    default:
      throw new Error(`no CSV for ${list}`);
  }
}

export function entityNames(analysis) {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return (id) => (id === null || id === undefined ? '' : names.get(id) ?? '');
}

// A summary a person can paste into a note or an e-mail.
export function analysisText(analysis) {
  const nameOf = entityNames(analysis);
  const lines = [];
  lines.push(`Entities (${analysis.entities.length})`);
  for (const type of Object.keys(ENTITY_LABELS)) {
    const group = analysis.entities.filter((e) => e.type === type);
    if (!group.length) continue;
    lines.push(`  ${ENTITY_LABELS[type]}:`);
    for (const e of group) {
      const aliases = e.aliases.length ? `; also ${e.aliases.join(', ')}` : '';
      lines.push(`    ${e.name} (${e.count}${aliases})`);
    }
  }
  lines.push('', `Numbers (${analysis.numbers.length})`);
  for (const n of analysis.numbers) {
    const value = formatValue(n);
    const iso = n.iso ? ` [${n.iso}]` : '';
    lines.push(`  ${n.text} — ${typeLabel('number', n.kind).toLowerCase()}${value ? `: ${value}` : ''}${iso}`);
  }
  lines.push('', `Quotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) {
    lines.push(`  ${nameOf(q.speaker) || 'Unattributed'}: “${q.text}”`);
  }
  return `${lines.join('\n')}\n`;
}

// Clipboard with a fallback for browsers or contexts without the async API.
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = document.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    focused?.focus();
    return ok;
  }
}
