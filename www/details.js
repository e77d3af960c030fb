// The details card: what a highlighted passage is, what it rests on, and why
// that matters to a reader. It opens on hover, on click, and on keyboard
// focus of a highlight (see app.js), always for one drawn span.

import { el, truncate } from './dom.js';
import {
  BASIS_MEANING, HEDGE_MEANING, LEVELS, UNATTRIBUTED_MEANING, WHY, basisLabel, kindLabel, unattributedLabel,
} from './labels.js';

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function row(term, ...description) {
  return el('div', 'details-row', el('dt', null, term), el('dd', null, ...description));
}

const badge = (kind) => el('span', `badge kind-${kind}`, kind);

/** Whose hedge, in words: “the article’s own” or “a source’s (Western diplomats)”. */
function whoseWords(analysis, hedge) {
  if (hedge.whose !== 'source') return 'the article’s own';
  const source = hedge.attribution === null ? null : analysis.attributions[hedge.attribution]?.source;
  return source ? `a source’s (${truncate(source.text, 60)})` : 'a source’s, in a quotation';
}

/** A strength badge: how much certainty the cue leaves. */
const strengthBadge = (strength) => el('span', `badge strength strength-${strength}`, `${strength} certainty`);

function hedgeList(analysis, hedges) {
  return el(
    'ul',
    'details-hedges',
    ...hedges.map((h) =>
      el(
        'li',
        null,
        el('span', 'hedge-word', h.text),
        ` ${h.category}, ${whoseWords(analysis, h)}: ${HEDGE_MEANING[h.category] ?? ''} `,
        strengthBadge(h.strength),
      ),
    ),
  );
}

/** The hedge level of a sentence or statement, in words with its score. */
function levelRow(item) {
  return row('Hedge level', el('span', `level level-${item.hedge_level}`, LEVELS[item.hedge_level] ?? item.hedge_level), ` (score ${item.hedge_score})`);
}

/** The row saying why an attribution floats free, when it does. */
function floatingRow(analysis, attributionIndex) {
  const item = (analysis.unattributed ?? []).find((u) => u.attribution === attributionIndex);
  return item ? row('Floats free', `${unattributedLabel(item.kind)}: ${UNATTRIBUTED_MEANING[item.kind] ?? ''}`) : null;
}

/** Rows describing an attribution: source, kind, antecedent, relaying outlet, cue, claim. */
function attributionRows(attribution) {
  const rows = [];
  const { source } = attribution;
  if (source) {
    rows.push(row('Source', el('q', null, source.text), ' ', badge(source.kind)));
    if (source.kind === 'pronoun') {
      rows.push(
        row(
          'Refers to',
          source.antecedent ? el('q', null, source.antecedent.text) : 'no one found earlier in the text',
          source.resolved_kind ? ' ' : null,
          source.resolved_kind ? badge(source.resolved_kind) : null,
        ),
      );
    }
    if (source.via) rows.push(row('Relayed by', el('q', null, source.via.text), ' ', badge(source.via.kind)));
    if (source.anonymity) rows.push(row('Anonymity', ANONYMITY[source.anonymity]));
  } else {
    rows.push(row('Source', 'none given (“was described as”, “is said to”)'));
  }
  rows.push(row('Cue', el('q', null, attribution.cue.text)));
  rows.push(row('Claim', attribution.content ? el('q', null, truncate(attribution.content.text, 240)) : 'not found'));
  return rows;
}

/** The index of the sentence holding `span`, by binary search. */
function sentenceOf(analysis, span) {
  const { sentences } = analysis;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The card's `{ title, rows, why, speech }` for a drawn span
 * (`{ layer, ref }` from highlights.js), or null.
 */
/** What the article says about an anonymous source's anonymity. */
const ANONYMITY = {
  explained: 'granted, and the article says why',
  granted: 'granted, but the article does not say why',
  unexplained: 'the article does not say why this source is unnamed',
};

export function describe(analysis, span) {
  const { ref, layer } = span;
  const rows = [];
  let title;
  let speech;
  if (ref.type === 'hedge') {
    const hedge = analysis.hedges[ref.index];
    title = `Hedge: ${hedge.category}, ${hedge.whose === 'source' ? 'a source hedges' : 'the article hedges'}`;
    rows.push(row('Words', el('span', 'hedge-word', hedge.text)));
    rows.push(row('Signals', HEDGE_MEANING[hedge.category] ?? hedge.category));
    rows.push(row('Strength', strengthBadge(hedge.strength)));
    rows.push(row('Whose', whoseWords(analysis, hedge)));
    const sentence = analysis.sentences[sentenceOf(analysis, hedge)];
    if (sentence) rows.push(levelRow(sentence));
    speech = `${title}, ${hedge.strength} certainty: “${hedge.text}”.`;
  } else if (ref.type === 'unattributed') {
    const item = analysis.unattributed[ref.index];
    title = `Attributed to no one: ${unattributedLabel(item.kind).toLowerCase()}`;
    rows.push(row('Words', el('q', null, item.text)));
    rows.push(row('Why', UNATTRIBUTED_MEANING[item.kind] ?? item.kind));
    const claim = item.claim === null ? null : analysis.claims[item.claim];
    if (claim) rows.push(row('Statement', el('q', null, truncate(claim.text, 240))));
    speech = `${title}: “${item.text}”.`;
  } else if (ref.type === 'attribution') {
    const attribution = analysis.attributions[ref.index];
    const part = ref.part === 'via' ? attribution.source.via : ref.part === 'source' ? attribution.source : attribution.cue;
    const kind = ref.part === 'cue' ? null : part.kind === 'pronoun' ? part.resolved_kind ?? 'pronoun' : part.kind;
    title =
      ref.part === 'cue'
        ? 'Attribution cue'
        : ref.part === 'via'
          ? `Relaying source: ${kindLabel(kind).toLowerCase()}`
          : `Source: ${kindLabel(kind).toLowerCase()}`;
    rows.push(row('Words', el('q', null, part.text)));
    rows.push(...attributionRows(attribution));
    const floating = floatingRow(analysis, ref.index);
    if (floating) rows.push(floating);
    speech = `${title}: “${part.text}”${attribution.content ? `, for “${truncate(attribution.content.text, 120)}”` : ''}.`;
  } else {
    const claim = analysis.claims[ref.index];
    title = claim.hedged
      ? `Statement: ${basisLabel(claim.basis).toLowerCase()}, ${LEVELS[claim.hedge_level] ?? 'hedged'}`
      : `Statement: ${basisLabel(claim.basis).toLowerCase()}`;
    rows.push(row('Statement', el('q', null, truncate(claim.text, 240))));
    rows.push(row('Rests on', BASIS_MEANING[claim.basis] ?? claim.basis));
    const attribution = claim.attribution === null ? null : analysis.attributions[claim.attribution];
    if (attribution) rows.push(...attributionRows(attribution).filter((r) => !/^Claim/.test(r.textContent)));
    const hedges = claim.hedges.length ? claim.hedges.map((i) => analysis.hedges[i]) : analysis.hedges.filter((h) => overlaps(h, claim));
    rows.push(row(hedges.length === 1 ? 'Hedge' : 'Hedges', hedges.length ? hedgeList(analysis, hedges) : 'none: stated as fact'));
    if (claim.hedged) rows.push(levelRow(claim));
    if (claim.attribution !== null) {
      const floating = floatingRow(analysis, claim.attribution);
      if (floating) rows.push(floating);
    }
    speech = `${title}: “${truncate(claim.text, 160)}”.`;
  }
  const why = WHY[layer.replace(/-hedged$/, '')] ?? WHY.claim;
  return { title, rows, why, speech: `${speech} ${why}` };
}

/** A card shown over the view, near a point or a passage. */
export class Details {
  /**
   * @param {HTMLElement} card the card element, hidden when not in use
   * @param {HTMLElement} container the positioned element the card is placed in
   */
  constructor(card, container) {
    this.card = card;
    this.container = container;
    this.span = null;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.card.hidden) this.hide();
    });
  }

  /**
   * Shows what `analysis` says about `span`, below (or above) the viewport
   * rectangle `anchor` ({ left, top, bottom, width }). Returns the content.
   */
  show(analysis, span, anchor) {
    const content = span ? describe(analysis, span) : null;
    if (!content) {
      this.hide();
      return null;
    }
    this.span = span;
    const close = el('button', 'details-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    const heading = el('h3', null, content.title);
    heading.id = 'details-title';
    this.card.replaceChildren(
      el('div', 'details-head', heading, close),
      el('dl', null, ...content.rows),
      el('p', 'details-why', content.why),
    );
    this.card.dataset.layer = span.layer;
    this.card.hidden = false;

    const box = this.container.getBoundingClientRect();
    const width = this.card.offsetWidth;
    const height = this.card.offsetHeight;
    const x = anchor.left + anchor.width / 2;
    const left = Math.min(Math.max(x - box.left - width / 2, 8), Math.max(box.width - width - 8, 8));
    let top = anchor.bottom - box.top + 10;
    if (top + height > box.height && anchor.top - box.top - height - 10 > 0) {
      top = anchor.top - box.top - height - 10;
    }
    this.card.style.left = `${left}px`;
    this.card.style.top = `${Math.max(top, 4)}px`;
    return content;
  }

  /** Hides the card. */
  hide() {
    this.card.hidden = true;
    this.span = null;
  }
}
