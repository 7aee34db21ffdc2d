// A minimal static file server for the page (scripts/run) and the browser
// tests: correct MIME types (application/wasm matters for streaming
// compilation), no caching, an optional URL prefix to prove that the page
// works from a subfolder, and nothing outside the served folder.
//
//   node scripts/serve.mjs [--root build/web] [--port 8080] [--prefix /]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

// Starts serving `root` under `prefix` (e.g. "/sub/lede/"); resolves to
// { server, url } once listening. Port 0 picks a free port.
export function startServer({ root, port = 0, host = '127.0.0.1', prefix = '/' } = {}) {
  const base = resolve(root);
  if (!prefix.endsWith('/')) prefix += '/';
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) return send(res, 404, 'not found');
      let file = normalize(join(base, path.slice(prefix.length)));
      if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveStart({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}${prefix}` });
    });
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  if (args.includes('-h') || args.includes('--help')) {
    console.log('Usage: node scripts/serve.mjs [--root build/web] [--port 8080] [--prefix /] [--host 127.0.0.1]');
    process.exit(0);
  }
  const { url } = await startServer({
    root: option('--root', 'build/web'),
    port: Number(option('--port', '8080')),
    host: option('--host', '127.0.0.1'),
    prefix: option('--prefix', '/'),
  });
  console.log(`lede: serving on ${url.replace('127.0.0.1', 'localhost')} (Ctrl-C to stop)`);
}
