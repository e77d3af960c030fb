// The reader's own words, applied as a layer over the core's analysis.
//
// The core has no options yet, so this module adjusts its result in plain
// JavaScript, with pure functions (no DOM) that a test can call directly:
//
// - a word **silenced** in a hedge category drops every hedge whose text is
//   that word (case-insensitive), in any category;
// - a word silenced in a source category (anonymous, vague, document) drops
//   every attribution whose cue is that word, or whose source of that kind
//   contains it as a whole word; its claims become the outlet's own;
// - a word **added** to a hedge category adds a hedge at each whole-word,
//   case-insensitive occurrence in the text that overlaps no existing hedge
//   (`in_quote` when it falls inside a quotation), and hedges the statements
//   that contain it; it has a moderate strength, and is a source's hedge when
//   it is in a quotation or inside a statement resting on a source;
// - a word added to a source category re-classifies every source (and
//   relaying source) whose text contains it as a whole word as that kind, with
//   its attributions, claims and distinct-source entry.
//
// Hedge scores and levels of sentences and statements, the hedges' and the
// unattributed items' indexes, and the summary's counts are then recomputed
// from the adjusted lists.

/** The categories of the settings, with their labels and examples. */
export const CATEGORIES = [
  ['modal', 'Modal hedges', 'could, may, might'],
  ['reportative', 'Reportative hedges', 'reportedly, allegedly'],
  ['evidential', 'Evidential hedges', 'appears, suggests'],
  ['epistemic', 'Epistemic hedges', 'believe, probably'],
  ['approximator', 'Approximators', 'about, roughly'],
  ['anonymous', 'Anonymous descriptors', 'unnamed, insider'],
  ['vague', 'Vague sources', 'critics, observers'],
  ['document', 'Document words', 'report, filing'],
];
const HEDGE_CATEGORIES = CATEGORIES.slice(0, 5).map(([key]) => key);
const SOURCE_CATEGORIES = ['anonymous', 'vague', 'document'];

/** Settings with every list empty. */
export function emptySettings() {
  return Object.fromEntries(CATEGORIES.map(([key]) => [key, { add: [], silence: [] }]));
}

/** Settings from untrusted JSON: known categories only, lists of short lower-case strings. */
export function normaliseSettings(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected an object');
  const settings = emptySettings();
  const words = (list) =>
    Array.isArray(list)
      ? [...new Set(list.filter((w) => typeof w === 'string').map((w) => w.trim().toLowerCase()).filter((w) => w && w.length <= 80))]
      : [];
  for (const [key] of CATEGORIES) {
    settings[key].add = words(value[key]?.add);
    settings[key].silence = words(value[key]?.silence);
  }
  return settings;
}

const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word, case-insensitive pattern for `word` (letters and digits in any script). */
const wholeWord = (word) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'giu');
const containsWord = (text, word) => wholeWord(word).test(text);

/** Whether the settings change anything. */
export function isEmpty(settings) {
  return CATEGORIES.every(([key]) => !settings[key].add.length && !settings[key].silence.length);
}

/** Every whole-word occurrence of `words` in `text`: `{ start, end, text }`, UTF-16 offsets. */
export function findWords(text, words) {
  const found = [];
  for (const word of words) {
    for (const match of text.matchAll(wholeWord(word))) {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const within = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end;

/** The doubt each strength adds to a hedge score, as in the core (HedgeStrength::doubt). */
const DOUBT = { weak: 3, moderate: 2, strong: 1 };
/** The hedge level of a score, as in the core (HedgeLevel::of_score). */
export const levelOf = (score) => (score === 0 ? 'none' : score <= 2 ? 'light' : score <= 4 ? 'moderate' : 'heavy');
const scoreOf = (hedges) => hedges.reduce((sum, h) => sum + (DOUBT[h.strength] ?? 2), 0);

/** The adjusted analysis: a new object; `analysis` is not changed. */
export function applyCustomWords(analysis, text, settings) {
  if (!analysis || isEmpty(settings)) return analysis;
  const result = structuredClone(analysis);

  // Hedges: silence, then add.
  const silencedHedges = new Set(HEDGE_CATEGORIES.flatMap((key) => settings[key].silence));
  const hedgeMap = new Map();
  const hedges = [];
  result.hedges.forEach((hedge, index) => {
    if (silencedHedges.has(hedge.text.toLowerCase())) return;
    hedgeMap.set(index, hedges.length);
    hedges.push(hedge);
  });
  for (const category of HEDGE_CATEGORIES) {
    for (const span of findWords(text, settings[category].add)) {
      if (hedges.some((h) => overlaps(h, span))) continue;
      const in_quote = result.quotes.some((q) => q.start <= span.start && span.end <= q.end);
      const claim = result.claims.find(
        (c) => c.attribution !== null && result.attributions[c.attribution]?.source && within(span, c),
      );
      const attribution = claim ? claim.attribution : null;
      const whose = in_quote || attribution !== null ? 'source' : 'writer';
      hedges.push({ ...span, category, strength: 'moderate', in_quote, whose, attribution });
    }
  }
  const hedgeOrder = hedges.map((hedge, index) => ({ hedge, index })).sort((a, b) => a.hedge.start - b.hedge.start);
  const reorder = new Map(hedgeOrder.map(({ index }, position) => [index, position]));
  result.hedges = hedgeOrder.map(({ hedge }) => hedge);

  // Attributions: silence, then re-classify.
  const attributionMap = new Map();
  const attributions = [];
  result.attributions.forEach((attribution, index) => {
    const silenced = SOURCE_CATEGORIES.some((kind) =>
      settings[kind].silence.some(
        (word) =>
          attribution.cue.text.toLowerCase() === word ||
          (attribution.source &&
            (attribution.source.resolved_kind ?? attribution.source.kind) === kind &&
            containsWord(attribution.source.text, word)),
      ),
    );
    if (silenced) return;
    attributionMap.set(index, attributions.length);
    attributions.push(attribution);
  });
  const reclassify = (source) => {
    for (const kind of SOURCE_CATEGORIES) {
      if (settings[kind].add.some((word) => containsWord(source.text, word))) return kind;
    }
    return null;
  };
  for (const attribution of attributions) {
    const { source } = attribution;
    if (!source) continue;
    const kind = reclassify(source);
    if (kind) {
      if (source.kind === 'pronoun') source.resolved_kind = kind;
      else source.kind = kind;
      attribution.basis = kind;
    }
    if (source.via) source.via.kind = reclassify(source.via) ?? source.via.kind;
  }
  result.attributions = attributions;
  for (const hedge of result.hedges) {
    if (hedge.attribution === null) continue;
    hedge.attribution = attributionMap.get(hedge.attribution) ?? null;
    if (hedge.attribution === null && !hedge.in_quote) hedge.whose = 'writer';
  }
  result.unattributed = (result.unattributed ?? [])
    .filter((item) => item.attribution === null || attributionMap.has(item.attribution))
    .map((item) => ({ ...item, attribution: item.attribution === null ? null : attributionMap.get(item.attribution) }));

  const original = new Set(analysis.hedges.map((h) => `${h.start}:${h.end}`));
  const added = result.hedges.map((h, i) => ({ h, i })).filter(({ h }) => !original.has(`${h.start}:${h.end}`));
  for (const claim of result.claims) {
    if (claim.attribution !== null) {
      const mapped = attributionMap.get(claim.attribution);
      claim.attribution = mapped ?? null;
      claim.basis = mapped === undefined ? 'outlet' : attributions[mapped].basis;
    }
    const kept = claim.hedges.filter((i) => hedgeMap.has(i)).map((i) => reorder.get(hedgeMap.get(i)));
    for (const { h, i } of added) if (overlaps(h, claim)) kept.push(i);
    claim.hedges = kept.sort((a, b) => a - b);
    claim.hedged = claim.hedges.length > 0;
    claim.hedge_score = scoreOf(claim.hedges.map((i) => result.hedges[i]));
    claim.hedge_level = levelOf(claim.hedge_score);
  }
  for (const sentence of result.sentences ?? []) {
    sentence.hedge_score = scoreOf(result.hedges.filter((h) => within(h, sentence)));
    sentence.hedge_level = levelOf(sentence.hedge_score);
  }
  result.summary = summarise(result, analysis.summary, attributionMap);
  return result;
}

/** The summary's counts recomputed from the adjusted lists. */
function summarise(result, old, attributionMap) {
  const count = (items, key, keys) => Object.fromEntries(keys.map((k) => [k, items.filter((i) => key(i) === k).length]));
  const kindOf = (a) => (a.source ? (a.source.kind === 'pronoun' ? a.source.resolved_kind ?? 'pronoun' : a.source.kind) : 'none');
  const attributed = new Set(result.attributions.map((a) => a.sentence));
  const anonymous = new Set(result.attributions.filter((a) => a.basis === 'anonymous').map((a) => a.sentence));
  const sources = old.sources
    .map((source) => {
      const mentions = source.mentions.map((i) => attributionMap.get(i)).filter((i) => i !== undefined);
      if (!mentions.length) return null;
      const kind = kindOf(result.attributions[mentions[0]]);
      const mentionSet = new Set(mentions);
      const claims = result.claims.filter((c) => c.attribution !== null && mentionSet.has(c.attribution)).length;
      return { ...source, kind: kind === 'none' ? source.kind : kind, attributions: mentions.length, mentions, claims };
    })
    .filter(Boolean);
  return {
    ...old,
    hedges: result.hedges.length,
    hedges_by_category: count(result.hedges, (h) => h.category, Object.keys(old.hedges_by_category)),
    hedges_by_strength: count(result.hedges, (h) => h.strength, ['weak', 'moderate', 'strong']),
    hedges_in_quotes: result.hedges.filter((h) => h.in_quote).length,
    hedges_by_whose: count(result.hedges, (h) => h.whose, ['writer', 'source']),
    sentences_by_hedge_level: count(result.sentences ?? [], (s) => s.hedge_level, ['none', 'light', 'moderate', 'heavy']),
    unattributed: result.unattributed.length,
    unattributed_by_kind: count(result.unattributed, (u) => u.kind, ['agentless', 'impersonal', 'document', 'scare_quote']),
    hedges_per_100_words: old.words ? (100 * result.hedges.length) / old.words : 0,
    attributions: result.attributions.length,
    attributions_by_kind: count(result.attributions, kindOf, Object.keys(old.attributions_by_kind)),
    claims_by_basis: count(result.claims, (c) => c.basis, Object.keys(old.claims_by_basis)),
    hedged_claims: result.claims.filter((c) => c.hedged).length,
    attributed_sentences: attributed.size,
    anonymous_sentences: anonymous.size,
    anonymous_share: attributed.size ? anonymous.size / attributed.size : 0,
    sources,
  };
}
