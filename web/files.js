// Reading files a user opens or drops, each in the encoding it was saved
// in: .txt and .md as they are, .html reduced to its readable text. HTML is
// parsed by DOMParser into an inert document (scripts never run, images
// never load) and only text is kept. Depends on nothing but the DOM.

const BLOCKS = 'p,div,section,article,header,footer,aside,li,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,figcaption,br,hr';

export function isHtml(name, type) {
  return /\.x?html?$/i.test(name) || type === 'text/html';
}

// The text of an HTML document, with a blank line between blocks so that the
// analysis sees its paragraphs.
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(defuseInline(html), 'text/html');
  doc.querySelectorAll('script,style,noscript,template,iframe,object,svg,nav').forEach((el) => el.remove());
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return '';
  root.querySelectorAll(BLOCKS).forEach((el) => {
    if (el.tagName === 'BR') el.replaceWith('\n');
    else el.append(doc.createTextNode('\n\n'));
  });
  const title = doc.querySelector('h1') ? '' : (doc.title ? `${doc.title}\n\n` : '');
  return (title + root.textContent)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Renames on*= and style= attributes inside tags, and makes <style>
// elements <template>s (removed unread). The parsed document is inert and
// the page's CSP forbids inline handlers and styles anyway, but Chromium
// still reports each one it meets as a CSP violation in the console; text is
// all we want from the file.
function defuseInline(html) {
  return html.replace(/<[^>]*>/g, (tag) => tag
    .replace(/^<(\/?)style\b/i, '<$1template')
    .replace(/([\s/"'])(on[a-z]+|style)(\s*=)/gi, '$1data-$2$3'));
}

// The text of a file, or null when it is not text (a binary file named .txt).
export async function readTextFile(file) {
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (text.includes('\0')) return null;
  return isHtml(file.name, file.type) ? htmlToText(text) : text;
}

// Text files come in UTF-8, but not all: Word's and Notepad's "Unicode text"
// is UTF-16 with a byte-order mark, and an older Windows file is
// Windows-1252, whose curly quotes and accented letters are bytes that are
// not UTF-8 (read as UTF-8 they all became U+FFFD, and no quote was found).
export function decodeText(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function isReadable(file) {
  return /\.(txt|md|markdown|html?|xhtml)$/i.test(file.name) || /^text\//.test(file.type);
}
