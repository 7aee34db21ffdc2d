// 5 MB of text: the worker analyzes it in chunks and reports progress, the
// page shows the progress, stays responsive (timers run, the text area
// takes input) and renders the result in batches, saying how far it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('a 5 MB text shows progress and the page stays responsive', { timeout: 90_000 }, async (t) => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
      .observe({ entryTypes: ['longtask'] });
    window.progressSeen = false;
    new MutationObserver(() => { if (!document.querySelector('#progress').hidden) window.progressSeen = true; })
      .observe(document.querySelector('#progress'), { attributes: true });
    window.statusWhileRendering = [];
    const reading = document.querySelector('#reading');
    const status = document.querySelector('#status');
    const observer = new MutationObserver(() => {
      if (reading.dataset.state === 'rendering') window.statusWhileRendering.push(status.textContent);
    });
    observer.observe(reading, { attributeFilter: ['data-state'] });
    observer.observe(status, { childList: true });
  });
  const started = Date.now();
  const length = await page.evaluate(async () => {
    const { SAMPLE } = await import('./sample.js');
    let text = '';
    while (text.length < 5 * 1024 * 1024) text += `${SAMPLE}\n\n`;
    const input = document.querySelector('[data-role="input"]');
    input.value = text;
    input.dispatchEvent(new Event('input'));
    return text.length;
  });
  await page.waitForSelector('#progress:not([hidden])', { timeout: 30_000 });
  // While the worker runs: timers still fire promptly and typing is taken.
  const delays = [];
  for (let i = 0; i < 5; i++) {
    delays.push(await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      setTimeout(() => resolve(performance.now() - t0), 0);
    })));
  }
  await page.focus('[data-role="input"]');
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.waitForFunction((n) => window.ledeApp.text.length === n
    && document.querySelector('#reading').dataset.state === 'ready', length + 1, { timeout: 80_000 });
  const result = await page.evaluate(() => ({
    timings: window.ledeApp.timings, progressSeen: window.progressSeen,
    longest: Math.max(0, ...window.longTasks), paragraphs: document.querySelectorAll('#reading .para').length,
    marks: document.querySelectorAll('#reading mark').length, statusWhileRendering: window.statusWhileRendering,
  }));
  t.diagnostic(`5 MB: done in ${Date.now() - started} ms; worker ${Math.round(result.timings.analyze)} ms, `
    + `render ${Math.round(result.timings.render)} ms, ${result.paragraphs} paragraphs, ${result.marks} marks, `
    + `timer delay max ${Math.round(Math.max(...delays))} ms, longest main-thread task ${Math.round(result.longest)} ms`);
  // The merged chunks point into the whole text: the last items of each list
  // are marked where their text is.
  const wrong = await page.evaluate(() => {
    const { analysis, text } = window.ledeApp;
    const squeeze = (s) => s.replace(/\s+/g, '');
    const bad = [];
    for (const [kind, list] of [['entity', analysis.mentions], ['number', analysis.numbers], ['quote', analysis.quotes]]) {
      for (let id = Math.max(0, list.length - 50); id < list.length; id++) {
        const shown = [...document.querySelectorAll(`#reading mark[data-kind="${kind}"][data-id="${id}"]`)]
          .map((m) => m.textContent).join('');
        if (squeeze(shown) !== squeeze(text.slice(list[id].start, list[id].end))) bad.push(`${kind} ${id}`);
      }
    }
    return bad;
  });
  assert.deepEqual(wrong, []);
  assert.ok(result.progressSeen, 'progress was shown');
  // Statuses seen while the reading view rendered (the typed '!' starts a
  // new analysis while the first result may still render): the last render
  // reports its progress to its end.
  assert.match(result.statusWhileRendering.at(-1) ?? '', /^Showing the article… \d+%$/);
  const renderStatuses = result.statusWhileRendering.filter((s) => s.startsWith('Showing'));
  assert.ok(renderStatuses.length <= 10, `the live status moves in steps of 10% (${renderStatuses.length} changes)`);
  assert.ok(Math.max(...delays) < 1000, 'the main thread answered within a second while the worker ran');
  assert.ok(result.longest < 3000, 'no main-thread task froze the page for seconds (0.2-0.7 s here; dir=auto on the text area made 7 s)');
  assert.equal(await page.$eval('[data-role="input"]', (el) => el.value.endsWith('!')), true);
  assert.deepEqual(errors, []);
  await context.close();
});
