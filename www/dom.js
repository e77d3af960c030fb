// Building DOM from data without ever parsing a string as HTML.

/**
 * Creates `<tag>` with `className`, and children: nodes, or strings added as
 * text nodes. Attributes go through `dataset` and properties, never markup.
 */
export function el(tag, className, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** `n thing` or `n things`. */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** `text`, cut to about `max` characters at a word boundary. */
export function truncate(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}
