//! Attribution cues: the words that credit a claim to someone.
//!
//! **What it detects.** Reporting verbs from `lexicon/cues.txt` ("said",
//! "told", "reported", "noted", "framed", "cited"), the phrase "according to"
//! and its kin at the opening of a sentence, "To X, ..." ("To many voters,
//! the plan is a gift"), "make" with a noun of saying ("made the case for", "has made no
//! secret of"), passives with and without an agent ("was described by aides
//! as", "is said to", "it is understood", "was first reported by the
//! Herald", whose subject is the claim), a participle of judging after
//! the noun it judges, with its agent ("a plan criticized by the union":
//! `frames::reduced_judged`), "was quoted as saying", and
//! nouns of saying or taking a side after a possessive that no verb owns
//! ("despite her claim that", "in his criticism of", "In her view, ...";
//! the nouns and their frames are data, `lexicon/nouns.txt`) and a few
//! nouns of charging with no owner ("amid complaints that"),
//! and after a frame of trying or going on, the base form of a listed verb
//! that `cues.txt` leaves out as often a noun ("tried to defend", "went on
//! to slam", "is trying to cast": `group::aspect_verb`), and "like" after
//! "would" or a negated "do" ("would like to", "didn't like":
//! `frames::liking`).
//!
//! **Why it matters.** The cue is the hinge of an attribution: the source
//! stands on one side of it and the claim on the other.
//!
//! **Bounds.** A cue is marked as PolNeAR annotators mark it: a verb with
//! its group ("has also said", "have both praised", "could be seen as", "has
//! been asked", "was much derided", "has seemed", "would only say",
//! "reportedly told", "have in the past argued", "kept asking", "Firmly
//! Rejects" in a headline), an adverb that closes it
//! ("said repeatedly, ...", "said then.") or a manner of speaking ("said
//! with a grin"),
//! the particle or place they take ("warned of", "asked for", "argued
//! for", "was asked about", "called out", "wrote on Facebook"), an adverb
//! between an auxiliary and a passive's be-form ("has long been
//! considered"), after "continued
//! to", the next verb ("continued to criticize"), and before a verb after
//! "to", the verb or adjective of trying or being quick ("has tried to
//! argue", "were quick to deny", "went on to criticize"), and before "by"
//! and a participle, the verb that places the act ("began by saying",
//! "followed up by asking"); after "That",
//! the be-form of "That's according to"; after "issued a statement", the act it does ("issued a
//! statement Tuesday condemning ..."). A "then" that joins two acts
//! (", then said", "and then said") stays out of the group.
//!
//! **Traps it avoids.** Cue words inside a quotation belong to the speaker, not
//! the article, and are left alone. Weak verbs ("added", "noted", "states")
//! are kept only when the attribution module finds a clear content for them.
//! A verb of action with its particle ("backed away", "showed up") is no cue,
//! nor a plea of innocence in court ("pleaded not guilty"; "pleaded guilty",
//! an admission, is a cue with its "guilty", as `cues.txt` says),
//! nor "made his remarks" (an act of speaking, not a side taken).

use crate::doc::Doc;
use crate::lexicon::{lexicons, CueInfo, CueType};
use crate::model::Quote;
use crate::quote;
use std::ops::Range;

mod frames;
pub(crate) mod group;

use crate::vocab::w;
pub(crate) use frames::by_agent;
pub(crate) use frames::mark_frame_heads;
use frames::{
    agent_passive, as_reported, liking, nominal, noun_frame, reduced_judged, supporter_of,
    to_someone, LIKE, MAKE,
};
pub(crate) use group::causer_object;
pub(crate) use group::in_a_name;
use group::{group_start, passive_be, passive_end, passive_start, that_is, verb_group};

/// How a cue credits its claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CueForm {
    /// An active reporting verb: "said", "told", "was quoted as saying".
    Verb(CueInfo),
    /// A passive reporting verb whose subject is not the source: "was told",
    /// "was described as", "is said to", "it is understood". `agent` holds the
    /// tokens of "by X" when there is one; `frame` is true when the whole
    /// sentence is the claim ("the call was described as productive") rather
    /// than what follows the cue ("it is understood that ..."); `reduced`
    /// is true for a participle after its noun, with no be-form ("a plan
    /// criticized by the union"), whose claim is that noun.
    Passive {
        agent: Option<Range<usize>>,
        frame: bool,
        reduced: bool,
    },
    /// "according to".
    According,
    /// A noun of saying or taking a side after a possessive, its owner:
    /// "her claim that", "the mayor's criticism of"; an empty owner for a
    /// noun that has none ("amid complaints that").
    Nominal { owner: Range<usize> },
}

/// One cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub tokens: Range<usize>,
    pub form: CueForm,
}

/// Finds the cues of the sentence `tokens`. (Inlined into its one caller:
/// as a function of its own it costs the WebAssembly module 90 gzipped bytes.)
#[inline(always)]
pub(crate) fn find(doc: &Doc, tokens: Range<usize>, quotes: &[Quote]) -> Vec<CueMatch> {
    let lex = lexicons();
    let quotes = quote::around(quotes, doc, tokens.clone());
    let mut cues = Vec::new();
    let mut i = tokens.start;
    while i < tokens.end {
        if quote::containing(quotes, doc.span(i)).is_some_and(|q| q.span.start < doc.span(i).start)
        {
            i += 1;
            continue;
        }
        // "spokeswoman Hope Lee", "Ian Read said": a name, not a verb.
        // (Asked only where a cue could start: the test reads the words
        // around, and most capitalized words start none.)
        if i > tokens.start
            && doc.is_cap(i)
            && (lex.cues.longest_at(doc, i, tokens.end).is_some()
                || lex.agentless.longest_at(doc, i, tokens.end).is_some()
                || noun_frame(doc, i, tokens.end).is_some()
                || agent_passive(doc, i, tokens.end).is_some())
            && in_a_name(doc, i, tokens.start)
        {
            i += 1;
            continue;
        }
        if let Some(m) = as_reported(doc, i, tokens.clone()) {
            i = m.tokens.end;
            cues.push(m);
            continue;
        }
        if let Some(m) = to_someone(doc, i, tokens.clone()) {
            i = m.tokens.end;
            cues.push(m);
            continue;
        }
        if let Some(end) =
            noun_frame(doc, i, tokens.end).or_else(|| supporter_of(doc, i, tokens.end))
        {
            let (start, end) = verb_group(doc, i, end, &MAKE, tokens.start, tokens.end);
            cues.push(CueMatch {
                tokens: start..end,
                form: CueForm::Verb(MAKE),
            });
            i = end;
            continue;
        }
        if let Some(m) = nominal(doc, i, tokens.clone()) {
            i = m.tokens.end;
            cues.push(m);
            continue;
        }
        if let Some(m) = agent_passive(doc, i, tokens.end) {
            i = m.tokens.end;
            cues.push(m);
            continue;
        }
        let agentless = lex
            .agentless
            .longest_at(doc, i, tokens.end)
            .map(|(end, _)| end);
        // (After "tried to", a base form the list leaves out: "defend".)
        let verb = lex
            .cues
            .longest_at(doc, i, tokens.end)
            .or_else(|| group::aspect_verb(doc, i, tokens.start).map(|info| (i + 1, info)))
            // ("would like", "didn't like": a wish or a dislike.)
            .or_else(|| liking(doc, i, tokens.start).then_some((i + 1, &LIKE)));
        // "to be viewed as", "being described as": a frame no one is credited with.
        let generic = || {
            doc.is(i, w::BEING)
                || (doc.is(i, w::BE) && i > tokens.start && doc.is(i - 1, w::TO))
                // "officials reportedly said": the verb is the cue.
                || (doc.is(i, w::REPORTEDLY)
                    && lex.cues.longest_at(doc, i + 1, tokens.end).is_some())
        };
        // The be-form of a passive ("was rejected", "is often described").
        let passive = verb.and_then(|(end, _)| passive_be(doc, i, end, tokens.start));
        // "was first reported by": the one verb whose passive with an agent
        // is a cue of its own.
        let reported = verb
            .filter(|&(end, _)| end < tokens.end && doc.is(i, w::REPORTED) && doc.is(end, w::BY))
            .and(passive);
        // "a plan criticized by the union": a participle of judging after
        // its noun, and where its cue starts.
        let reduced = verb
            .filter(|_| passive.is_none())
            .and_then(|(end, _)| reduced_judged(doc, i, end, tokens.start));
        match (agentless.filter(|_| !generic()), verb) {
            (Some(a), v) if v.is_none_or(|(e, _)| a >= e) => {
                let frame = !doc.is(i, w::IT);
                // The cue is the verb group with "as" ("is seen as", as PolNeAR marks
                // it two times in three), but not "to" ("is expected").
                let cue_end = if a > i + 1 && doc.is(a - 1, w::TO) {
                    a - 1
                } else {
                    a
                };
                // "It is believed": the cue leaves out the empty "it", as
                // PolNeAR marks it (19 times in 22 on train).
                let seeming = frame
                    && matches!(
                        doc.id(i),
                        w::SEEM | w::SEEMS | w::SEEMED | w::APPEAR | w::APPEARS | w::APPEARED
                    );
                let cue_start = if seeming {
                    // "has seemed to", "had appeared to": the verb group, with
                    // its auxiliary, as gold marks it ("has seemed" 6 times on
                    // PolNeAR train, none left at "seemed").
                    group_start(doc, i, tokens.start)
                } else if frame {
                    passive_start(doc, i, tokens.start)
                } else {
                    i + 1
                };
                // "a bill that seemed doomed", "what appears to be a truce":
                // see `after_that_or_what`.
                if seeming && after_that_or_what(doc, cue_start, tokens.start) {
                    i = a;
                    continue;
                }
                cues.push(CueMatch {
                    tokens: cue_start..cue_end,
                    form: CueForm::Passive {
                        agent: None,
                        frame,
                        reduced: false,
                    },
                });
                i = a;
            }
            // "backed away", "showed up": a verb of action with its particle.
            (_, Some((end, info)))
                if end < tokens.end
                    && info.kind != CueType::Speech
                    && matches!(doc.id(end), w::AWAY | w::DOWN | w::OFF | w::UP) =>
            {
                i = end;
            }
            // "pleads not guilty", "pleaded innocent": a plea in court is an
            // act, not a claim (6 of 6 such cues wrong on PolNeAR train, when
            // "pleaded guilty" was among them; it is a cue of its own now).
            (_, Some((end, _)))
                if end + 1 < tokens.end
                    && (matches!(doc.id(end), w::GUILTY | w::INNOCENT)
                        || doc.is(end, w::NOT) && doc.is(end + 1, w::GUILTY)) =>
            {
                i = end;
            }
            // "The plan was first reported by the Herald": a report passive,
            // whose subject is the claim and whose agent the source. Gold
            // takes "by" into the cue 4 times in 7 on PolNeAR train and dev,
            // the be-form 6 times in 7.
            (_, Some((end, _))) if reported.is_some() => {
                let be = reported.unwrap_or(i);
                cues.push(CueMatch {
                    tokens: passive_start(doc, be, tokens.start)..end + 1,
                    form: CueForm::Passive {
                        agent: by_agent(doc, end, tokens.end),
                        frame: true,
                        reduced: false,
                    },
                });
                i = end + 1;
            }
            // "a plan criticized by the union", "the bill, opposed by the
            // mayor,": a participle of judging after its noun.
            (_, Some((end, _))) if reduced.is_some() => {
                let start = reduced.unwrap_or(i);
                cues.push(CueMatch {
                    tokens: start..end,
                    form: CueForm::Passive {
                        agent: by_agent(doc, end, tokens.end),
                        frame: false,
                        reduced: true,
                    },
                });
                i = end;
            }
            (_, Some((end, info)))
                if !(end == i + 1
                    && doc.low(i).ends_with("ed")
                    && !doc.is(i, w::ASKED)
                    && doc.is(end, w::BY)
                    && passive.is_none()) =>
            {
                // ("sources cited by the Journal" is a relay inside a source, not a cue;
                // after a be-form, "was rejected by the union", it is a passive.)
                let form = if info.lemma == "according to" {
                    CueForm::According
                } else if passive.is_some() {
                    let agent = by_agent(doc, end, tokens.end);
                    CueForm::Passive {
                        agent,
                        frame: false,
                        reduced: false,
                    }
                } else {
                    CueForm::Verb(*info)
                };
                let (start, end) = match &form {
                    CueForm::Passive { .. } => {
                        let be = passive.unwrap_or(i);
                        (
                            passive_start(doc, be, tokens.start),
                            passive_end(doc, i, end, tokens.end),
                        )
                    }
                    CueForm::Verb(info) => verb_group(doc, i, end, info, tokens.start, tokens.end),
                    CueForm::According | CueForm::Nominal { .. } => {
                        (that_is(doc, i, tokens.start), end)
                    }
                };
                // "seemed to confirm": a verb of seeming or trying taken
                // into the next cue is no cue of its own.
                while cues.last().is_some_and(|c| c.tokens.end > start) {
                    cues.pop();
                }
                cues.push(CueMatch {
                    tokens: start..end,
                    form,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    cues
}

/// Whether an appearance frame ("seemed", "appears to") whose group
/// starts at `start` has "that" or "what" for its subject: "a bill that
/// seemed doomed", "what appears to be a truce", "but that seems
/// unlikely". The claim would be the pronoun's antecedent with the
/// complement, which gold rarely bounds the same way, and more often
/// leaves unmarked: on PolNeAR train 2 such cues of 14 were gold. After
/// "which" or "who" ("the vote, which appeared to surprise her") gold
/// marks the frame about half the time (3 of 6), so it stays.
fn after_that_or_what(doc: &Doc, start: usize, first: usize) -> bool {
    start > first && matches!(doc.id(start - 1), w::THAT | w::WHAT)
}
