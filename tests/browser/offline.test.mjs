// The service worker: after one visit the page opens and analyzes offline;
// a deploy that changes files (and so the stamped sw.js) replaces the cache.
// Runs on a copy of build/web so that the test can "deploy" a new version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, openPage, webDir } from './helpers.mjs';

let env;
let dir;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lede-offline-'));
  await cp(webDir, dir, { recursive: true });
  env = await launch({ dir });
});
after(async () => {
  await env?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('after one visit the page reloads and analyzes offline, and a new deploy replaces it', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await page.click('#sample');
  await page.waitForFunction(() => window.ledeApp.text.length > 0
    && document.querySelector('#reading').dataset.state === 'ready');
  assert.match(await page.textContent('#status'), /^Found /);
  assert.ok((await page.textContent('#reading')).includes('flood barrier'));
  await context.setOffline(false);

  // Deploy: a changed page, and sw.js stamped with a new version.
  const index = path.join(dir, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<head>', '<head>\n<meta name="deploy" content="2">'));
  const sw = path.join(dir, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '[^']*'/, "const VERSION = 'next-deploy'"));
  // The next visit finds the new sw.js and installs it in the background;
  // it takes over the page...
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await page.evaluate(() => new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
  }));
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration.active?.state === 'activated' && (await caches.keys()).join() === 'lede-next-deploy';
  }, null, { timeout: 10_000, polling: 200 });
  // ...and the visit after that gets the new files.
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  const updated = await page.evaluate(() => document.querySelector('meta[name="deploy"]') !== null);
  assert.ok(updated, 'the new version is served after reloads');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
});
