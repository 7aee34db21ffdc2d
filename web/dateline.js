// An article's own date, read from its analysis: relative dates ("on
// Thursday", "last year") mean days counted from when the article was
// written, not from today, so the page offers that date as the reference.
// Pure functions; depends on nothing.

// Datelines and publication lines come first: a headline, a byline, then
// "BRUSSELS 1996-08-22" or "Published: Aug. 22, 1996".
const LEADING_PARAGRAPHS = 4;
const WRITTEN_YEAR = /\d{4}/;  // "1996", "1990s", "FY2024"

// Whether `value` is written as a day, YYYY-MM-DD: an ISO date, a reference
// date from a share link or a draft.
export const isDay = (value) => /^\d{4}-\d{2}-\d{2}$/.test(value ?? '');

// The first date of the article's leading paragraphs (boilerplate left out)
// that names a whole day with its year, as {iso, text}; or null.
export function articleDate(text, analysis) {
  const leading = analysis.paragraphs.filter((p) => !p.boilerplate).slice(0, LEADING_PARAGRAPHS);
  const inLeading = (n) => leading.some((p) => n.start >= p.start && n.end <= p.end);
  const date = analysis.numbers.find((n) => n.kind === 'date' && isDay(n.iso) && inLeading(n) &&
    WRITTEN_YEAR.test(text.slice(n.start, n.end)));
  return date ? { iso: date.iso, text: text.slice(date.start, date.end) } : null;
}

// Whether the analysis holds a date that the reference date resolved: one
// written without its year ("Thursday", "last month", "in March").
export function hasRelativeDates(text, analysis) {
  return analysis.numbers.some((n) => n.kind === 'date' && n.iso && !WRITTEN_YEAR.test(text.slice(n.start, n.end)));
}

// The date to offer as the reference, or null: the article's own, when it
// differs from the reference in use and some date depends on it.
export function offeredDate(text, analysis, referenceDate) {
  const own = articleDate(text, analysis);
  return own && own.iso !== referenceDate && hasRelativeDates(text, analysis) ? own : null;
}
