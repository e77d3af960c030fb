//! The analysis as a self-describing document: every span carries its text.
//!
//! This is the shape of `whosaid analyze --format json` and of the objects the
//! WebAssembly module hands to JavaScript. `docs/analysis.schema.json` is its
//! reference and must change with it.

use crate::model::{
    Analysis, Basis, HedgeCategory, HedgeLevel, HedgeStrength, SourceKind, Summary,
    UnattributedKind, Whose,
};
use crate::Span;
use serde::Serialize;

/// A span with its text: `text` is exactly `input[start..end]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    /// First offset (UTF-8 bytes, or UTF-16 code units after [`Report::to_utf16`]).
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The covered text.
    pub text: String,
}

impl TextSpan {
    fn new(input: &str, span: Span) -> TextSpan {
        TextSpan {
            start: span.start,
            end: span.end,
            text: input[span].to_string(),
        }
    }
}

/// A sentence or stand-alone line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SentenceOut {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Whether it ends in terminal punctuation.
    pub terminated: bool,
    /// The doubt of its hedge cues added up (weak 3, moderate 2, strong 1).
    pub hedge_score: u32,
    /// How hedged it is: `none`, `light`, `moderate` or `heavy`.
    pub hedge_level: HedgeLevel,
}

/// A quotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteOut {
    /// First offset (the opening mark).
    pub start: usize,
    /// One past the last offset (the closing mark, when there is one).
    pub end: usize,
    /// The quotation, marks included.
    pub text: String,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// A hedge cue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HedgeOut {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The cue words.
    pub text: String,
    /// Its category.
    pub category: HedgeCategory,
    /// How much certainty it leaves: `weak`, `moderate` or `strong`.
    pub strength: HedgeStrength,
    /// Whether it stands inside a quotation.
    pub in_quote: bool,
    /// Whose hedge it is: `writer` or `source`.
    pub whose: Whose,
    /// For a source's hedge, the index of the attribution whose content
    /// holds it, or `null`.
    pub attribution: Option<usize>,
}

/// The relaying source of a chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ViaOut {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The relaying source's words.
    pub text: String,
    /// Its kind.
    pub kind: SourceKind,
}

/// The source of an attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The source's words.
    pub text: String,
    /// Its kind.
    pub kind: SourceKind,
    /// For a pronoun, its antecedent's kind, or `null`.
    pub resolved_kind: Option<SourceKind>,
    /// For a pronoun, its antecedent, or `null`.
    pub antecedent: Option<TextSpan>,
    /// For a relayed chain, the relaying source, or `null`.
    pub via: Option<ViaOut>,
    /// For an anonymous source, whether the article says why it is unnamed
    /// (`explained`, `granted`, `unexplained`), else `null`.
    pub anonymity: Option<crate::model::Anonymity>,
}

/// An attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttributionOut {
    /// The cue words.
    pub cue: TextSpan,
    /// The source, or `null` when agentless.
    pub source: Option<SourceOut>,
    /// The content, or `null` when it could not be bounded.
    pub content: Option<TextSpan>,
    /// Further parts of a discontinuous content.
    pub more_content: Vec<TextSpan>,
    /// What claims resting on it rest on.
    pub basis: Basis,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
}

/// A claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimOut {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The claim.
    pub text: String,
    /// Index of the attribution it rests on, or `null`.
    pub attribution: Option<usize>,
    /// What it rests on.
    pub basis: Basis,
    /// Whether a hedge weakens it.
    pub hedged: bool,
    /// Indexes of the hedges that weaken it.
    pub hedges: Vec<usize>,
    /// The doubt of those hedges added up.
    pub hedge_score: u32,
    /// How hedged it is: `none`, `light`, `moderate` or `heavy`.
    pub hedge_level: HedgeLevel,
    /// Index of the sentence it starts in.
    pub sentence: usize,
}

/// A claim or phrase that floats free of any source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnattributedOut {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
    /// The words that show it: a cue, a document, or a quoted phrase.
    pub text: String,
    /// `agentless`, `impersonal`, `document` or `scare_quote`.
    pub kind: UnattributedKind,
    /// Index of its attribution, or `null`.
    pub attribution: Option<usize>,
    /// Index of the claim it concerns, or `null`.
    pub claim: Option<usize>,
    /// Index of its sentence.
    pub sentence: usize,
}

/// The whole analysis with text on every span. See `docs/analysis.schema.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The schema version; bumped on any incompatible change.
    pub version: u32,
    /// `"utf8"` for byte offsets, `"utf16"` for UTF-16 code units.
    pub offsets: &'static str,
    /// Paragraphs.
    pub paragraphs: Vec<TextSpan>,
    /// Sentences and stand-alone lines.
    pub sentences: Vec<SentenceOut>,
    /// Quotations.
    pub quotes: Vec<QuoteOut>,
    /// Hedge cues.
    pub hedges: Vec<HedgeOut>,
    /// Attributions.
    pub attributions: Vec<AttributionOut>,
    /// Claims.
    pub claims: Vec<ClaimOut>,
    /// Claims and phrases that float free of any source.
    pub unattributed: Vec<UnattributedOut>,
    /// Counts and shares.
    pub summary: Summary,
}

/// The current schema version.
pub const SCHEMA_VERSION: u32 = 1;

impl Report {
    /// Builds the report of `analysis`, which must come from `input`.
    pub fn new(input: &str, analysis: &Analysis) -> Report {
        let ts = |span: Span| TextSpan::new(input, span);
        Report {
            version: SCHEMA_VERSION,
            offsets: "utf8",
            paragraphs: analysis.paragraphs.iter().map(|&p| ts(p)).collect(),
            sentences: analysis
                .sentences
                .iter()
                .map(|s| SentenceOut {
                    start: s.span.start,
                    end: s.span.end,
                    text: input[s.span].to_string(),
                    paragraph: s.paragraph,
                    terminated: s.terminated,
                    hedge_score: s.hedge_score,
                    hedge_level: s.hedge_level,
                })
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .map(|q| QuoteOut {
                    start: q.span.start,
                    end: q.span.end,
                    text: input[q.span].to_string(),
                    closed: q.closed,
                })
                .collect(),
            hedges: analysis
                .hedges
                .iter()
                .map(|h| HedgeOut {
                    start: h.span.start,
                    end: h.span.end,
                    text: input[h.span].to_string(),
                    category: h.category,
                    strength: h.strength,
                    in_quote: h.in_quote,
                    whose: h.whose,
                    attribution: h.attribution,
                })
                .collect(),
            attributions: analysis
                .attributions
                .iter()
                .map(|a| AttributionOut {
                    cue: ts(a.cue),
                    source: a.source.map(|s| SourceOut {
                        start: s.span.start,
                        end: s.span.end,
                        text: input[s.span].to_string(),
                        kind: s.kind,
                        resolved_kind: s.resolved_kind,
                        antecedent: s.antecedent.map(ts),
                        via: s.via.map(|v| ViaOut {
                            start: v.span.start,
                            end: v.span.end,
                            text: input[v.span].to_string(),
                            kind: v.kind,
                        }),
                        anonymity: s.anonymity,
                    }),
                    content: a.content.map(ts),
                    more_content: a.more_content.iter().map(|&c| ts(c)).collect(),
                    basis: a.basis(),
                    sentence: a.sentence,
                })
                .collect(),
            claims: analysis
                .claims
                .iter()
                .map(|c| ClaimOut {
                    start: c.span.start,
                    end: c.span.end,
                    text: input[c.span].to_string(),
                    attribution: c.attribution,
                    basis: c.basis,
                    hedged: c.hedged,
                    hedges: c.hedges.clone(),
                    hedge_score: c.hedge_score,
                    hedge_level: c.hedge_level,
                    sentence: c.sentence,
                })
                .collect(),
            unattributed: analysis
                .unattributed
                .iter()
                .map(|u| UnattributedOut {
                    start: u.span.start,
                    end: u.span.end,
                    text: input[u.span].to_string(),
                    kind: u.kind,
                    attribution: u.attribution,
                    claim: u.claim,
                    sentence: u.sentence,
                })
                .collect(),
            summary: analysis.summary.clone(),
        }
    }

    /// Calls `f` on every offset in the report, in a fixed order.
    pub fn for_each_offset(&mut self, mut f: impl FnMut(&mut usize)) {
        let mut pair = |start: &mut usize, end: &mut usize| {
            f(start);
            f(end);
        };
        for p in &mut self.paragraphs {
            pair(&mut p.start, &mut p.end);
        }
        for s in &mut self.sentences {
            pair(&mut s.start, &mut s.end);
        }
        for q in &mut self.quotes {
            pair(&mut q.start, &mut q.end);
        }
        for h in &mut self.hedges {
            pair(&mut h.start, &mut h.end);
        }
        for a in &mut self.attributions {
            pair(&mut a.cue.start, &mut a.cue.end);
            if let Some(s) = &mut a.source {
                pair(&mut s.start, &mut s.end);
                if let Some(v) = &mut s.via {
                    pair(&mut v.start, &mut v.end);
                }
                if let Some(t) = &mut s.antecedent {
                    pair(&mut t.start, &mut t.end);
                }
            }
            if let Some(c) = &mut a.content {
                pair(&mut c.start, &mut c.end);
            }
            for c in &mut a.more_content {
                pair(&mut c.start, &mut c.end);
            }
        }
        for c in &mut self.claims {
            pair(&mut c.start, &mut c.end);
        }
        for u in &mut self.unattributed {
            pair(&mut u.start, &mut u.end);
        }
    }

    /// Rewrites every offset from UTF-8 bytes to UTF-16 code units of `input`,
    /// in one pass over the text (see [`crate::utf16`]).
    pub fn to_utf16(&mut self, input: &str) {
        if self.offsets == "utf16" {
            return;
        }
        let mut offsets = Vec::new();
        self.for_each_offset(|o| offsets.push(*o));
        let map = crate::utf16::OffsetMap::new(input, offsets);
        self.for_each_offset(|o| *o = map.get(*o));
        self.offsets = "utf16";
    }
}
