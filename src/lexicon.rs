//! Word lists, loaded once from the data files under `src/lexicon/`.
//!
//! Each file starts with a header saying what belongs in it. Phrases may use
//! two placeholders: `<be>` (any form of "to be") and `<num>` (a number); see
//! `phrase.rs` for how they are matched.

use crate::hasher::WordSet;
use crate::model::{HedgeCategory, HedgeStrength};
use crate::phrase::mark_placeholder_words;
pub(crate) use crate::phrase::PhraseSet;
use crate::vocab::Vocab;
use std::sync::OnceLock;

/// The entries of the word list `src/lexicon/$name`: `build.rs` copies each
/// file into `OUT_DIR` without its comment and blank lines, so the headers
/// stay in the sources and out of the WebAssembly module.
macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}
pub(crate) use lexicon_file;

/// What an attribution cue signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueType {
    Speech,
    Thought,
    Inference,
    Stance,
    /// Hoping and intending: a cue before "to" ("hopes to run").
    Intent,
}

/// An entry of `cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueInfo {
    #[allow(dead_code)]
    pub kind: CueType,
    pub strong: bool,
    /// Whether a plain clause or object after it is content enough.
    pub clause: bool,
    /// The first form listed: the base form ("say" for "said").
    pub lemma: &'static str,
}

/// The frames of a noun cue (`nouns.txt`), in the order of [`NOUN_FRAMES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NounFrame {
    /// "her claim that".
    That,
    /// "his criticism of".
    Of,
    /// "her attacks on".
    On,
    /// "his remarks about".
    About,
    /// "In her view, ...".
    Comma,
    /// "Her answer was that ...".
    IsThat,
    /// "Their argument: ...".
    Colon,
    /// "amid complaints that", with no owner.
    BareThat,
    /// "Opposition to the levy has grown", opening its sentence.
    Opening,
}

/// The keys of `nouns.txt`, one for each [`NounFrame`].
const NOUN_FRAMES: [&str; 9] = [
    "that",
    "of",
    "on",
    "about",
    "comma",
    "is that",
    "colon",
    "bare that",
    "opening",
];

/// Every word list whosaid uses.
pub(crate) struct Lexicons {
    /// The ids of every word of the phrase lists.
    pub vocab: Vocab,
    pub hedges: PhraseSet<(HedgeCategory, HedgeStrength)>,
    pub cues: PhraseSet<CueInfo>,
    /// The first words of the forms of topic verbs ("talked about",
    /// "discussed"), whose content is a topic, not a claim: `topic` in
    /// `cues.txt`.
    pub topic_words: WordSet<&'static str>,
    /// The lemmas of verbs of backing a side ("supports", "endorsed",
    /// "voted for"), whose "who" clause describes a speaker: `backing` in
    /// `cues.txt`.
    pub backing: WordSet<&'static str>,
    pub agentless: PhraseSet<()>,
    pub anon_markers: PhraseSet<()>,
    pub anonymity_granted: PhraseSet<()>,
    pub anonymity_reasons: PhraseSet<()>,
    /// Phrases that credit a claim to a narrative, with no cue and no
    /// source ("the story goes"): `narrative` in `unattributed.txt`.
    pub narrative: PhraseSet<()>,
    pub anon_roles: WordSet<&'static str>,
    pub vague: WordSet<&'static str>,
    pub documents: WordSet<&'static str>,
    pub titles: WordSet<&'static str>,
    /// The institutions among `titles` (`body:` lines): "campaign", "group".
    pub bodies: WordSet<&'static str>,
    pub abbrev_titles: WordSet<&'static str>,
    pub abbrev_other: WordSet<&'static str>,
    pub starters: WordSet<&'static str>,
    /// The nouns of `nouns.txt`, one set for each [`NounFrame`].
    pub nouns: [WordSet<&'static str>; 9],
}

impl Lexicons {
    /// Whether `noun` is a cue in `frame` (`nouns.txt`).
    pub(crate) fn noun_in(&self, frame: NounFrame, noun: &str) -> bool {
        self.nouns[frame as usize].contains(noun)
    }
}

/// The lines of a data file that are neither blank nor comments.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits `key: value` lines.
fn keyed(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(file).filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim(), v.trim())))
}

/// Splits a verb's forms into its lemma and the forms that are cues. A
/// bracketed base form names the lemma without making it a cue: "\[report\]
/// reports reported" ("a report" is a noun). Otherwise the first form is the lemma.
fn lemma_and_forms(list: Vec<&'static str>) -> (&'static str, Vec<&'static str>) {
    match list.split_first() {
        Some((first, rest)) if first.starts_with('[') => {
            (first.trim_matches(['[', ']']), rest.to_vec())
        }
        Some((first, _)) => (first, list),
        None => ("", list),
    }
}

/// The lemma of every verb entry of `cues.txt`, for tests of the code's
/// own lists of lemmas.
#[cfg(test)]
pub(crate) fn cue_lemmas() -> Vec<&'static str> {
    keyed(lexicon_file!("cues.txt"))
        .map(|(_, forms)| {
            let list = if forms.contains(',') {
                forms.split(',').map(str::trim).collect()
            } else {
                forms.split_whitespace().collect()
            };
            lemma_and_forms(list).0
        })
        .collect()
}

fn load() -> Lexicons {
    let mut vocab = Vocab::new();
    mark_placeholder_words(&mut vocab);
    crate::cue::mark_frame_heads(&mut vocab);
    crate::words::mark_classes(&mut vocab);
    let mut hedges = PhraseSet::new();
    for (head, phrase) in keyed(lexicon_file!("hedges.txt")) {
        let (category, strength) = head.split_once(' ').unwrap_or((head, ""));
        let category = HedgeCategory::from_name(category)
            .unwrap_or_else(|| panic!("hedges.txt: unknown category {category}"));
        let strength = HedgeStrength::from_name(strength.trim())
            .unwrap_or_else(|| panic!("hedges.txt: no strength for {phrase}"));
        hedges.insert(&mut vocab, phrase, (category, strength));
    }
    let mut cues = PhraseSet::new();
    let mut topic_words = WordSet::default();
    let mut backing = WordSet::default();
    for (head, forms) in keyed(lexicon_file!("cues.txt")) {
        // "stance clause topic: discuss discusses ...": a topic verb.
        let (head, topic) = match head.strip_suffix(" topic") {
            Some(h) => (h, true),
            None => (head, false),
        };
        // "stance clause backing: endorse ...": a verb of backing a side.
        let (head, backs) = match head.strip_suffix(" backing") {
            Some(h) => (h, true),
            None => (head, false),
        };
        let (kind, strength) = head.split_once(' ').unwrap_or((head, "weak"));
        let kind = match kind {
            "speech" => CueType::Speech,
            "thought" => CueType::Thought,
            "stance" => CueType::Stance,
            "intent" => CueType::Intent,
            _ => CueType::Inference,
        };
        let strong = strength == "strong";
        let clause = strong || strength == "clause";
        if forms.contains(' ') && (forms.contains('<') || forms.starts_with("according")) {
            cues.insert(
                &mut vocab,
                forms,
                CueInfo {
                    kind,
                    strong,
                    clause,
                    lemma: forms,
                },
            );
        } else {
            // Phrasal verbs list their forms between commas: "point out, points out".
            let list: Vec<&'static str> = if forms.contains(',') {
                forms.split(',').map(str::trim).collect()
            } else {
                forms.split_whitespace().collect()
            };
            let (lemma, list) = lemma_and_forms(list);
            if backs {
                backing.insert(lemma);
            }
            for form in list {
                if topic {
                    topic_words.extend(form.split_whitespace().next());
                }
                cues.insert(
                    &mut vocab,
                    form,
                    CueInfo {
                        kind,
                        strong,
                        clause,
                        lemma,
                    },
                );
            }
        }
    }
    let mut agentless = PhraseSet::new();
    for phrase in entries(lexicon_file!("agentless.txt")) {
        agentless.insert(&mut vocab, phrase, ());
    }
    let mut anon_markers = PhraseSet::new();
    let mut anon_roles = WordSet::default();
    for (key, value) in keyed(lexicon_file!("anonymous.txt")) {
        if key == "role" {
            anon_roles.insert(value);
        } else {
            anon_markers.insert(&mut vocab, value, ());
        }
    }
    let mut anonymity_granted = PhraseSet::new();
    let mut anonymity_reasons = PhraseSet::new();
    for (key, value) in keyed(lexicon_file!("anonymity.txt")) {
        if key == "granted" {
            anonymity_granted.insert(&mut vocab, value, ());
        } else {
            anonymity_reasons.insert(&mut vocab, value, ());
        }
    }
    let mut narrative = PhraseSet::new();
    for (key, value) in keyed(lexicon_file!("unattributed.txt")) {
        if key == "narrative" {
            narrative.insert(&mut vocab, value, ());
        }
    }
    let mut titles = WordSet::default();
    let mut bodies = WordSet::default();
    for (key, value) in keyed(lexicon_file!("titles.txt")) {
        titles.insert(value);
        if key == "body" {
            bodies.insert(value);
        }
    }
    let mut abbrev_titles = WordSet::default();
    let mut abbrev_other = WordSet::default();
    for (key, value) in keyed(lexicon_file!("abbreviations.txt")) {
        if key == "title" {
            abbrev_titles.insert(value);
        } else {
            abbrev_other.insert(value);
        }
    }
    let mut nouns: [WordSet<&'static str>; 9] = Default::default();
    // (A line with an unknown frame is skipped: a test checks there is none.)
    for (frame, noun) in keyed(lexicon_file!("nouns.txt")) {
        if let Some(k) = NOUN_FRAMES.iter().position(|f| *f == frame) {
            nouns[k].insert(noun);
        }
    }
    for set in [
        &mut agentless,
        &mut anon_markers,
        &mut anonymity_granted,
        &mut anonymity_reasons,
        &mut narrative,
    ] {
        set.index();
    }
    hedges.index();
    cues.index();
    Lexicons {
        vocab,
        hedges,
        cues,
        topic_words,
        backing,
        agentless,
        anon_markers,
        anonymity_granted,
        anonymity_reasons,
        narrative,
        anon_roles,
        vague: entries(lexicon_file!("vague.txt")).collect(),
        documents: entries(lexicon_file!("documents.txt")).collect(),
        titles,
        bodies,
        abbrev_titles,
        abbrev_other,
        starters: entries(lexicon_file!("starters.txt")).collect(),
        nouns,
    }
}

/// The word lists, loaded on first use.
pub(crate) fn lexicons() -> &'static Lexicons {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    LEXICONS.get_or_init(load)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;

    #[test]
    fn loads_every_file() {
        let lex = lexicons();
        assert!(lex.anon_roles.contains("officials"));
        assert!(lex.vague.contains("critics"));
        assert!(lex.documents.contains("poll"));
        assert!(lex.abbrev_titles.contains("Sen"));
        assert!(lex.starters.contains("The"));
        assert!(lex.noun_in(NounFrame::Of, "criticism"));
        assert!(lex.noun_in(NounFrame::BareThat, "complaints"));
        assert!(!lex.noun_in(NounFrame::That, "remarks"));
    }

    #[test]
    fn every_noun_frame_is_known() {
        for (frame, noun) in keyed(lexicon_file!("nouns.txt")) {
            assert!(NOUN_FRAMES.contains(&frame), "nouns.txt: {frame}: {noun}");
        }
        let lines = entries(lexicon_file!("nouns.txt")).count();
        let loaded: usize = lexicons().nouns.iter().map(|set| set.len()).sum();
        assert_eq!(lines, loaded, "nouns.txt lists a noun twice in one frame");
    }

    #[test]
    fn matches_placeholders() {
        let lex = lexicons();
        let doc = Doc::of("it was said to be about a dozen");
        assert_eq!(
            lex.agentless.longest_at(&doc, 1, doc.len()).map(|m| m.0),
            Some(4)
        );
        assert_eq!(
            lex.hedges.longest_at(&doc, 0, doc.len()).map(|m| m.0),
            Some(3)
        );
        let (end, cat) = lex.hedges.longest_at(&doc, 5, doc.len()).unwrap();
        assert_eq!((end, cat.0), (8, HedgeCategory::Approximator));
        assert!(
            lex.hedges.longest_at(&doc, 5, 7).is_none(),
            "limit is respected"
        );
    }

    #[test]
    fn topic_verbs_come_from_cues_txt() {
        let topic = &lexicons().topic_words;
        for w in ["discussed", "talked", "mentioning", "spoke"] {
            assert!(topic.contains(w), "{w}");
        }
        assert!(!topic.contains("said"));
    }

    #[test]
    fn no_cue_form_is_listed_twice() {
        // The first entry of a form wins, so a second one would be dead.
        let mut seen = std::collections::HashSet::new();
        for (_, forms) in keyed(lexicon_file!("cues.txt")) {
            let list: Vec<&str> = if forms.contains('<') || forms.starts_with("according") {
                vec![forms]
            } else if forms.contains(',') {
                forms.split(',').map(str::trim).collect()
            } else {
                forms.split_whitespace().collect()
            };
            for form in list.into_iter().filter(|f| !f.starts_with('[')) {
                assert!(seen.insert(form), "cues.txt lists {form:?} twice");
                // A phrase on a line with no comma splits into its words.
                assert!(
                    !matches!(
                        form,
                        "about" | "on" | "of" | "to" | "for" | "in" | "with" | "at"
                    ),
                    "cues.txt makes {form:?} a cue: a phrase needs a comma after it"
                );
            }
        }
    }

    #[test]
    fn cue_forms_share_their_lemma() {
        let lex = lexicons();
        let doc = Doc::of("told according to");
        let (_, told) = lex.cues.longest_at(&doc, 0, doc.len()).unwrap();
        assert_eq!(told.lemma, "tell");
        assert!(told.strong);
        assert_eq!(
            lex.cues.longest_at(&doc, 1, doc.len()).map(|m| m.0),
            Some(3)
        );
    }
}
