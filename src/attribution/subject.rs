//! The subject before a cue: the sentence's or its last clause's, for a
//! participle ("Smith left, saying ...", "Noting that ..., the judge
//! ruled"), past the adjuncts that open the sentence one after another ("On
//! Tuesday, after the vote, the mayor ..."), and a subject before an aside
//! between dashes or parentheses; and the subject of the nearest clause
//! opened inside the sentence ("The crowd cheered when the mayor arrived
//! and said ...": the mayor speaks), for a verb after "and" or a
//! participle, where the source of a cue in an opening clause ("When Vale
//! asked ..., Ruiz shook her head, saying ...") is not the main clause's.
//! A dateline opening the sentence ("LAKEVIEW, Ore. (Wire) - The mayor
//! ...") is no subject, and the word right after a determiner is read as a
//! noun, not as the verb ending the subject ("parents of those injured ...").

use super::{verb_like, Found, SCAN};
use crate::content::{content_after_verb, personal_subject, OPENERS};
use crate::cue::CueMatch;
use crate::doc::Doc;
use crate::lexicon::{lexicons, CueInfo, CueType};
use crate::model::Quote;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::source;
use crate::vocab::w;
use crate::words::listed;
use crate::Span;
use std::ops::Range;

/// "Noting that the law had changed, the judge ruled ...", "In describing
/// the plan, the mayor said ...": a participle opening the sentence is the
/// act of the main clause's subject, after the first comma outside
/// quotation marks; its claim ends at that comma.
pub(super) fn opening_participle(
    doc: &Doc,
    mut f: Found,
    m: &CueMatch,
    s: &SentenceInfo,
    quotes: &[Quote],
    info: &CueInfo,
) -> Option<Found> {
    let end = s.tokens.end;
    let comma = (m.tokens.end..end.min(m.tokens.end + SCAN))
        .find(|&j| doc.punct(j) == Some(',') && quote::containing(quotes, doc.span(j)).is_none())?;
    f.source = Some(sentence_subject(doc, comma + 1, end)?);
    let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
    let stop = doc.span(comma).start;
    f.content = content
        .filter(|c| c.start < stop)
        .map(|c| Span::new(c.start, c.end.min(doc.span(comma - 1).end)));
    f.content?;
    Some(f)
}

/// "Democrats -- including the mayor -- quickly accused ...", "Ana Ruiz (a
/// Democrat from Ohio) says ...": the subject before an aside between dashes
/// or parentheses, with the aside, when the cue follows the aside (its
/// last token is `last`).
pub(super) fn dashed_aside_subject(
    doc: &Doc,
    last: usize,
    first: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let dash = |j: usize| doc.is_punct_in(j, "-—–");
    if last > first && doc.punct(last) == Some(')') {
        // "Ana Ruiz (a Democrat from Ohio) says ...".
        let open = (first.max(last.saturating_sub(SCAN))..last)
            .rev()
            .find(|&j| doc.is_punct_in(j, "()"))
            .filter(|&j| doc.punct(j) == Some('('))?;
        let (src, via) = source::before(doc, open.checked_sub(1)?, first)?;
        return Some((src.start..last + 1, via));
    }
    if last <= first || !dash(last) {
        return None;
    }
    // ("--" is two tokens.)
    let mut close = last;
    while close > first && dash(close - 1) {
        close -= 1;
    }
    let mut open = (first.max(close.saturating_sub(SCAN))..close)
        .rev()
        .find(|&j| dash(j))?;
    while open > first && dash(open - 1) {
        open -= 1;
    }
    if open <= first {
        return None; // no words before the opening dash
    }
    let (src, via) = source::before(doc, open - 1, first)?;
    Some((src.start..close, via))
}

/// Where the aside in the source phrase `src` opens (its first dash), or
/// its end when it has none.
pub(super) fn aside_start(doc: &Doc, src: Range<usize>) -> usize {
    src.clone()
        .find(|&j| doc.is_punct_in(j, "-—–"))
        .unwrap_or(src.end)
}

/// Words that open a sentence before its subject: "But the senator ...".
pub(super) const LINKS: [&str; 8] = [
    "but",
    "and",
    "so",
    "yet",
    "instead",
    "then",
    "meanwhile",
    "also",
];

/// The subject of a participle at `c`: the sentence's, or, when the
/// participle opens the sentence ("After saying he was nervous, the man
/// asked", "Citing a conflict, the spokeswoman said"), the main clause's
/// after the comma.
pub(super) fn participle_subject(
    doc: &Doc,
    first: usize,
    c: usize,
    end: usize,
) -> Option<Range<usize>> {
    let lead = c > first
        && matches!(
            doc.id(c - 1),
            w::AFTER | w::WHILE | w::BEFORE | w::WHEN | w::BY | w::SINCE
        );
    // (Past a time before the lead: "Eight years after backing X, Y ...".)
    let time = c <= first + 6
        && (first..c.saturating_sub(1)).all(|j| {
            doc.is_number(j)
                || matches!(
                    doc.id(j),
                    w::ONE
                        | w::TWO
                        | w::THREE
                        | w::FOUR
                        | w::FIVE
                        | w::SIX
                        | w::SEVEN
                        | w::EIGHT
                        | w::NINE
                        | w::TEN
                        | w::A
                        | w::AN
                        | w::THE
                        | w::DAY
                        | w::DAYS
                        | w::WEEK
                        | w::WEEKS
                        | w::MONTH
                        | w::MONTHS
                        | w::YEAR
                        | w::YEARS
                        | w::HOURS
                        | w::MINUTES
                        | w::SHORTLY
                        | w::SOON
                        | w::JUST
                        | w::ONLY
                        | w::LONG
                )
        });
    // (Or past linking words and adjuncts: "But while touring ...", "On
    // Tuesday, after meeting ...".)
    let opens = c == first || (lead && (time || subject_start(doc, first, c - 1) == Some(c - 1)));
    let subject = if opens {
        let comma = (c..end.min(c + SCAN)).find(|&j| doc.punct(j) == Some(','))?;
        sentence_subject(doc, comma + 1, end)
    } else {
        sentence_subject(doc, first, c)
    };
    subject.filter(|src| !lone_article(doc, src))
}

/// The first token of the last clause joined by ", but" or ", and" before
/// token `c`: "Ruiz won, but Okafor was in Reno, stressing ...".
pub(super) fn clause_start(doc: &Doc, first: usize, c: usize) -> Option<usize> {
    let from = first.max(c.saturating_sub(SCAN));
    (from + 1..c.saturating_sub(2)).rev().find_map(|k| {
        let joined = doc.is_punct_in(k - 1, ",;")
            && matches!(doc.id(k), w::BUT | w::AND | w::WHILE | w::WHEREAS);
        let subject = doc.is_cap(k + 1)
            || matches!(
                doc.id(k + 1),
                w::THE | w::A | w::AN | w::HE | w::SHE | w::THEY | w::HIS | w::HER | w::THEIR
            );
        (joined && subject).then_some(k + 1)
    })
}

/// Prepositions and adverbs that open an adjunct before a sentence's subject,
/// besides `OPENERS`: "Over the weekend, ...", "Outside the hall, ...".
const MORE_OPENERS: [&str; 14] = [
    "over",
    "once",
    "because",
    "throughout",
    "with",
    "outside",
    "inside",
    "among",
    "amid",
    "later",
    "under",
    "from",
    "like",
    "unlike",
];

/// The subject at the start of a sentence, for participles ("Smith left, saying ...").
pub(super) fn sentence_subject(doc: &Doc, first: usize, limit: usize) -> Option<Range<usize>> {
    let mut j = subject_start(doc, first, limit)?;
    // The phrase before the first verb: "Other former officers said ...".
    // (A word right after a determiner is a noun: "The nurse sued ...".)
    let verb = |k: usize| {
        verb_like(doc, k) && doc.is_lower_word(k) && !source::is_determiner(doc.low(k - 1))
    };
    if let Some(v) = (j + 1..limit.min(j + 30)).find(|&k| verb(k)) {
        // (Past adverbs before the verb: "Byrne also left, saying ...".)
        let last = source::skip_back_to_source(doc, v - 1, j).unwrap_or(v - 1);
        if let Some((src, _)) = source::before(doc, last, j) {
            if src.start == j {
                return Some(src);
            }
        }
    }
    let start = j;
    let mut head_end = None;
    while j < limit && j < start + 7 {
        if source::title_period(doc, j) {
            j += 1; // "Mr. Manafort"
            continue;
        }
        if doc.punct(j).is_some() {
            break;
        }
        let lex = crate::lexicon::lexicons();
        let w = doc.low(j);
        let noun = lex.anon_roles.contains(w)
            || lex.titles.contains(w)
            || lex.vague.contains(w)
            || lex.documents.contains(w);
        if doc.is_cap(j) || noun || matches!(w, "he" | "she" | "they" | "it") {
            head_end = Some(j + 1);
        } else if head_end.is_some() {
            break;
        }
        j += 1;
    }
    // "The billionaire businessman began ...": a determiner alone is no
    // subject; the phrase runs on to the word before the verb.
    // ("Three recent surveys, ... suggest", "Many local nurses try ...": so is
    // a quantifier or a number.)
    let determiner = source::is_determiner(doc.low(start)) || doc.is_number(start);
    if head_end == Some(start + 1) && determiner {
        let mut k = start + 1;
        let word = |k: usize| doc.is_lower_word(k) || doc.is_number(k);
        while k < limit && k < start + 5 && word(k) && !verb_like(doc, k) {
            k += 1;
        }
        if k > start + 1 && k < limit && (verb_like(doc, k) || doc.punct(k) == Some(',')) {
            head_end = Some(k);
        }
    }
    head_end.map(|e| start..e)
}

/// Whether `src` is an article or a demonstrative alone, the first word of
/// a subject cut short ("The criticism of the plan comes as ..."): no
/// participle's subject. (A quantifier alone is one: "Some left, saying
/// ...". On PolNeAR train, 23 of 23 lone articles were wrong.)
pub(super) fn lone_article(doc: &Doc, src: &Range<usize>) -> bool {
    src.len() == 1 && matches!(doc.id(src.start), w::THE | w::A | w::AN | w::THIS | w::THAT)
}

/// Where a sentence's subject starts, past its punctuation, dateline,
/// linking words and opening adjuncts: "But on Tuesday, after the vote,
/// the senator ...". `None` when an adjunct runs on past `limit`.
fn subject_start(doc: &Doc, first: usize, limit: usize) -> Option<usize> {
    let mut j = first;
    while j < limit && doc.punct(j).is_some() {
        j += 1;
    }
    j = past_dateline(doc, j, limit);
    // (Adjuncts may follow one another: "On Thursday, after the vote, ...".)
    for round in 0..3 {
        let before = j;
        // "But the senator ...": a conjunction or linking adverb is no subject.
        while j < limit && listed(&LINKS, doc.low(j)) {
            j += 1;
            if doc.punct(j) == Some(',') {
                j += 1;
            }
        }
        // (A later word with no comma in reach is the subject's: "On
        // Tuesday, Browning said".)
        match past_adjunct(doc, j, limit, round == 0) {
            Some(k) => j = k,
            None if round == 0 => return None,
            None => break,
        }
        if j == before {
            break;
        }
    }
    Some(j)
}

/// The token after an adjunct opening a clause at `j`, or `j` when none
/// opens it. A participle opens one only in lower case after the first
/// adjunct (a name may end in "-ing": "On Tuesday, Browning said").
fn past_adjunct(doc: &Doc, j: usize, limit: usize, first: bool) -> Option<usize> {
    // "On Tuesday, the senator ...", "Speaking to reporters, she ...": the
    // subject follows an opening adjunct, up to 16 words long (12 left out
    // 10 subjects on PolNeAR train, 7 of them right; 20 or more adds wrong
    // ones on dev).
    // (A name in "-ing" comes before its verb: "Boreing said ...".)
    let participle = |w: &str| {
        w.ends_with("ing")
            && w.len() > 4
            && w != "including"
            && (first || doc.is_lower_word(j))
            && !(doc.is_cap(j) && doc.is_lower_word(j + 1) && verb_like(doc, j + 1))
    };
    // ("Even China, its only ally, said ...": an adverb before a name is
    // no adjunct, nor part of the subject.)
    let adverb_before_name = |w: &str| listed(&["even", "still", "now"], w) && doc.is_cap(j + 1);
    let opener = |w: &str| {
        (listed(&OPENERS, w) || listed(&MORE_OPENERS, w) || participle(w)) && !adverb_before_name(w)
    };
    // "Asked about the levy, ...", "Pressed on the vote, ...": a past
    // participle before a lowercase word opens the sentence ("Reed Hastings
    // said" has a name after it). "Just before the vote, ...", "More
    // recently, ...": so does a degree adverb before a preposition or an
    // "-ly" adverb.
    let past = |k: usize| {
        let w = doc.low(k);
        w.ends_with("ed") && w.len() > 4 && doc.is_lower_word(k + 1) && !verb_like(doc, k + 1)
    };
    let degree = |k: usize| {
        matches!(
            doc.id(k),
            w::JUST | w::MORE | w::MOST | w::RIGHT | w::SHORTLY | w::SOON | w::LONG
        ) && (listed(&OPENERS, doc.low(k + 1)) || doc.low(k + 1).ends_with("ly"))
    };
    if j + 1 < limit && adverb_before_name(doc.low(j)) {
        return Some(j + 1);
    }
    if j + 1 < limit && first && (past(j) || degree(j)) {
        if let Some(comma) = (j..limit.min(j + 16)).find(|&k| doc.punct(k) == Some(',')) {
            return Some(comma + 1);
        }
    }
    if let Some(k) = time_without_comma(doc, j, limit) {
        return Some(k);
    }
    if j < limit && opener(doc.low(j)) {
        return Some((j..limit.min(j + 16)).find(|&k| doc.punct(k) == Some(','))? + 1);
    }
    if let Some(comma) = (j..limit.min(j + 6)).find(|&k| doc.punct(k) == Some(',')) {
        // "Hours later, Trump ...", "Ultimately, Mr. Yanukovych ...", "Last
        // October, President Obama ...": an adverb or a time opens the sentence.
        // ("Shortly after the vote, ...", "Here in Lakeview, ...": an adverb
        // before a preposition; "This week, ...": a time.)
        let w = doc.low(j);
        let adverb = (w.ends_with("ly") || w == "here")
            && (comma == j + 1 || listed(&OPENERS, doc.low(j + 1)));
        let end_word = doc.low(comma - 1);
        let date = crate::words::is_weekday(end_word)
            || listed(&crate::words::MONTHS_BUT_MAY, end_word)
            || matches!(end_word, "week" | "month" | "year" | "weekend");
        // ("That morning, ...": a part of the day after "that".)
        let day_part = listed(&DAY_PARTS, end_word);
        let time = matches!(
            end_word,
            "later" | "ago" | "earlier" | "likewise" | "indeed"
        ) || (date || day_part)
            && listed(&["last", "this", "next", "early", "late", "that"], w);
        let clause = (j..comma).any(|k| verb_like(doc, k) && doc.is_lower_word(k));
        if (adverb || time) && !clause {
            return Some(comma + 1);
        }
    }
    Some(j)
}

/// The token after a dateline opening the sentence at `j`: "LAKEVIEW, Ore.
/// (Wire) - The mayor said ...", "Bayport (AFP) – ...". A dateline is
/// capitalised words, numbers and punctuation up to a dash, opening with a
/// word in capitals or closing with a wire's name in brackets (not a name
/// before an aside: "Ana Ruiz — a Democrat — said"); `j` when there is none.
fn past_dateline(doc: &Doc, j: usize, limit: usize) -> usize {
    let dash = (j + 1..limit.min(j + 12)).find(|&k| {
        doc.is_punct_in(k, "-—–―") && doc.space_before(k)
            || doc.is_punct_in(k, "—–―")
            || !(doc.is_cap(k) || doc.is_number(k) || doc.punct(k).is_some())
    });
    match dash {
        Some(k)
            if doc.is_punct_in(k, "-—–―")
                && (shouted(doc.raw(j)) || doc.punct(k - 1) == Some(')')) =>
        {
            k + 1
        }
        _ => j,
    }
}

/// Whether a word is in capitals, three letters or more: "LAKEVIEW".
fn shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !word.chars().any(char::is_lowercase)
}

/// Parts of a day: "on Sunday morning", "that night".
const DAY_PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// Words that open a clause of their own inside a sentence, whose subject
/// the verbs after it share: "The crowd cheered when the mayor arrived and
/// said ...", "Ruiz spoke as Vale left, saying ...". ("after", "before"
/// and "since" are left out: "Ruiz apologized after the column ran,
/// saying ..." goes on with the main clause's subject; on PolNeAR train
/// an "after" clause gave a participle's speaker once in 4.)
const CLAUSE_OPENERS: [&str; 8] = [
    "when", "as", "while", "whereas", "although", "because", "and", "but",
];

/// The subject of the nearest clause opened inside the sentence before the
/// cue at `c`, after the main clause's subject: in "The crowd cheered when
/// the mayor arrived and said ..." the mayor speaks, not the crowd; in
/// "Ruiz had left; Vale stayed, saying ..." Vale does. A clause opens after
/// a subordinating word, "and", "but" or a semicolon, and is a noun phrase
/// (a name, a pronoun or a phrase with a determiner) and a finite verb
/// before the cue. `None` when no clause opens after `from`.
pub(super) fn nearest_clause_subject(
    doc: &Doc,
    first: usize,
    from: usize,
    c: usize,
    quotes: &[Quote],
) -> Option<Range<usize>> {
    let main = subject_start(doc, first, c).unwrap_or(first);
    let floor = main.max(from).max(c.saturating_sub(SCAN));
    let verb = |k: usize| verb_like(doc, k) && doc.is_lower_word(k);
    // The nearest bracket at or after the word looked at, kept as the
    // walk goes back, so that each word is read once.
    let mut bracket = (c.saturating_sub(2)..c).find(|&j| doc.is_punct_in(j, "()"));
    (floor + 1..c.saturating_sub(2)).rev().find_map(|k| {
        if doc.is_punct_in(k, "()") {
            bracket = Some(k);
        }
        // (Not a clause inside a quotation or brackets: '"We won and we
        // will win again," she said, adding ...'.)
        let closed = bracket.is_some_and(|j| doc.punct(j) == Some(')'));
        if closed || quote::containing(quotes, doc.span(k)).is_some() {
            return None;
        }
        let w = doc.low(k);
        let opens = doc.punct(k) == Some(';') || listed(&CLAUSE_OPENERS, w);
        // ("... said the union and its allies are ...", "Ruiz and Vale
        // left": "and" joins two nouns unless a verb stands between it and
        // the clause before, other than one whose clause follows it bare.)
        let joins_clauses = !matches!(w, "and" | "but")
            || (floor..k)
                .rev()
                .take_while(|&j| !doc.is(j, w::THAT) && !listed(&CLAUSE_OPENERS, doc.low(j)))
                .any(|j| verb(j) && !takes_a_clause(doc, j));
        if !opens || !joins_clauses {
            return None;
        }
        clause_subject(doc, k + 1, c)
    })
}

/// The subject of a clause starting at `s`, when a noun phrase starts
/// there and a finite verb follows it before `limit`.
fn clause_subject(doc: &Doc, s: usize, limit: usize) -> Option<Range<usize>> {
    let w = doc.low(s);
    let opens_phrase =
        doc.is_cap(s) || source::is_determiner(w) || personal_subject(doc, s) || doc.is_number(s);
    if !opens_phrase || listed(&LINKS, w) {
        return None;
    }
    // "she backs ...": a subject pronoun's verb follows it.
    let pronoun = personal_subject(doc, s);
    if pronoun && s + 1 < limit && doc.is_lower_word(s + 1) && !listed(&LINKS, doc.low(s + 1)) {
        return Some(s..s + 1);
    }
    let verb = |k: usize| {
        verb_like(doc, k) && doc.is_lower_word(k) && !source::is_determiner(doc.low(k - 1))
    };
    let v = (s + 1..limit.min(s + 12)).find(|&k| verb(k))?;
    let last = source::skip_back_to_source(doc, v - 1, s)?;
    let (src, _) = source::before(doc, last, s)?;
    // (Words of the phrase before a second determiner belong to it: "the
    // city's oldest union the Harbor Guild denounced ...".)
    let words_before = (s..src.start).all(|k| {
        (doc.is_word(k) || listed(&["'s", "’s"], doc.low(k)))
            && !verb_like(doc, k)
            && !listed(&["that", "which", "who"], doc.low(k))
    });
    (words_before && !lone_article(doc, &src)).then_some(s..src.end)
}

/// Whether token `j` is a verb of saying, thinking or showing that takes
/// a clause with no "that": "said the union and its allies were wrong".
fn takes_a_clause(doc: &Doc, j: usize) -> bool {
    lexicons()
        .cues
        .longest_at(doc, j, j + 1)
        .is_some_and(|(_, info)| {
            matches!(
                info.kind,
                CueType::Speech | CueType::Thought | CueType::Inference
            ) && (info.strong || info.clause)
        })
}

/// Whether the source `src` of an earlier cue stands in an adjunct or a
/// clause opening the sentence, before the main clause's subject that the
/// cue at `c` shares: "When Vale asked about the levy, Ruiz shook her
/// head, saying ...", "Ever since she endorsed Ruiz, Lena Ortiz has been
/// her surrogate, attacking ...".
pub(super) fn in_opening_clause(doc: &Doc, first: usize, src: &Range<usize>, c: usize) -> bool {
    subject_start(doc, first, c).is_some_and(|main| src.start < main && main < c)
}

/// The token after a time opening the clause at `j` with no comma, when a
/// name or a subject pronoun follows it: "On Sunday morning Ruiz wrote
/// ...", "By Tuesday night she had ...", "A few hours later the clerk ...".
fn time_without_comma(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    let day = |k: usize| {
        let w = doc.low(k);
        crate::words::is_weekday(w)
            || listed(&crate::words::MONTHS_BUT_MAY, w)
            || listed(&DAY_PARTS, w)
            || doc.is_number(k)
    };
    let w = doc.low(j);
    let end = if listed(&["on", "by", "early", "late", "last"], w) && day(j + 1) {
        // "On Sunday morning", "By Tuesday night".
        (j + 1..limit.min(j + 4)).find(|&k| !day(k))?
    } else if doc.is(j + 1, w::FEW) {
        // "A few hours later".
        let unit = listed(
            &["minutes", "hours", "days", "weeks", "months"],
            doc.low(j + 2),
        );
        (unit && doc.is(j + 3, w::LATER)).then_some(j + 4)?
    } else {
        return None;
    };
    let subject = doc.is_cap(end) || personal_subject(doc, end);
    (end < limit && subject && !day(end)).then_some(end)
}
