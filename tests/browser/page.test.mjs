// The page in Chromium, served from a subfolder, as a user meets it: paste a
// seed article and see its marks, toggles, entity selection, tooltips,
// export, share links, files, keyboard-only use, inert markup, and no
// request after load. Tests that need particular items use a hand-made
// analysis (helpers.mjs) so they do not depend on what the model finds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  FIXTURE_TEXT, PREFIX, fixtureAnalysis, launch, openPage, paste, readMarks, root, seeds, showFixture, waitForText,
} from './helpers.mjs';

const CLI = path.join(root, 'build/native/lede');

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SEEDS = seeds();
const SAMPLE_ONLY = SEEDS.length === 0;

// Every item with a span has marks; every mark belongs to an item of the
// right type; the pieces of an item hold exactly its text.
function assertMarksMatch(marks, analysis, text) {
  const lists = { entity: analysis.mentions, number: analysis.numbers, quote: analysis.quotes };
  const typeOf = { entity: (m) => m.type, number: (n) => n.kind, quote: (q) => q.kind };
  const groups = new Map();
  for (const mark of marks) {
    assert.ok(mark.kind in lists, `data-kind ${mark.kind}`);
    const item = lists[mark.kind][mark.id];
    assert.ok(item, `data-id ${mark.id} of ${mark.kind} is in the analysis`);
    assert.equal(mark.type, typeOf[mark.kind](item), `data-type of ${mark.kind} ${mark.id}`);
    const key = `${mark.kind}:${mark.id}`;
    groups.set(key, (groups.get(key) ?? '') + mark.text);
  }
  const squeeze = (s) => s.replace(/\s+/g, '');
  let expected = 0;
  for (const [kind, list] of Object.entries(lists)) {
    list.forEach((item, id) => {
      if (item.end <= item.start) return;
      expected++;
      const shown = groups.get(`${kind}:${id}`);
      assert.ok(shown !== undefined, `${kind} ${id} (${item.text}) has a mark`);
      assert.equal(squeeze(shown), squeeze(text.slice(item.start, item.end)), `${kind} ${id} text`);
    });
  }
  assert.equal(groups.size, expected, 'one group of marks per item');
}

test('loads from a subfolder with relative URLs only and no errors', async () => {
  const { page, context, errors, requests } = await openPage(env.browser, env.url);
  const origin = new URL(env.url).origin;
  for (const url of requests) {
    if (url.startsWith('data:')) continue;
    assert.ok(url.startsWith(origin + PREFIX), `request inside the subfolder: ${url}`);
  }
  assert.match(await page.textContent('#version'), /\d/);
  assert.equal(await page.getAttribute('[data-role="input"]', 'id'), 'input');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted seed article shows marks that match the analysis the page holds (and the CLI output, when built), with no request after load',
  { skip: SAMPLE_ONLY && 'no ../shared/seeds' }, async () => {
    const { page, context, errors, requests } = await openPage(env.browser, env.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(300);  // the service worker's first caching ends
    const before = requests.length;
    for (const seed of SEEDS) {
      await paste(page, seed.text);
      const analysis = await page.evaluate(() => window.ledeApp.analysis);
      assert.equal(analysis.version, 1);
      assert.equal(analysis.length, seed.text.length, `${seed.name}: length in UTF-16 units`);
      assertMarksMatch(await readMarks(page), analysis, seed.text);
      const [tableWidth, panelWidth] = await page.$eval('#panel-numbers .table-wrap', (el) => [el.scrollWidth, el.clientWidth]);
      assert.ok(tableWidth <= panelWidth, `${seed.name}: the numbers table, ISO column included, fits its panel (${tableWidth} > ${panelWidth} px)`);
      if (existsSync(CLI)) {
        const date = await page.inputValue('#refdate');
        const cli = JSON.parse(execFileSync(CLI, ['--offsets', 'utf16', '--reference-date', date, seed.path], { encoding: 'utf8' }));
        assert.deepEqual(analysis, cli, `${seed.name}: the page shows what the CLI reports`);
      }
      const counts = await page.$$eval('.panel .count', (els) => els.map((e) => Number(e.textContent)));
      assert.deepEqual(counts, [analysis.entities.length, analysis.numbers.length, analysis.quotes.length]);
    }
    assert.deepEqual(requests.slice(before), [], 'no request after load');
    assert.deepEqual(errors, []);
    await context.close();
  });

test('the fixture renders nested marks, split pieces, speaker names and dimmed boilerplate', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  await showFixture(page);
  const analysis = fixtureAnalysis();
  const marks = await readMarks(page);
  assertMarksMatch(marks, analysis, FIXTURE_TEXT);
  const twenty = marks.find((m) => m.kind === 'number' && m.text === '20 years');
  assert.equal(twenty.parentKind, 'quote', 'a number inside a quote nests in its mark');
  const longQuote = marks.filter((m) => m.kind === 'quote' && m.id === 1);
  assert.equal(longQuote.length, 2, 'a quote over two paragraphs is two pieces');
  assert.deepEqual(longQuote.map((m) => [m.cont, m.speaker]), [[false, 'Lena <b>Okafor</b>'], [true, null]]);
  const chip = await page.$eval('#reading mark[data-kind="quote"][data-id="0"]',
    (m) => getComputedStyle(m, '::before').content);
  assert.match(chip, /^"Anouk de Vries"( \/|$)/, 'the speaker is shown at the quote');
  assert.equal(await page.$$eval('#reading .para.bp', (ps) => ps.length), 1);
  // An entity named only in boilerplate comes last in its group, marked so.
  assert.deepEqual(await page.$$eval('.entity[data-type="ORG"]', (bs) => bs.map((b) => [b.querySelector('.name').textContent,
    b.classList.contains('furniture'), /only in the page's furniture/.test(b.textContent)])),
  [['European Investment Bank', false, false], ['Facebook', true, true]]);
  await page.click('#toggle-bp');
  assert.equal(await page.$eval('#reading .para.bp', (p) => getComputedStyle(p).display), 'none');
  assert.equal(await page.getAttribute('#toggle-bp', 'aria-pressed'), 'true');
  await page.click('#toggle-bp');
  assert.notEqual(await page.$eval('#reading .para.bp', (p) => getComputedStyle(p).display), 'none');
  // Choosing a name found only there brings the hidden boilerplate back.
  await page.click('#toggle-bp');
  await page.click('.entity.furniture');
  assert.equal(await page.textContent('[data-role="selection-label"]'), 'Facebook: 1 of 1');
  assert.ok(await page.isVisible('#reading mark.is-current'), 'the chosen name is in sight');
  assert.equal(await page.getAttribute('#toggle-bp', 'aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

// (Not the text area: dir=auto there costs Chromium 7 s a keystroke in 5 MB.)
test('a paragraph in Arabic or Hebrew reads right to left in the reading view', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const text = 'قال الرئيس إن الاتفاق سيوقع غدا في القاهرة.\n\nHe added that "we will win" in Berlin.';
  await paste(page, text);
  const directions = await page.$$eval('#reading .para', (ps) => ps.map((p) => getComputedStyle(p).direction));
  assert.deepEqual(directions, ['rtl', 'ltr']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a text of spaces alone shows the placeholder, as an empty one does', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const blank = '   \n\n \t ';
  await page.fill('[data-role="input"]', blank);
  await page.waitForFunction((expected) => window.ledeApp?.text === expected, blank);
  await page.waitForFunction(() => document.querySelector('#reading').dataset.state === 'empty');
  assert.ok(await page.isVisible('#reading .placeholder'));
  assert.equal(await page.textContent('#status'), 'Ready. Paste an article.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('markup in the text or in names is shown as text and runs nothing', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const evil = '<img src=x onerror=alert(1)> and <script>alert(2)</script> said "<svg onload=alert(3)>" today';
  await paste(page, evil);
  assert.ok((await page.textContent('#reading')).includes('<img src=x onerror=alert(1)>'));
  assert.equal(await page.$$eval('#reading img, #reading script, #reading svg', (els) => els.length), 0);
  await showFixture(page);
  assert.ok((await page.textContent('#panel-entities')).includes('Lena <b>Okafor</b>'));
  assert.equal(await page.$$eval('#panel-entities b, #panel-quotes b', (els) => els.length), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted HTML source is analyzed as its prose, and the page offers its text alone', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  // Pages carry inline styles: keeping the text must not log CSP violations.
  const html = '<!DOCTYPE html><html><head><title>Talks</title><script>var q = "a quote";</script>'
    + '<style>p { color: red }</style></head>'
    + '<body><p style="margin: 0">&ldquo;We will not back down,&rdquo; Emmanuel Macron said in Geneva.</p></body></html>';
  await paste(page, html);
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /HTML source/);
  const analysis = await page.evaluate(() => window.ledeApp.analysis);
  assert.equal(analysis.markup, 'html');
  assert.deepEqual(analysis.quotes.map((q) => q.text), ['We will not back down,']);
  await page.click('#notice button');
  await page.waitForFunction(() => !/</.test(window.ledeApp?.text ?? '<'));
  const text = await page.evaluate(() => window.ledeApp.text);
  assert.match(text, /^Talks\n\n.*Emmanuel Macron said in Geneva\.$/s);
  await page.waitForSelector('#notice', { state: 'hidden' });
  await page.waitForFunction(() => document.querySelectorAll('#reading mark[data-kind="quote"]').length === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article dated in its first lines is offered as the reference date, its "Thursday" falling on its date', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  await page.fill('#refdate', '2026-01-01');
  await paste(page, 'EU rejects German call to boycott British lamb.\nPeter Blackburn\nBRUSSELS 1996-08-22\n'
    + 'The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb.');
  await page.waitForSelector('#date-offer:not([hidden])');
  assert.match(await page.textContent('#date-offer'), /dated \u201c1996-08-22\u201d.*Use 1996-08-22 as the reference date/);
  // The analysis counts from the story's stamp on a line of its own, whatever the reference.
  const thursday = () => page.evaluate(() => window.ledeApp.analysis.numbers.find((n) => n.text === 'Thursday')?.iso);
  assert.equal(await thursday(), '1996-08-22');
  await page.click('#date-offer button');
  await page.waitForFunction(() => window.ledeApp.analysis.referenceDate === '1996-08-22');
  assert.equal(await page.inputValue('#refdate'), '1996-08-22');
  assert.equal(await thursday(), '1996-08-22');
  await page.waitForSelector('#date-offer', { state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a paste outside the text area, in the reading view, is a new article', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  await paste(page, 'Angela Merkel met Emmanuel Macron in Paris.');
  await page.click('#reading p');
  const next = 'Vladimir Putin spoke to Ebrahim Raisi by phone on Saturday.';
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('#reading p').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, next);
  await waitForText(page, next);
  assert.equal(await page.inputValue('[data-role="input"]'), next);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload keeps the article and its reference date; after Clear it comes back empty', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const text = 'Angela Merkel said on Tuesday that the talks would go on.';
  await page.fill('#refdate', '2024-03-12');
  await paste(page, text);
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await waitForText(page, text);
  assert.equal(await page.inputValue('[data-role="input"]'), text);
  assert.equal(await page.inputValue('#refdate'), '2024-03-12');
  assert.equal(await page.evaluate(() => window.ledeApp.analysis.referenceDate), '2024-03-12');
  await page.click('#clear');
  await waitForText(page, '');
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.equal(await page.inputValue('[data-role="input"]'), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('legend buttons hide and show each type', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await showFixture(page);
  const style = (selector) => page.$eval(selector, (m) => {
    const s = getComputedStyle(m);
    return `${s.backgroundColor}|${s.textDecorationLine}|${s.boxShadow}`;
  });
  const person = '#reading mark[data-kind="entity"][data-type="PER"]';
  const money = '#reading mark[data-kind="number"][data-type="money"]';
  const shownPerson = await style(person);
  const shownMoney = await style(money);
  assert.equal(await page.getAttribute('.legend-item[data-key="PER"]', 'aria-pressed'), 'true');
  await page.click('.legend-item[data-key="PER"]');
  assert.equal(await page.getAttribute('.legend-item[data-key="PER"]', 'aria-pressed'), 'false');
  assert.equal(await style(person), 'rgba(0, 0, 0, 0)|none|none', 'people are no longer highlighted');
  assert.equal(await style(money), shownMoney, 'money still is');
  await page.click('.legend-item[data-key="money"]');
  assert.equal(await style(money), 'rgba(0, 0, 0, 0)|none|none');
  await page.click('.legend-item[data-key="PER"]');
  assert.equal(await style(person), shownPerson);
  assert.equal(await page.$eval('.legend-item[data-key="PER"] .n', (n) => n.textContent), '3');
  await context.close();
});

test('choosing an entity highlights all its mentions, with previous and next', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await showFixture(page);
  await page.click('#panel-entities button.entity[data-entity="0"]');
  assert.equal(await page.getAttribute('#panel-entities button.entity[data-entity="0"]', 'aria-pressed'), 'true');
  const selected = await page.$$eval('#reading mark.is-selected', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(selected, ['Anouk de Vries', 'de Vries']);
  assert.equal(await page.textContent('[data-role="selection-label"]'), 'Anouk de Vries: 1 of 2');
  await page.click('[data-role="selection-next"]');
  assert.equal(await page.textContent('[data-role="selection-label"]'), 'Anouk de Vries: 2 of 2');
  assert.equal(await page.$eval('#reading mark.is-current', (m) => m.textContent), 'de Vries');
  await page.click('[data-role="selection-prev"]');
  assert.equal(await page.$eval('#reading mark.is-current', (m) => m.textContent), 'Anouk de Vries');
  await page.click('#reading mark[data-kind="entity"][data-entity="2"]');
  assert.equal(await page.textContent('[data-role="selection-label"]'), 'Rotterdam: 1 of 1');
  await page.click('[data-role="selection-clear"]');
  const pressed = () => page.$$eval('#panel-entities button.entity[aria-pressed="true"]', (bs) => bs.length);
  assert.equal(await page.$$eval('#reading mark.is-selected', (ms) => ms.length), 0);
  assert.ok(await page.isHidden('#selection'));
  assert.equal(await pressed(), 0, 'the panel no longer shows a chosen entity');
  // Escape in the article clears a selection too.
  await page.click('#panel-entities button.entity[data-entity="0"]');
  await page.focus('#reading');
  await page.keyboard.press('Escape');
  assert.ok(await page.isHidden('#selection'));
  assert.equal(await page.$$eval('#reading mark.is-selected', (ms) => ms.length), 0);
  assert.equal(await pressed(), 0);
  // And where the selection was made: in the panel, and on the bar (whose
  // buttons then go, so the focus moves to the article).
  await page.click('#panel-entities button.entity[data-entity="0"]');
  await page.keyboard.press('Escape');
  assert.ok(await page.isHidden('#selection'), 'Escape on the panel\'s button clears the selection');
  assert.equal(await page.$$eval('#reading mark.is-selected', (ms) => ms.length), 0);
  assert.equal(await pressed(), 0);
  for (const key of ['Escape', 'Enter']) {
    await page.click('#panel-entities button.entity[data-entity="0"]');
    await page.focus('[data-role="selection-clear"]');
    await page.keyboard.press(key);
    assert.ok(await page.isHidden('#selection'));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reading', `${key} on the bar's Clear: the focus goes to the article`);
  }
  await context.close();
});

// At 390 px the five columns were up to 89 px wider than the panel, and the
// ISO column (what "Wednesday" means) was out of sight to the right.
test('on a phone the numbers table shows what each date means without sideways scrolling',
  { skip: SAMPLE_ONLY && 'no ../shared/seeds' }, async () => {
    for (const width of [390, 360]) {
      const { page, context, errors } = await openPage(env.browser, env.url, { viewport: { width, height: 844 } });
      for (const seed of SEEDS) {
        await paste(page, seed.text);
        const [tableWidth, panelWidth] = await page.$eval('#panel-numbers .table-wrap', (el) => [el.scrollWidth, el.clientWidth]);
        assert.ok(tableWidth <= panelWidth, `${width} px, ${seed.name}: the table fits its panel (${tableWidth} > ${panelWidth} px)`);
        // The Unit column gives way; the unit stays beside its value.
        const money = await page.evaluate(() => window.ledeApp.analysis.numbers.findIndex((n) => n.kind === 'money'));
        if (money < 0) continue;
        const row = `#panel-numbers tr:has(button.jump[data-id="${money}"])`;
        assert.match(await page.$eval(`${row} td.num`, (td) => td.innerText.replace(/\s+/g, ' ')), /^[\d,.]+ [A-Z]{3}$/);
        assert.equal(await page.$eval(`${row} td:nth-child(4)`, (td) => getComputedStyle(td).display), 'none');
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

test('stepping through a long article\'s mentions keeps previous and next in view, on a phone too',
  { skip: SAMPLE_ONLY && 'no ../shared/seeds' }, async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
      const { page, context } = await openPage(env.browser, env.url, { viewport, reducedMotion: 'reduce' });
      await paste(page, SEEDS[1].text);
      await page.click('#panel-entities button.entity');  // the most mentioned person
      for (let step = 0; step < 3; step++) await page.evaluate(() => window.ledeApp.reader.next());
      const bar = await page.$eval('#selection', (el) => el.getBoundingClientRect().toJSON());
      const current = await page.$eval('#reading mark.is-current', (el) => el.getBoundingClientRect().toJSON());
      assert.ok(bar.top >= 0 && bar.bottom <= viewport.height, `${viewport.width} px: the bar is on screen (top ${bar.top})`);
      assert.ok(current.top >= bar.bottom, `${viewport.width} px: the bar does not cover the current mention`);
      await context.close();
    }
  });

// Stepping to a mark off screen focused it (and placed its tooltip) before
// scrolling it into view: the tooltip stayed where the mark had been.
test('the tooltip of a mark stepped to off screen is beside the mark', { skip: SAMPLE_ONLY && 'no ../shared/seeds' }, async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { viewport: { width: 1280, height: 600 }, reducedMotion: 'reduce' });
  await paste(page, SEEDS[1].text);
  await page.focus('#reading');
  for (const key of ['End', 'Home']) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const [mark, tip] = await page.evaluate(() => [document.activeElement, document.querySelector('#tooltip')]
      .map((el) => el.getBoundingClientRect().toJSON()));
    assert.ok(mark.top > -2 && mark.bottom < 602, `${key}: the mark is on screen (top ${mark.top})`);
    const gap = Math.min(Math.abs(tip.top - mark.bottom), Math.abs(mark.top - tip.bottom));
    assert.ok(gap < 10, `${key}: the tooltip is ${Math.round(gap)} px from its mark`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// A tap on a name far down the article selected its every mention from the
// first: the page jumped to the top, and hid the tooltip (on a phone the
// only way to see what a mark is).
test('a tap on a mention selects from that mention, where the reader is, and shows what it is',
  { skip: SAMPLE_ONLY && 'no ../shared/seeds' }, async () => {
    const { page, context, errors } = await openPage(env.browser, env.url,
      { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    await paste(page, SEEDS[1].text);
    const { id, name, count } = await page.evaluate(() => {
      const top = [...window.ledeApp.analysis.entities].sort((a, b) => b.count - a.count)[0];
      return { id: top.id, name: top.name, count: top.count };
    });
    const last = page.locator(`#reading mark[data-kind="entity"][data-entity="${id}"]:not(.cont)`).last();
    await last.scrollIntoViewIfNeeded();
    const before = await last.evaluate((m) => m.getBoundingClientRect().top);
    await last.tap();
    await page.waitForFunction(() => !document.querySelector('#selection').hidden);
    assert.equal(await page.textContent('[data-role="selection-label"]'), `${name}: ${count} of ${count}`);
    assert.ok(await last.evaluate((m) => m.classList.contains('is-current')), 'the tapped mention is the current one');
    const after = await last.evaluate((m) => m.getBoundingClientRect().top);
    assert.ok(Math.abs(after - before) < 2, `the mention stays where it was on screen (${before} -> ${after} px)`);
    assert.ok(await page.isVisible('#tooltip'), 'the tooltip says what the mark is');
    assert.match(await page.textContent('#tooltip'), new RegExp(` · ${name}`));
    // Next goes on from there, round to the first.
    await page.click('[data-role="selection-next"]');
    assert.equal(await page.textContent('[data-role="selection-label"]'), `${name}: 1 of ${count}`);
    // A mention tapped at the top of the screen is not left under the bar
    // that the selection brings (held at the top of the screen).
    await page.click('[data-role="selection-clear"]');
    const first = page.locator(`#reading mark[data-kind="entity"][data-entity="${id}"]`).first();
    await first.evaluate((m) => m.scrollIntoView({ block: 'start' }));
    await first.tap();
    await page.waitForFunction(() => !document.querySelector('#selection').hidden);
    const bar = await page.$eval('#selection', (el) => el.getBoundingClientRect().bottom);
    const top = await first.evaluate((m) => m.getBoundingClientRect().top);
    assert.ok(top >= bar, `the tapped mention (top ${top} px) is below the bar (bottom ${bar} px)`);
    assert.deepEqual(errors, []);
    await context.close();
  });

test('hovering a mark shows its type, name, value and speaker', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await showFixture(page);
  await page.hover('#reading mark[data-kind="number"][data-type="money"]');
  assert.match(await page.textContent('#tooltip'), /Money · 1,200,000,000 USD/);
  await page.hover('#reading mark[data-kind="entity"][data-id="2"]');  // the second "de Vries"
  assert.match(await page.textContent('#tooltip'), /Person · Anouk de Vries/);
  await page.hover('#reading mark[data-kind="number"][data-type="date"]');
  assert.match(await page.textContent('#tooltip'), /ISO: 2026-03-03/);
  await page.hover('#reading mark[data-kind="quote"][data-id="0"]', { position: { x: 30, y: 8 } });
  assert.match(await page.textContent('#tooltip'), /said by Anouk de Vries/);
  await context.close();
});

test('the numbers table sorts by column and the quotes are grouped by speaker', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await showFixture(page);
  const column = () => page.$$eval('#panel-numbers tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(await column(), ['$1.2 billion', '20 years', '3 March']);
  await page.click('#panel-numbers button[data-sort="value"]');
  assert.deepEqual(await column(), ['20 years', '$1.2 billion', '3 March'], 'ascending, no value last');
  assert.equal(await page.getAttribute('#panel-numbers th:has(button[data-sort="value"])', 'aria-sort'), 'ascending');
  await page.click('#panel-numbers button[data-sort="value"]');
  assert.equal(await page.getAttribute('#panel-numbers th:has(button[data-sort="value"])', 'aria-sort'), 'descending');
  const headings = await page.$$eval('#panel-quotes h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(headings, ['Anouk de Vries (1)', 'Lena <b>Okafor</b> (1)']);
  assert.deepEqual(await page.$$eval('.panel .count', (els) => els.map((e) => e.textContent)), ['5', '3', '2']);
  // Each panel's disclosure triangle is inside its card, before the heading
  // (it sat on the card's border): the heading is indented past it.
  const indents = await page.$$eval('.panel', (panels) => panels.map((panel) => {
    const h2 = panel.querySelector('summary h2').getBoundingClientRect();
    const card = panel.getBoundingClientRect();
    return h2.left - card.left - parseFloat(getComputedStyle(panel).paddingLeft);
  }));
  for (const indent of indents) assert.ok(indent >= 10, `the heading is ${indent} px past the card's padding`);
  // A pull quote's copy says so ("repeat": true), so a reader counts it once.
  const analysis = fixtureAnalysis();
  analysis.quotes[1].repeat = true;
  await page.evaluate(([text, a]) => window.ledeApp.show(text, a), [FIXTURE_TEXT, analysis]);
  const metas = await page.$$eval('#panel-quotes .quote .meta', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(metas.map((m) => m.includes('repeats a quote')), [false, true]);
  await context.close();
});

test('export JSON is the analysis, and CSV and text exports hold its items', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await page.click('#sample');
  await page.waitForFunction(() => window.ledeApp.text.length > 0
    && document.querySelector('#reading').dataset.state === 'ready');
  const shown = await page.evaluate(() => window.ledeApp.analysis);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'lede-analysis.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(exported, shown);
  for (const key of ['version', 'offsets', 'length', 'paragraphs', 'mentions', 'entities', 'numbers', 'quotes', 'boilerplate']) {
    assert.ok(key in exported, `the contract has ${key}`);
  }
  await showFixture(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv="numbers"]')]);
  // UTF-8 with its byte-order mark, or Excel shows “ as â€œ.
  const bytes = await readFile(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(lines[0], 'start,end,text,kind,value,high,unit,iso,approx,boilerplate');
  assert.equal(lines.length, 4);
  assert.ok(lines[1].includes('$1.2 billion,money,1200000000,,USD'));
  const [quotes] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv="quotes"]')]);
  assert.match(await readFile(await quotes.path(), 'utf8'), /"The first part of a long quote\.\nAnd its second paragraph,"/);
  const summary = await page.evaluate(async () => {
    const { analysisText } = await import('./export.js');
    return analysisText(window.ledeApp.analysis);
  });
  assert.match(summary, /Anouk de Vries \(2; also de Vries\)/);
  assert.match(summary, /\$1\.2 billion — money: 1,200,000,000 USD/);
  await context.close();
});

test('a share link restores the text and the view', async () => {
  const { page, context, requests } = await openPage(env.browser, env.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const text = SEEDS[0]?.text ?? 'Plain text, with “curly quotes”, emoji 🗞️ and CJK 新闻.';
  await paste(page, `${text}\nEmoji 🗞️ and CJK 新闻 survive.`);
  await page.fill('#refdate', '2024-09-15');
  await page.dispatchEvent('#refdate', 'change');
  await page.click('.legend-item[data-key="LOC"]');
  await page.click('#toggle-bp');
  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share-url').value.includes('#z='));
  const link = await page.inputValue('#share-url');
  assert.ok(link.startsWith(env.url), 'the link points at the same page');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'copied to the clipboard');
  assert.ok(!requests.some((r) => r.includes('#z=')), 'the text was never requested');
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForSelector('body[data-state="ready"]');
  const expected = `${text}\nEmoji 🗞️ and CJK 新闻 survive.`;
  await waitForText(other, expected);
  assert.equal(await other.inputValue('[data-role="input"]'), expected);
  assert.equal(await other.inputValue('#refdate'), '2024-09-15');
  assert.equal(await other.getAttribute('.legend-item[data-key="LOC"]', 'aria-pressed'), 'false');
  assert.equal(await other.getAttribute('#toggle-bp', 'aria-pressed'), 'true');
  // Cleared, the shared text does not come back on reload.
  await other.click('#clear');
  await waitForText(other, '');
  await other.reload();
  await other.waitForFunction(() => window.ledeApp);  // set once the link is read
  assert.equal(await other.inputValue('[data-role="input"]'), '');
  await context.close();
});

// Word's "Unicode text" (UTF-16) and an older Windows file (Windows-1252)
// were read as UTF-8: NULs between the letters, or every curly quote a
// U+FFFD, and no quote found.
test('a text file saved as UTF-16 or Windows-1252 opens as its words, its quotes found', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const story = '\u201cWe will rebuild the caf\u00e9 by spring,\u201d said Marie Dubois, the owner.';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]);
  const cp1252 = Buffer.from(story.replace(/\u201c/g, '\x93').replace(/\u201d/g, '\x94'), 'latin1');
  for (const [name, buffer] of [['unicode.txt', utf16], ['windows.txt', cp1252]]) {
    await page.setInputFiles('#file', { name, mimeType: 'text/plain', buffer });
    await waitForText(page, story);
    const quotes = await page.evaluate(() => window.ledeApp.analysis.quotes.map((q) => q.text));
    assert.deepEqual(quotes, ['We will rebuild the caf\u00e9 by spring,'], name);
  }
  // A binary file named .txt is refused, not shown as a page of symbols.
  await page.setInputFiles('#file', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /photo\.txt: this file is not text/);
  assert.equal(await page.evaluate(() => window.ledeApp.text), story, 'the article shown before stays');
  assert.deepEqual(errors, []);
  await context.close();
});

test('opening or dropping files: .html keeps its text and runs none of it, .md and .txt as they are', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const html = '<html><head><title>T</title><script>alert(1)</script></head><body><nav>Menu</nav>'
    + '<article><h1>Budget passes</h1><p>The council approved <b>$3 million</b>.</p><img src=x onerror=alert(2)></article></body></html>';
  await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await waitForText(page, 'Budget passes\n\nThe council approved $3 million.');
  assert.equal(await page.inputValue('[data-role="input"]'), 'Budget passes\n\nThe council approved $3 million.');
  await page.setInputFiles('#file', { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Title\n\nSome *text*.') });
  await waitForText(page, '# Title\n\nSome *text*.');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Dropped text, 12 words.'], 'dropped.txt', { type: 'text/plain' }));
    document.querySelector('#dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await waitForText(page, 'Dropped text, 12 words.');
  assert.ok(page.url().startsWith(env.url), 'dropping a file does not navigate away');
  await page.setInputFiles('#file', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /scan\.pdf: lede reads/);
  await paste(page, 'Typed after the refused file.');
  assert.ok(await page.isHidden('#notice'), 'the refusal goes once another text is shown');
  assert.deepEqual(errors, []);
  await context.close();
});

test('everything works from the keyboard alone, with visible focus', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id, role: el.dataset.role ?? el.dataset.key ?? el.dataset.entity ?? null, tag: el.tagName,
      outline: getComputedStyle(el).outlineStyle };
  });
  const tabTo = async (predicate, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (predicate(f)) return f;
    }
    throw new Error('not reachable by Tab');
  };
  const input = await tabTo((f) => f.role === 'input');
  assert.notEqual(input.outline, 'none', 'focus is visible on the text area');
  await page.keyboard.type('Typing works.');
  await waitForText(page, 'Typing works.');
  const sample = await tabTo((f) => f.id === 'sample');
  assert.notEqual(sample.outline, 'none');
  await showFixture(page);
  await page.focus('#clear');
  const legend = await tabTo((f) => f.role === 'PER');
  assert.notEqual(legend.outline, 'none');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('.legend-item[data-key="PER"]', 'aria-pressed'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.legend-item[data-key="PER"]', 'aria-pressed'), 'true');
  await tabTo((f) => f.id === 'reading');
  await page.keyboard.press('ArrowRight');
  const first = await focused();
  assert.equal(first.tag, 'MARK');
  assert.notEqual(first.outline, 'none');
  assert.ok(await page.isVisible('#tooltip'), 'the tooltip shows on keyboard focus');
  assert.match(await page.textContent('#tooltip'), /Person · Anouk de Vries/);
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('[data-role="selection-label"]'), 'Anouk de Vries: 1 of 2');
  await tabTo((f) => f.role === '1');  // the European Investment Bank in the panel
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('[data-role="selection-label"]'), 'European Investment Bank: 1 of 1');
  await context.close();
});

test('Enter or a click on a number or a quote selects it, as on an entity', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  await showFixture(page);
  const number = await page.evaluate(() => window.ledeApp.analysis.numbers[0].text);
  const label = () => page.textContent('[data-role="selection-label"]');
  // Arrow keys walk the marks, as a reader does.
  await page.focus('#reading');
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement.dataset.kind === 'number')); i++) {
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => document.querySelector('[data-role="selection-label"]').textContent.startsWith(text), number);
  assert.equal(await label(), `${number}: 1 of 1`);
  await page.click('#reading mark[data-kind="quote"][data-id="0"]', { position: { x: 2, y: 2 } });
  await page.waitForFunction(() => /^Quote of /.test(document.querySelector('[data-role="selection-label"]').textContent));
  assert.match(await label(), /^Quote of .+: 1 of 1$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('opened from file:// the page says how to serve it', async () => {
  const page = await env.browser.newPage();
  const { webDir } = await import('./helpers.mjs');
  await page.goto(`file://${webDir}/index.html`);
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /web server/);
  await page.close();
});

test('the embed example imports lede.js and highlights its own text', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${env.url}embed.html`);
  const before = await page.textContent('#story');
  await page.waitForFunction(() => /^Highlighted by lede/.test(document.querySelector('#status').textContent));
  assert.equal(await page.textContent('#story'), before, 'the text is unchanged, only wrapped');
  const marks = await page.$$eval('#story mark', (ms) => ms.map((m) => [m.dataset.kind, m.dataset.type, m.textContent]));
  for (const [kind, type] of marks) assert.ok(['entity', 'number'].includes(kind) && type);
  assert.deepEqual(errors, []);
  await context.close();
});
