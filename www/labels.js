// Words for the analyser's categories, shared by the summary and the details card.

/** What a claim rests on, in display order. */
export const BASES = [
  ['named', 'Named source'],
  ['anonymous', 'Anonymous source'],
  ['vague', 'Vague source'],
  ['document', 'Document'],
  ['unattributed', 'Attributed to no one'],
  ['outlet', 'The outlet’s own'],
];

/** Hedge categories, with examples. */
export const HEDGE_KINDS = [
  ['modal', 'Modal', 'could, may, might'],
  ['reportative', 'Reportative', 'reportedly, is said to'],
  ['evidential', 'Evidential', 'appears to, suggests'],
  ['epistemic', 'Epistemic', 'believe, probably'],
  ['approximator', 'Approximator', 'about, roughly'],
];

/** Hedge strengths: how much certainty each cue leaves, least first. */
export const STRENGTHS = [
  ['weak', 'Weak', 'might, allegedly: little certainty left'],
  ['moderate', 'Moderate', 'likely, appears to: leaned on, not vouched for'],
  ['strong', 'Strong', 'almost certainly, about 300: nearly certain'],
];

/** How hedged a sentence or statement is, from its cues' doubt added up. */
export const LEVELS = {
  none: 'not hedged',
  light: 'lightly hedged',
  moderate: 'moderately hedged',
  heavy: 'heavily hedged',
};

/** Whose hedge it is. */
export const WHOSE = [
  ['writer', 'The article hedges', 'in its own voice'],
  ['source', 'A source hedges', 'in a quotation, or in what a source is reported to say'],
];

/** Kinds of claim or phrase that float free of any source, with examples. */
export const UNATTRIBUTED_KINDS = [
  ['agentless', 'Agentless', '“was described as”, “is said to”'],
  ['impersonal', 'Impersonal', '“it is believed”, “it is understood”'],
  ['document', 'No one behind it', '“according to one account”, “reports say”'],
  ['scare_quote', 'Quoted, no speaker', 'the so-called “peace plan”'],
];

/** What each unattributed kind means for a reader. */
export const UNATTRIBUTED_MEANING = {
  agentless: 'Someone is said to hold this view, but the passive voice hides who.',
  impersonal: 'An empty “it” stands where a source should be: believed or understood by whom?',
  document: 'Credited to an account, a report or a narrative with no author or outlet named.',
  scare_quote: 'Words in quotation marks with no speaker near them: whose words are they, and who doubts them?',
};

/** The label of an unattributed kind. */
export function unattributedLabel(kind) {
  return (UNATTRIBUTED_KINDS.find(([key]) => key === kind) ?? [kind, kind])[1];
}

/** Source kinds, as counted in `attributions_by_kind`. */
export const SOURCE_KINDS = [
  ['named', 'Named'],
  ['anonymous', 'Anonymous'],
  ['vague', 'Vague'],
  ['document', 'Document'],
  ['pronoun', 'Pronoun, unresolved'],
  ['none', 'No source given'],
];

/** Why each hedge category matters to a reader. */
export const HEDGE_MEANING = {
  modal: 'a possibility, not a fact',
  reportative: 'hearsay the writer passes on without vouching for it',
  evidential: 'an inference from signs, not an observation',
  epistemic: 'a belief or a degree of certainty',
  approximator: 'a rough figure',
};

/** What a claim resting on each basis means for a reader. */
export const BASIS_MEANING = {
  named: 'A source the reader can identify and check.',
  anonymous: 'A source whose identity is withheld: the reader must trust the outlet.',
  vague: 'A group no one can check (“critics”, “observers”).',
  document: 'A document: a report, a poll, a filing.',
  unattributed: 'Said to be held by someone, but the text never says who.',
  outlet: 'The outlet’s own reporting: no one else is cited.',
};

/** The label of a source kind. */
export function kindLabel(kind) {
  return (SOURCE_KINDS.find(([key]) => key === kind) ?? [kind, kind])[1];
}

/** The label of a basis. */
export function basisLabel(basis) {
  return (BASES.find(([key]) => key === basis) ?? [basis, basis])[1];
}

/** One plain sentence per highlight: why it matters to a reader. */
export const WHY = {
  'hedge-writer':
    'The writer hedges in their own voice: the article itself does not vouch for this as fact.',
  'hedge-source':
    'A source hedges, in a quotation or in what they are reported to have said: the doubt is theirs, not the writer’s.',
  unsourced:
    'This floats free of any source: the text presents it as someone’s words or view without saying whose.',
  'source-named': 'A named source can be checked, and is on the record for what they said.',
  'source-anonymous':
    'You cannot check who this is: you are asked to trust the outlet’s judgement of the source.',
  'source-vague': 'A group no one can count or check: how many, and which ones?',
  'source-document': 'A document can usually be found and read for yourself.',
  cue: 'The reporting word frames the claim: “said” is neutral, “admitted” or “claimed” is not.',
  'claim-anonymous':
    'This statement rests on someone you cannot identify, so you cannot weigh their interests.',
  'claim-unattributed':
    'The text says someone holds this view but never says who, so no one answers for it.',
  'claim-hedged': 'The statement is softened: read it as a possibility, not a finding.',
  'claim-outlet': 'The outlet states this on its own authority; no one else is cited.',
  claim: 'Each statement rests on someone: who it is tells you how far to trust it.',
};
