// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core (never a downloaded browser), build/web served from a
// subfolder on a free port, pages that record console errors and requests,
// and a hand-made analysis ("fixture") of a small text for tests that pin the
// rendering down independently of what the model finds.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDir = path.join(root, 'build/web');
export const PREFIX = '/news/tools/lede/';

// `args`: more Chromium switches (--force-renderer-accessibility builds the
// accessibility tree from the start, as a running screen reader makes it).
export async function launch({ dir = webDir, args = [] } = {}) {
  const { server, url } = await startServer({ root: dir, prefix: PREFIX });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', ...args] });
  return {
    browser, server, url,
    async close() {
      await browser.close();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// A fresh context and page that collect console errors, page errors and
// every request (page and service worker). `opened.ready()` waits until the
// page says it is ready.
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]');
  return { context, page, errors, requests };
}

// Waits until the reading view shows `text` completely.
export async function waitForText(page, text) {
  await page.waitForFunction((expected) => window.ledeApp?.text === expected
    && document.querySelector('#reading').dataset.state === (expected ? 'ready' : 'empty'), text);
}

// Types a text the way a paste does (one input event), then waits for it.
export async function paste(page, text) {
  await page.fill('[data-role="input"]', text);
  await waitForText(page, text);
}

export function seeds() {
  const dir = path.resolve(root, '../shared/seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, path: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
}

// ---- the fixture ------------------------------------------------------------

export const FIXTURE_TEXT = [
  'Mayor Anouk de Vries said the barrier will cost $1.2 billion, paid by the European Investment Bank.',
  '"We cannot wait another 20 years," de Vries said in Rotterdam on 3 March.',
  '"The first part of a long quote.',
  'And its second paragraph," said Lena <b>Okafor</b>.',
  'Share this article: Facebook | X | Email',
].join('\n');

function span(text, needle, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + needle.length, text: needle };
}

// A hand-made analysis of FIXTURE_TEXT in the contract's shape: nested items
// (a number inside a quote), a quote over two paragraphs, a boilerplate
// paragraph, and an entity name with markup in it.
export function fixtureAnalysis() {
  const t = FIXTURE_TEXT;
  const paragraphs = [];
  let at = 0;
  for (const line of t.split('\n')) {
    paragraphs.push({ start: at, end: at + line.length, boilerplate: line.startsWith('Share'), role: 'body' });
    at += line.length + 1;
  }
  const secondDeVries = span(t, 'de Vries', t.indexOf('"We'));
  const okafor = span(t, 'Lena <b>Okafor</b>');
  const mentions = [
    { ...span(t, 'Anouk de Vries'), type: 'PER', entity: 0 },
    { ...span(t, 'European Investment Bank'), type: 'ORG', entity: 1 },
    { ...secondDeVries, type: 'PER', entity: 0 },
    { ...span(t, 'Rotterdam'), type: 'LOC', entity: 2 },
    { ...okafor, type: 'PER', entity: 3 },
    { ...span(t, 'Facebook'), type: 'ORG', entity: 4, boilerplate: true },
  ].sort((a, b) => a.start - b.start);
  const numbers = [
    { ...span(t, '$1.2 billion'), kind: 'money', value: 1.2e9, unit: 'USD' },
    { ...span(t, '20 years'), kind: 'duration', value: 20, unit: 'year' },
    { ...span(t, '3 March'), kind: 'date', value: null, unit: '', iso: '2026-03-03' },
  ];
  const first = span(t, 'We cannot wait another 20 years,');
  const longQuote = { start: t.indexOf('The first part'), end: t.indexOf('," said Lena') + 1 };
  const quotes = [
    { ...first, kind: 'direct', speaker: 0, speakerStart: secondDeVries.start, speakerEnd: secondDeVries.end, cue: 'said' },
    { ...longQuote, text: t.slice(longQuote.start, longQuote.end), kind: 'direct', speaker: 3,
      speakerStart: okafor.start, speakerEnd: okafor.end, cue: 'said' },
  ];
  const entities = [
    { id: 0, name: 'Anouk de Vries', type: 'PER', aliases: ['de Vries'], count: 2 },
    { id: 1, name: 'European Investment Bank', type: 'ORG', aliases: [], count: 1 },
    { id: 2, name: 'Rotterdam', type: 'LOC', aliases: [], count: 1 },
    { id: 3, name: 'Lena <b>Okafor</b>', type: 'PER', aliases: [], count: 1 },
    { id: 4, name: 'Facebook', type: 'ORG', aliases: [], count: 1 },
  ];
  const last = paragraphs[paragraphs.length - 1];
  return {
    version: 1, offsets: 'utf16', length: t.length,
    paragraphs, mentions, entities, numbers, quotes,
    boilerplate: [{ start: last.start, end: last.end }],
  };
}

// Shows the fixture in the page, as if the worker had returned it.
export async function showFixture(page) {
  await page.evaluate(([text, analysis]) => window.ledeApp.show(text, analysis), [FIXTURE_TEXT, fixtureAnalysis()]);
  await waitForText(page, FIXTURE_TEXT);
}

// Shows an article of `lines` short paragraphs, as if the worker had found
// nothing in it (for tests of the reading view's chunks); resolves to its text.
export async function showLongArticle(page, lines) {
  const text = await page.evaluate(async (count) => {
    const paragraphs = [];
    let text = '';
    for (let i = 0; i < count; i++) {
      const line = `Paragraph ${i}: the council voted 31 to 14 to build the barrier.`;
      paragraphs.push({ start: text.length, end: text.length + line.length, boilerplate: false, role: 'body' });
      text += `${line}\n`;
    }
    await window.ledeApp.show(text, {
      version: 1, offsets: 'utf16', length: text.length,
      paragraphs, mentions: [], entities: [], numbers: [], quotes: [], boilerplate: [],
    });
    return text;
  }, lines);
  await waitForText(page, text);
  return text;
}

// Every mark of the reading view as {kind, type, id, entity, text, speaker,
// cont, depth, parentKind}, pieces in document order.
export function readMarks(page) {
  return page.$$eval('#reading mark', (marks) => marks.map((m) => ({
    kind: m.dataset.kind, type: m.dataset.type, id: Number(m.dataset.id),
    entity: m.dataset.entity === undefined ? null : Number(m.dataset.entity),
    text: m.textContent, speaker: m.dataset.speaker ?? null, cont: m.classList.contains('cont'),
    parentKind: m.parentElement.closest('mark')?.dataset.kind ?? null,
  })));
}
