// The page's main thread: wires input, the analysis worker, the reading view,
// the panels, export and share. It never analyzes: worker.js owns the
// WebAssembly module, this thread only renders, so typing never waits.
// Depends on the other modules of web/ (not on lede.js directly).
import { LEGEND, counted, legendKey } from './types.js';
import { renderAnalysis } from './render.js';
import { renderEntities, renderNumbers, renderQuotes } from './panels.js';
import { createReader } from './reader.js';
import { CSV_LISTS, analysisCsv, analysisJson, analysisText, copyText, download, entityNames } from './export.js';
import { decodeView, encodeView } from './share.js';
import { htmlToText, isReadable, readTextFile } from './files.js';
import { SAMPLE } from './sample.js';
import { isDay, offeredDate } from './dateline.js';

const DEBOUNCE_MS = 250;
const EMPTY = Object.freeze({
  version: 1, offsets: 'utf16', length: 0,
  paragraphs: [], mentions: [], entities: [], numbers: [], quotes: [], boilerplate: [],
});

const $ = (selector) => document.querySelector(selector);
const ui = {
  input: $('#input'), refdate: $('#refdate'), reading: $('#reading'), status: $('#status'),
  progress: $('#progress'), notice: $('#notice'), legend: $('#legend'), bpToggle: $('#toggle-bp'),
  entities: $('#panel-entities'), numbers: $('#panel-numbers'), quotes: $('#panel-quotes'),
  shareRow: $('#share-row'), shareUrl: $('#share-url'), file: $('#file'), dateOffer: $('#date-offer'),
};

const state = {
  text: '', analysis: EMPTY, shownText: '',
  hidden: new Set(), boilerplateHidden: false,
  requestId: 0, requests: new Map(), renderId: 0, rendered: Promise.resolve(),
  ready: false, version: '', timings: {},
  speakerOf: (quote) => speakerOf(quote, state.shownText, state.analysis),
};

// ---- the worker --------------------------------------------------------

// boot.js has usually started the worker already (see there).
const worker = window.ledeBoot?.worker ?? new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const onWorkerMessage = (data) => {
  if (data.type === 'ready') onReady(data);
  else if (data.type === 'progress') onProgress(data);
  else if (data.type === 'part') onPart(data);
  else if (data.type === 'result') onResult(data);
  else if (data.type === 'error') onError(data.message);
};
worker.onmessage = ({ data }) => onWorkerMessage(data);
worker.onerror = (event) => {
  event.preventDefault();
  onError('The analyzer could not be loaded. Serve this folder over http(s); see the hosting notes.');
};

function onReady({ version, ms }) {
  state.ready = true;
  state.version = version;
  state.timings.workerStart = ms;
  state.timings.ready = performance.now();
  performance.mark('lede-ready');
  $('#version').textContent = version;
  document.body.dataset.state = 'ready';
  if (state.text) requestAnalysis();
  else setStatus('Ready. Paste an article.');
  registerServiceWorker();
}

function onError(message) {
  ui.notice.textContent = message;
  ui.notice.dataset.kind = 'error';
  ui.notice.hidden = false;
  ui.progress.hidden = true;
  setStatus('Something went wrong');
}

function onProgress({ id, done, total }) {
  if (id === state.requestId) showProgress('Analyzing', done, total);
}

// Long texts take seconds to analyze, then seconds to show: the bar and the
// status say which, and how far. The status is a live region read aloud, so
// it moves in steps of 10% (the bar moves at every step).
function showProgress(stage, done, total) {
  ui.progress.hidden = false;
  ui.progress.max = total;
  ui.progress.value = done;
  setStatus(`${stage}… ${10 * Math.floor((10 * done) / total)}%`);
}

function requestAnalysis() {
  saveDraft();
  const id = ++state.requestId;
  state.requests.clear();
  state.requests.set(id, { text: state.text, posted: performance.now() });
  if (!state.ready) return;
  if (state.text.length > 20000) setStatus('Analyzing…');
  worker.postMessage({ type: 'analyze', id, text: state.text, referenceDate: ui.refdate.value });
}

// Slices of a large result arrive before the result (see worker.js).
function onPart({ id, list, items }) {
  if (id !== state.requestId) return;
  const request = state.requests.get(id);
  request.parts ??= {};
  request.parts[list] ??= [];
  for (const item of items) request.parts[list].push(item);
}

async function onResult({ id, analysis, ms, parts }) {
  const request = state.requests.get(id);
  if (id !== state.requestId || !request) return;
  if (parts) Object.assign(analysis, request.parts);
  ui.progress.hidden = true;
  state.timings.analyze = ms;
  state.timings.received = performance.now() - request.posted;
  await show(request.text, analysis);
  state.timings.shown = performance.now() - request.posted;
  // Highlighted means painted: wait for the frame that shows the marks.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (id !== state.requestId) return;
  state.timings.highlight = performance.now() - request.posted;
  performance.measure('lede-highlight', { start: request.posted, end: performance.now() });
}

// ---- showing an analysis -----------------------------------------------

// Renders `analysis` of `text`: panels and legend at once, the reading view
// in batches for long texts. Resolves when the reading view is complete.
async function show(text, analysis) {
  const renderId = ++state.renderId;
  state.analysis = analysis;
  state.shownText = text;
  reader.clear();
  const start = performance.now();
  const blank = !/\S/.test(text);  // nothing to read: the placeholder says what to do
  const done = blank
    ? Promise.resolve(showPlaceholder())
    : renderAnalysis(ui.reading, text, analysis, {
      isCurrent: () => renderId === state.renderId,
      speakerName: (quote) => speakerOf(quote, text, analysis),
      onBatch: (rendered, total) => {
        // Not while a newer text is being analyzed: the status is about that one.
        if (rendered < total && text === state.text) showProgress('Showing the article', rendered, total);
      },
    });
  state.rendered = done;
  renderEntities(ui.entities, analysis, selectEntity);
  renderNumbers(ui.numbers, analysis, selectNumber);
  renderQuotes(ui.quotes, analysis, selectQuote, (quote) => speakerOf(quote, text, analysis));
  updateLegendCounts();
  offerTextOfHtml(text, analysis);
  offerArticleDate(text, analysis);
  const complete = await done;
  if (!complete || renderId !== state.renderId) return;
  ui.progress.hidden = true;
  state.timings.render = performance.now() - start;
  setStatus(blank ? 'Ready. Paste an article.' : summary(analysis));
}

// Pasted HTML source is analyzed as its prose (the analysis says so); its
// reading view still shows the tags, so the page offers the text alone, as
// it reads an opened .html file.
// Any other notice (a file lede cannot read) is about an earlier text and goes.
function offerTextOfHtml(text, analysis) {
  if (analysis.markup !== 'html') {
    ui.notice.hidden = true;
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Keep only its text';
  button.addEventListener('click', () => {
    ui.notice.hidden = true;
    load(htmlToText(text));
  });
  ui.notice.replaceChildren('This is HTML source: its tags, scripts and styles were left out of the analysis. ', button);
  ui.notice.dataset.kind = 'html';
  ui.notice.hidden = false;
}

// An article dated in its first lines ("BRUSSELS 1996-08-22") means its
// "Thursday" and "last year" from that day: the page offers it as the
// reference date when it differs and some date depends on it. The analysis
// counts from a dateline or a stamp on a line of its own by itself; the
// offer sets the reference for the rest (a date inside a byline's line).
function offerArticleDate(text, analysis) {
  const offer = offeredDate(text, analysis, ui.refdate.value);
  ui.dateOffer.hidden = !offer;
  if (!offer) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Use ${offer.iso} as the reference date`;
  button.addEventListener('click', () => {
    ui.refdate.value = offer.iso;
    setText(state.text, { immediate: true });
  });
  ui.dateOffer.replaceChildren(`The article is dated \u201c${offer.text}\u201d. `, button);
}

// Each analysis's look-up of entity names, made once: speakerOf is asked for
// every quote, and making it per quote took 109 ms for the quotes of 10 MB.
const nameLookups = new WeakMap();

// The speaker's canonical name, else the words of the text that name the
// speaker ("a spokesman"), else ''.
function speakerOf(quote, text, analysis) {
  let nameOf = nameLookups.get(analysis);
  if (!nameOf) nameLookups.set(analysis, (nameOf = entityNames(analysis)));
  const name = nameOf(quote.speaker);
  if (name) return name;
  return typeof quote.speakerStart === 'number' && quote.speakerEnd > quote.speakerStart
    ? text.slice(quote.speakerStart, quote.speakerEnd) : '';
}

function showPlaceholder() {
  const p = document.createElement('p');
  p.className = 'placeholder';
  p.textContent = 'Paste an article above, or try the sample.';
  ui.reading.replaceChildren(p);
  ui.reading.dataset.state = 'empty';
  ui.reading.setAttribute('aria-busy', 'false');
  return true;
}

function summary(a) {
  return `Found ${counted(a.entities.length, 'name')}, ${counted(a.numbers.length, 'number')}, ${counted(a.quotes.length, 'quote')}.`;
}

function setStatus(text) {
  if (ui.status.textContent !== text) ui.status.textContent = text;  // the same words are not read again
}

// ---- legend and boilerplate ----------------------------------------------

function buildLegend() {
  ui.legend.replaceChildren(...LEGEND.map((group) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'legend-item';
    button.dataset.key = group.key;
    button.dataset.kind = group.kind;
    button.setAttribute('aria-pressed', 'true');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    const count = document.createElement('span');
    count.className = 'n';
    button.append(swatch, document.createTextNode(group.label), count);
    button.addEventListener('click', () => toggleType(group.key));
    return button;
  }));
}

function updateLegendCounts() {
  const counts = new Map();
  const bump = (kind, type) => {
    const group = LEGEND.find((g) => g.kind === kind && g.types.includes(type));
    if (group) counts.set(group.key, (counts.get(group.key) ?? 0) + 1);
  };
  state.analysis.mentions.forEach((m) => bump('entity', m.type));
  state.analysis.numbers.forEach((n) => bump('number', n.kind));
  state.analysis.quotes.forEach((q) => bump('quote', q.kind));
  for (const button of ui.legend.children) {
    const n = counts.get(button.dataset.key) ?? 0;
    button.querySelector('.n').textContent = String(n);
    button.classList.toggle('none', n === 0);
  }
}

function toggleType(key, show = state.hidden.has(key)) {
  if (show) state.hidden.delete(key);
  else state.hidden.add(key);
  applyView();
}

function applyView() {
  ui.reading.dataset.hide = [...state.hidden].join(' ');
  for (const button of ui.legend.children) {
    button.setAttribute('aria-pressed', String(!state.hidden.has(button.dataset.key)));
  }
  ui.reading.classList.toggle('hide-bp', state.boilerplateHidden);
  ui.bpToggle.setAttribute('aria-pressed', String(state.boilerplateHidden));
  reader.hideTooltip();
}

// ---- selection from the panels -------------------------------------------

const reader = createReader({
  reading: ui.reading,
  tooltip: $('#tooltip'),
  bar: $('#selection'),
  getState: () => state,
  onEntityMark: selectEntity,
  onNumberMark: selectNumber,
  onQuoteMark: selectQuote,
  onClear: () => pressEntityButton(null),
});

// Escape clears a selection wherever it was made (a panel's button, the
// bar's Previous or Next), as it does in the reading view (which handles it
// there itself).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented && reader.selection) reader.clear();
});

// Each select* is called with the mark chosen in the article (`from`), or
// none from a panel.
async function selectEntity(id, from = null) {
  await state.rendered;
  const entity = state.analysis.entities.find((e) => e.id === id);
  if (!entity) return;
  toggleType(entity.type, true);
  selectMarks(`mark[data-kind="entity"][data-entity="${id}"]`, entity.name, from);
  pressEntityButton(id);
}

// Selects the marks `selector` matches, in sight: hidden boilerplate comes
// back when any of them is there (a name only in a caption or a menu was
// selected out of sight, "1 of 1" and nothing shown), as a hidden type does.
function selectMarks(selector, title, from) {
  if (state.boilerplateHidden && ui.reading.querySelector(`.para.bp :is(${selector})`)) {
    state.boilerplateHidden = false;
    applyView();
  }
  reader.select(selector, title, from);
}

// The panel shows which entity is chosen (null: none).
function pressEntityButton(id) {
  for (const button of ui.entities.querySelectorAll('button.entity')) {
    button.setAttribute('aria-pressed', String(button.dataset.entity === String(id)));
  }
}

async function selectNumber(id, from = null) {
  await state.rendered;
  toggleType(legendKey('number', state.analysis.numbers[id].kind), true);
  selectMarks(`mark[data-kind="number"][data-id="${id}"]`, state.analysis.numbers[id].text, from);
}

async function selectQuote(id, from = null) {
  await state.rendered;
  toggleType('quote', true);
  const speaker = speakerOf(state.analysis.quotes[id], state.shownText, state.analysis);
  selectMarks(`mark[data-kind="quote"][data-id="${id}"]`, `Quote of ${speaker || 'unknown speaker'}`, from);
}

// ---- input ---------------------------------------------------------------

let debounce = 0;
function setText(text, { immediate = false } = {}) {
  state.text = text;
  clearTimeout(debounce);
  if (immediate) requestAnalysis();
  else debounce = setTimeout(requestAnalysis, DEBOUNCE_MS);
}

// A share link's text, once replaced (typed over, cleared, a sample or a
// file opened), must not come back on reload: the link goes from the URL.
function forgetSharedView() {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

// While the text area is in use, the reading view skips no content (see
// .editing in style.css): its chunks off screen then lay nothing out and
// leave the accessibility tree. So .editing lasts from a focus, key, pointer
// or paste in the text area until a pause after the last one, not for as long
// as the focus stays: a screen reader reading the article with the focus left
// in the text area (after a paste, say) reads all of it, not its first screens.
// Each key or pointer sets it again before its selection changes.
const EDIT_PAUSE_MS = 2000;
let pointerHeld = false;  // a drag selecting text: in the text area, or from the page's margin
document.addEventListener('pointerdown', () => { pointerHeld = true; }, true);
document.addEventListener('pointerup', () => { pointerHeld = false; }, true);
document.addEventListener('pointercancel', () => { pointerHeld = false; }, true);
let editPause = 0;
function startEditing() {
  ui.reading.classList.add('editing');
  clearTimeout(editPause);
  editPause = setTimeout(endEditing, EDIT_PAUSE_MS);
}
// A selection over the text (a select all, a drag) keeps it until the next
// key or pointer: changing a selection of many lines takes seconds if content
// was skipped even a moment before.
function endEditing() {
  clearTimeout(editPause);
  if (pointerHeld && document.activeElement === ui.input) startEditing();  // a drag selecting in it goes on
  else if (ui.input.selectionStart === ui.input.selectionEnd) ui.reading.classList.remove('editing');
}
for (const type of ['focus', 'keydown', 'pointerdown', 'beforeinput', 'paste', 'dragenter']) {
  ui.input.addEventListener(type, startEditing);
}
// A context menu's Select all or Paste sends the page no key or pointer
// first: .editing stays until the next one, or the blur.
ui.input.addEventListener('contextmenu', () => {
  ui.reading.classList.add('editing');
  clearTimeout(editPause);
});
ui.input.addEventListener('blur', () => {
  clearTimeout(editPause);
  ui.reading.classList.remove('editing');
});

ui.input.addEventListener('input', () => {
  forgetSharedView();
  setText(ui.input.value);
});

function showText(text) {
  ui.input.value = text;
  setText(text, { immediate: true });
}

function load(text) {
  forgetSharedView();
  showText(text);
}

// Select all outside a text field (keys, the context menu, the Edit menu)
// would select the whole reading view, whose chunks off screen must then all
// be laid out: seconds for a long article (3 MB: 8.4 s). The article's text
// is in the text area, as pasted: selected there, it copies as it was pasted,
// and pasting over it replaces the article.
document.addEventListener('selectstart', (event) => {
  if (event.target !== document.body || pointerHeld || ui.reading.dataset.state === 'empty') return;
  event.preventDefault();
  ui.input.focus({ preventScroll: true });
  startEditing();
  ui.input.select();
  setStatus('Selected the article’s text in the box above: copy it, or paste another article over it.');
});

// A paste anywhere outside a field is a new article: the page has one input,
// and a reader who clicked in the reading view expects the paste to land.
document.addEventListener('paste', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text) return;
  event.preventDefault();
  load(text);
});

$('#sample').addEventListener('click', () => load(SAMPLE));
$('#clear').addEventListener('click', () => {
  load('');
  ui.shareRow.hidden = true;
  ui.input.focus();
});
ui.refdate.addEventListener('change', () => setText(state.text, { immediate: true }));

$('#open').addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', async () => {
  if (ui.file.files[0]) await openFile(ui.file.files[0]);
  ui.file.value = '';
});

async function openFile(file) {
  if (!isReadable(file)) return onError(`${file.name}: lede reads .txt, .md and .html files.`);
  const text = await readTextFile(file);
  if (text === null) return onError(`${file.name}: this file is not text; lede reads .txt, .md and .html files.`);
  ui.notice.hidden = true;
  load(text);
  setStatus(`Opened ${file.name}`);
}

// Dropping a file anywhere must not navigate away from the page.
const dropzone = $('#dropzone');
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropzone.classList.toggle('dragging', dropzone.contains(event.target));
});
document.addEventListener('dragleave', () => dropzone.classList.remove('dragging'));
document.addEventListener('drop', async (event) => {
  event.preventDefault();
  dropzone.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (file) await openFile(file);
});

ui.bpToggle.addEventListener('click', () => {
  state.boilerplateHidden = !state.boilerplateHidden;
  applyView();
});

// ---- output --------------------------------------------------------------

$('#export-json').addEventListener('click', () => {
  download('lede-analysis.json', analysisJson(state.analysis), 'application/json');
});
for (const button of document.querySelectorAll('[data-csv]')) {
  const list = button.dataset.csv;
  if (!CSV_LISTS.includes(list)) continue;
  button.addEventListener('click', () => download(`lede-${list}.csv`, analysisCsv(state.analysis, list), 'text/csv'));
}
$('#copy-text').addEventListener('click', async () => {
  const ok = await copyText(analysisText(state.analysis));
  setStatus(ok ? 'Copied the summary to the clipboard.' : 'Could not copy to the clipboard.');
});
$('#share').addEventListener('click', async () => {
  const hash = await encodeView({
    text: state.text, referenceDate: ui.refdate.value,
    hidden: [...state.hidden], boilerplateHidden: state.boilerplateHidden,
  });
  const url = `${location.href.split('#')[0]}${hash}`;
  if (url.length > 2_000_000) {
    setStatus('This text is too long for a link (browsers stop near 2 MB); export the JSON instead.');
    return;
  }
  ui.shareUrl.value = url;
  ui.shareRow.hidden = false;
  const ok = await copyText(url);
  setStatus(ok ? `Share link copied (${Math.ceil(url.length / 1024)} KB).` : 'Select the link below to copy it.');
});

async function restoreFromHash() {
  const view = await decodeView(location.hash);
  if (!view) return false;
  if (view.referenceDate) ui.refdate.value = view.referenceDate;
  state.hidden = new Set(view.hidden);
  state.boilerplateHidden = view.boilerplateHidden;
  applyView();
  showText(view.text);
  return true;
}
window.addEventListener('hashchange', restoreFromHash);

// ---- the draft -----------------------------------------------------------

// The text and reference date are kept in the tab's session storage, so that
// a reload or a crashed tab does not lose an article; they go when the tab is
// closed, and never leave the browser. A text larger than the storage holds
// (a few MB) is not kept, and an older draft is not left to come back instead.
const DRAFT_KEY = 'lede:draft';
const MAX_DRAFT = 2_000_000;  // UTF-16 units: browsers give session storage 5 MB or more

function saveDraft() {
  try {
    if (state.text && state.text.length <= MAX_DRAFT) {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ text: state.text, referenceDate: ui.refdate.value }));
    } else {
      sessionStorage.removeItem(DRAFT_KEY);
    }
  } catch {
    try { sessionStorage.removeItem(DRAFT_KEY); } catch { /* no storage here: nothing to keep */ }
  }
}

// The draft of this tab, if it has one: {text, referenceDate}.
function savedDraft() {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY));
    return typeof draft?.text === 'string' && draft.text ? draft : null;
  } catch {
    return null;
  }
}

function restoreDraft() {
  const draft = savedDraft();
  if (!draft) return false;
  if (isDay(draft.referenceDate)) ui.refdate.value = draft.referenceDate;
  showText(draft.text);
  return true;
}

// ---- offline -------------------------------------------------------------

function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) setStatus('A new version of lede was installed; reload to use it.');
  });
  // register() alone does not look for a new sw.js when one is installed;
  // update() does, so a deploy reaches returning visitors on their next
  // visit. Chromium leaves register() and update() made while a controlled
  // page is still starting pending, hence the delay.
  setTimeout(async () => {
    try {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration) await registration.update();
      else await navigator.serviceWorker.register('sw.js');
    } catch { /* offline, or no service workers here: the page works without */ }
  }, 1000);
}

// ---- start ---------------------------------------------------------------

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

ui.refdate.value = today();
buildLegend();
applyView();
for (const data of window.ledeBoot?.early.splice(0) ?? []) onWorkerMessage(data);
// A share link first, else this tab's draft, else what the browser kept in the field.
if (!(await restoreFromHash()) && !restoreDraft() && ui.input.value) setText(ui.input.value, { immediate: true });

// For tests and the curious: what the page currently shows, and a way to
// show a given analysis of a given text (used by the browser tests to pin
// the rendering down independently of the model).
window.ledeApp = Object.freeze({
  get analysis() { return state.analysis; },
  get text() { return state.shownText; },
  get timings() { return { ...state.timings }; },
  get version() { return state.version; },
  rendered: () => state.rendered,
  async show(text, analysis) {
    clearTimeout(debounce);
    state.requestId++;
    ui.input.value = text;
    state.text = text;
    await show(text, analysis);
  },
  reader,
});
