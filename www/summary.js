// The summary panel: headline figures, counts by kind, and the list of sources.

import { el, plural } from './dom.js';
import { BASES, HEDGE_KINDS, SOURCE_KINDS } from './labels.js';

const $ = (selector) => document.querySelector(selector);

function setMetric(name, value, noteName, note) {
  $(`[data-metric="${name}"]`).textContent = value;
  $(`[data-metric="${noteName}"]`).textContent = note;
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

/** Fills the summary panel from `summary`, or empties it when `summary` is null. */
export function renderSummary(summary) {
  if (!summary) {
    for (const value of document.querySelectorAll('.metric-value')) value.textContent = '–';
    for (const note of document.querySelectorAll('.metric-note')) note.textContent = '';
    for (const id of ['basis-bar', 'basis-counts', 'hedge-counts', 'kind-counts', 'sources']) {
      document.getElementById(id).replaceChildren();
    }
    return;
  }

  const share = summary.attributed_sentences ? summary.anonymous_share : 0;
  setMetric('hedges_per_100_words', summary.hedges_per_100_words.toFixed(1), 'hedges_note',
    `${plural(summary.hedges, 'hedge')} in ${plural(summary.words, 'word')}`);
  setMetric('anonymous_share', `${Math.round(share * 100)}%`, 'anonymous_note',
    `${summary.anonymous_sentences} of ${plural(summary.attributed_sentences, 'attributed sentence')}`);
  setMetric('hedged_claims', String(summary.hedged_claims), 'hedged_note',
    `of ${plural(summary.claims, 'statement')}`);
  setMetric('sources', String(summary.sources.length), 'sources_note',
    `in ${plural(summary.attributions, 'attribution')}`);

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
      ...HEDGE_KINDS.map(([key, label, example]) =>
        countRow(`hedge-${key}`, label, byCategory[key] ?? 0, example),
      ),
    );

  const byKind = summary.attributions_by_kind;
  document
    .getElementById('kind-counts')
    .replaceChildren(...SOURCE_KINDS.map(([key, label]) => countRow(key, label, byKind[key] ?? 0)));

  const sources = document.getElementById('sources');
  if (summary.sources.length === 0) {
    sources.replaceChildren(el('li', 'empty', 'No sources found.'));
  } else {
    sources.replaceChildren(
      ...summary.sources.map((source) =>
        el(
          'li',
          null,
          el('span', 'source-text', source.text),
          el('span', `badge kind-${source.kind}`, source.kind),
          el(
            'span',
            'source-meta',
            `${plural(source.attributions, 'attribution')} · ${plural(source.claims, 'statement')}`,
          ),
        ),
      ),
    );
  }
}
