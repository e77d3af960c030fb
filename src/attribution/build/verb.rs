//! A verb cue's attribution ("Smith said ...", "..., saying ...",
//! '"...," said Smith.'): the traps that reject the match, the participle
//! and question forms (with the absolute "with the union calling ..."), the
//! inverted order, and the source before the cue (in `verb/before.rs`).

use crate::attribution::continuation::{
    about_after_adjunct, comma_after_adjunct, contact_relative, end_at_closing_dash,
    end_of_relative, headline_clause, object_relative, quote_after_colon, NOUN_STARTS,
    RELATIVE_PREPOSITIONS,
};
use crate::attribution::inverted::{inverted_source, inverts, separator_start};
use crate::attribution::subject::{
    aside_start, clause_start, dashed_aside_subject, in_opening_clause, lone_article,
    nearest_clause_subject, opening_participle, participle_subject, sentence_subject,
};
use crate::attribution::traps::{
    advice, after_quote_comma, indefinite_naming, names_a_speaker, names_a_thing, names_a_title,
    not_a_call, reads_as_noun, runs_for_office, tells_a_fall, GROUPS, PARTICIPLE_LEADS,
};
use crate::attribution::{verb_like, Found, AUXILIARIES, CLOSE_QUOTES, SCAN, SEPARATORS};
use crate::content::{
    asked_question, cited_phrase, content_after, content_after_verb, content_before,
    rest_is_adjunct,
};
use crate::cue::CueMatch;
use crate::doc::Doc;
use crate::headline;
use crate::lexicon::{lexicons, CueInfo, CueType};
use crate::model::{Quote, SourceKind};
use crate::sentence::SentenceInfo;
use crate::source;
use crate::words::listed;
use crate::Span;
use std::ops::Range;

mod before;
use crate::vocab::w;
use before::source_before_cue;

/// A verb cue (`info`): `None` when the match is no attribution (a noun, a
/// gerund or a modifier, seeing with the eyes); else the source and content
/// of a participle ("..., saying ..."), a question put ("Asked whether ...,
/// ..."), the inverted order ('"...," said Smith.') or the source before
/// the cue ([`source_before_cue`]). `earlier_source` is the subject of an
/// earlier cue of the sentence.
pub(super) fn build(
    doc: &Doc,
    mut f: Found,
    m: &CueMatch,
    s: &SentenceInfo,
    quotes: &[Quote],
    info: &CueInfo,
    earlier_source: Option<Range<usize>>,
) -> Option<Found> {
    let first = s.tokens.start;
    let end = s.tokens.end;
    let c = m.tokens.start;
    // ("When Vale asked about the levy, Ruiz shook her head, saying ...":
    // the source of a cue in an opening clause is not the main clause's.)
    let earlier_source = earlier_source.filter(|e| !in_opening_clause(doc, first, e, c));
    // "The delay led some voters to question whether ...": the object of
    // the causative frame speaks (see `cue::causer_object`).
    if let Some(object) = crate::cue::causer_object(doc, c, first) {
        let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut None)?;
        f.content = Some(content?);
        f.credit(doc, object, None);
        return Some(f);
    }
    if c > first
        && matches!(
            doc.id(c - 1),
            w::A | w::AN
                | w::THE
                | w::THIS
                | w::HIS
                | w::HER
                | w::ITS
                | w::THEIR
                | w::OUR
                | w::WHOSE
                | w::NO
                | w::CLITIC_S
                | w::CURLY_CLITIC_S
        )
        && !object_her(doc, c, first, info)
    {
        return None; // a noun: "a report", "her claims", "has no plans"
    }
    let side = matches!(
        info.kind,
        crate::lexicon::CueType::Stance | crate::lexicon::CueType::Intent
    );
    if reads_as_noun(doc, m, info, first, end) {
        return None; // a noun: "the intercepted calls", "a false claim"
    }
    if advice(doc, m, info) {
        return None; // "investors may want to wait"
    }
    if tells_a_fall(doc, m, info) {
        return None; // "sales declined 40 percent"
    }
    if names_a_title(doc, m, info) {
        return None; // "the cable show 'Night Desk'"
    }
    if runs_for_office(doc, m, info) {
        return None; // "rivals seeking the nomination"
    }
    // "continued their search", "continued campaigning": going on with an
    // act; a claim only with a clear content ("he continued, '...'").
    let going_on;
    let info = if goes_on(doc, m, info) {
        going_on = CueInfo {
            clause: false,
            ..*info
        };
        &going_on
    } else {
        info
    };
    // "you can see the river", "would finally see the result", "help a
    // tourist see": seeing with the eyes, not holding a view.
    // (A view stays one: "see the vote as a referendum", "see that".)
    let view = doc.is(m.tokens.end, w::THAT)
        || (m.tokens.end..end.min(m.tokens.end + 13))
            .take_while(|&j| doc.punct(j).is_none())
            .any(|j| doc.is(j, w::AS));
    if info.lemma == "see"
        && !view
        && (m.tokens.clone().any(|j| {
            matches!(
                doc.id(j),
                w::WILL | w::WOULD | w::CAN | w::COULD | w::MAY | w::MIGHT
            )
        }) || (c > first
            && doc.is_lower_word(c - 1)
            && !names_a_speaker(doc.low(c - 1))
            && !matches!(doc.id(c - 1), w::THEY | w::WE | w::I | w::WHO)))
    {
        return None;
    }
    // "the council voted to pay": a vote is a cue only before its
    // infinitive ("voted for" and "voted against" are entries of their own).
    if info.lemma == "vote" && !doc.is(m.tokens.end, w::TO) {
        return None;
    }
    // "those supporting deportation", "voters saying they ...": a
    // group named by what it says or backs (half of them gold cues on
    // PolNeAR train).
    let opens = c == first || (c == first + 1 && doc.is(first, w::IN));
    if opens && doc.low(c).ends_with("ing") && info.lemma != "cite" {
        return opening_participle(doc, f, m, s, quotes, info);
    }
    // "..., with the mayor calling it a fraud": the noun phrase after
    // "with" is the participle's subject.
    if let Some(src) = with_subject(doc, first, c) {
        // ("with polls showing a tie": evidence from a document takes an
        // object, as in source_before_cue.)
        let object = taking_object(info);
        let info = if document_evidence(doc, &src, first, info) {
            &object
        } else {
            info
        };
        f.source = Some(src);
        let (content, cited) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        // (The phrase ends at its first comma: "with 40 percent saying
        // she is ready, compared with ...".)
        f.content = content.map(|c| crate::clause_end::to_first_break(doc, c, quotes));
        if let Some(cited) = cited {
            f.via = f.source.replace(cited);
        }
        return Some(f);
    }
    let those = c > first && listed(&GROUPS, doc.low(c - 1));
    // (Not after "by", "while", ...: "by calling the plan a failure";
    // nor after "and" or a quotation's comma, in a list of the
    // subject's acts: "touring a plant and vowing to ...", '"...,"
    // referring to ...'. On PolNeAR train, 15 of 26 new cues after
    // "and" and 8 of 13 after a quotation were exact.)
    if side
        && doc.low(c).ends_with("ing")
        && !(c > first && doc.is_punct_in(c - 1, ",—–-"))
        && !after_quote_comma(doc, c, first)
        && !(c > first && listed(&PARTICIPLE_LEADS, doc.low(c - 1)))
        && !(c > first && doc.is(c - 1, w::AND))
        && !those
    {
        return None; // a gerund or a modifier: "ads supporting Rubio", "for backing"
    }
    if info.lemma == "cite" && doc.low(c).ends_with("ing") {
        // "..., citing low growth": the subject cites what follows, up
        // to the next comma. (When a source is cited, the main
        // attribution also keeps it as a relay.)
        f.source = earlier_source.or_else(|| participle_subject(doc, first, c, end));
        f.content = Some(cited_phrase(doc, m.tokens.end, end, quotes)?);
        return Some(f);
    }
    // "sent a letter urging ...", "put out a note warning ...": the
    // cue runs from the verb that sent the document; its subject speaks.
    if let Some(v) = sent_document(doc, first, c) {
        let sent = CueMatch {
            tokens: v..m.tokens.end,
            form: m.form.clone(),
        };
        f.cue = doc.range_span(v, m.tokens.end);
        return source_before_cue(doc, f, &sent, s, quotes, info, earlier_source);
    }
    if doc.low(c).ends_with("ing")
        && c > first
        && !those
        && doc.is_lower_word(c - 1)
        && !matches!(
            doc.id(c - 1),
            w::AND | w::BUT | w::WHILE | w::WHEN | w::ALSO | w::JUST | w::THEN
        )
        && !listed(&PARTICIPLE_LEADS, doc.low(c - 1))
    {
        // A gerund or a modifier: "without saying", "voters saying they ...".
        // ("before saying", "after telling" are the subject's acts: 20
        // of 22 new cues exact on PolNeAR train.)
        return None;
    }
    let opens = c == first || (c == first + 1 && doc.is(first, w::WHEN));
    if doc.is(c, w::ASKED) && !opens && doc.is(c - 1, w::WHEN) {
        // '"We'll see," he said when asked whether ...': a question put
        // by someone unnamed; it runs to the next comma.
        let (question, agent) = asked_question(doc, m.tokens.end, end)?;
        f.content = Some(cited_phrase(doc, question, end, quotes)?);
        f.source = agent;
        return Some(f);
    }
    if opens && doc.is(c, w::ASKED) {
        // "Asked whether the plan would work, 75 percent said no", "When
        // asked by Smith to respond, ...": a question put by someone
        // unnamed (or by the agent of "by"); its content ends at the comma.
        // ("Asked Tuesday about the levy, ...", "When asked at a
        // forum about the merger, ...": "about" after an adjunct.)
        let (question, agent) = asked_question(doc, m.tokens.end, end)
            .or_else(|| about_after_adjunct(doc, m.tokens.end, end).map(|j| (j, None)))?;
        let stop = (question..end.min(question + SCAN)).find(|&j| doc.punct(j) == Some(','))?;
        f.content = Some(doc.range_span(question, stop));
        f.source = agent;
        return Some(f);
    }
    let mut k = c;
    while k > first && doc.is_punct_in(k - 1, CLOSE_QUOTES) {
        k -= 1;
    }
    // "..., saying ...", "while acknowledging that ...", "by saying ...".
    let participle = doc.low(c).ends_with("ing")
        && k > first
        && (doc.is_punct_in(k - 1, ",—–-")
            || matches!(
                doc.id(k - 1),
                w::WHILE | w::BY | w::AFTER | w::BEFORE | w::WHEN
            ));
    if participle {
        // "..., saying the deal was dead": the subject of the sentence
        // speaks, or of its last clause ("X said A, but Y left, saying").
        let after_earlier = earlier_source.as_ref().map_or(first, |e| e.end);
        let clause = nearest_clause_subject(doc, first, after_earlier, c, quotes).or_else(|| {
            clause_start(doc, first, c)
                .filter(|&k| k >= after_earlier)
                .and_then(|k| sentence_subject(doc, k, c))
                .filter(|src| !lone_article(doc, src))
        });
        // ("with Ana Ruiz -- a member since 2010 -- criticizing
        // the board": the one before the aside.)
        let aside = doc
            .is_punct_in(k - 1, "-—–")
            .then(|| dashed_aside_subject(doc, k - 1, first))
            .flatten()
            .map(|(src, _)| src.start..aside_start(doc, src.clone()))
            .filter(|src| {
                doc.is_cap(src.start)
                    || matches!(
                        doc.id(src.start),
                        w::THE | w::A | w::AN | w::HIS | w::HER | w::THEIR
                    )
            });
        f.source = aside
            .or_else(|| lead_in_relative(doc, first, k))
            .or(clause)
            .or(earlier_source)
            .or_else(|| participle_subject(doc, first, c, end));
        let (content, cited) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        f.content = content;
        if let Some(cited) = cited {
            f.via = f.source.replace(cited);
        }
    } else if let Some((src, q)) = opening_said(doc, m, info, first, end, quotes) {
        // "Said Ana Ruiz, a clerk, "We will appeal."": the source follows.
        f.content = Some(q);
        f.source = Some(src);
    } else if let Some(src) = inverts(info)
        .then(|| inverted_source(doc, m, c, first, end))
        .flatten()
    {
        // Inverted: '"...," said Smith.'
        f.content = content_before(doc, separator_start(doc, c, first), s, quotes);
        f.content?;
        f.credit(doc, src, None);
    } else {
        return source_before_cue(doc, f, m, s, quotes, info, earlier_source);
    }
    Some(f)
}

/// `f` without its content when that is only a time phrase ("promised
/// Sunday at a rally to ...", "had projected last August"): the rules
/// that reach it took a date for the verb's object or for the claim
/// before the source (10 on PolNeAR train, none of them right).
pub(super) fn without_time_content(doc: &Doc, mut f: Found) -> Found {
    let only_time = f.content.is_some_and(|c| {
        let (a, b) = (doc.token_at(c.start), doc.token_at(c.end));
        b > a
            && b - a <= 4
            && (a..b).any(|j| names_a_time(doc.low(j)))
            && (a..b).all(|j| names_a_time(doc.low(j)) || listed(&TIME_MODIFIERS, doc.low(j)))
    });
    // (Not after a comma before the source: '..., Ruiz said this week at
    // a rally': the claim lies before it, and an attribution with no
    // content there is dropped inside the sentence's other claim.)
    let after_comma = f
        .source
        .as_ref()
        .is_some_and(|s| s.start > 0 && doc.punct(s.start - 1) == Some(','));
    if only_time && f.more_content.is_empty() && !after_comma {
        f.content = None;
    }
    f
}

/// Whether `w` (lowercase) names a day, a month or a part of the calendar
/// ("last week", "this morning"): the singular nouns of
/// [`source::TIME_WORDS`], its first eleven.
fn names_a_time(w: &str) -> bool {
    crate::words::is_weekday(w)
        || listed(&crate::words::MONTHS_BUT_MAY, w)
        || listed(&source::TIME_WORDS[..11], w)
}

/// Words before a time: "on Sunday", "earlier that week".
const TIME_MODIFIERS: [&str; 11] = [
    "on", "in", "last", "this", "next", "that", "the", "early", "late", "earlier", "later",
];

/// Whether the relative pronoun at `k` is the object of a cue that ends
/// its clause at `after`: "the plan, which the mayor opposed, ...", "a
/// rival whom she defeated." Not after a preposition ("on which they
/// agreed"). An adjunct or a second verb may close the clause instead of
/// a mark ("which the mayor proposed under the new rules", "whom she met
/// at a forum in May", "which she favors but says ..."): the verb's
/// object is still the pronoun, which gold takes alone as the claim (on
/// PolNeAR train 4 more contents exact, none lost, one more cue that is
/// not gold; dev unchanged. Any adjunct `rest_is_adjunct` reads gained one
/// content more for 48 more bytes of the gzipped module).
fn clause_final_object(doc: &Doc, k: usize, first: usize, after: usize, end: usize) -> bool {
    matches!(doc.id(k), w::WHICH | w::WHOM)
        && !(k > first && listed(&RELATIVE_PREPOSITIONS, doc.low(k - 1)))
        && (after >= end
            || doc.is_punct_in(after, ",.;)—–-!?")
            || listed(&GAP_CLOSERS, doc.low(after)))
}

/// Words after a verb whose object is a relative pronoun before it, that
/// close the verb's clause: a second verb ("and", "but") or an adjunct
/// ("for months", "under a flat rate", "at a forum", "when ...").
const GAP_CLOSERS: [&str; 14] = [
    "and", "but", "for", "since", "under", "over", "from", "with", "at", "in", "on", "during",
    "after", "when",
];

/// The claim of a cue that ends its clause with no object, in a contact
/// relative clause ("an arrangement the union has criticized.", "the only
/// town she knows."): the noun phrase before the source, which the missing
/// object stands for; in a free relative ("what the voters wanted."),
/// "what"; after a comparative's "than" ("more votes than her aides
/// expected."), "than" (on PolNeAR train 6 more cues, 5 with cue and
/// source exact, 2 contents: gold takes "than" or the thing compared). A
/// cue with a content of its own takes them too (see
/// `source_before_cue`); this is for a verb that finds no content after
/// it. On PolNeAR train, 10 more cues in contact clauses, 9 with their
/// source and content exact, and 4 of 9 after "what" (3 contents). After
/// "that", "which" or "who" ("a charge that her office disputes.") 4 of 17
/// new cues were exact: left out.
fn object_gap(
    doc: &Doc,
    m: &CueMatch,
    info: &CueInfo,
    src: &Range<usize>,
    first: usize,
    end: usize,
) -> Option<crate::Span> {
    let after = m.tokens.end;
    let closes = after >= end || doc.is_punct_in(after, ".!?;");
    if !closes || src.start <= first {
        return None;
    }
    // "more votes than her aides expected.": the comparative's "than"
    // stands for the claim, as PolNeAR marks it (not after a verb of
    // intending: "lower than we want").
    let than = doc.is(src.start - 1, w::THAN) && info.kind != CueType::Intent;
    if than || doc.is(src.start - 1, w::WHAT) {
        return Some(doc.span(src.start - 1));
    }
    contact_relative(doc, src.start - 1, first).map(|det| doc.range_span(det, src.start))
}

/// Whether a verb's object names the act of writing or asking ("wrote a
/// letter", "asked the mayor"), which PolNeAR marks as an attribution
/// with the object, or the rest of the clause, as its content. Kept with
/// no content (and dropped inside another's content, as a frame is): on
/// PolNeAR train 53 more cues, 31 exact, 33 more sources exact; taking
/// the object as the content instead lost contents (4 of 50 exact).
/// Other weak verbs kept this way were right too seldom: the
/// forms of "report" 13 cues exact of 40, "show" 22 of 88, "find" 14 of
/// 78, "respond" 4 of 44, "agree" 4 of 38, "posted" 11 of 32.
fn names_the_act(info: &CueInfo) -> bool {
    matches!(info.lemma, "write" | "ask")
}

/// The subject of a participle cue at `c` in an absolute phrase: "with
/// the union calling the plan a betrayal", "with polls showing a tie". The
/// words between "with" and the cue, when they are a short noun phrase
/// (no punctuation but a figure's "%", at most six words, ending in a
/// noun, a name or a share: "with 42% preferring her").
fn with_subject(doc: &Doc, first: usize, c: usize) -> Option<Range<usize>> {
    if !doc.low(c).ends_with("ing") || c < first + 2 {
        return None;
    }
    let w = (c.saturating_sub(7).max(first)..c - 1)
        .rev()
        .take_while(|&j| {
            // (Words, figures, "'s", "%" and a title's period: "Sen. Ana Ruiz".)
            doc.is_word(j)
                || doc.is_number(j)
                || percent_sign(doc, j)
                || matches!(doc.id(j), w::CLITIC_S | w::CURLY_CLITIC_S)
                || j > first
                    && doc.punct(j) == Some('.')
                    && doc.is_cap(j - 1)
                    && !doc.space_before(j)
        })
        .find(|&j| doc.is(j, w::WITH))?;
    let last = doc.low(c - 1);
    if percent_sign(doc, c - 1) {
        return Some(w + 1..c); // "with 42% preferring her", as "42 percent"
    }
    if !doc.is_word(c - 1) || last.ends_with("ly") || matches!(last, "and" | "or" | "but" | "while")
    {
        return None;
    }
    let preposition = matches!(
        last,
        "on" | "of" | "for" | "about" | "to" | "in" | "by" | "at"
    );
    if listed(&NOUN_STARTS, last)
        || listed(&AUXILIARIES, last)
        || preposition
        || verb_like(doc, c - 1)
    {
        return None;
    }
    Some(w + 1..c)
}

/// Whether "her" before a form of "say" at `c` is an object ending the
/// subject, not a determiner: "the tenants who wrote to her say", "those
/// close to her said" (after a preposition; "her say" is no noun there).
fn object_her(doc: &Doc, c: usize, first: usize, info: &CueInfo) -> bool {
    info.lemma == "say"
        && c > first + 1
        && doc.is(c - 1, w::HER)
        && crate::source::inner_preposition(doc, c - 2)
}

/// Whether token `j` is a "%" after a figure: "42%", a noun like "42 percent".
fn percent_sign(doc: &Doc, j: usize) -> bool {
    j > 0 && doc.punct(j) == Some('%') && doc.is_number(j - 1)
}

/// An inverted cue opening its sentence, capitalised, with its source and
/// then a quotation after it: "Said Ana Ruiz, a clerk in the county office,
/// "We will appeal."" (a quotation before it makes it '"...," said X').
/// The source runs to the comma before the quotation. On PolNeAR train 2
/// such sentences, both gold.
fn opening_said(
    doc: &Doc,
    m: &CueMatch,
    info: &CueInfo,
    first: usize,
    end: usize,
    quotes: &[Quote],
) -> Option<(Range<usize>, Span)> {
    let c = m.tokens.start;
    if c != first || info.lemma != "say" || !doc.is_cap(c) {
        return None;
    }
    let src = source::after(doc, m.tokens.end, end)?;
    let mut k = src.end;
    // ("Said Ana Ruiz, a clerk in the county office, ...": past the appositive.)
    while k < end && k < src.end + SCAN && !doc.is_punct_in(k, "\"“«") {
        if doc.is_punct_in(k, ".!?;") {
            return None;
        }
        k += 1;
    }
    if k >= end || doc.punct(k - 1) != Some(',') {
        return None;
    }
    let q = crate::quote::starting_at(quotes, doc.span(k).start)?;
    Some((src.start..k - 1, q.span))
}

/// A content inside a restrictive "who" clause (no comma before "who")
/// ends where the main clause's verb comes back with no comma: in "Voters
/// who said the levy was unfair backed the mayor", the claim is "the levy
/// was unfair"; in "Those who favor the levy agree that ...", "the levy".
/// The main verb is the second finite verb after a claim that is a clause
/// (after a verb of saying, thinking or showing, or one opening with "that"
/// or a subject pronoun), the first after an object; an "-ing" form, a
/// word after an auxiliary, a preposition, a negation or an adverb, and
/// anything after a punctuation mark, a quotation, a subordinating word
/// ("because", "as", "when") or, past the claim's verb, a subject pronoun
/// leave the content whole. On PolNeAR train 20 contents changed: 6 more
/// exact, 1 lost; the nested cues the shorter content frees added 3 exact
/// cues and sources (called, calling, "are evenly divided on"). A group
/// named by its participle ("Voters backing the levy packed the hall")
/// ends its claim the same way: 2 more contents exact on train, none lost.
fn end_of_restrictive(doc: &Doc, content: Span, quotes: &[Quote], info: &CueInfo) -> Span {
    let (from, to) = doc.token_bounds(content, SCAN);
    if from >= to {
        return content;
    }
    let lead = doc.low(from);
    let clause = lead != "to"
        && (matches!(
            info.kind,
            CueType::Speech | CueType::Thought | CueType::Inference
        ) || lead == "that"
            || listed(&crate::content::PRONOUN_SUBJECTS, lead));
    let mut seen = 0;
    for j in from + 1..to {
        let w = doc.low(j);
        if doc.punct(j).is_some()
            || crate::quote::containing(quotes, doc.span(j)).is_some()
            || listed(&SUBORDINATORS, w)
            || seen > 0 && listed(&crate::content::PRONOUN_SUBJECTS, w)
        {
            return content;
        }
        let prev = doc.low(j - 1);
        let finite = doc.is_lower_word(j)
            && (listed(&crate::content::CLAUSE_VERBS, w)
                || verb_like(doc, j) && !w.ends_with("ing"))
            && !listed(&RELATIVE_PREPOSITIONS, prev)
            && !listed(&AUXILIARIES, prev)
            && !prev.ends_with("ly")
            && !listed(&NOT_AFTER, prev);
        if !finite {
            continue;
        }
        seen += 1;
        if seen == if clause { 2 } else { 1 } {
            return Span::new(content.start, doc.span(j - 1).end);
        }
    }
    content
}

/// Words after which a verb form is no main verb coming back: it is an
/// infinitive, a participle or a modifier ("to be named", "too involved",
/// "having ended", "who worshiped", "a recognized status") or the next
/// verb of a list.
const NOT_AFTER: [&str; 30] = [
    "to", "too", "so", "very", "not", "n't", "n’t", "never", "being", "having", "and", "or", "but",
    "that", "who", "which", "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
    "this", "these", "those", "no",
];

/// Words that open a subordinate clause inside a claim, past which
/// `end_of_restrictive` looks no further for the main verb.
const SUBORDINATORS: [&str; 14] = [
    "because", "as", "when", "if", "while", "since", "after", "before", "until", "although",
    "though", "where", "than", "whether",
];

/// The quotation a thing says ("signs that said "Stop the levy."",
/// "a notice that said, "..."") when the relative "that" at `last`, after
/// a word, is the subject of "say" in any form and a quotation follows it,
/// after a comma or not: PolNeAR marks the sign's words as a claim with the
/// relative pronoun as its source, as for "who". On PolNeAR train 7 such
/// cues, 5 gold (3 with "that" as the source; the others take the thing or
/// its maker). Without a quotation "that" stays no source: as a relative
/// source everywhere it was right too seldom (22 exact cues of 100).
fn thing_that_says(
    doc: &Doc,
    last: usize,
    first: usize,
    m: &CueMatch,
    info: &CueInfo,
    quotes: &[Quote],
) -> Option<Span> {
    if info.lemma != "say"
        || last <= first
        || !doc.is(last, w::THAT)
        || !doc.is_word(last - 1)
        || verb_like(doc, last - 1)
    {
        return None;
    }
    let mut j = m.tokens.end;
    if doc.punct(j) == Some(',') {
        j += 1;
    }
    if j >= doc.len() {
        return None;
    }
    crate::quote::starting_at(quotes, doc.span(j).start).map(|q| q.span)
}

/// The verb that sent the document a participle cue at `c` describes:
/// "sent a letter urging", "put out a statement saying", "emailed
/// supporters a note saying" (a past verb, then at most five words ending
/// in a document from `documents.txt`, no punctuation between). PolNeAR
/// takes the verb, the document and the participle as one cue.
///
/// A day or "this week" may stand between the document and the participle
/// ("sent a letter Monday urging", "sent an email this week saying"), and
/// gold keeps it in the cue: on PolNeAR train 2 more cues and 3 more
/// sources exact, none lost.
fn sent_document(doc: &Doc, first: usize, c: usize) -> Option<usize> {
    if !doc.low(c).ends_with("ing") || c < first + 2 {
        return None;
    }
    let c = c - sent_when(doc, first, c);
    if c < first + 2
        || !crate::lexicon::lexicons()
            .documents
            .contains(doc.low(c - 1))
    {
        return None;
    }
    let v = (c.saturating_sub(7).max(first + 1)..c - 1)
        .rev()
        .take_while(|&j| doc.is_lower_word(j) || doc.is_number(j))
        .find(|&j| {
            let w = doc.low(j);
            (w.ends_with("ed") || matches!(w, "sent" | "put" | "wrote" | "out" | "up" | "back"))
                && !listed(&NOUN_STARTS, w)
        })?;
    // (A particle goes with its verb: "put out", "sent out", "fired back".)
    let v = if matches!(doc.id(v), w::OUT | w::UP | w::BACK) && v > first + 1 {
        v - 1
    } else {
        v
    };
    let w = doc.low(v);
    let past = w.ends_with("ed") || matches!(w, "sent" | "put" | "wrote");
    // (Not a cue of its own, "cited a poll showing", nor an adjective
    // after a verb, "noted published reports alleging".)
    let cue = crate::lexicon::lexicons()
        .cues
        .longest_at(doc, v, v + 1)
        .is_some();
    // "also sent a tweet saying": an adverb goes into the cue.
    let start = if matches!(doc.id(v - 1), w::ALSO | w::THEN | w::LATER) {
        v - 1
    } else {
        v
    };
    let after_verb = start > first && verb_like(doc, start - 1);
    (past && !cue && !after_verb && doc.is_lower_word(v)).then_some(start)
}

/// The number of words of a day or week right before `c`: "Monday",
/// "on Monday", "this week", "last month"; 0 when there are none.
fn sent_when(doc: &Doc, first: usize, c: usize) -> usize {
    if c < first + 3 {
        return 0;
    }
    let w = doc.low(c - 1);
    if crate::words::is_weekday(w) {
        return if doc.is(c - 2, w::ON) { 2 } else { 1 };
    }
    let span = matches!(w, "week" | "month" | "morning" | "night")
        && matches!(doc.id(c - 2), w::THIS | w::LAST);
    if span {
        2
    } else {
        0
    }
}

/// Words for a share of a group before "of whom": "all of whom", "two of whom".
const QUANTIFIERS: [&str; 16] = [
    "all", "both", "each", "some", "many", "most", "none", "one", "two", "three", "four", "five",
    "several", "few", "half", "either",
];

/// Whether a verb of inference has a document for its subject, source
/// tokens `src`: "The poll shows Clinton ahead", "with polls showing a tie".
fn document_evidence(
    doc: &Doc,
    src: &std::ops::Range<usize>,
    first: usize,
    info: &CueInfo,
) -> bool {
    info.kind == crate::lexicon::CueType::Inference
        && source::classify(doc, src.clone(), first) == SourceKind::Document
}

/// Whether the cue is a bare "continued" (not "continued to", whose verb
/// after it is the claim's): with a plain object, a participle or nothing
/// after it, it goes on with an act ("the firms continued the work",
/// "continued campaigning Friday", "the borrowing continued"), and it
/// credits a claim only with a clear content, as a weak verb does
/// ('"...," he continued', "she continued that ...", "continued with a
/// warning: ..."). On PolNeAR train 15 such cues with an object or
/// none, 1 gold ("continued his remarks").
fn goes_on(doc: &Doc, m: &CueMatch, info: &CueInfo) -> bool {
    info.lemma == "continued"
        && doc.is(m.tokens.end - 1, w::CONTINUED)
        && !matches!(doc.id(m.tokens.end), w::TO | w::WITH)
}

/// `info` read as a verb of taking a side whose object or bare clause is
/// its content (for [`document_evidence`], figures and title-case objects).
fn taking_object(info: &CueInfo) -> CueInfo {
    CueInfo {
        clause: true,
        kind: crate::lexicon::CueType::Stance,
        ..*info
    }
}

/// The relative pronoun whose clause a participle after a lead word at
/// `k` ("while", "by", "after", "before", "when") stands in, with no
/// punctuation between: "Ruiz, who stumbled while answering the
/// question, ..." (the relative pronoun is the source, as annotators mark
/// it; on PolNeAR train 6 such sources were the pronoun).
fn lead_in_relative(doc: &Doc, first: usize, k: usize) -> Option<Range<usize>> {
    if k <= first + 1 || !listed(&PARTICIPLE_LEADS, doc.low(k - 1)) {
        return None;
    }
    (first.max(k.saturating_sub(14))..k - 1)
        .rev()
        .take_while(|&j| doc.is_word(j) || doc.is_number(j))
        .find(|&j| source::is_relative(doc, j))
        .map(|j| j..j + 1)
}
