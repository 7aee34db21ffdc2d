// Accessibility checks a user would notice: text and highlights keep AA
// contrast (4.5:1) in light and dark, every control has a name, the
// landmarks and live regions are there, and a screen reader finds the whole
// of a long article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, showFixture, showLongArticle } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// Runs in the page: the contrast ratio of an element's text against what is
// painted behind it (its own and its ancestors' backgrounds, blended).
function contrastOf(selector) {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const lin = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const el = document.querySelector(selector);
  const layers = [];
  for (let node = el; node; node = node.parentElement) layers.push(parse(getComputedStyle(node).backgroundColor));
  layers.push(parse(getComputedStyle(document.documentElement).backgroundColor));
  let bg = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) bg = over(layer, bg);
  const fg = over(parse(getComputedStyle(el).color), bg);
  const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

const SAMPLES = [
  'body', '.tagline', '#status', '.hint', '[data-role="input"]', '#sample', '.legend-item[data-key="PER"]',
  '.legend-item[data-key="MISC"] .n', '.keys',
  '#reading mark[data-kind="entity"][data-type="PER"]', '#reading mark[data-kind="entity"][data-type="ORG"]',
  '#reading mark[data-kind="entity"][data-type="LOC"]', '#reading mark[data-kind="number"]',
  '#reading mark[data-kind="quote"]', '#reading mark[data-kind="quote"] mark[data-kind="number"]',
  '#reading .para.bp', '#panel-entities .entity .name', '#panel-entities .aliases', '#panel-numbers td',
  '#panel-quotes .meta', '.bottom',
];

for (const colorScheme of ['light', 'dark']) {
  test(`text and highlights have AA contrast in ${colorScheme} mode`, async () => {
    const { page, context } = await openPage(env.browser, env.url, { colorScheme });
    await showFixture(page);
    const failures = [];
    for (const selector of SAMPLES) {
      const ratio = await page.evaluate(contrastOf, selector);
      if (ratio < 4.5) failures.push(`${selector}: ${ratio.toFixed(2)}`);
    }
    await page.hover('#reading mark[data-kind="number"]');
    const tip = await page.evaluate(contrastOf, '#tooltip');
    if (tip < 4.5) failures.push(`#tooltip: ${tip.toFixed(2)}`);
    assert.deepEqual(failures, []);
    await context.close();
  });
}

test('every control has a name, and the page has its landmarks and live regions', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await showFixture(page);
  const unnamed = await page.$$eval('button, input, textarea, [tabindex="0"]', (els) => els
    .filter((el) => !el.hidden && el.type !== 'file')
    .filter((el) => {
      const label = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent;
      return !label || !label.trim();
    })
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  assert.equal(await page.$$eval('main, header, aside[aria-label], footer', (els) => els.length), 4);
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  assert.equal(await page.getAttribute('#tooltip', 'role'), 'tooltip');
  assert.equal(await page.getAttribute('#legend', 'role'), 'group');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Each entity's count is read in words: "1 mention" was "1 mentions".
  const counts = await page.$$eval('#panel-entities .entity .n', (ns) => ns.map((n) => n.getAttribute('aria-label')));
  assert.deepEqual(counts, ['2 mentions', '1 mention', '1 mention', '1 mention', '1 mention']);
  await context.close();
});

// The words a screen reader reads in the reading view, in order.
async function readAloud(context, page) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const read = [];
  const walk = (node) => {
    if (!node) return;
    if (!node.ignored && node.role?.value === 'StaticText') read.push(node.name.value);
    for (const id of node.childIds ?? []) walk(byId.get(id));
  };
  walk(nodes.find((n) => n.role?.value === 'article'));
  return read;
}

// The speaker's name shown at a quote was read as if the quote began with
// it: "said in Rotterdam. Anouk de Vries We cannot wait another 20 years".
test('a screen reader hears whose a quote is before its words', async () => {
  const reader = await launch({ args: ['--force-renderer-accessibility'] });
  try {
    const { page, context } = await openPage(reader.browser, reader.url);
    await showFixture(page);
    const read = (await readAloud(context, page)).join('');
    assert.match(read, /Quote of Anouk de Vries: We cannot wait another 20 years,/);
    assert.match(read, /Quote of Lena <b>Okafor<\/b>: The first part of a long quote\./);
    await context.close();
  } finally {
    await reader.close();
  }
});

// A long article renders in chunks, and those off screen lay nothing out
// while the text area is in use (style.css, .editing). A screen reader user
// who pasted and left the focus in the text area then read the article's
// first screens only: the rest was missing from the accessibility tree.
test('a screen reader finds the whole of a long article with the focus left in the text area', { timeout: 60_000 }, async () => {
  const reader = await launch({ args: ['--force-renderer-accessibility'] });
  try {
    const { page, context } = await openPage(reader.browser, reader.url);
    await page.focus('[data-role="input"]');
    const text = await showLongArticle(page, 6000);
    assert.ok(await page.$('#reading .chunk.later:not(.near)'), 'the article has chunks off screen');
    await page.waitForTimeout(2500);  // past the text area's pause (app.js)
    assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
    const read = await readAloud(context, page);
    assert.equal(read.length, 6000, 'every paragraph is in the accessibility tree');
    assert.equal(read.join('\n'), text.trimEnd());
    await context.close();
  } finally {
    await reader.close();
  }
});
