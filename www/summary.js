// The sourcing scorecard: headline figures, counts by kind, and the list of
// distinct sources, each a button that highlights the claims it backs.

import { el, plural } from './dom.js';
import { BASES, HEDGE_KINDS, SOURCE_KINDS, STRENGTHS, UNATTRIBUTED_KINDS, WHOSE, unattributedLabel } from './labels.js';

const $ = (selector) => document.querySelector(selector);

function setMetric(name, value, note) {
  $(`[data-metric="${name}"]`).textContent = value;
  $(`[data-metric="${name}-note"]`).textContent = note;
}

function countRow(key, label, n, example) {
  return el(
    'li',
    n === 0 ? 'zero' : '',
    el('span', `dot kind-${key}`),
    el('span', 'count-label', label, example ? el('span', 'count-example', ` ${example}`) : null),
    el('span', 'count-n', n),
  );
}

/** Distinct sources by kind: `{ named, anonymous, vague, document }`. */
export function sourcesByKind(summary) {
  const counts = { named: 0, anonymous: 0, vague: 0, document: 0 };
  for (const source of summary.sources) if (source.kind in counts) counts[source.kind] += 1;
  return counts;
}

/**
 * Fills the scorecard from `summary`, or empties it when `summary` is null.
 * `onSource(index)` is called when a source's button is pressed, and
 * `onUnattributed(index)` when an item of `unattributed` (the analysis's list
 * of claims and phrases that float free of any source) is.
 */
export function renderSummary(summary, onSource = () => {}, unattributed = [], onUnattributed = () => {}) {
  if (!summary) {
    for (const value of document.querySelectorAll('.metric-value')) value.textContent = '–';
    for (const note of document.querySelectorAll('.metric-note')) note.textContent = '';
    for (const id of ['basis-bar', 'basis-counts', 'hedge-counts', 'strength-counts', 'whose-counts', 'unattributed-counts', 'unattributed-list', 'kind-counts', 'sources']) {
      document.getElementById(id).replaceChildren();
    }
    return;
  }

  const whose = summary.hedges_by_whose;
  setMetric('hedges_per_100_words', summary.hedges_per_100_words.toFixed(1),
    `${plural(summary.hedges, 'hedge')} in ${plural(summary.words, 'word')}`);
  setMetric('hedge_voices', `${whose.writer} · ${whose.source}`,
    `the article’s · sources’ (${summary.hedges_in_quotes} in quotes)`);
  const levels = summary.sentences_by_hedge_level;
  setMetric('heavy_sentences', String(levels.heavy),
    `heavily hedged; ${levels.moderate} moderately, ${levels.light} lightly`);
  const share = summary.attributed_sentences ? summary.anonymous_share : 0;
  setMetric('anonymous_share', `${Math.round(share * 100)}%`,
    `${summary.anonymous_sentences} of ${plural(summary.attributed_sentences, 'attributed sentence')}`);
  setMetric('unattributed_sentences', String(summary.sentences - summary.attributed_sentences),
    `of ${plural(summary.sentences, 'sentence')} cite no one`);
  setMetric('hedged_claims', String(summary.hedged_claims), `of ${plural(summary.claims, 'statement')}`);
  const anonymous = summary.anonymity_explained + summary.anonymity_granted + summary.anonymity_unexplained;
  setMetric('anonymity', anonymous ? `${summary.anonymity_explained} of ${anonymous}` : '–',
    anonymous
      ? `anonymous attributions say why; ${summary.anonymity_granted} grant it without a reason`
      : 'no anonymous sources');
  setMetric('sources', String(summary.sources.length), `in ${plural(summary.attributions, 'attribution')}`);
  const byKind = sourcesByKind(summary);
  for (const [kind, n] of Object.entries(byKind)) $(`[data-source-kind="${kind}"]`).textContent = String(n);

  const byBasis = summary.claims_by_basis;
  const bar = document.getElementById('basis-bar');
  bar.replaceChildren(
    ...BASES.filter(([key]) => byBasis[key] > 0).map(([key, label]) => {
      const segment = el('span', `segment kind-${key}`);
      segment.style.flexGrow = String(byBasis[key]);
      segment.title = `${label}: ${byBasis[key]}`;
      return segment;
    }),
  );
  bar.classList.toggle('empty', summary.claims === 0);
  document
    .getElementById('basis-counts')
    .replaceChildren(...BASES.map(([key, label]) => countRow(key, label, byBasis[key] ?? 0)));

  const byCategory = summary.hedges_by_category;
  document
    .getElementById('hedge-counts')
    .replaceChildren(
      ...HEDGE_KINDS.map(([key, label, example]) => countRow(`hedge-${key}`, label, byCategory[key] ?? 0, example)),
    );

  const byStrength = summary.hedges_by_strength;
  document
    .getElementById('strength-counts')
    .replaceChildren(
      ...STRENGTHS.map(([key, label, example]) => countRow(`strength-${key}`, label, byStrength[key] ?? 0, example)),
    );
  document
    .getElementById('whose-counts')
    .replaceChildren(...WHOSE.map(([key, label, example]) => countRow(`whose-${key}`, label, whose[key] ?? 0, example)));

  const byUnattributed = summary.unattributed_by_kind;
  document
    .getElementById('unattributed-counts')
    .replaceChildren(
      ...UNATTRIBUTED_KINDS.map(([key, label, example]) =>
        countRow(`unattributed-${key}`, label, byUnattributed[key] ?? 0, example),
      ),
    );
  const list = document.getElementById('unattributed-list');
  list.replaceChildren(
    ...unattributed.map((item, index) => {
      const button = el(
        'button',
        'source',
        el('span', 'source-text', item.text),
        el('span', `badge kind-unattributed-${item.kind}`, unattributedLabel(item.kind).toLowerCase()),
      );
      button.type = 'button';
      button.dataset.unattributed = String(index);
      button.dataset.kind = item.kind;
      button.addEventListener('click', () => onUnattributed(index));
      return el('li', null, button);
    }),
  );
  if (!unattributed.length) list.replaceChildren(el('li', 'empty', 'Nothing floats free of a source.'));

  const byAttribution = summary.attributions_by_kind;
  document
    .getElementById('kind-counts')
    .replaceChildren(...SOURCE_KINDS.map(([key, label]) => countRow(key, label, byAttribution[key] ?? 0)));

  const sources = document.getElementById('sources');
  if (summary.sources.length === 0) {
    sources.replaceChildren(el('li', 'empty', 'No sources found.'));
    return;
  }
  sources.replaceChildren(
    ...summary.sources.map((source, index) => {
      const button = el(
        'button',
        'source',
        el('span', 'source-text', source.text),
        el('span', `badge kind-${source.kind}`, source.kind),
        el('span', 'source-meta', `${plural(source.attributions, 'attribution')} · ${plural(source.claims, 'statement')}`),
      );
      button.type = 'button';
      button.dataset.source = String(index);
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => onSource(index));
      return el('li', null, button);
    }),
  );
}

/** Marks the source button `index` as pressed (or none, with null). */
export function markSelectedSource(index) {
  for (const button of document.querySelectorAll('#sources button[data-source]')) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.source) === index));
  }
}
