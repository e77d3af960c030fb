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
  'selected',
  'unsourced',
  'cue',
  'source-named',
  'source-document',
  'source-vague',
  'source-anonymous',
  'hedge-source',
  'hedge-writer',
];

const PRIORITY = new Map(LAYERS.map((layer, index) => [layer, index]));

/**
 * Above this many spans the Highlight API view registers only the ranges near
 * the visible part of the text, and updates them as it scrolls: Chromium
 * repaints every registered range on each frame, which takes seconds with tens
 * of thousands of them.
 */
export const WINDOW_THRESHOLD = 4000;
/** How far beyond the visible text, in UTF-16 code units, a windowed view still registers ranges. */
const WINDOW_MARGIN = 6000;

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
  const push = (layer, span, ref) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ layer, start: span.start, end: span.end, ref });
  };
  analysis.attributions.forEach((attribution, index) => {
    const { source } = attribution;
    if (source) {
      push(sourceLayer(source), source, { type: 'attribution', index, part: 'source' });
      if (source.via) push(`source-${source.via.kind}`, source.via, { type: 'attribution', index, part: 'via' });
    }
    push('cue', attribution.cue, { type: 'attribution', index, part: 'cue' });
  });
  return spans;
}

/** The layer of a hedge: a source's (quoted or reported), or the writer's own. */
export const hedgeLayer = (hedge) => (hedge.whose === 'source' ? 'hedge-source' : 'hedge-writer');

/**
 * The spans to draw: `{ layer, start, end, ref }`, for the layers `enabled`
 * holds; `ref` is `{ type: 'claim' | 'hedge' | 'attribution' | 'unattributed',
 * index, part? }`,
 * what the span shows. With `selected` (a set of claim indexes), those claims
 * are also drawn in the `selected` layer.
 */
export function layerSpans(analysis, enabled, selected = null) {
  const on = (layer) => enabled.has(layer);
  const spans = [];
  analysis.claims.forEach((claim, index) => {
    const layer = claimLayer(claim, on);
    if (layer) spans.push({ layer, start: claim.start, end: claim.end, ref: { type: 'claim', index } });
    if (selected?.has(index)) spans.push({ layer: 'selected', start: claim.start, end: claim.end, ref: { type: 'claim', index } });
  });
  if (on('unsourced')) {
    (analysis.unattributed ?? []).forEach((item, index) => {
      spans.push({ layer: 'unsourced', start: item.start, end: item.end, ref: { type: 'unattributed', index } });
    });
  }
  for (const span of wordSpans(analysis)) {
    if (on(span.layer)) spans.push(span);
  }
  analysis.hedges.forEach((hedge, index) => {
    const layer = hedgeLayer(hedge);
    if (on(layer)) spans.push({ layer, start: hedge.start, end: hedge.end, ref: { type: 'hedge', index } });
  });
  return spans;
}

/** The layer's priority: a span of a higher one is drawn over (and named before) a lower one. */
export const priority = (layer) => PRIORITY.get(layer) ?? -1;

/**
 * The stops of keyboard navigation: the drawn spans in reading order, one per
 * distinct range (the highest layer's), longer first where two start together.
 */
export function stops(spans) {
  const byRange = new Map();
  for (const span of spans) {
    if (span.layer === 'selected') continue;
    const key = `${span.start}:${span.end}`;
    const known = byRange.get(key);
    if (!known || priority(span.layer) > priority(known.layer)) byRange.set(key, span);
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The drawn span at `offset` that is painted on top, or null. */
export function spanAt(spans, offset) {
  let best = null;
  for (const span of spans) {
    if (span.layer === 'selected' || offset < span.start || offset >= span.end) continue;
    if (!best || priority(span.layer) > priority(best.layer)) best = span;
  }
  return best;
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
  for (const hedge of analysis.hedges) counts[hedgeLayer(hedge)] += 1;
  counts.unsourced = (analysis.unattributed ?? []).length;
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
    this.windowed = null; // { spans sorted by start, longest, drawn: [from, to) }
    this.frame = 0;
    if (this.mode === 'highlight-api') {
      element.addEventListener('scroll', () => this.#scheduleWindow(), { passive: true });
      window.addEventListener('resize', () => this.#scheduleWindow());
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
    this.windowed = null;
    this.element.dataset.windowed = String(spans.length > WINDOW_THRESHOLD);
    if (spans.length > WINDOW_THRESHOLD) {
      const sorted = [...spans].sort((a, b) => a.start - b.start);
      const longest = sorted.reduce((max, s) => Math.max(max, s.end - s.start), 0);
      this.windowed = { sorted, longest, drawn: null };
      this.#drawWindow();
      return;
    }
    this.#addRanges(spans);
  }

  #addRanges(spans) {
    const node = this.element.firstChild;
    if (!node) return;
    for (const { layer, start, end } of spans) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      this.highlights.get(layer).add(range);
    }
  }

  #scheduleWindow() {
    if (!this.windowed || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.#drawWindow();
    });
  }

  /** Registers the ranges of the spans near the visible text (windowed mode). */
  #drawWindow() {
    const { sorted, longest } = this.windowed;
    const box = this.element.getBoundingClientRect();
    const first = offsetAtCaret(this.element, box.left + 2, box.top + 2) ?? 0;
    const last = offsetAtCaret(this.element, box.right - 4, box.bottom - 4) ?? first + WINDOW_MARGIN;
    const from = Math.max(0, first - WINDOW_MARGIN);
    const to = last + WINDOW_MARGIN;
    const drawn = this.windowed.drawn;
    if (drawn && drawn[0] <= Math.max(0, first - WINDOW_MARGIN / 3) && last + WINDOW_MARGIN / 3 <= drawn[1]) return;
    for (const highlight of this.highlights.values()) highlight.clear();
    // The first span that can reach `from`: spans are sorted by start, none longer than `longest`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < from - longest) lo = mid + 1;
      else hi = mid;
    }
    const visible = [];
    for (let i = lo; i < sorted.length && sorted[i].start < to; i += 1) {
      if (sorted[i].end > from) visible.push(sorted[i]);
    }
    this.#addRanges(visible);
    this.windowed.drawn = [from, to];
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

/** A DOM Range over UTF-16 offsets [start, end) of the view's text, in either mode. */
export function domRange(element, start, end) {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let at = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.length;
    if (!startSet && start <= at + length) {
      range.setStart(node, start - at);
      startSet = true;
    }
    if (startSet && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return startSet ? range : null;
}

/** The caret offset in the view's single text node nearest a viewport point, or null. */
function offsetAtCaret(element, x, y) {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position && position.offsetNode === element.firstChild ? position.offset : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range && range.startContainer === element.firstChild ? range.startOffset : null;
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
