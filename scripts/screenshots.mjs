// Takes the README's pictures of the page: a seed article (or the built-in
// sample when ../shared/seeds is absent) in light and dark mode, written to
// docs/screenshot-light.png and docs/screenshot-dark.png. Needs build/web
// (scripts/build web) and /usr/bin/chromium.
//
//   node scripts/screenshots.mjs [--seed 001] [--out docs]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, paste, root, seeds } from '../tests/browser/helpers.mjs';

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log('Usage: node scripts/screenshots.mjs [--seed PREFIX] [--out DIR]   (writes screenshot-light.png and screenshot-dark.png)');
  process.exit(0);
}
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const out = path.resolve(root, option('--out', 'docs'));
const seed = seeds().find((s) => s.name.startsWith(option('--seed', '001')));
mkdirSync(out, { recursive: true });

const env = await launch();
try {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, env.url, {
      colorScheme, viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1,
    });
    if (seed) await paste(page, seed.text);
    else {
      await page.click('#sample');
      await page.waitForFunction(() => document.querySelector('#reading').dataset.state === 'ready');
    }
    await page.evaluate(() => {
      document.activeElement?.blur();
      document.querySelector('[data-role="input"]').scrollTop = 0;
      window.scrollTo(0, 0);
    });
    const file = path.join(out, `screenshot-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(root, file)}${seed ? ` (${seed.name})` : ' (sample)'}`);
    await context.close();
  }
} finally {
  await env.close();
}
