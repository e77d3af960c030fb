//! Cue frames beyond a lexicon verb: "To X, ...", "made the case for",
//! "showed no sign of", "was described by X as", nouns after a possessive ("her claim that",
//! "in his criticism of", "In her view, ...") or with no owner before a
//! "that" clause ("amid complaints that") or opening the sentence
//! ("Opposition to the levy ..."), from `lexicon/nouns.txt`, and
//! "like" as a verb of wishing or disliking ("would like to", "did not like").

use super::{CueForm, CueMatch};
use crate::doc::Doc;
use crate::lexicon::{lexicons, CueInfo, CueType, NounFrame};
use crate::source;
use crate::vocab::{w, Vocab, FRAME_HEAD, POSSESSIVE};
use crate::words::{is_be, is_take, listed, ANSWERED, JUDGED, TAKE};
use std::ops::Range;

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
pub(super) fn to_someone(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    let opens = i == tokens.start
        || (i == tokens.start + 1 && matches!(doc.id(tokens.start), w::BUT | w::AND));
    if !opens || !doc.is(i, w::TO) {
        return None;
    }
    let name = i + 1;
    let comma = (name..tokens.end.min(name + 5)).find(|&j| doc.punct(j) == Some(','))?;
    let phrase = name..comma;
    let named = phrase
        .clone()
        .all(|j| doc.is_cap(j) || source::title_period(doc, j));
    let viewers = comma == name + 1 && listed(&VIEWERS, doc.low(name));
    (comma > name && (named || viewers)).then_some(CueMatch {
        tokens: i..i + 1,
        form: CueForm::According,
    })
}

/// Adverbs between "as" and its participle: "as first reported by".
const AS_ADVERBS: [&str; 4] = ["first", "previously", "originally", "initially"];

/// "As reported by the Herald, ...", "..., as first reported by the
/// Herald.": "as", at most one adverb of [`AS_ADVERBS`], the past
/// participle of a cue verb and "by" credit the rest of the sentence to
/// the agent, the way "according to" does. The cue is the participle
/// with its adverb, as PolNeAR marks it most often; the agent is read
/// after "by" (`attribution/build.rs`). On PolNeAR train, 8 of 11 such
/// phrases are gold cues ("as required by law" has no cue verb).
pub(super) fn as_reported(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    // (The cheap test first: this is asked at every token.)
    i.checked_sub(1)
        .filter(|&a| a >= tokens.start && doc.is(a, w::AS))?;
    let verb = if listed(&AS_ADVERBS, doc.low(i)) {
        i + 1
    } else {
        i
    };
    let (end, _) = crate::lexicon::lexicons()
        .cues
        .longest_at(doc, verb, tokens.end)?;
    let participle = end == verb + 1 && doc.low(verb).ends_with("ed");
    let agent_follows = doc.is(end, w::BY) && end + 1 < tokens.end;
    (participle && agent_follows).then_some(CueMatch {
        tokens: i..end,
        form: CueForm::According,
    })
}

/// The cue of "made the case for ...", a verb of taking a side.
pub(super) const MAKE: CueInfo = CueInfo {
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

/// The forms of "make" that open [`made_a_case`].
const MAKE_FORMS: [&str; 4] = ["make", "makes", "made", "making"];

/// The forms of "sound" that open [`sounded_a_note`].
const SOUND_FORMS: [&str; 4] = ["sound", "sounds", "sounded", "sounding"];

/// The forms of "show" that open [`showed_a_sign`].
const SHOW_FORMS: [&str; 5] = ["show", "shows", "showed", "shown", "showing"];

/// Flags in `vocab` every word that can open a verb + noun frame of
/// [`noun_frame`], so that the frames are tried only at those words.
pub(crate) fn mark_frame_heads(vocab: &mut Vocab) {
    for list in [
        &MAKE_FORMS[..],
        &TAKE,
        &LAUNCH_VERBS,
        &SOUND_FORMS,
        &SHOW_FORMS,
    ] {
        for &w in list {
            vocab.mark(w, FRAME_HEAD);
        }
    }
}

/// The end of a verb + noun + preposition phrase that is a cue: "made the
/// case for" ([`made_a_case`]), "took a swipe at" ([`took_a_shot`]),
/// "launched an attack on" ([`launched_an_attack`]), "sounded a note about"
/// ([`sounded_a_note`]). Asked at every token, it tests the token's word
/// flag first: a word no frame opens with is passed over at once.
pub(super) fn noun_frame(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !doc.vocab.has(doc.id(i), FRAME_HEAD) {
        return None;
    }
    made_a_case(doc, i, limit)
        .or_else(|| took_a_shot(doc, i, limit))
        .or_else(|| launched_an_attack(doc, i, limit))
        .or_else(|| sounded_a_note(doc, i, limit))
        .or_else(|| showed_a_sign(doc, i, limit))
}

/// "made the case for", "makes no apologies for", "made a sharp attack
/// on": a form of "make", at most four words and a noun of [`MADE_NOUNS`],
/// and the preposition after it (not "to", which opens a listener or a
/// clause). Returns the end of the phrase.
fn made_a_case(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !listed(&MAKE_FORMS, doc.low(i)) {
        return None;
    }
    if !doc.is_word(i + 1) {
        return None; // "the deal was made, aides say ..."
    }
    let noun = (i + 1..limit.min(i + 6))
        .take_while(|&j| doc.is_word(j) || doc.punct(j) == Some(','))
        .find(|&j| listed(&MADE_NOUNS, doc.low(j)))?;
    // ("made veiled references to": a reference's "to" is its object's, 3
    // of 3 such cues gold on PolNeAR train.)
    let to_reference = doc.is(noun + 1, w::TO) && doc.low(noun).starts_with("reference");
    let prep = noun + 1 < limit
        && (matches!(
            doc.id(noun + 1),
            w::FOR | w::ABOUT | w::OF | w::AGAINST | w::ON
        ) || to_reference);
    // "made his remarks at a dinner": an act of speaking, not a side taken
    // (1 of 7 such cues right on train); a case or a point needs no more.
    let bare = matches!(
        doc.id(noun),
        w::CASE
            | w::POINT
            | w::ARGUMENT
            | w::ARGUMENTS
            | w::OBSERVATION
            | w::CLAIM
            | w::CLAIMS
            | w::PITCH
    );
    if prep {
        Some(noun + 2)
    } else {
        (bare || doc.is(noun + 1, w::THAT)).then_some(noun + 1)
    }
}

/// Nouns of attack that "take" turns into a cue before "at": "took a
/// swipe at", "has taken frequent shots at", "took a whack at".
const TAKEN_NOUNS: [&str; 10] = [
    "shot", "shots", "swipe", "swipes", "swing", "swings", "whack", "jab", "jabs", "potshots",
];

/// "took a swipe at", "has taken frequent shots at": a form of "take", at
/// most three words and a noun of [`TAKEN_NOUNS`], then "at", a verb of
/// taking a side whose object is the content, as for "made a sharp attack
/// on" ([`made_a_case`]). Returns the end of the phrase. On PolNeAR train
/// 7 new cues, 6 exact (6 sources, 4 contents exact); "taking shots at"
/// after another's clause found no right source.
fn took_a_shot(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !is_take(doc.low(i)) {
        return None;
    }
    noun_then(doc, i + 1..i + 5, limit, &TAKEN_NOUNS, &["at"])
}

/// The end of "... NOUN PREP": a noun of `nouns` among the words of
/// `words` (up to the first token that is no word, before `limit`), then a
/// preposition of `preps`. The tail the verb + noun frames share.
fn noun_then(
    doc: &Doc,
    words: Range<usize>,
    limit: usize,
    nouns: &[&str],
    preps: &[&str],
) -> Option<usize> {
    let noun = (words.start..limit.min(words.end))
        .take_while(|&j| doc.is_word(j))
        .find(|&j| listed(nouns, doc.low(j)))?;
    (noun + 1 < limit && listed(preps, doc.low(noun + 1))).then_some(noun + 2)
}

/// Verbs that set off an attack or a defence: "launched an attack on",
/// "delivered a blistering critique of", "mounted a defense of". "step"
/// and "ramp" count only with their "up" ("stepped up her attacks on").
const LAUNCH_VERBS: [&str; 24] = [
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "launch",
    "launches",
    "launched",
    "launching",
    "mount",
    "mounts",
    "mounted",
    "mounting",
    "unleash",
    "unleashes",
    "unleashed",
    "unleashing",
    "step",
    "steps",
    "stepped",
    "stepping",
    "ramp",
    "ramps",
    "ramped",
    "ramping",
];

/// Nouns of attacking or defending that a verb of [`LAUNCH_VERBS`] turns
/// into a cue before "of", "on" or "against".
const ATTACK_NOUNS: [&str; 16] = [
    "attack",
    "attacks",
    "critique",
    "critiques",
    "defense",
    "defence",
    "indictment",
    "rebuke",
    "denunciation",
    "tirade",
    "broadside",
    "broadsides",
    "assault",
    "salvo",
    "barrage",
    "diatribe",
];

/// "launched a harsh attack on", "delivered an impassioned defense of",
/// "stepped up her attacks on": a verb of [`LAUNCH_VERBS`], at most four words and a noun of [`ATTACK_NOUNS`], then "of",
/// "on" or "against", a side taken whose object is the content, as for
/// "made a sharp attack on" ([`made_a_case`]). Returns the end of the
/// phrase. On PolNeAR train gold marks such a phrase as the cue 12 times
/// in 16 (3 more take the verb alone: "delivered a critique of"); without
/// the preposition ("mounted a phony attack.") it is no cue.
fn launched_an_attack(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    let w = doc.low(i);
    if !listed(&LAUNCH_VERBS, w) {
        return None;
    }
    let mut j = i + 1;
    if w.starts_with("step") || w.starts_with("ramp") {
        if !doc.is(j, w::UP) {
            return None;
        }
        j += 1;
    }
    noun_then(
        doc,
        j..j + 5,
        limit,
        &ATTACK_NOUNS,
        &["of", "on", "against"],
    )
}

/// Nouns of a signal that "sound" turns into a cue: "sounded a cautious
/// note about", "sounded the alarm over".
const SOUNDED_NOUNS: [&str; 5] = ["note", "notes", "alarm", "alarms", "warning"];

/// "sounded a cautious note about", "sounds the alarm over": a form of
/// "sound", at most three words and a noun of [`SOUNDED_NOUNS`], then
/// "about", "on", "over" or "for", a view voiced on what follows. Returns
/// the end of the phrase. On PolNeAR train gold marks the whole phrase 2
/// times in 4 and the verb once more ("sounded a rare note of", left out:
/// "of" names the tone, not the topic).
fn sounded_a_note(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !listed(&SOUND_FORMS, doc.low(i)) {
        return None;
    }
    noun_then(
        doc,
        i + 1..i + 5,
        limit,
        &SOUNDED_NOUNS,
        &["about", "on", "over", "for"],
    )
}

/// Nouns of a leaning that "show" turns into a cue: "showed no sign of",
/// "has shown little interest in". ("show support for" is left out: 1 of
/// 3 gold on PolNeAR train and dev.)
const SHOWN_NOUNS: [&str; 8] = [
    "sign",
    "signs",
    "inclination",
    "interest",
    "enthusiasm",
    "appetite",
    "respect",
    "willingness",
];

/// "showed no sign of", "has shown little inclination to", "shows no
/// respect for": a form of "show", at most three words and a noun of
/// [`SHOWN_NOUNS`], then its preposition ("that" opens the content and
/// stays out of the cue), a stance toward what follows. Returns the end of
/// the phrase. On PolNeAR train 26 such phrases, 19 gold cues; the frame
/// makes 16 new cues, 10 exact (gold leaves a progressive "is" out of the
/// cue), 12 sources and 9 contents more exact; dev unchanged.
fn showed_a_sign(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if !listed(&SHOW_FORMS, doc.low(i)) {
        return None;
    }
    let end = noun_then(
        doc,
        i + 1..i + 5,
        limit,
        &SHOWN_NOUNS,
        &["of", "to", "in", "for", "that"],
    )?;
    Some(end - usize::from(doc.is(end - 1, w::THAT)))
}

/// Nouns of one who takes a side, which a be-form before them turns into
/// a cue: "is a vocal critic of", "was an early backer of".
const SIDE_NOUNS: [&str; 16] = [
    "supporter",
    "supporters",
    "critic",
    "critics",
    "proponent",
    "proponents",
    "advocate",
    "advocates",
    "backer",
    "backers",
    "opponent",
    "opponents",
    "champion",
    "defender",
    "admirer",
    "admirers",
];

/// Words that end the phrase between a be-form and a noun of
/// [`SIDE_NOUNS`]: "is disliked by supporters of" is no side taken.
const NOT_IN_A_SIDE: [&str; 9] = ["by", "as", "of", "for", "to", "in", "with", "that", "who"];

/// "is a firm supporter of", "has been a sharp critic of", "was a quiet
/// backer of": a finite be-form ("is", "was", "'s", "been", "remains";
/// not "be", which is wished or foreseen: "to be a critic of"), an
/// article, at most three words and a noun of [`SIDE_NOUNS`], then "of"
/// ("advocate" also "for"): a side taken, whose object is the content, as
/// for `<be> supportive of` in `cues.txt`. Returns the end of the phrase.
/// On PolNeAR train 15 new cues, 13 exact (sources 10, contents 11); dev 4
/// new, 2 exact. Gold marks about half of all phrases of this shape; most
/// of the others are a speaker's own words inside a quotation, which
/// whosaid leaves alone.
pub(super) fn supporter_of(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    let id = doc.id(i);
    let clitic = matches!(
        id,
        w::CLITIC_S | w::CURLY_CLITIC_S | w::CLITIC_RE | w::CURLY_CLITIC_RE
    );
    if !clitic
        && !matches!(
            id,
            w::IS | w::ARE | w::WAS | w::WERE | w::BEEN | w::REMAINS | w::REMAINED
        )
    {
        return None;
    }
    let mut j = i + 1;
    if matches!(
        doc.id(j),
        w::ALSO | w::NOW | w::STILL | w::LONG | w::ALREADY
    ) {
        j += 1;
    }
    if matches!(doc.id(j), w::A | w::AN | w::THE) {
        j += 1;
    } else if clitic {
        return None; // "the party's critics of the deal": a possessive
    }
    let noun = (j..limit.min(j + 4))
        .take_while(|&k| doc.is_lower_word(k) && !listed(&NOT_IN_A_SIDE, doc.low(k)))
        .find(|&k| listed(&SIDE_NOUNS, doc.low(k)))?;
    let prep = match doc.low(noun + 1) {
        "of" => true,
        "for" => doc.low(noun).starts_with("advocate"),
        _ => false,
    };
    (prep && noun + 1 < limit).then_some(noun + 2)
}

/// "was described by aides as": a be-form, a participle, "by", the agent, then "as" or "to".
pub(super) fn agent_passive(doc: &Doc, i: usize, limit: usize) -> Option<CueMatch> {
    if !doc.may_be_be(i) || !is_be(doc.low(i)) || i + 2 >= limit {
        return None;
    }
    let mut p = i + 1;
    if doc.low(p).ends_with("ly") {
        p += 1; // "was widely described by"
    }
    if !listed(&AGENT_PARTICIPLES, doc.low(p)) || !doc.is(p + 1, w::BY) {
        return None;
    }
    let agent_start = p + 2;
    let stop =
        (agent_start..limit.min(agent_start + 10)).find(|&j| matches!(doc.id(j), w::AS | w::TO))?;
    if stop == agent_start {
        return None;
    }
    Some(CueMatch {
        tokens: i..p + 1,
        form: CueForm::Passive {
            agent: Some(agent_start..stop),
            frame: true,
            reduced: false,
        },
    })
}

/// Where the cue starts (`i`, or an "-ly" adverb before it) when the
/// verb at `i` (ending at `end`) is a participle of
/// judging or answering after the noun it describes, with its agent: "a
/// plan criticized by the union", "the bill, strongly opposed by the
/// mayor,". No be-form or auxiliary stands before it (that is a passive,
/// or a verb in the perfect). The participle is one of `words::JUDGED` or
/// `words::ANSWERED`, or "opposed", which is a stance only here (5 of 6
/// such cues gold on PolNeAR train; "was opposed by" 0 of 2). On train 11
/// new cues, 8 exact (sources 7, contents 7); "supported by" (0 of 4),
/// "backed by" (2 of 6) and "embraced by" (0 of 3) stay out.
pub(super) fn reduced_judged(doc: &Doc, i: usize, end: usize, first: usize) -> Option<usize> {
    if end != i + 1 || !doc.is(end, w::BY) || !doc.is_word(end + 1) {
        return None;
    }
    let w = doc.low(i);
    if !(listed(&JUDGED, w) || listed(&ANSWERED, w) || w == "opposed") {
        return None;
    }
    let mut b = i;
    if b > first && doc.low(b - 1).ends_with("ly") {
        b -= 1;
    }
    if b <= first + 1 {
        return None;
    }
    let before = doc.low(b - 1);
    // ("which is then denounced by", "were both attacked by": a passive.)
    if b >= first + 2 && is_be(doc.low(b - 2)) {
        return None;
    }
    if doc.punct(b - 1) == Some(',') {
        return doc.is_word(b - 2).then_some(b);
    }
    let noun = doc.is_word(b - 1)
        && !is_be(before)
        && !matches!(
            before,
            "has"
                | "have"
                | "had"
                | "'s"
                | "’s"
                | "and"
                | "or"
                | "but"
                | "who"
                | "that"
                | "which"
                | "not"
                | "never"
        );
    noun.then_some(b)
}

/// The agent of "was told by X": the words after "by", up to a clause break.
pub(crate) fn by_agent(doc: &Doc, end: usize, limit: usize) -> Option<Range<usize>> {
    if end >= limit || !doc.is(end, w::BY) {
        return None;
    }
    let start = end + 1;
    let mut j = start;
    while j < limit
        && j < start + 8
        // ("backed by 34% of voters": a share's sign is no break.)
        && (doc.punct(j).is_none() || doc.punct(j) == Some('%'))
        && !matches!(doc.id(j), w::THAT | w::AS | w::TO | w::WHETHER | w::IF | w::WHAT | w::HOW | w::WHY | w::ABOUT)
        // ("accused by an aide of hiding ...": the charge.)
        && !(doc.is(j, w::OF) && doc.low(j + 1).ends_with("ing"))
    {
        j += 1;
    }
    (j > start).then_some(start..j)
}

/// Prepositions before a possessive noun cue: "in his criticism of".
const PREPOSITIONS: [&str; 16] = [
    "in", "for", "of", "about", "after", "between", "by", "from", "with", "to", "over", "against",
    "on", "at", "despite", "as",
];

/// Whether the noun at `j` opens "... answer was that" (a noun of the
/// `that` or `is that` frames of `nouns.txt`, "is" or "was", then "that")
/// or "Their argument: ..." (a noun of the `colon` frame).
fn copular(doc: &Doc, j: usize) -> bool {
    let lex = lexicons();
    let noun = doc.low(j);
    if doc.punct(j + 1) == Some(':') {
        return lex.noun_in(NounFrame::Colon, noun);
    }
    matches!(doc.id(j + 1), w::IS | w::WAS)
        && doc.is(j + 2, w::THAT)
        && (lex.noun_in(NounFrame::That, noun) || lex.noun_in(NounFrame::IsThat, noun))
}

/// Whether the noun `noun` followed by `next` is a noun cue after its
/// owner: a frame of `nouns.txt` named by the word after the noun ("her
/// claim that", "his criticism of", "In her view, ...").
fn takes(noun: &str, next: &str) -> bool {
    let frame = match next {
        "that" => NounFrame::That,
        "of" => NounFrame::Of,
        "on" => NounFrame::On,
        "about" => NounFrame::About,
        "," => NounFrame::Comma,
        _ => return false,
    };
    lexicons().noun_in(frame, noun)
}

/// "amid complaints that ...": a noun of the `bare that` frame of
/// `nouns.txt` before a "that" clause, with no owner, so no source (13 of 17
/// new cues exact on PolNeAR train). Not after a possessive (the owner's
/// cue), a determiner ("the kind of speculation that the mayor stirred" is
/// a relative clause), nor "at" or "to" ("took offense at suggestions that":
/// the reacting verb's content); a verb form ("the council fears that")
/// stays a verb unless a preposition comes before it.
fn bare(doc: &Doc, i: usize, tokens: &Range<usize>) -> Option<CueMatch> {
    let lex = lexicons();
    let p = i - 1;
    let before = doc.low(p);
    // ("the" right before the noun or its one modifier; "the kind of" a
    // little further: "the kind of needless speculation that".)
    let window = tokens.start.max(i.saturating_sub(6))..i;
    let determiner = (tokens.start.max(i.saturating_sub(2))..i)
        .any(|k| matches!(doc.id(k), w::THE | w::THIS | w::THESE | w::THOSE))
        || window
            .into_iter()
            .any(|k| matches!(doc.id(k), w::KIND | w::SORT | w::TYPE) && doc.is(k + 1, w::OF));
    let ok = i + 2 < tokens.end
        && lex.noun_in(NounFrame::BareThat, doc.low(i))
        && !listed(&source::POSSESSIVES, before)
        && !matches!(before, "'s" | "’s" | "at" | "to")
        && !determiner
        && (listed(&PREPOSITIONS, before) || lex.cues.longest_at(doc, i, tokens.end).is_none());
    ok.then(|| CueMatch {
        tokens: i..i + 1,
        form: CueForm::Nominal { owner: i..i },
    })
}

/// "Opposition to the levy has united the council": a noun of the
/// `opening` frame of `nouns.txt` opening its sentence, with its
/// preposition, is a side taken by no one named there (gold leaves the
/// source out or takes it from later in the sentence); its object, up to
/// the verb, is the content (4 of 4 cues and contents exact on PolNeAR
/// train).
fn opening(doc: &Doc, i: usize, tokens: &Range<usize>) -> Option<CueMatch> {
    let ok = i + 2 < tokens.end
        && matches!(doc.id(i + 1), w::FOR | w::TO | w::OF)
        && lexicons().noun_in(NounFrame::Opening, doc.low(i));
    ok.then(|| CueMatch {
        tokens: i..i + 2,
        form: CueForm::Nominal { owner: i..i },
    })
}

/// "her claim that ...", "the mayor's criticism of the levy": after a
/// possessive (a determiner of [`source::POSSESSIVES`] or a phrase with
/// "'s"), at most two modifiers and a noun that [`takes`] the word after
/// it (the frames of `src/lexicon/nouns.txt`). The cue runs from the
/// modifiers to the noun, with its preposition; the possessive is the
/// source. New cues on PolNeAR train: 52 exact of 75 (sources 53, contents
/// 37), once those inside another attribution's content are dropped as
/// frames (18 wrong and 3 gold cues). A noun of charging before "that" is a
/// cue with no owner at all: see [`bare`].
pub(super) fn nominal(doc: &Doc, i: usize, tokens: Range<usize>) -> Option<CueMatch> {
    if i <= tokens.start {
        return opening(doc, i, &tokens);
    }
    if doc.is(i + 1, w::THAT) {
        if let Some(m) = bare(doc, i, &tokens) {
            return Some(m);
        }
    }
    // (The possessive first: it rules out almost every token at once.)
    let p = i - 1;
    let owner = if doc.has(p, POSSESSIVE) {
        p..p + 1
    } else if matches!(doc.id(p), w::CLITIC_S | w::CURLY_CLITIC_S) {
        owner_before(doc, p, tokens.start)?
    } else {
        return None;
    };
    if !doc.is_lower_word(i) {
        return None;
    }
    // "in her criticism of", "It was his claim that", "Ruiz's claim
    // that ...": not the object of a verb, whose cue it is ("repeated his
    // claim that", 5 of 42 right on PolNeAR train against 35 of 67 here).
    let before = owner.start;
    let free = before == tokens.start
        || !doc.is_word(before - 1)
        || is_be(doc.low(before - 1))
        || listed(&PREPOSITIONS, doc.low(before - 1));
    let last = tokens.end.min(i + 3);
    let words = (i..last).take_while(|&j| doc.is_lower_word(j) && j + 2 < tokens.end);
    // "Her answer was that ...": a noun of saying, a be-form and a "that"
    // clause, with the be-form in the cue (6 of 8 right on PolNeAR train);
    // "Their argument: ..." where no verb owns the noun ("had to change my
    // answer:" is the verb's), the colon out of the cue (3 of 3).
    if let Some(noun) = words
        .clone()
        .find(|&j| copular(doc, j) && (free || doc.punct(j + 1) != Some(':')))
    {
        return Some(CueMatch {
            tokens: i..noun + 1 + usize::from(doc.punct(noun + 1) != Some(':')),
            form: CueForm::Nominal { owner },
        });
    }
    if !free {
        return None;
    }
    let noun = words
        .into_iter()
        .find(|&j| takes(doc.low(j), doc.low(j + 1)))?;
    // "In her view, ...": at the opening of a clause, the view is what
    // follows the comma.
    if doc.punct(noun + 1) == Some(',')
        && !(before > tokens.start
            && doc.is(before - 1, w::IN)
            && (before - 1 == tokens.start
                || !doc.is_word(before - 2)
                || matches!(doc.id(before - 2), w::BUT | w::AND)))
    {
        return None;
    }
    let end = if matches!(doc.low(noun + 1), "that" | ",") {
        noun + 1
    } else {
        noun + 2
    };
    Some(CueMatch {
        tokens: i..end,
        form: CueForm::Nominal { owner },
    })
}

/// Words that open a sentence with a capital but start no name: "Despite
/// Ruiz's claim ...".
const NOT_NAMES: [&str; 13] = [
    "despite", "as", "after", "but", "and", "with", "for", "in", "perhaps", "yet", "so", "still",
    "instead",
];

/// The phrase that owns the possessive "'s" at `p`, with it: a name ("Ms.
/// Ruiz's", "the union's", "Team Ruiz's") or a short noun phrase from its
/// determiner ("the council's", "his father's").
fn owner_before(doc: &Doc, p: usize, first: usize) -> Option<Range<usize>> {
    let mut j = p;
    while j > first.max(p.saturating_sub(6))
        && (doc.is_cap(j - 1) || source::title_period(doc, j - 1))
    {
        j -= 1;
    }
    while j < p && listed(&NOT_NAMES, doc.low(j)) {
        j += 1;
    }
    if j < p {
        if j > first && doc.is(j - 1, w::THE) {
            j -= 1;
        }
        return Some(j..p + 1);
    }
    // ("The" at the opening of a sentence has a capital.)
    let d = (first.max(p.saturating_sub(5))..p)
        .rev()
        .take_while(|&k| doc.is_lower_word(k) || k == first)
        .find(|&k| matches!(doc.id(k), w::THE | w::A | w::AN) || doc.has(k, POSSESSIVE))?;
    Some(d..p + 1)
}

/// The cue of "would like to", "don't like", "would love to": a wish or a
/// dislike, a verb of intending as "want" is.
pub(super) static LIKE: CueInfo = CueInfo {
    kind: CueType::Intent,
    strong: false,
    clause: true,
    lemma: "like",
};

/// Adverbs between an auxiliary and "like": "don't really like", "just
/// plain don't like", "would also like".
const LIKE_ADVERBS: [&str; 8] = [
    "really",
    "just",
    "plain",
    "actually",
    "also",
    "particularly",
    "much",
    "certainly",
];

/// "would like", "we'd like", "did not like", "don't really like": "like"
/// is a verb, and a cue of wishing or of a dislike, after a conditional
/// "would" or a negated "do" (adverbs between). Elsewhere it is as often a
/// preposition ("a candidate like Ruiz", "it looks like rain"). On PolNeAR
/// train, outside another attribution's content, gold marks 21 of 26 such
/// "like"s as cues, with the auxiliary in the cue ("would like", "didn't
/// like"). "would love to" and "would hate to" likewise (base forms that
/// `cues.txt` leaves out as nouns: 3 more new cues on train, 2 exact).
pub(super) fn liking(doc: &Doc, i: usize, first: usize) -> bool {
    if !matches!(doc.id(i), w::LIKE | w::LOVE | w::HATE) {
        return false;
    }
    let mut j = i;
    let mut negated = false;
    // (At most four words between: the scan stays bounded.)
    while j > first && i - j < 4 {
        let w = doc.low(j - 1);
        if matches!(w, "not" | "n't" | "n’t" | "never") {
            negated = true;
        } else if !listed(&LIKE_ADVERBS, w) {
            break;
        }
        j -= 1;
    }
    j > first
        && match doc.low(j - 1) {
            "would" | "'d" | "’d" => true,
            "do" | "does" | "did" => negated,
            _ => false,
        }
}
