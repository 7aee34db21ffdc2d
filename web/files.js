// Reading files a user opens or drops: .txt and .md as they are, .html
// reduced to its readable text. HTML is parsed by DOMParser into an inert
// document (scripts never run, images never load) and only text is kept.
// Depends on nothing but the DOM.

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

export async function readTextFile(file) {
  const text = await file.text();
  return isHtml(file.name, file.type) ? htmlToText(text) : text;
}

export function isReadable(file) {
  return /\.(txt|md|markdown|html?|xhtml)$/i.test(file.name) || /^text\//.test(file.type);
}
