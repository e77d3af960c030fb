// Getting text in: rich text and HTML files reduced to plain text without
// ever inserting the markup into the page. HTML is parsed by DOMParser into an
// inert document (no scripts run, nothing loads), and only its text is kept.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'SVG', 'MATH']);

/** The readable text of an HTML string: blocks become paragraphs, markup and scripts vanish. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          out.push('\n');
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) out.push('\n\n');
        walk(child);
        if (block) out.push('\n\n');
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Whether a file is one the page reads: .txt, .md, .markdown, .html, .htm (or text/*). */
export function isReadable(file) {
  return /\.(txt|md|markdown|html?)$/i.test(file.name) || /^text\/(plain|markdown|html)/.test(file.type);
}

/** The plain text of a dropped or opened file; HTML is reduced to its text. */
export async function readTextFile(file) {
  const text = await file.text();
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(text) : text;
}

/**
 * The text to insert for a paste, or null to let the text area paste as usual:
 * plain text wins; HTML alone is reduced to its text.
 */
export function pastedText(clipboardData) {
  if (!clipboardData) return null;
  const types = [...clipboardData.types];
  if (types.includes('text/plain')) return null;
  if (types.includes('text/html')) return htmlToText(clipboardData.getData('text/html'));
  return null;
}
