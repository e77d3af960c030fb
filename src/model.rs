//! The result of an analysis: plain data with byte spans.

use crate::Span;
use serde::Serialize;

/// How a hedge weakens a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HedgeCategory {
    /// Epistemic modal verbs: "may", "might", "could", "would".
    Modal,
    /// Hearsay markers: "reportedly", "allegedly", "is said to".
    Reportative,
    /// Inference from evidence: "appears to", "seems", "suggests".
    Evidential,
    /// Epistemic adverbs and adjectives: "likely", "possibly", "apparent".
    Epistemic,
    /// Vague quantities: "about 300", "roughly half", "an estimated".
    Approximator,
}

impl HedgeCategory {
    /// Every category, in display order.
    pub const ALL: [HedgeCategory; 5] = [
        HedgeCategory::Modal,
        HedgeCategory::Reportative,
        HedgeCategory::Evidential,
        HedgeCategory::Epistemic,
        HedgeCategory::Approximator,
    ];

    /// The lowercase name used in JSON and in the lexicon files.
    pub fn name(self) -> &'static str {
        match self {
            HedgeCategory::Modal => "modal",
            HedgeCategory::Reportative => "reportative",
            HedgeCategory::Evidential => "evidential",
            HedgeCategory::Epistemic => "epistemic",
            HedgeCategory::Approximator => "approximator",
        }
    }

    /// Parses a lowercase name as written in the lexicon files.
    pub fn from_name(name: &str) -> Option<HedgeCategory> {
        HedgeCategory::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// How much certainty a hedge leaves a statement: "might" leaves little
/// (weak), "likely" some (moderate), "almost certainly" or "about 300" a lot
/// (strong). Written beside each cue in `lexicon/hedges.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HedgeStrength {
    /// Little certainty left: a bare possibility or unverified hearsay
    /// ("might", "could", "allegedly", "unconfirmed", "perhaps").
    Weak,
    /// The statement is leaned on but not vouched for ("likely", "probably",
    /// "appears to", "suggests", "reportedly", "is believed to").
    Moderate,
    /// Nearly certain, or only the figure is rough ("almost certainly", "is
    /// expected to", "about 300", "an estimated").
    Strong,
}

impl HedgeStrength {
    /// Every strength, from the least certain.
    pub const ALL: [HedgeStrength; 3] = [
        HedgeStrength::Weak,
        HedgeStrength::Moderate,
        HedgeStrength::Strong,
    ];

    /// The lowercase name used in JSON and in the lexicon files.
    pub fn name(self) -> &'static str {
        match self {
            HedgeStrength::Weak => "weak",
            HedgeStrength::Moderate => "moderate",
            HedgeStrength::Strong => "strong",
        }
    }

    /// Parses a lowercase name as written in the lexicon files.
    pub fn from_name(name: &str) -> Option<HedgeStrength> {
        HedgeStrength::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The doubt the cue adds to its sentence's hedge score: 3 for weak, 2
    /// for moderate, 1 for strong.
    pub fn doubt(self) -> u32 {
        match self {
            HedgeStrength::Weak => 3,
            HedgeStrength::Moderate => 2,
            HedgeStrength::Strong => 1,
        }
    }
}

/// How hedged a sentence or a claim is, from the doubt of all its cues
/// together, so that stacked cues ("could suggest potentially") weigh more
/// than one ("could").
///
/// The score is the sum of [`HedgeStrength::doubt`] over the cues: 0 is
/// `none`, 1 or 2 `light` ("about 300", "likely"), 3 or 4 `moderate`
/// ("could", "appears to ... probably"), 5 and over `heavy` ("could
/// potentially", "reportedly ... may").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HedgeLevel {
    /// No hedge.
    #[default]
    None,
    /// A score of 1 or 2: one moderate or strong cue.
    Light,
    /// A score of 3 or 4: one weak cue, or two milder ones.
    Moderate,
    /// A score of 5 or more: stacked cues.
    Heavy,
}

impl HedgeLevel {
    /// Every level, from no hedge to heavy.
    pub const ALL: [HedgeLevel; 4] = [
        HedgeLevel::None,
        HedgeLevel::Light,
        HedgeLevel::Moderate,
        HedgeLevel::Heavy,
    ];

    /// The level of a hedge score (the sum of its cues' doubt).
    pub fn of_score(score: u32) -> HedgeLevel {
        match score {
            0 => HedgeLevel::None,
            1..=2 => HedgeLevel::Light,
            3..=4 => HedgeLevel::Moderate,
            _ => HedgeLevel::Heavy,
        }
    }

    /// The lowercase name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            HedgeLevel::None => "none",
            HedgeLevel::Light => "light",
            HedgeLevel::Moderate => "moderate",
            HedgeLevel::Heavy => "heavy",
        }
    }
}

/// Whose doubt a hedge expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Whose {
    /// The article's own: the writer hedges ("the deal could collapse").
    Writer,
    /// A source's: inside a quotation, or in what a source is reported to
    /// have said ("officials said the deal could collapse").
    Source,
}

impl Whose {
    /// The lowercase name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Whose::Writer => "writer",
            Whose::Source => "source",
        }
    }
}

/// Who or what a source is, as far as the reader can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// Identified by name: "Ana Ruiz", "Reuters", "the Pentagon".
    Named,
    /// Identity withheld: "an unnamed official", "sources familiar with the talks".
    Anonymous,
    /// Generic or weasel: "critics", "observers", "some experts".
    Vague,
    /// A document or data: "the report", "a poll", "the account".
    Document,
    /// A pronoun: "he", "she", "they", "it".
    Pronoun,
}

impl SourceKind {
    /// Every kind, in display order.
    pub const ALL: [SourceKind; 5] = [
        SourceKind::Named,
        SourceKind::Anonymous,
        SourceKind::Vague,
        SourceKind::Document,
        SourceKind::Pronoun,
    ];

    /// The lowercase name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Vague => "vague",
            SourceKind::Document => "document",
            SourceKind::Pronoun => "pronoun",
        }
    }
}

/// What a claim rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// A named source.
    Named,
    /// An anonymous source.
    Anonymous,
    /// A vague source ("critics say").
    Vague,
    /// A document ("the report found").
    Document,
    /// Attributed, but to nobody: "was described as", "is said to".
    Unattributed,
    /// The outlet's own reporting: a plain statement with no attribution.
    Outlet,
}

impl Basis {
    /// Every basis, in display order.
    pub const ALL: [Basis; 6] = [
        Basis::Named,
        Basis::Anonymous,
        Basis::Vague,
        Basis::Document,
        Basis::Unattributed,
        Basis::Outlet,
    ];

    /// The lowercase name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Basis::Named => "named",
            Basis::Anonymous => "anonymous",
            Basis::Vague => "vague",
            Basis::Document => "document",
            Basis::Unattributed => "unattributed",
            Basis::Outlet => "outlet",
        }
    }
}

/// One sentence, or one line that stands alone (a headline, a byline, a list item).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, without surrounding white space.
    pub span: Span,
    /// Index of its paragraph in [`Analysis::paragraphs`].
    pub paragraph: usize,
    /// Whether it ends in terminal punctuation; `false` for headlines, bylines and list items.
    pub terminated: bool,
    /// The doubt of all its hedge cues together (see [`HedgeLevel`]).
    pub hedge_score: u32,
    /// How hedged it is.
    pub hedge_level: HedgeLevel,
}

/// A quotation: an opening mark, the quoted words, and the closing mark if there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark inclusive. A quote reopened at
    /// the start of each paragraph (the news convention) is one quote.
    pub span: Span,
    /// Whether a closing mark was found; unclosed quotes end at their paragraph.
    pub closed: bool,
}

/// A word or phrase that makes a statement less than certain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hedge {
    /// The cue words: "reportedly", "appears to", "about 300".
    pub span: Span,
    /// What kind of hedge it is.
    pub category: HedgeCategory,
    /// How much certainty it leaves.
    pub strength: HedgeStrength,
    /// Whether the cue stands inside a quotation.
    pub in_quote: bool,
    /// Whose hedge it is: a source's when it stands inside a quotation or in
    /// the content of an attribution with a source, else the writer's.
    pub whose: Whose,
    /// For a source's hedge, index into [`Analysis::attributions`] of the
    /// attribution whose content holds it, when one was found.
    pub attribution: Option<usize>,
}

/// Whether the article says why an anonymous source is unnamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Anonymity {
    /// Anonymity granted with a reason: "spoke on condition of anonymity
    /// because the talks were private".
    Explained,
    /// Anonymity granted openly, with no reason: "requested anonymity".
    Granted,
    /// Nothing said about it: "officials said".
    Unexplained,
}

/// The outlet or person who relays a source's words: "Reuters" in "Reuters, citing an informant".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relay {
    /// The relaying source's words.
    pub span: Span,
    /// Its kind.
    pub kind: SourceKind,
}

/// Who an attribution credits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The source's words: "a person familiar with the talks".
    pub span: Span,
    /// Its kind.
    pub kind: SourceKind,
    /// For a pronoun, the kind of its antecedent when one was found.
    pub resolved_kind: Option<SourceKind>,
    /// For a pronoun, the antecedent it was resolved to.
    pub antecedent: Option<Span>,
    /// For a relayed chain, the relaying outlet or person.
    pub via: Option<Relay>,
    /// For an anonymous source, whether the article says why it is unnamed.
    pub anonymity: Option<Anonymity>,
}

impl Source {
    /// The kind that counts for the reader: a pronoun's antecedent kind when known.
    pub fn effective_kind(&self) -> SourceKind {
        self.resolved_kind.unwrap_or(self.kind)
    }
}

/// A claim credited to a source: who, through which words, said what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The words that signal the attribution: "said", "according to", "told".
    pub cue: Span,
    /// The source, or `None` for an agentless attribution ("was described as").
    pub source: Option<Source>,
    /// The claim itself, when it could be bounded.
    pub content: Option<Span>,
    /// Further parts of a discontinuous content: the second half of a quote
    /// split by its attribution ("'A,' she said, 'B.'"), the quotes that
    /// follow it in the same paragraph, or the rest of a sentence around a
    /// parenthetical cue ("The deal, officials said, is dead").
    pub more_content: Vec<Span>,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
}

impl Attribution {
    /// What a claim resting on this attribution rests on.
    pub fn basis(&self) -> Basis {
        match self.source.map(|s| s.effective_kind()) {
            None => Basis::Unattributed,
            Some(SourceKind::Named) | Some(SourceKind::Pronoun) => Basis::Named,
            Some(SourceKind::Anonymous) => Basis::Anonymous,
            Some(SourceKind::Vague) => Basis::Vague,
            Some(SourceKind::Document) => Basis::Document,
        }
    }
}

/// A statement the article makes: a sentence, or the content of an attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The statement's words.
    pub span: Span,
    /// Index into [`Analysis::attributions`] of the attribution it rests on.
    pub attribution: Option<usize>,
    /// What it rests on.
    pub basis: Basis,
    /// Whether a hedge weakens it.
    pub hedged: bool,
    /// Indexes into [`Analysis::hedges`] of the hedges that weaken it: inside
    /// it, or in its attribution's own words ("officials reportedly said").
    pub hedges: Vec<usize>,
    /// The doubt of its hedges together (see [`HedgeLevel`]).
    pub hedge_score: u32,
    /// How hedged it is.
    pub hedge_level: HedgeLevel,
    /// Index of the sentence it starts in.
    pub sentence: usize,
}

/// Why a claim or a phrase floats free of any source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnattributedKind {
    /// An agentless passive: "was described as", "is said to".
    Agentless,
    /// An impersonal frame: "it is believed", "it is understood".
    Impersonal,
    /// A document with no one behind it: "according to one account",
    /// "reports say", "the narrative holds".
    Document,
    /// A quoted phrase with no speaker in its sentence or the next ones:
    /// scare quotes (the so-called “peace plan”).
    ScareQuote,
}

impl UnattributedKind {
    /// Every kind, in display order.
    pub const ALL: [UnattributedKind; 4] = [
        UnattributedKind::Agentless,
        UnattributedKind::Impersonal,
        UnattributedKind::Document,
        UnattributedKind::ScareQuote,
    ];

    /// The snake_case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            UnattributedKind::Agentless => "agentless",
            UnattributedKind::Impersonal => "impersonal",
            UnattributedKind::Document => "document",
            UnattributedKind::ScareQuote => "scare_quote",
        }
    }
}

/// Something the article presents as someone's words or view without saying whose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unattributed {
    /// The words that show it: the agentless or impersonal cue ("was
    /// described as", "it is believed"), the document ("one account"), or
    /// the quoted phrase with its marks.
    pub span: Span,
    /// Which kind it is.
    pub kind: UnattributedKind,
    /// Index into [`Analysis::attributions`] of its attribution, if any
    /// (none for a scare quote or a narrative found without a cue).
    pub attribution: Option<usize>,
    /// Index into [`Analysis::claims`] of the claim it concerns.
    pub claim: Option<usize>,
    /// Index of its sentence.
    pub sentence: usize,
}

/// A distinct source and how many claims it backs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceEntry {
    /// The source as first written.
    pub text: String,
    /// Its kind (a pronoun's antecedent kind when known).
    pub kind: SourceKind,
    /// How many attributions credit it.
    pub attributions: usize,
    /// Indexes into the analysis's attributions of each one that credits it.
    pub mentions: Vec<usize>,
    /// How many claims rest on it.
    pub claims: usize,
}

/// Hedge counts per category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct HedgeCounts {
    /// Modal hedges.
    pub modal: usize,
    /// Reportative hedges.
    pub reportative: usize,
    /// Evidential hedges.
    pub evidential: usize,
    /// Epistemic adverbs and adjectives.
    pub epistemic: usize,
    /// Approximators.
    pub approximator: usize,
}

impl HedgeCounts {
    /// Adds one to the count of `category`.
    pub fn add(&mut self, category: HedgeCategory) {
        *match category {
            HedgeCategory::Modal => &mut self.modal,
            HedgeCategory::Reportative => &mut self.reportative,
            HedgeCategory::Evidential => &mut self.evidential,
            HedgeCategory::Epistemic => &mut self.epistemic,
            HedgeCategory::Approximator => &mut self.approximator,
        } += 1;
    }
}

/// Hedge counts per strength.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StrengthCounts {
    /// Weak: little certainty left.
    pub weak: usize,
    /// Moderate.
    pub moderate: usize,
    /// Strong: nearly certain.
    pub strong: usize,
}

impl StrengthCounts {
    /// Adds one to the count of `strength`.
    pub fn add(&mut self, strength: HedgeStrength) {
        *match strength {
            HedgeStrength::Weak => &mut self.weak,
            HedgeStrength::Moderate => &mut self.moderate,
            HedgeStrength::Strong => &mut self.strong,
        } += 1;
    }
}

/// Hedge counts by whose hedge it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WhoseCounts {
    /// The writer's own hedges.
    pub writer: usize,
    /// Sources' hedges: in quotations or in attributed contents.
    pub source: usize,
}

/// Sentence counts per hedge level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LevelCounts {
    /// Not hedged.
    pub none: usize,
    /// Lightly hedged.
    pub light: usize,
    /// Moderately hedged.
    pub moderate: usize,
    /// Heavily hedged.
    pub heavy: usize,
}

impl LevelCounts {
    /// Adds one to the count of `level`.
    pub fn add(&mut self, level: HedgeLevel) {
        *match level {
            HedgeLevel::None => &mut self.none,
            HedgeLevel::Light => &mut self.light,
            HedgeLevel::Moderate => &mut self.moderate,
            HedgeLevel::Heavy => &mut self.heavy,
        } += 1;
    }
}

/// Counts of unattributed claims and phrases per kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UnattributedCounts {
    /// Agentless passives.
    pub agentless: usize,
    /// Impersonal frames.
    pub impersonal: usize,
    /// Documents with no one behind them.
    pub document: usize,
    /// Quoted phrases with no speaker.
    pub scare_quote: usize,
}

impl UnattributedCounts {
    /// Adds one to the count of `kind`.
    pub fn add(&mut self, kind: UnattributedKind) {
        *match kind {
            UnattributedKind::Agentless => &mut self.agentless,
            UnattributedKind::Impersonal => &mut self.impersonal,
            UnattributedKind::Document => &mut self.document,
            UnattributedKind::ScareQuote => &mut self.scare_quote,
        } += 1;
    }
}

/// Attribution counts per source kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    /// Named sources.
    pub named: usize,
    /// Anonymous sources.
    pub anonymous: usize,
    /// Vague sources.
    pub vague: usize,
    /// Documents.
    pub document: usize,
    /// Pronouns whose antecedent was not found.
    pub pronoun: usize,
    /// Agentless attributions, with no source at all.
    pub none: usize,
}

impl KindCounts {
    /// Adds one to the count of `kind` (`None` for an agentless attribution).
    pub fn add(&mut self, kind: Option<SourceKind>) {
        *match kind {
            Some(SourceKind::Named) => &mut self.named,
            Some(SourceKind::Anonymous) => &mut self.anonymous,
            Some(SourceKind::Vague) => &mut self.vague,
            Some(SourceKind::Document) => &mut self.document,
            Some(SourceKind::Pronoun) => &mut self.pronoun,
            None => &mut self.none,
        } += 1;
    }
}

/// Claim counts per basis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct BasisCounts {
    /// Resting on named sources.
    pub named: usize,
    /// Resting on anonymous sources.
    pub anonymous: usize,
    /// Resting on vague sources.
    pub vague: usize,
    /// Resting on documents.
    pub document: usize,
    /// Attributed to nobody ("was described as").
    pub unattributed: usize,
    /// The outlet's own statements.
    pub outlet: usize,
}

impl BasisCounts {
    /// Adds one to the count of `basis`.
    pub fn add(&mut self, basis: Basis) {
        *match basis {
            Basis::Named => &mut self.named,
            Basis::Anonymous => &mut self.anonymous,
            Basis::Vague => &mut self.vague,
            Basis::Document => &mut self.document,
            Basis::Unattributed => &mut self.unattributed,
            Basis::Outlet => &mut self.outlet,
        } += 1;
    }
}

/// Counts and shares over the whole text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Words in the text.
    pub words: usize,
    /// Sentences (and stand-alone lines).
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Quotations.
    pub quotes: usize,
    /// Hedges, in total.
    pub hedges: usize,
    /// Hedges per category.
    pub hedges_by_category: HedgeCounts,
    /// Hedges per strength.
    pub hedges_by_strength: StrengthCounts,
    /// Hedges inside quotations.
    pub hedges_in_quotes: usize,
    /// Hedges by whose they are: the writer's, or a source's (inside
    /// quotations or attributed contents).
    pub hedges_by_whose: WhoseCounts,
    /// Sentences per hedge level.
    pub sentences_by_hedge_level: LevelCounts,
    /// Hedges per 100 words.
    pub hedges_per_100_words: f64,
    /// Attributions, in total.
    pub attributions: usize,
    /// Attributions per source kind, pronouns counted under their antecedent's
    /// kind when it is known.
    pub attributions_by_kind: KindCounts,
    /// Claims, in total.
    pub claims: usize,
    /// Claims per basis.
    pub claims_by_basis: BasisCounts,
    /// Hedged claims.
    pub hedged_claims: usize,
    /// Sentences holding at least one attributed claim.
    pub attributed_sentences: usize,
    /// Of those, sentences with a claim resting on an anonymous source.
    pub anonymous_sentences: usize,
    /// `anonymous_sentences / attributed_sentences`, or 0 when there are none.
    pub anonymous_share: f64,
    /// Attributions to anonymous sources whose anonymity is granted with a reason.
    pub anonymity_explained: usize,
    /// Attributions to anonymous sources whose anonymity is granted with no reason.
    pub anonymity_granted: usize,
    /// Attributions to anonymous sources with nothing said about their anonymity.
    pub anonymity_unexplained: usize,
    /// Unattributed claims and phrases, in total.
    pub unattributed: usize,
    /// Unattributed claims and phrases per kind.
    pub unattributed_by_kind: UnattributedCounts,
    /// Distinct sources, in order of first mention.
    pub sources: Vec<SourceEntry>,
}

/// Everything whosaid found in one text. All spans are UTF-8 byte ranges.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Paragraphs, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences and stand-alone lines, in order.
    pub sentences: Vec<Sentence>,
    /// Quotations, in order.
    pub quotes: Vec<Quote>,
    /// Hedge cues, in order, not overlapping.
    pub hedges: Vec<Hedge>,
    /// Attributions, in order of their cue.
    pub attributions: Vec<Attribution>,
    /// Claims, in order.
    pub claims: Vec<Claim>,
    /// Claims and phrases that float free of any source, in order.
    pub unattributed: Vec<Unattributed>,
    /// Counts and shares.
    pub summary: Summary,
}
