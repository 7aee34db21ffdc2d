// Measures replacing a long article the usual way (not a test: timings vary
// too much between machines to assert): shows SAMPLE repeated to each size,
// then, with the focus in the text area or in the reading view, times select
// all and paste (each until the next frame) and the new article's showing.
//
//   node tests/browser/measure-replace.mjs [--dir build/web] [--from input|reading] [MB ...]
import { parseArgs } from 'node:util';
import path from 'node:path';
import { launch, openPage, root } from './helpers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'build/web' }, from: { type: 'string', default: 'input' } },
});
const sizes = positionals.length ? positionals.map(Number) : [1, 3, 5];
const env = await launch({ dir: path.resolve(root, values.dir) });
const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
const timed = async (page, action) => {
  const started = Date.now();
  await action();
  await nextFrame(page);
  return Date.now() - started;
};

// SAMPLE repeated to `mb` megabytes, with `city` for Rotterdam.
const article = (mb, city) => `(async () => {
  const { SAMPLE } = await import('./sample.js');
  let text = '';
  while (text.length < ${mb} * 1024 * 1024) text += SAMPLE.replaceAll('Rotterdam', '${city}') + '\\n\\n';
  return text;
})()`;

const shown = (page, length, timeout = 600_000) => page.waitForFunction((n) => window.ledeApp.text.length === n
  && document.querySelector('#reading').dataset.state === 'ready', length, { timeout });

for (const mb of sizes) {
  const { page, context } = await openPage(env.browser, env.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const length = await page.evaluate(`(async () => {
    const input = document.querySelector('#input');
    input.value = await ${article(mb, 'Rotterdam')};
    input.dispatchEvent(new Event('input'));
    return input.value.length;
  })()`);
  await shown(page, length);
  const render = await page.evaluate(() => window.ledeApp.timings.render);
  const next = await page.evaluate(`(async () => {
    const text = await ${article(mb, 'Utrecht')};
    await navigator.clipboard.writeText(text);
    return text.length;
  })()`);
  await page.click(values.from === 'reading' ? '#reading .para >> nth=0' : '#input');
  await nextFrame(page);
  const selectAll = await timed(page, () => page.keyboard.press('ControlOrMeta+A'));
  const paste = await timed(page, () => page.keyboard.press('ControlOrMeta+V'));
  const started = Date.now();
  const replaced = await shown(page, next, 120_000).then(() => `${Date.now() - started} ms`, () => 'never (waited 120 s)');
  console.log(`${mb} MB, focus in ${values.from}: shown in ${Math.round(render)} ms; select all ${selectAll} ms, `
    + `paste ${paste} ms, the pasted article shown after ${replaced}`);
  await context.close();
}
await env.close();
