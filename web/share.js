// Share links: the article, compressed, travels in the URL fragment (after
// '#'), which browsers never send to any server. Format:
//   #z=<deflate-raw, base64url>&d=<reference date>&h=<hidden legend keys, '.'-joined>&b=<1: boilerplate hidden>
// Depends on CompressionStream / DecompressionStream (all current browsers)
// and dateline.js.
import { isDay } from './dateline.js';

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function compressText(text) {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export async function decompressText(code) {
  return new TextDecoder().decode(await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw')));
}

// The fragment for a view: {text, referenceDate, hidden: [keys], boilerplateHidden}.
export async function encodeView(view) {
  const params = new URLSearchParams();
  params.set('z', await compressText(view.text));
  if (view.referenceDate) params.set('d', view.referenceDate);
  if (view.hidden.length) params.set('h', view.hidden.join('.'));
  if (view.boilerplateHidden) params.set('b', '1');
  return `#${params}`;
}

// The view a fragment carries, or null when it carries none (or is damaged).
export async function decodeView(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('z');
  if (!code) return null;
  try {
    const date = params.get('d') ?? '';
    return {
      text: await decompressText(code),
      referenceDate: isDay(date) ? date : '',
      hidden: (params.get('h') ?? '').split('.').filter(Boolean),
      boilerplateHidden: params.get('b') === '1',
    };
  } catch {
    return null;
  }
}
