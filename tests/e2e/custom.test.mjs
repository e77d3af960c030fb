// Unit tests of www/custom.js, the reader's own words applied over an
// analysis: pure functions, run in Node with no browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCustomWords, emptySettings, findWords, normaliseSettings } from '../../www/custom.js';

const TEXT = 'Critics say the plan may fail. “It is fragile,” an insider said. Reportedly, talks resumed.';
const at = (text, start = 0) => {
  const i = TEXT.indexOf(text, start);
  return { start: i, end: i + text.length, text };
};

/** A small analysis of TEXT, shaped as the core returns it. */
function analysis() {
  const critics = at('Critics');
  const insider = at('an insider');
  return {
    version: 1,
    offsets: 'utf16',
    sentences: [
      { ...at('Critics say the plan may fail.'), paragraph: 0, terminated: true, hedge_score: 3, hedge_level: 'moderate' },
      { ...at('“It is fragile,” an insider said.'), paragraph: 0, terminated: true, hedge_score: 0, hedge_level: 'none' },
      { ...at('Reportedly, talks resumed.'), paragraph: 0, terminated: true, hedge_score: 2, hedge_level: 'light' },
    ],
    quotes: [at('“It is fragile,”')],
    hedges: [
      { ...at('may'), category: 'modal', strength: 'weak', in_quote: false, whose: 'source', attribution: 0 },
      { ...at('Reportedly'), category: 'reportative', strength: 'moderate', in_quote: false, whose: 'writer', attribution: null },
    ],
    attributions: [
      { cue: at('say'), source: { ...critics, kind: 'vague', resolved_kind: null, antecedent: null, via: null }, content: at('the plan may fail'), basis: 'vague', sentence: 0 },
      { cue: at('said'), source: { ...insider, kind: 'named', resolved_kind: null, antecedent: null, via: null }, content: at('It is fragile'), basis: 'named', sentence: 1 },
    ],
    claims: [
      { ...at('the plan may fail'), attribution: 0, basis: 'vague', hedged: true, hedges: [0], hedge_score: 3, hedge_level: 'moderate', sentence: 0 },
      { ...at('It is fragile'), attribution: 1, basis: 'named', hedged: false, hedges: [], hedge_score: 0, hedge_level: 'none', sentence: 1 },
      { ...at('Reportedly, talks resumed'), attribution: null, basis: 'outlet', hedged: true, hedges: [1], hedge_score: 2, hedge_level: 'light', sentence: 2 },
    ],
    unattributed: [],
    summary: {
      words: 15, sentences: 3, paragraphs: 1, quotes: 1, hedges: 2,
      hedges_by_category: { modal: 1, reportative: 1, evidential: 0, epistemic: 0, approximator: 0 },
      hedges_by_strength: { weak: 1, moderate: 1, strong: 0 },
      hedges_in_quotes: 0, hedges_by_whose: { writer: 1, source: 1 },
      sentences_by_hedge_level: { none: 1, light: 1, moderate: 1, heavy: 0 },
      hedges_per_100_words: 13.3, attributions: 2,
      attributions_by_kind: { named: 1, anonymous: 0, vague: 1, document: 0, pronoun: 0, none: 0 },
      claims: 3, claims_by_basis: { named: 1, anonymous: 0, vague: 1, document: 0, unattributed: 0, outlet: 1 },
      hedged_claims: 2, attributed_sentences: 2, anonymous_sentences: 0, anonymous_share: 0,
      unattributed: 0, unattributed_by_kind: { agentless: 0, impersonal: 0, document: 0, scare_quote: 0 },
      sources: [
        { text: 'Critics', kind: 'vague', attributions: 1, mentions: [0], claims: 1 },
        { text: 'an insider', kind: 'named', attributions: 1, mentions: [1], claims: 1 },
      ],
    },
  };
}

test('no words: the same analysis, untouched', () => {
  const a = analysis();
  assert.equal(applyCustomWords(a, TEXT, emptySettings()), a);
});

test('finds whole words only, case-insensitively', () => {
  assert.deepEqual(findWords('May mayhem may. MAY', ['may']).map((w) => w.start), [0, 11, 16]);
  assert.deepEqual(findWords('a.b a-b', ['a.b']).map((w) => w.text), ['a.b'], 'regex characters are literal');
});

test('silencing a hedge drops it and unhedges its claim', () => {
  const settings = emptySettings();
  settings.reportative.silence = ['reportedly'];
  const a = analysis();
  const result = applyCustomWords(a, TEXT, settings);
  assert.deepEqual(result.hedges.map((h) => h.text), ['may']);
  assert.equal(result.claims[2].hedged, false);
  assert.deepEqual(result.claims[0].hedges, [0]);
  assert.equal(result.summary.hedges, 1);
  assert.equal(result.summary.hedged_claims, 1);
  assert.equal(a.hedges.length, 2, 'the input is not changed');
});

test('an added hedge word marks each free occurrence, in or out of quotes', () => {
  const settings = emptySettings();
  settings.epistemic.add = ['fragile', 'may'];
  const result = applyCustomWords(analysis(), TEXT, settings);
  assert.deepEqual(result.hedges.map((h) => [h.text, h.category, h.in_quote]), [
    ['may', 'modal', false],
    ['fragile', 'epistemic', true],
    ['Reportedly', 'reportative', false],
  ], '“may” overlaps an existing hedge and is not added twice');
  assert.deepEqual(result.claims[1].hedges, [1]);
  assert.equal(result.claims[1].hedged, true);
  assert.deepEqual(result.claims[2].hedges, [2], 'indexes follow the re-sorted hedges');
  assert.equal(result.summary.hedges_in_quotes, 1);
  assert.equal(result.summary.hedges_by_category.epistemic, 1);
  assert.deepEqual(result.summary.hedges_by_whose, { writer: 1, source: 2 }, 'a hedge in a quote is a source’s');
  assert.deepEqual([result.claims[1].hedge_score, result.claims[1].hedge_level], [2, 'light']);
  assert.deepEqual(result.summary.sentences_by_hedge_level, { none: 0, light: 2, moderate: 1, heavy: 0 });
});

test('an added hedge word in what a source says is the source’s; stacked words raise the level', () => {
  const settings = emptySettings();
  settings.modal.add = ['fail'];
  const result = applyCustomWords(analysis(), TEXT, settings);
  const fail = result.hedges.find((h) => h.text === 'fail');
  assert.deepEqual([fail.whose, fail.attribution, fail.strength], ['source', 0, 'moderate']);
  assert.deepEqual([result.claims[0].hedge_score, result.claims[0].hedge_level], [5, 'heavy']);
  assert.equal(result.summary.sentences_by_hedge_level.heavy, 1);
});

test('an added anonymous word re-classifies sources, claims and the summary', () => {
  const settings = emptySettings();
  settings.anonymous.add = ['insider'];
  const result = applyCustomWords(analysis(), TEXT, settings);
  assert.equal(result.attributions[1].source.kind, 'anonymous');
  assert.equal(result.attributions[1].basis, 'anonymous');
  assert.equal(result.claims[1].basis, 'anonymous');
  assert.equal(result.summary.sources[1].kind, 'anonymous');
  assert.equal(result.summary.anonymous_sentences, 1);
  assert.equal(result.summary.anonymous_share, 0.5);
  assert.equal(result.summary.claims_by_basis.anonymous, 1);
});

test('a silenced vague word drops its attributions; their claims become the outlet’s', () => {
  const settings = emptySettings();
  settings.vague.silence = ['critics'];
  const result = applyCustomWords(analysis(), TEXT, settings);
  assert.deepEqual(result.attributions.map((a) => a.cue.text), ['said']);
  assert.equal(result.claims[0].attribution, null);
  assert.equal(result.claims[0].basis, 'outlet');
  assert.equal(result.claims[1].attribution, 0, 'later indexes shift');
  assert.deepEqual(result.summary.sources.map((s) => [s.text, s.mentions]), [['an insider', [0]]]);
  assert.deepEqual([result.hedges[0].whose, result.hedges[0].attribution], ['writer', null], 'its hedge is the writer’s now');
  assert.deepEqual(result.summary.hedges_by_whose, { writer: 2, source: 0 });
});

test('settings from a file: unknown keys and junk are dropped', () => {
  const settings = normaliseSettings({ modal: { add: [' Might ', 3, 'might'], silence: 'x' }, evil: { add: ['x'] } });
  assert.deepEqual(settings.modal, { add: ['might'], silence: [] });
  assert.equal('evil' in settings, false);
  assert.throws(() => normaliseSettings([]), /object/);
});
