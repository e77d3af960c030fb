//! Attribution cues: the words that credit a claim to someone.
//!
//! **What it detects.** Reporting verbs from `lexicon/cues.txt` ("said",
//! "told", "reported", "noted", "framed", "cited"), the phrase "according to"
//! and its kin at the opening of a sentence, "To X, ..." ("To many voters,
//! the plan is a gift"), "make" with a noun of saying ("made the case for", "has made no
//! secret of"), passives with and without an agent ("was described by aides
//! as", "is said to", "it is understood", "was first reported by the
//! Herald", whose subject is the claim), and "was quoted as saying".
//!
//! **Why it matters.** The cue is the hinge of an attribution: the source
//! stands on one side of it and the claim on the other.
//!
//! **Bounds.** A cue is marked as PolNeAR annotators mark it: a verb with
//! its group ("has also said", "have both praised", "could be seen as", "has
//! been asked", "has seemed", "Firmly Rejects" in a headline), an adverb that closes it
//! ("said repeatedly, ...") or a manner of speaking ("said with a grin"),
//! the particle or place they take ("warned of",
//! "was asked about", "called out", "wrote on Facebook"), after "continued
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
use crate::source;
use std::ops::Range;

/// How a cue credits its claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CueForm {
    /// An active reporting verb: "said", "told", "was quoted as saying".
    Verb(CueInfo),
    /// A passive reporting verb whose subject is not the source: "was told",
    /// "was described as", "is said to", "it is understood". `agent` holds the
    /// tokens of "by X" when there is one; `frame` is true when the whole
    /// sentence is the claim ("the call was described as productive") rather
    /// than what follows the cue ("it is understood that ...").
    Passive {
        agent: Option<Range<usize>>,
        frame: bool,
    },
    /// "according to".
    According,
}

/// One cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub tokens: Range<usize>,
    pub form: CueForm,
}

const BE: [&str; 7] = ["is", "are", "was", "were", "been", "being", "be"];

/// Participles that take an agent in "was described by X as".
const AGENT_PARTICIPLES: [&str; 12] = [
    "described",
    "framed",
    "characterized",
    "characterised",
    "portrayed",
    "seen",
    "viewed",
    "regarded",
    "billed",
    "labeled",
    "labelled",
    "called",
];

/// Finds the cues of the sentence `tokens`.
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
        if let Some(m) = to_someone(doc, i, tokens.clone()) {
            i = m.tokens.end;
            cues.push(m);
            continue;
        }
        if let Some(end) = made_a_case(doc, i, tokens.end) {
            let (start, end) = verb_group(doc, i, end, &MAKE, tokens.start, tokens.end);
            cues.push(CueMatch {
                tokens: start..end,
                form: CueForm::Verb(MAKE),
            });
            i = end;
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
        let verb = lex.cues.longest_at(doc, i, tokens.end);
        // "to be viewed as", "being described as": a frame no one is credited with.
        let generic = || {
            doc.low(i) == "being"
                || (doc.low(i) == "be" && i > tokens.start && doc.low(i - 1) == "to")
                // "officials reportedly said": the verb is the cue.
                || (doc.low(i) == "reportedly"
                    && lex.cues.longest_at(doc, i + 1, tokens.end).is_some())
        };
        let reported = verb
            .filter(|(end, _)| *end < tokens.end)
            .and_then(|(end, _)| reported_by(doc, i, end, tokens.start));
        match (agentless.filter(|_| !generic()), verb) {
            (Some(a), v) if v.is_none_or(|(e, _)| a >= e) => {
                let frame = doc.low(i) != "it";
                // The cue is the verb group with "as" ("is seen as", as PolNeAR marks
                // it two times in three), but not "to" ("is expected").
                let cue_end = if a > i + 1 && doc.low(a - 1) == "to" {
                    a - 1
                } else {
                    a
                };
                // "It is believed": the cue leaves out the empty "it", as
                // PolNeAR marks it (19 times in 22 on train).
                let cue_start = if frame
                    && matches!(
                        doc.low(i),
                        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
                    ) {
                    // "has seemed to", "had appeared to": the verb group, with
                    // its auxiliary, as gold marks it ("has seemed" 6 times on
                    // PolNeAR train, none left at "seemed").
                    group_start(doc, i, tokens.start)
                } else if frame {
                    passive_start(doc, i, tokens.start)
                } else {
                    i + 1
                };
                cues.push(CueMatch {
                    tokens: cue_start..cue_end,
                    form: CueForm::Passive { agent: None, frame },
                });
                i = a;
            }
            // "backed away", "showed up": a verb of action with its particle.
            (_, Some((end, info)))
                if end < tokens.end
                    && info.kind != CueType::Speech
                    && matches!(doc.low(end), "away" | "down" | "off" | "up") =>
            {
                i = end;
            }
            // "pleads not guilty", "pleaded innocent": a plea in court is an
            // act, not a claim (6 of 6 such cues wrong on PolNeAR train, when
            // "pleaded guilty" was among them; it is a cue of its own now).
            (_, Some((end, _)))
                if end + 1 < tokens.end
                    && (matches!(doc.low(end), "guilty" | "innocent")
                        || doc.low(end) == "not" && doc.low(end + 1) == "guilty") =>
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
                    },
                });
                i = end + 1;
            }
            (_, Some((end, info)))
                if !(end == i + 1
                    && doc.low(i).ends_with("ed")
                    && doc.low(i) != "asked"
                    && doc.low(end) == "by") =>
            {
                // ("sources cited by the Journal" is a relay inside a source, not a cue.)
                let form = if info.lemma == "according to" {
                    CueForm::According
                } else if is_passive(doc, i, end, tokens.start) {
                    let agent = by_agent(doc, end, tokens.end);
                    CueForm::Passive {
                        agent,
                        frame: false,
                    }
                } else {
                    CueForm::Verb(*info)
                };
                let (start, end) = match &form {
                    CueForm::Passive { .. } => {
                        let be = if BE.contains(&doc.low(i - 1)) {
                            i - 1
                        } else {
                            i - 2
                        };
                        (
                            passive_start(doc, be, tokens.start),
                            passive_end(doc, i, end, tokens.end),
                        )
                    }
                    CueForm::Verb(info) => verb_group(doc, i, end, info, tokens.start, tokens.end),
                    CueForm::According => (that_is(doc, i, tokens.start), end),
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

/// Words of the verb group that belong to the cue when they stand right
/// before the verb: "has said", "also noted", "has repeatedly argued", "did
/// not respond to", "would say".
const AUXILIARIES: [&str; 27] = [
    "has",
    "have",
    "had",
    "also",
    "later",
    "now",
    "repeatedly",
    "previously",
    "publicly",
    "again",
    "still",
    "often",
    "once",
    "already",
    "not",
    "n't",
    "n’t",
    "never",
    "did",
    "does",
    "do",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
];

/// Adverbs with no "-ly" that belong to a verb group: "first reported".
const ADVERBS: [&str; 18] = [
    "first",
    "then",
    "just",
    "even",
    "initially",
    "further",
    "ever",
    "since",
    "soon",
    "long",
    "must",
    "should",
    "shall",
    "always",
    "cannot",
    "seldom",
    "having",
    "ca",
];

/// Words in "-ly" that are no adverbs of a verb group: "the family said".
const NOT_ADVERBS: [&str; 12] = [
    "only", "family", "early", "rally", "supply", "apply", "reply", "daily", "weekly", "monthly",
    "likely", "ally",
];

/// Extends a verb cue over its verb group, as the PolNeAR guidelines mark it:
/// auxiliaries and adverbs before it ("has also said"), an adverb after it
/// that closes the group ("said repeatedly, ..."), a colon right after
/// it ("said:"), the particle of "called for"/"called on"/"called out", the
/// preposition of "warned of", the verb of "continued to criticize", and after a
/// verb of saying, "about" and "in a statement" (on PolNeAR train, annotators
/// take them in about two times out of three). Returns the new token range.
fn verb_group(
    doc: &Doc,
    i: usize,
    end: usize,
    info: &CueInfo,
    first: usize,
    limit: usize,
) -> (usize, usize) {
    let mut start = group_start(doc, i, first);
    if let Some(s) = aspect_start(doc, start, first).or_else(|| opener_start(doc, start, first)) {
        start = group_start(doc, s, first);
    }
    let mut end = end;
    let speech = matches!(info.lemma, "say" | "ask" | "write" | "tell");
    if speech && end < limit && doc.low(end) == "about" {
        end += 1; // "asked about", "said about": annotators mostly take the particle
    } else if speech
        && end + 2 < limit
        && doc.low(end) == "in"
        && doc.low(end + 1) == "a"
        && doc.low(end + 2) == "statement"
    {
        end += 3; // "said in a statement", as annotators mostly mark it
    }
    if end + 1 < limit
        && info.lemma == "continued"
        && doc.low(end) == "to"
        && doc.is_lower_word(end + 1)
    {
        // "continued to criticize": the verb after "to" is the cue's (13 of
        // 13 gold cues after "continued to" on PolNeAR train).
        end += 2;
    } else if end < limit
        && info.lemma == "warn"
        && matches!(doc.low(end), "of" | "against" | "about")
    {
        end += 1; // "warned of", "warned against": 10 of 10 on train
    }
    if matches!(info.lemma, "write" | "posted") {
        end = on_platform(doc, end, limit).unwrap_or(end);
    }
    if info.lemma == "issued a statement" {
        end = statement_act(doc, end, limit).unwrap_or(end);
    }
    if trailing_adverb(doc, end, limit) {
        end += 1; // "said repeatedly, ...", "asked rhetorically:"
    } else if let Some(e) = with_a_smile(doc, end, limit) {
        end = e;
    }
    if end < limit && doc.low(end) == "out" && info.kind != CueType::Thought {
        end += 1; // "called out", "tweeted out": gold takes the particle
    }
    let colon = doc.punct(end) == Some(':');
    let particle = info.lemma == "called" && matches!(doc.low(end), "for" | "on");
    if end < limit && (colon || particle) {
        end += 1;
    }
    (start, end)
}

/// Auxiliaries before the be-form of a passive cue that PolNeAR annotators
/// take into it: "has been asked" (gold takes "has" 5 times in 5 on train),
/// "could be seen as" (5 in 5).
const PASSIVE_AUXILIARIES: [&str; 13] = [
    "has", "have", "had", "will", "would", "could", "may", "might", "can", "should", "must", "'s",
    "’s",
];

/// The first token of a passive cue whose be-form is at `be`: "has been
/// asked", "might be expected".
fn passive_start(doc: &Doc, be: usize, first: usize) -> usize {
    let aux = match doc.low(be) {
        "been" => &PASSIVE_AUXILIARIES[..3],
        "be" => &PASSIVE_AUXILIARIES[3..11],
        _ => return be,
    };
    if be > first && aux.contains(&doc.low(be - 1)) {
        be - 1
    } else {
        be
    }
}

/// The end of a passive cue whose participle is at `i`: "was asked about"
/// takes its particle, as gold does (8 times in 8 on PolNeAR train).
fn passive_end(doc: &Doc, i: usize, end: usize, limit: usize) -> usize {
    if end < limit && doc.low(i) == "asked" && doc.low(end) == "about" {
        end + 1
    } else {
        end
    }
}

/// The first token of the verb group ending at the verb `i`: auxiliaries,
/// negations and adverbs before it ("has also said", "is not saying",
/// "they've offered").
fn group_start(doc: &Doc, i: usize, first: usize) -> usize {
    let mut start = i;
    let ing = doc.low(i).ends_with("ing");
    while start > first {
        let w = doc.low(start - 1);
        // "is saying", "isn’t saying", "’s not saying", "were still saying".
        let progressive = ing
            && (matches!(
                w,
                "is" | "are" | "was" | "were" | "'s" | "’s" | "'re" | "’re"
            ) || (matches!(w, "not" | "n't" | "n’t")
                && start - 1 > first
                && matches!(
                    doc.low(start - 2),
                    "is" | "are" | "was" | "were" | "'s" | "’s" | "'re" | "’re"
                )));
        // "has long argued", "quickly denied": annotators take an adverb
        // before the verb into the cue nine times in ten (PolNeAR train).
        // A hedge stays out of it: "reportedly said" is the writer's hedge.
        let adverb = ((w.ends_with("ly")
            && w.len() > 4
            // (In a headline in title case: "Firmly Rejects".)
            && (doc.is_lower_word(start - 1) || (doc.is_cap(i) && doc.is_cap(start - 1)))
            && !NOT_ADVERBS.contains(&w))
            || ADVERBS.contains(&w))
            && lexicons()
                .hedges
                .longest_at(doc, start - 1, start)
                .is_none();
        // "have both praised", "have all rejected": a floating quantifier
        // after an auxiliary.
        let floating = matches!(w, "both" | "all" | "each")
            && start - 1 > first
            && matches!(
                doc.low(start - 2),
                "have" | "has" | "had" | "are" | "were" | "will" | "would"
            );
        // "they've offered", "I'd said", "we'll argue": a contracted
        // auxiliary, split from its pronoun by the tokenizer.
        let clitic = matches!(w, "'ve" | "’ve" | "'d" | "’d" | "'ll" | "’ll")
            // "he's said", "who's argued": "has" after a pronoun, not a
            // possessive (on PolNeAR train 15 of 25 such cues were gold).
            || (matches!(w, "'s" | "’s")
                && !ing
                && start - 1 > first
                && matches!(
                    doc.low(start - 2),
                    "he" | "she" | "it" | "that" | "who" | "there" | "what"
                ));
        // ", then said" and "and then said": "then" joins two acts, and gold
        // leaves it out of the cue (7 times in 9 on PolNeAR train). (A
        // participle keeps it: ", then calling" is read as one act.)
        let joins =
            w == "then" && !ing && start - 1 > first && matches!(doc.low(start - 2), "," | "and");
        if joins {
            break;
        }
        if AUXILIARIES.contains(&w) || progressive || adverb || floating || clitic {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// Verbs (here) and adjectives (`ASPECT_ADJECTIVES`) of trying, going on
/// and being likely: gold takes them into the cue of the verb after "to" ("tried to argue", "are quick
/// to deny", "were more likely to agree"; on PolNeAR train "continued
/// to" 17 of 17, "tried to" 14 of 14, "trying to" 17 of 19, "quick to" 10 of
/// 10, "likely to" 13 of 14, where the verb after "to" is a cue). Seeming,
/// tending, beginning, moving, needing and struggling too ("seemed to
/// confirm", "tend to favor", "has begun to rebut"): with them 8 more cues
/// exact on train and the source found before them; "failed to" was left
/// out (a wrong source on dev). Adjectives of willingness with their
/// be-form: "was reluctant to endorse", "is eager to show", "was prompted
/// to say" (5 of 9 new cues exact on train, sources 7).
const ASPECTS: [&str; 18] = [
    "tried",
    "trying",
    "tries",
    "try",
    "continued",
    "continues",
    "continuing",
    "began",
    "begun",
    "tend",
    "tends",
    "tended",
    "moved",
    "needed",
    "seem",
    "seems",
    "seemed",
    "struggling",
];

/// The adjectives among them, which take a be-form and a comparative before
/// them into the cue ("were slightly more likely to agree").
const ASPECT_ADJECTIVES: [&str; 9] = [
    "quick",
    "likely",
    "reluctant",
    "eager",
    "careful",
    "willing",
    "unwilling",
    "hesitant",
    "prompted",
];

/// The start of "tried to", "went on to" or "are quick to" before the cue
/// verb at `start`, with a be-form and a comparative before an adjective ("were
/// slightly more likely to agree").
fn aspect_start(doc: &Doc, start: usize, first: usize) -> Option<usize> {
    // "went on to criticize": gold takes the verb of going on into the cue
    // (6 of 8 new cues exact on PolNeAR train).
    if start >= first + 3
        && doc.low(start - 1) == "to"
        && doc.low(start - 2) == "on"
        && matches!(doc.low(start - 3), "went" | "goes" | "go" | "going")
    {
        return Some(start - 3);
    }
    let aspect = |w: &str| ASPECTS.contains(&w) || ASPECT_ADJECTIVES.contains(&w);
    if start < first + 2 || doc.low(start - 1) != "to" || !aspect(doc.low(start - 2)) {
        return None;
    }
    let mut s = start - 2;
    if ASPECT_ADJECTIVES.contains(&doc.low(s)) {
        while s > first
            && matches!(
                doc.low(s - 1),
                "more" | "less" | "slightly" | "much" | "far"
            )
        {
            s -= 1;
        }
        if s > first
            && (BE.contains(&doc.low(s - 1))
                || matches!(doc.low(s - 1), "'re" | "’re" | "'s" | "’s"))
        {
            s -= 1;
        }
    }
    Some(s)
}

/// Verbs that place an act in a talk or an exchange, before "by" and the
/// act: "began by saying", "responded by noting", "followed up by asking".
const OPENERS: [&str; 13] = [
    "began",
    "begins",
    "begin",
    "concluded",
    "concludes",
    "opened",
    "opens",
    "continued",
    "continues",
    "responded",
    "responds",
    "followed",
    "started",
];

/// The start of "began by", "responded first by" or "followed up by" before
/// the participle cue at `start`: gold takes the verb that places the act
/// into the cue ("began by saying"; 12 of 15 such cues on PolNeAR train).
fn opener_start(doc: &Doc, start: usize, first: usize) -> Option<usize> {
    if start < first + 2 || doc.low(start - 1) != "by" || !doc.low(start).ends_with("ing") {
        return None;
    }
    let mut v = start - 2;
    if matches!(doc.low(v), "first" | "up" | "off") && v > first {
        v -= 1; // "responded first by", "followed up by", "started off by"
    }
    let particle = matches!(doc.low(v + 1), "up" | "off");
    let fits = match doc.low(v) {
        "followed" => doc.low(v + 1) == "up",
        "started" => doc.low(v + 1) == "off",
        w => OPENERS.contains(&w) && !particle,
    };
    fits.then_some(v)
}

/// Words of time that may stand between "issued a statement" and its act.
const STATEMENT_TIMES: [&str; 8] = [
    "today",
    "yesterday",
    "night",
    "morning",
    "afternoon",
    "evening",
    "late",
    "early",
];

/// The end of the act that "issued a statement" or "released a statement"
/// does, in "-ing", past a day or time and a comma: "issued a statement
/// Tuesday saying", "released a statement condemning the attack". Gold
/// takes it into the cue (15 times on PolNeAR train, where whosaid split
/// it in two cues).
fn statement_act(doc: &Doc, end: usize, limit: usize) -> Option<usize> {
    let mut j = end;
    while j < limit.min(end + 4)
        && (crate::words::is_weekday(doc.low(j))
            || STATEMENT_TIMES.contains(&doc.low(j))
            || doc.punct(j) == Some(','))
    {
        j += 1;
    }
    if !doc.low(j).ends_with("ing") {
        return None;
    }
    let (e, info) = lexicons().cues.longest_at(doc, j, limit)?;
    // ("calling on the mayor to resign", "calling for a recount".)
    let particle = e < limit && info.lemma == "called" && matches!(doc.low(e), "for" | "on");
    Some(if particle { e + 1 } else { e })
}

/// The end of "on Facebook", "on her Twitter account" after "wrote" or
/// "posted", which gold takes into the cue (10 times in 11 on PolNeAR
/// train; after "said", 3 times in 7, so not there).
fn on_platform(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    if doc.low(j) != "on" {
        return None;
    }
    let mut k = j + 1;
    if matches!(doc.low(k), "his" | "her" | "their" | "its") {
        k += 1;
    }
    if !matches!(doc.low(k), "twitter" | "facebook" | "instagram") {
        return None;
    }
    if matches!(doc.low(k + 1), "page" | "account" | "feed") {
        k += 1;
    }
    (k < limit).then_some(k + 1)
}

/// Whether token `j`, right after a verb cue, is an adverb of the cue that
/// closes its group: "said repeatedly, ...", "asked rhetorically:", "wrote
/// recently that ...", "saying only that ...". Gold takes it in 26 of 31
/// such cues on PolNeAR train; an adverb that goes on ("said early on") is
/// left out.
fn trailing_adverb(doc: &Doc, j: usize, limit: usize) -> bool {
    let w = doc.low(j);
    let adverb = (w.ends_with("ly") && w.len() > 4 && !NOT_ADVERBS.contains(&w))
        || matches!(w, "recently" | "repeatedly" | "only");
    let closes = j + 1 < limit && (doc.is_punct_in(j + 1, ",.:;\"“”") || doc.low(j + 1) == "that");
    j < limit
        && adverb
        && doc.is_lower_word(j)
        && closes
        && lexicons().hedges.longest_at(doc, j, j + 1).is_none()
}

/// Faces and sounds one makes while speaking, in "said with a grin".
const MANNERS: [&str; 4] = ["laugh", "smile", "grin", "smirk"];

/// The end of "with a laugh" or "with a grin" right after a verb cue: a
/// manner of speaking, which the guidelines put into the verb group ("said
/// with anger") and gold takes into the cue (6 times in 6 on PolNeAR train).
fn with_a_smile(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    let manner = doc.low(j) == "with"
        && matches!(doc.low(j + 1), "a" | "an" | "his" | "her")
        && MANNERS.contains(&doc.low(j + 2));
    (manner && j + 2 < limit).then_some(j + 3)
}

/// The be-form of "was reported by" or "was first reported by" at the
/// verb `i` (ending at `end`), when "by" follows it.
fn reported_by(doc: &Doc, i: usize, end: usize, first: usize) -> Option<usize> {
    if end != i + 1 || doc.low(i) != "reported" || doc.low(end) != "by" || i < first + 1 {
        return None;
    }
    let be = if doc.low(i - 1) == "first" && i >= first + 2 {
        i - 2
    } else {
        i - 1
    };
    BE.contains(&doc.low(be)).then_some(be)
}

/// Whether the one-word verb at `i` is a passive participle ("was told").
fn is_passive(doc: &Doc, i: usize, end: usize, first: usize) -> bool {
    // "was not discussed", "were widely praised".
    let be = |j: usize| BE.contains(&doc.low(j));
    let adverb = |j: usize| {
        matches!(doc.low(j), "not" | "n't" | "n’t" | "never" | "also") || doc.low(j).ends_with("ly")
    };
    end == i + 1
        && i > first
        && (be(i - 1) || (i > first + 1 && adverb(i - 1) && be(i - 2)))
        && !doc.low(i).ends_with("ing")
        && doc.low(i).ends_with(['d', 'n', 't'])
}

/// The start of "'s according to" after "That" or "This" ("That's according
/// to the county's figures"), which gold takes into the cue (4 of 4 on PolNeAR
/// train): the be-form before "according" at `i`.
fn that_is(doc: &Doc, i: usize, first: usize) -> usize {
    let be = i >= first + 2
        && matches!(doc.low(i - 1), "’s" | "'s" | "is" | "was")
        && matches!(doc.low(i - 2), "that" | "this");
    if be {
        i - 1
    } else {
        i
    }
}

/// Who a view is credited to in "To X, ...": "To many, ...", "But to others, ...".
const VIEWERS: [&str; 10] = [
    "many",
    "some",
    "others",
    "them",
    "him",
    "her",
    "me",
    "us",
    "critics",
    "supporters",
];

/// "To Ms. Alvarez, the park is a gift", "But to others, the mayor is a
/// reformer": at the opening of a sentence, "to", a name or one of
/// [`VIEWERS`] and a comma credit the rest of the sentence to that someone,
/// the way "according to" does (10 of 10 such cues are gold on PolNeAR
/// train). The cue is "To".
fn to_someone(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    let opens = i == tokens.start
        || (i == tokens.start + 1 && matches!(doc.low(tokens.start), "but" | "and"));
    if !opens || doc.low(i) != "to" {
        return None;
    }
    let name = i + 1;
    let comma = (name..tokens.end.min(name + 5)).find(|&j| doc.punct(j) == Some(','))?;
    let phrase = name..comma;
    let named = phrase
        .clone()
        .all(|j| doc.is_cap(j) || source::title_period(doc, j));
    let viewers = comma == name + 1 && VIEWERS.contains(&doc.low(name));
    (comma > name && (named || viewers)).then_some(CueMatch {
        tokens: i..i + 1,
        form: CueForm::According,
    })
}

/// The cue of "made the case for ...", a verb of taking a side.
const MAKE: CueInfo = CueInfo {
    kind: CueType::Stance,
    strong: false,
    clause: true,
    lemma: "make",
};

/// Nouns of saying that "make" turns into a cue: "made the case", "made no
/// mention of", "has made several statements on".
const MADE_NOUNS: [&str; 26] = [
    "case",
    "point",
    "argument",
    "arguments",
    "statement",
    "statements",
    "comment",
    "comments",
    "remark",
    "remarks",
    "mention",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "reference",
    "references",
    "attack",
    "attacks",
    "call",
    "observation",
    "accusation",
    "accusations",
    "secret",
    "apologies",
    "pitch",
];

/// "made the case for", "makes no apologies for", "made a sharp attack
/// on": a form of "make", at most four words and a noun of [`MADE_NOUNS`],
/// and the preposition after it (not "to", which opens a listener or a
/// clause). Returns the end of the phrase.
fn made_a_case(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !matches!(doc.low(i), "make" | "makes" | "made" | "making") {
        return None;
    }
    if !doc.is_word(i + 1) {
        return None; // "the deal was made, aides say ..."
    }
    let noun = (i + 1..limit.min(i + 6))
        .take_while(|&j| doc.is_word(j) || doc.punct(j) == Some(','))
        .find(|&j| MADE_NOUNS.contains(&doc.low(j)))?;
    let prep =
        noun + 1 < limit && matches!(doc.low(noun + 1), "for" | "about" | "of" | "against" | "on");
    // "made his remarks at a dinner": an act of speaking, not a side taken
    // (1 of 7 such cues right on train); a case or a point needs no more.
    let bare = matches!(
        doc.low(noun),
        "case" | "point" | "argument" | "arguments" | "observation" | "claim" | "claims" | "pitch"
    );
    if prep {
        Some(noun + 2)
    } else {
        (bare || doc.low(noun + 1) == "that").then_some(noun + 1)
    }
}

/// "was described by aides as": a be-form, a participle, "by", the agent, then "as" or "to".
fn agent_passive(doc: &Doc, i: usize, limit: usize) -> Option<CueMatch> {
    if !doc.may_be_be(i) || !BE.contains(&doc.low(i)) || i + 2 >= limit {
        return None;
    }
    let mut p = i + 1;
    if doc.low(p).ends_with("ly") {
        p += 1; // "was widely described by"
    }
    if !AGENT_PARTICIPLES.contains(&doc.low(p)) || doc.low(p + 1) != "by" {
        return None;
    }
    let agent_start = p + 2;
    let stop =
        (agent_start..limit.min(agent_start + 10)).find(|&j| matches!(doc.low(j), "as" | "to"))?;
    if stop == agent_start {
        return None;
    }
    Some(CueMatch {
        tokens: i..p + 1,
        form: CueForm::Passive {
            agent: Some(agent_start..stop),
            frame: true,
        },
    })
}

/// The agent of "was told by X": the words after "by", up to a clause break.
fn by_agent(doc: &Doc, end: usize, limit: usize) -> Option<Range<usize>> {
    if end >= limit || doc.low(end) != "by" {
        return None;
    }
    let start = end + 1;
    let mut j = start;
    while j < limit
        && j < start + 8
        && doc.punct(j).is_none()
        && !matches!(
            doc.low(j),
            "that" | "as" | "to" | "whether" | "if" | "what" | "how" | "why" | "about"
        )
    {
        j += 1;
    }
    (j > start).then_some(start..j)
}
