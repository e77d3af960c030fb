// The details card: what the passage under a click rests on, and how it hedges.

import { el, truncate } from './dom.js';
import { BASIS_MEANING, HEDGE_MEANING, basisLabel, kindLabel } from './labels.js';

const within = (span, offset) => span && span.start <= offset && offset < span.end;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function row(term, ...description) {
  return el('div', 'details-row', el('dt', null, term), el('dd', null, ...description));
}

function sourceDescription(source) {
  const parts = [el('q', null, source.text), ' ', el('span', `badge kind-${source.kind}`, source.kind)];
  if (source.kind === 'pronoun' && source.antecedent) {
    parts.push(' → ', el('q', null, source.antecedent.text));
    if (source.resolved_kind) parts.push(' ', el('span', `badge kind-${source.resolved_kind}`, source.resolved_kind));
  }
  return parts;
}

function hedgeList(hedges) {
  return el(
    'ul',
    'details-hedges',
    ...hedges.map((h) =>
      el('li', null, el('span', 'hedge-word', h.text), ` ${h.category}: ${HEDGE_MEANING[h.category] ?? ''}`),
    ),
  );
}

/** The card's content for `offset` in `analysis`, or null when nothing is there. */
function describe(analysis, offset) {
  const claim = analysis.claims.find((c) => within(c, offset));
  const hedge = analysis.hedges.find((h) => within(h, offset));
  let attribution = claim && claim.attribution !== null ? analysis.attributions[claim.attribution] : null;
  if (!attribution) {
    attribution = analysis.attributions.find(
      (a) => within(a.cue, offset) || within(a.source, offset) || within(a.source?.via, offset),
    );
  }
  if (!claim && !hedge && !attribution) return null;

  let title;
  const rows = [];
  if (claim) {
    title = claim.hedged ? `${basisLabel(claim.basis)} · hedged` : basisLabel(claim.basis);
    rows.push(row('Statement', el('q', null, truncate(claim.text, 240))));
    rows.push(row('Rests on', BASIS_MEANING[claim.basis] ?? claim.basis));
  } else if (attribution) {
    title = `Attribution: ${attribution.source ? kindLabel(attribution.source.kind).toLowerCase() : 'no'} source`;
    if (attribution.content) rows.push(row('Content', el('q', null, truncate(attribution.content.text, 240))));
  } else {
    title = `Hedge: ${hedge.category}`;
  }
  if (attribution) {
    const { source } = attribution;
    if (source) {
      rows.push(row('Source', ...sourceDescription(source)));
      if (source.via) {
        rows.push(row('Relayed by', el('q', null, source.via.text), ' ', el('span', `badge kind-${source.via.kind}`, source.via.kind)));
      }
    } else {
      rows.push(row('Source', 'none given'));
    }
    rows.push(row('Cue', el('q', null, attribution.cue.text)));
  }
  const hedges = claim ? analysis.hedges.filter((h) => overlaps(h, claim)) : hedge ? [hedge] : [];
  if (hedges.length) rows.push(row(hedges.length === 1 ? 'Hedge' : 'Hedges', hedgeList(hedges)));
  else if (claim) rows.push(row('Hedges', 'none: stated as fact'));
  return { title, rows };
}

/** A card shown over the view, near the point that was clicked. */
export class Details {
  /**
   * @param {HTMLElement} card the card element, hidden when not in use
   * @param {HTMLElement} container the positioned element the card is placed in
   */
  constructor(card, container) {
    this.card = card;
    this.container = container;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  /** Shows what `analysis` says about `offset`, near viewport point (`x`, `y`). Returns whether it did. */
  show(analysis, offset, x, y) {
    const content = offset === null ? null : describe(analysis, offset);
    if (!content) {
      this.hide();
      return false;
    }
    const close = el('button', 'details-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    const heading = el('h3', null, content.title);
    heading.id = 'details-title';
    this.card.replaceChildren(el('div', 'details-head', heading, close), el('dl', null, ...content.rows));
    this.card.hidden = false;

    const box = this.container.getBoundingClientRect();
    const width = this.card.offsetWidth;
    const left = Math.min(Math.max(x - box.left - width / 2, 8), Math.max(box.width - width - 8, 8));
    let top = y - box.top + 16;
    if (top + this.card.offsetHeight > box.height && y - box.top - this.card.offsetHeight - 16 > 0) {
      top = y - box.top - this.card.offsetHeight - 16;
    }
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
    return true;
  }

  /** Hides the card. */
  hide() {
    this.card.hidden = true;
  }
}
