// Highlights over the analysed text, in one of two ways.
//
// Where the browser has the CSS Custom Highlight API, the view holds exactly
// one text node (set with `textContent`) and each layer is a `Highlight` of
// `Range`s over it, registered in `CSS.highlights` as `ws-<layer>` and styled
// with `::highlight(ws-<layer>)`. The text is never rebuilt as HTML.
//
// Elsewhere the view is rebuilt from `document.createTextNode` pieces wrapped
// in nested `<mark class="ws-<layer>">` elements, one per layer covering the
// piece, lowest priority outermost. Each mark carries `data-start` and
// `data-end`, the UTF-16 offsets of its piece. User text only ever reaches the
// DOM as text nodes.
//
// Offsets from the analyser are UTF-16 code units, which are exactly DOM text
// offsets, so a span maps to a Range with no conversion.

/** Layers, lowest priority first; a later layer paints over an earlier one. */
export const LAYERS = [
  'claim-outlet',
  'claim-unattributed',
  'claim-unattributed-hedged',
  'claim-hedged',
  'claim-anonymous',
  'claim-anonymous-hedged',
  'cue',
  'source-named',
  'source-document',
  'source-vague',
  'source-anonymous',
  'hedge',
];

const PRIORITY = new Map(LAYERS.map((layer, index) => [layer, index]));

/** Whether this browser has the CSS Custom Highlight API. */
export const HAS_HIGHLIGHT_API =
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** The layer a claim is drawn in, given the legend's switches, or null. */
function claimLayer(claim, on) {
  const hedged = claim.hedged && on('claim-hedged');
  if (claim.basis === 'anonymous' && on('claim-anonymous')) {
    return hedged ? 'claim-anonymous-hedged' : 'claim-anonymous';
  }
  if (claim.basis === 'unattributed' && on('claim-unattributed')) {
    return hedged ? 'claim-unattributed-hedged' : 'claim-unattributed';
  }
  if (hedged) return 'claim-hedged';
  if (claim.basis === 'outlet' && on('claim-outlet')) return 'claim-outlet';
  return null;
}

/** The layer of a source or relaying source: its kind, or its antecedent's for a pronoun. */
export function sourceLayer(source) {
  const kind = source.kind === 'pronoun' ? source.resolved_kind : source.kind;
  return kind && kind !== 'pronoun' ? `source-${kind}` : 'cue';
}

/** Every source, relaying source and cue span of `analysis`, once each, with its layer. */
function wordSpans(analysis) {
  const seen = new Set();
  const spans = [];
  const push = (layer, span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ layer, start: span.start, end: span.end });
  };
  for (const attribution of analysis.attributions) {
    const { source } = attribution;
    if (source) {
      push(sourceLayer(source), source);
      if (source.via) push(`source-${source.via.kind}`, source.via);
    }
    push('cue', attribution.cue);
  }
  return spans;
}

/**
 * The spans to draw: `{ layer, start, end }`, for the layers `enabled` holds.
 */
export function layerSpans(analysis, enabled) {
  const on = (layer) => enabled.has(layer);
  const spans = [];
  for (const claim of analysis.claims) {
    const layer = claimLayer(claim, on);
    if (layer) spans.push({ layer, start: claim.start, end: claim.end });
  }
  for (const span of wordSpans(analysis)) {
    if (on(span.layer)) spans.push(span);
  }
  if (on('hedge')) {
    for (const hedge of analysis.hedges) spans.push({ layer: 'hedge', start: hedge.start, end: hedge.end });
  }
  return spans;
}

/** The legend's counts, keyed by the legend's layer names. */
export function layerCounts(analysis) {
  const counts = Object.fromEntries(LAYERS.map((layer) => [layer, 0]));
  for (const claim of analysis.claims) {
    if (claim.basis === 'anonymous') counts['claim-anonymous'] += 1;
    if (claim.basis === 'unattributed') counts['claim-unattributed'] += 1;
    if (claim.basis === 'outlet') counts['claim-outlet'] += 1;
    if (claim.hedged) counts['claim-hedged'] += 1;
  }
  for (const span of wordSpans(analysis)) counts[span.layer] += 1;
  counts.hedge = analysis.hedges.length;
  return counts;
}

/** The highlighted view of the text: `render(text, spans)` redraws it. */
export class HighlightView {
  /**
   * @param {HTMLElement} element the view; its content is replaced on each render
   * @param {{ useHighlightApi?: boolean }} options
   */
  constructor(element, { useHighlightApi = HAS_HIGHLIGHT_API } = {}) {
    this.element = element;
    this.text = null;
    this.mode = useHighlightApi ? 'highlight-api' : 'marks';
    this.highlights = new Map();
    if (this.mode === 'highlight-api') {
      for (const layer of LAYERS) {
        const highlight = new Highlight();
        highlight.priority = PRIORITY.get(layer);
        CSS.highlights.set(`ws-${layer}`, highlight);
        this.highlights.set(layer, highlight);
      }
    }
    element.dataset.mode = this.mode;
  }

  /** Shows `text` with `spans` (`{ layer, start, end }`, UTF-16 offsets) highlighted. */
  render(text, spans) {
    const valid = spans.filter((s) => 0 <= s.start && s.start < s.end && s.end <= text.length);
    if (valid.length !== spans.length) {
      console.warn(`whosaid: ${spans.length - valid.length} spans out of bounds were not drawn`);
    }
    if (this.mode === 'highlight-api') {
      this.#renderHighlights(text, valid);
    } else {
      this.#renderMarks(text, valid);
    }
    this.text = text;
  }

  #renderHighlights(text, spans) {
    for (const highlight of this.highlights.values()) highlight.clear();
    if (text !== this.text || this.element.childNodes.length !== (text ? 1 : 0)) {
      this.element.textContent = text;
    }
    const node = this.element.firstChild;
    if (!node) return;
    for (const { layer, start, end } of spans) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      this.highlights.get(layer).add(range);
    }
  }

  #renderMarks(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const byStart = [...spans].sort((a, b) => a.start - b.start);
    const fragment = document.createDocumentFragment();
    let active = [];
    let next = 0;
    for (let i = 0; i + 1 < points.length; i += 1) {
      const start = points[i];
      const end = points[i + 1];
      while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
      active = active.filter((s) => s.end > start);
      const layers = [...new Set(active.map((s) => s.layer))].sort(
        (a, b) => PRIORITY.get(b) - PRIORITY.get(a),
      );
      let node = document.createTextNode(text.slice(start, end));
      for (const layer of layers) {
        const mark = document.createElement('mark');
        mark.className = `ws-${layer}`;
        mark.dataset.start = String(start);
        mark.dataset.end = String(end);
        mark.append(node);
        node = mark;
      }
      fragment.append(node);
    }
    this.element.replaceChildren(fragment);
  }
}

/** The UTF-16 offset in the view's text under a viewport point, or null. */
export function offsetAtPoint(element, x, y) {
  let node;
  let offset;
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    if (!position) return null;
    ({ offsetNode: node, offset } = position);
  } else if (document.caretRangeFromPoint) {
    const range = document.caretRangeFromPoint(x, y);
    if (!range) return null;
    node = range.startContainer;
    offset = range.startOffset;
  } else {
    return null;
  }
  if (!element.contains(node) || node.nodeType !== Node.TEXT_NODE) return null;
  // The caret falls between characters; take the character whose box holds the point.
  const hit = [offset, offset - 1].find((at) => {
    if (at < 0 || at >= node.length) return false;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return [...range.getClientRects()].some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
  });
  if (hit === undefined) return null;
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(node, hit);
  return before.toString().length;
}
