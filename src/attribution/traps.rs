//! The tests that reject a verb cue's match: a cue form read as a noun ("a
//! false claim"), a word before it that names no speaker, "called" and
//! "named" giving a name ("a short film called 'Home'"), "may want to" as
//! the writer's advice, and the words that leave an "-ing" form the
//! subject's act or a group's description.

use super::{AUXILIARIES, CLOSE_QUOTES};
use crate::cue::CueMatch;
use crate::doc::Doc;
use crate::lexicon::{lexicons, CueInfo, CueType};
use crate::quote::OPEN_QUOTES;
use crate::source;
use crate::vocab::w;
use crate::words::listed;

/// Whether the token before `c` closes a quotation that ends in a comma:
/// '"...," referring to ...'.
pub(super) fn after_quote_comma(doc: &Doc, c: usize, first: usize) -> bool {
    c > first + 1 && doc.is_punct_in(c - 1, CLOSE_QUOTES) && doc.punct(c - 2) == Some(',')
}

/// Words after which a verb in "-ing" is the subject's act: "by calling the
/// plan a failure", "while acknowledging that ...".
pub(super) const PARTICIPLE_LEADS: [&str; 5] = ["by", "while", "after", "before", "when"];

/// Groups a participle can describe as speakers: "those supporting ...",
/// "a group backing the mayor", "super PACs supporting her" (the last three
/// added from PolNeAR train: 12 of 21 new cues exact; "candidates" was
/// wrong on dev, "candidates seeking the office").
pub(super) const GROUPS: [&str; 14] = [
    "those",
    "people",
    "voters",
    "americans",
    "democrats",
    "republicans",
    "officials",
    "groups",
    "lawmakers",
    "others",
    "critics",
    "group",
    "pac",
    "pacs",
];

/// Whether the cue verb `m`, opening its group, reads as a noun after the
/// lowercase word before it, one that names no speaker:
/// - an "-s" form: "the intercepted calls", "health plans", "his offensive
///   remarks", "sent lurid tweets". Not an auxiliary opening a passive of
///   saying ("the coach is quoted as saying"), nor "says" and "tells", nor a verb of
///   showing, whose subject is a thing ("the audit shows"); a verb of saying
///   or thinking after "and", "but" or "or" is the subject's second act
///   ("... and tells the crowd"); so is a verb after a time adjunct ("a
///   poll released last week suggests"). For verbs of saying and thinking, 66
///   cues on PolNeAR train, 12 of them gold. After "and", "but" or "or", a
///   verb before an object ("and praises the nurses", "but plans to run")
///   stays a verb (on train 10 of 11 such cues were gold; a noun there is
///   followed by a preposition or a stop: "jokes and insults at ...").
///   Nor a form that is never a plural noun ([`VERB_ONLY`]: "the memo
///   suggests").
/// - a base form other than "say" and "tell", when the word before is no
///   plural, pronoun, quantifier or "to" ([`BASE_FORM_LEADS`]): a present
///   verb there would want a plural subject, so "a false claim", "a
///   hopeful note", "a reality show" (70 cues on train, 15 of them gold;
///   the gold ones after a singular noun ending a plural's phrase, "critics
///   in the community cite"). So a base form after such a phrase and before
///   an object or a clause stays a verb ([`plural_subject_before`]: 7 new
///   cues on train, 6 of them gold).
pub(super) fn reads_as_noun(
    doc: &Doc,
    m: &CueMatch,
    info: &CueInfo,
    first: usize,
    end: usize,
) -> bool {
    let c = m.tokens.start;
    if c <= first || !doc.is_lower_word(c - 1) || names_a_speaker(doc.low(c - 1)) {
        return false;
    }
    let before = doc.low(c - 1);
    // "A poll released last week suggests": the subject ends in an adjunct.
    if listed(&source::TIME_WORDS, before) {
        return false;
    }
    let word = doc.low(c);
    let said = matches!(info.lemma, "say" | "tell");
    let side = matches!(info.kind, CueType::Stance | CueType::Intent);
    // ("The coach is quoted as saying": an auxiliary opening a passive
    // of saying is no plural noun.)
    let passive_saying = info.kind == CueType::Speech && listed(&AUXILIARIES, word);
    if word.ends_with('s') && !passive_saying && lexicons().cues.longest_at(doc, c, end).is_some() {
        // (Only when the verb opens its group: "has attacked" is a verb.)
        // ("The teacher warns that": a person's noun after "the" is its subject.)
        let person = PERSON_SUFFIXES.iter().any(|s| before.ends_with(s))
            && c >= first + 2
            && matches!(doc.id(c - 2), w::THE | w::A | w::AN);
        // "... and praises the mayor", "but plans to run": after a
        // coordinator, a verb that takes an object is the subject's
        // second act, where a noun is followed by a preposition or a stop.
        let coordinated = matches!(before, "and" | "but" | "or");
        // (A "to" opens the object of a verb of intending only: "and
        // plans to run", not "and favors to friends".)
        let next = m.tokens.end;
        let object =
            opens_object(doc, next) && (!doc.is(next, w::TO) || info.kind == CueType::Intent);
        let second_act = coordinated && object;
        return !person
            && !second_act
            && !listed(&VERB_ONLY, word)
            && (side || !said && info.kind != CueType::Inference && !coordinated);
    }
    // ("a sharp reply:": the colon the cue takes counts for no word.)
    let words = m.tokens.len() - usize::from(doc.punct(m.tokens.end - 1) == Some(':'));
    words == 1
        && word == info.lemma
        && !info.lemma.ends_with("ed")
        && !said
        && !before.ends_with('s')
        && !is_agent_noun(before)
        && !listed(&BASE_FORM_LEADS, before)
        && !(opens_clause(doc, m.tokens.end) && plural_subject_before(doc, c, first))
}

/// Cue forms in "-s" that are never a plural noun, so that after a noun
/// they are its verb: "the memo suggests", "the council believes". The
/// forms are those met there on PolNeAR train: 15 new cues, 10 exact
/// (sources 10, contents 11); dev unchanged. "concludes" stays out: it is
/// as often "ends" ("the ad concludes with footage of ...").
const VERB_ONLY: [&str; 8] = [
    "suggests", "explains", "confirms", "believes", "knows", "wants", "reveals", "admits",
];

/// Whether a plural subject stands a few words before the base form at
/// `c`, followed by the words that tell where or who it is: "critics in
/// the county argue", "some who know the mayor think", "polls there
/// show". A present verb there agrees with the plural, not with the
/// singular noun just before it.
fn plural_subject_before(doc: &Doc, c: usize, first: usize) -> bool {
    (first.max(c.saturating_sub(PLURAL_REACH))..c.saturating_sub(1))
        .rev()
        .take_while(|&j| doc.is_word(j) || doc.is_number(j))
        .any(|j| {
            let w = doc.low(j);
            let next = doc.low(j + 1);
            // ("some of the deepest worry": after a partitive "of", the
            // noun that follows decides.)
            // ("this smacks of ...": a verb after its subject.)
            let after_subject = j > first
                && matches!(
                    doc.id(j - 1),
                    w::HE | w::SHE | w::IT | w::THIS | w::THAT | w::WHO
                );
            let plural = listed(&PLURAL_HEADS, w) && next != "of"
                || w.ends_with('s')
                    && !w.ends_with("ss")
                    && !listed(&AUXILIARIES, w)
                    && !after_subject;
            plural && (doc.is_lower_word(j) || j == first) && listed(&PLACING_WORDS, next)
        })
}

/// How far back [`plural_subject_before`] looks for a plural subject.
const PLURAL_REACH: usize = 14;

/// Words for a part of a group, plural without "-s": "some in the party".
const PLURAL_HEADS: [&str; 9] = [
    "some", "few", "many", "most", "those", "all", "both", "others", "people",
];

/// Words after a plural that begin where or who it is: "critics in the
/// county", "those who know him", "polls there".
const PLACING_WORDS: [&str; 12] = [
    "in", "on", "of", "within", "across", "from", "at", "around", "among", "outside", "who",
    "there",
];

/// Whether token `j` opens what a verb takes as its object: a pronoun, a
/// determiner, "to", "that", a name or a quotation ("praises Ana Ruiz",
/// "considers him", "plans to run"). A noun is followed instead by a
/// preposition, a stop or another noun ("jokes and insults at ...").
fn opens_object(doc: &Doc, j: usize) -> bool {
    listed(&OBJECT_OPENERS, doc.low(j)) || name_or_quote(doc, j) || doc.punct(j) == Some(':')
}

/// Whether token `j` opens a verb's object or clause: what
/// [`opens_object`] takes, a subject pronoun or a comma ("think they",
/// "believe, ..."). A noun is followed by a preposition instead ("a hopeful
/// note of ...").
fn opens_clause(doc: &Doc, j: usize) -> bool {
    opens_object(doc, j) || matches!(doc.low(j), "he" | "she" | "they" | "we" | "i" | ",")
}

/// Lowercase words that open an object or a clause after a verb.
const OBJECT_OPENERS: [&str; 21] = [
    "her", "him", "them", "it", "us", "me", "his", "their", "its", "the", "a", "an", "that", "to",
    "this", "these", "those", "what", "how", "whether", "why",
];

/// Whether a verb of wanting after "may" or "might" is the writer's advice,
/// not the subject's wish: "investors may want to wait", "the mayor might
/// want to check the figures" (on PolNeAR train 6 such cues, none gold).
pub(super) fn advice(doc: &Doc, m: &CueMatch, info: &CueInfo) -> bool {
    info.lemma == "want"
        && m.tokens
            .clone()
            .any(|j| matches!(doc.id(j), w::MAY | w::MIGHT))
}

/// Whether "declined" or "declines" tells a fall, not a refusal: a number,
/// a degree adverb, "by" or "to" before a figure follows it ("sales
/// declined 40 percent", "declined sharply", "declined to $2 million").
/// A refusal goes on to its infinitive or stops ("declined to comment",
/// "she declined."). On PolNeAR train such cues were all spurious.
pub(super) fn tells_a_fall(doc: &Doc, m: &CueMatch, info: &CueInfo) -> bool {
    let next = m.tokens.end;
    let w = doc.low(next);
    info.lemma == "declined"
        && (doc.is_number(next)
            || doc.is_punct_in(next, "$%")
            || w.ends_with("ly") && w != "politely"
            || matches!(w, "by" | "from" | "in" | "more" | "less" | "further")
            || w == "to" && (doc.is_number(next + 1) || doc.is_punct_in(next + 1, "$")))
}

/// What a candidate runs for: the object of "seek" that makes it a run
/// for office, not a wish of the speaker's.
const OFFICES: [&str; 10] = [
    "nomination",
    "presidency",
    "house",
    "term",
    "seat",
    "office",
    "reelection",
    "re-election",
    "governorship",
    "convention",
];

/// Whether "seek" names a run for office: an office or an election within
/// its first four words ("is seeking the party's nomination", "will not
/// seek another term", "as he seeks a second term", "rivals seeking the
/// White House"). A campaign is an act, not a claim the candidate holds:
/// on PolNeAR train 10 such cues of 11 were not gold, where "seek" before
/// other objects ("sought a compromise", "seeks an injunction") was gold
/// about half the time.
pub(super) fn runs_for_office(doc: &Doc, m: &CueMatch, info: &CueInfo) -> bool {
    let next = m.tokens.end;
    info.lemma == "seek"
        && (next..doc.len().min(next + 4))
            .take_while(|&j| doc.punct(j).is_none())
            .any(|j| listed(&OFFICES, doc.low(j)))
}

/// Whether "show" stands right before a quotation, as the noun does
/// before a title: "the cable show 'Night Desk'", "a reality show \"Open
/// House.\"" The verb takes a clause or an object, not a quotation (on
/// PolNeAR train 6 such cues, none gold; "found" before a quotation, as
/// in 'the audit found "no sign of fraud"', is a cue).
/// So is "show" after a word of broadcasting, lowercase or "TV": "a
/// reality TV show", "the Sunday talk shows", "morning news shows" (on
/// PolNeAR train 7 such cues, none gold; "ABC News shows" is a verb after
/// a name).
pub(super) fn names_a_title(doc: &Doc, m: &CueMatch, info: &CueInfo) -> bool {
    let c = m.tokens.start;
    info.lemma == "show"
        && (doc.is_punct_in(m.tokens.end, OPEN_QUOTES)
            || c > 0
                && listed(&BROADCAST, doc.low(c - 1))
                && (!doc.is_cap(c - 1) || doc.is(c - 1, w::TV)))
}

/// Words of broadcasting before the noun "show".
const BROADCAST: [&str; 8] = [
    "tv",
    "talk",
    "news",
    "morning",
    "radio",
    "reality",
    "cable",
    "television",
];

/// Words before a verb's base form that leave it a verb: subjects,
/// "to", coordinators, quantifiers.
const BASE_FORM_LEADS: [&str; 24] = [
    "i", "we", "you", "they", "who", "that", "which", "him", "her", "them", "me", "us", "to",
    "and", "but", "or", "not", "all", "both", "few", "many", "most", "some", "two",
];

/// Whether a lowercase word can end a speaker's phrase: a pronoun or a noun
/// for a person, a group or a document ("the president", "officials").
pub(super) fn names_a_speaker(w: &str) -> bool {
    let lex = lexicons();
    matches!(w, "he" | "she" | "it" | "who" | "which" | "that")
        || lex.titles.contains(w)
        || lex.anon_roles.contains(w)
        || lex.vague.contains(w)
        || lex.documents.contains(w)
}

/// Whether "called" (its source ending at token `last`, its object at
/// `next`) names or phones rather than characterises: "a company called
/// Acme", "a creek called Otter Bend", "a new cafe called 'X'" (after
/// any common noun that names no speaker: 7 of 9 such cues were wrong on
/// PolNeAR train), "called Ms. Ortiz on Friday" ([`phoned`]: on train 4
/// such cues, none gold),
/// "called into the show", "called an emergency meeting" (but not when a
/// quotation or "a"/"an" follows the meeting or vote, which is then
/// characterised: "called the vote 'a test'"; on PolNeAR train 2 such cues,
/// both gold). `appositive`
/// tells that the source before ends in an appositive's comma (see
/// [`names_a_thing`]).
pub(super) fn not_a_call(
    doc: &Doc,
    last: usize,
    next: usize,
    end: usize,
    appositive: bool,
) -> bool {
    let particle = matches!(doc.id(next), w::IN | w::INTO | w::TO | w::BACK | w::OFF);
    let convened = (next..end.min(next + 4))
        .find(|&j| {
            matches!(
                doc.id(j),
                w::MEETING
                    | w::VOTE
                    | w::ELECTION
                    | w::HEARING
                    | w::SESSION
                    | w::SUMMIT
                    | w::STRIKE
            )
        })
        // (Not when the object is called something after it: "called the
        // vote 'a test'", "called the election a turning point".)
        .is_some_and(|j| {
            j + 1 >= end
                || !(doc.is_punct_in(j + 1, "\"“") || matches!(doc.id(j + 1), w::A | w::AN))
        });
    names_a_thing(doc, last, next, appositive) || particle || convened || phoned(doc, next, end)
}

/// Whether "called", its object starting at `next`, phones someone: the
/// object is a name or a pronoun and nothing describes it after it, only a
/// stop, a time, "to" or "and" ("called Ana Ruiz on Friday", "called her
/// to offer help", "called them and asked ..."), where "called Ruiz a
/// liar" goes on to what it calls her.
fn phoned(doc: &Doc, next: usize, end: usize) -> bool {
    // (Not "called on", "called for": their object follows the particle.)
    if !doc.low(next - 1).starts_with("call") {
        return false;
    }
    // A name runs over initials and titles ("Mr. Lee", "Ana J. Ruiz"); a
    // possessive goes on to its noun ("called Lee's plan a ...").
    let mut after = next;
    if matches!(doc.id(next), w::HIM | w::HER | w::THEM | w::ME | w::US) {
        after += 1;
    } else {
        while after < end
            && (doc.is_cap(after) || doc.punct(after) == Some('.') && doc.is_cap(after + 1))
        {
            after += 1;
        }
    }
    after > next
        && (after >= end
            || doc.is_punct_in(after, ".;")
            || matches!(
                doc.id(after),
                w::TO | w::AND | w::ON | w::AFTER | w::SHORTLY | w::BACK
            )
            || crate::source::time_word(doc, after))
}

/// Whether "called" or "named" after the source's last token `last` gives
/// a name ("a group called Lashkar-e-Taiba", "The program, called EB-5,",
/// "a local band called Rust Belt", "a lawyer named Paul Odum"): after
/// "a"/"an" and a noun, after a comma before a capital, or after a common
/// noun that names no speaker before a capital or a quotation. A comma
/// that closes the source's appositive (`appositive`: "Ana Ruiz, a county
/// clerk, called Lee a liar") gives no name: the source calls (on PolNeAR
/// train, 9 of 12 new cues exact, with their sources). For "named"
/// (a cue of choosing: "the senator named two judges"), all 4 such cues on
/// PolNeAR train were wrong, and all 3 before "for" or "after".
pub(super) fn names_a_thing(doc: &Doc, last: usize, next: usize, appositive: bool) -> bool {
    let before = doc.low(last);
    // A thing named: "a group called Lashkar-e-Taiba", "The program, called EB-5,".
    let quote_or_cap = name_or_quote(doc, next);
    matches!(doc.id(last.saturating_sub(1)), w::A | w::AN)
        || (doc.punct(last) == Some(',') && doc.is_cap(next) && !appositive)
        // "a new cafe called the ...", "a local band called Rust Belt".
        || (doc.is_lower_word(last)
            && quote_or_cap
            && !matches!(doc.id(next - 1), w::FOR | w::ON)
            && !is_agent_noun(before)
            && !names_a_speaker(before)
            && !matches!(before, "they" | "we" | "i" | "you" | "what" | "whom")
            && !listed(&AUXILIARIES, before))
        || (matches!(
            before,
            "group"
                | "program"
                | "organization"
                | "company"
                | "firm"
                | "movement"
                | "bill"
                | "plan"
                | "policy"
                | "law"
                | "book"
                | "film"
                | "show"
                | "town"
                | "village"
                | "area"
                | "region"
        ) && doc.is_cap(next))
}

/// Whether "called" after the source phrase `src` and before the token
/// `next` gives a thing's name: the phrase opens with "a", "an", "one" or
/// "another", has no comma, and ends in no noun for people ("-ment" nouns
/// are things), and a name or a
/// quotation follows ("a resistance movement called the Popular Front",
/// "one PAC called Stop Lee", "a short film called 'Home'"). On PolNeAR
/// train, 5 such cues of 6 were wrong (the sixth a super PAC's name).
pub(super) fn indefinite_naming(doc: &Doc, src: std::ops::Range<usize>, next: usize) -> bool {
    let lex = lexicons();
    let last = doc.low(src.end - 1);
    let name = |j: usize| name_or_quote(doc, j);
    !src.is_empty()
        && matches!(doc.id(src.start), w::A | w::AN | w::ONE | w::ANOTHER)
        && !src.clone().any(|j| doc.punct(j) == Some(','))
        // ("movement", "settlement": a thing, though it ends in "-ent".)
        && (!is_agent_noun(last) || last.trim_end_matches('s').ends_with("ment"))
        && !lex.anon_roles.contains(last)
        && !lex.vague.contains(last)
        && (name(next) || doc.is(next, w::THE) && name(next + 1))
}

/// Whether a name or a quotation opens at token `j`, as a name given does:
/// "called Rust Belt", "called 'Home'".
fn name_or_quote(doc: &Doc, j: usize) -> bool {
    doc.is_cap(j) || doc.is_punct_in(j, OPEN_QUOTES)
}

/// Whether a lowercase noun names a person by what they do ("the union
/// leader", "the senator", "activists"): a suffix of agents.
fn is_agent_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    PERSON_SUFFIXES.iter().any(|s| w.ends_with(s)) || w.ends_with("ent") || w.ends_with("ant")
}

/// Endings of nouns for people ("teacher", "director", "economist",
/// "historian"). `is_agent_noun` adds "-ent" and "-ant", which adjectives
/// share ("recent", "constant").
const PERSON_SUFFIXES: [&str; 4] = ["er", "or", "ist", "ian"];
