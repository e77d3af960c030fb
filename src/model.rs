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

/// Who or what a source is, as far as the reader can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// Identified by name: "Jake Sullivan", "Reuters", "the Pentagon".
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
    /// Whether the cue stands inside a quotation (a source hedges, not the writer).
    pub in_quote: bool,
}

/// Whether the article says why an anonymous source is unnamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Anonymity {
    /// Anonymity granted with a reason: "spoke on condition of anonymity
    /// because they were not authorized to discuss the talks".
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
    /// Index of the sentence it starts in.
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
    /// Hedges inside quotations (a source hedges rather than the writer).
    pub hedges_in_quotes: usize,
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
    /// Counts and shares.
    pub summary: Summary,
}
