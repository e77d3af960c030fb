//! A verb cue's attribution ("Smith said ...", "..., saying ...",
//! '"...," said Smith.'): the traps that reject the match, the participle
//! and question forms (with the absolute "with the union calling ..."), the
//! inverted order, and the source before the cue.

use crate::attribution::continuation::{
    about_after_adjunct, comma_after_adjunct, contact_relative, end_at_closing_dash,
    end_of_relative, headline_clause, object_relative, quote_after_colon, NOUN_STARTS,
    RELATIVE_PREPOSITIONS,
};
use crate::attribution::inverted::{inverted_source, inverts, separator_start};
use crate::attribution::subject::{
    aside_start, clause_start, dashed_aside_subject, lone_article, opening_participle,
    participle_subject, sentence_subject,
};
use crate::attribution::traps::{
    advice, after_quote_comma, indefinite_naming, names_a_speaker, names_a_thing, names_a_title,
    not_a_call, reads_as_noun, tells_a_fall, GROUPS, PARTICIPLE_LEADS,
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
    if c > first
        && matches!(
            doc.low(c - 1),
            "a" | "an"
                | "the"
                | "this"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "whose"
                | "no"
                | "'s"
                | "’s"
        )
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
    // "you can see the river", "would finally see the result", "help a
    // tourist see": seeing with the eyes, not holding a view.
    // (A view stays one: "see the vote as a referendum", "see that".)
    let view = doc.low(m.tokens.end) == "that"
        || (m.tokens.end..end.min(m.tokens.end + 13))
            .take_while(|&j| doc.punct(j).is_none())
            .any(|j| doc.low(j) == "as");
    if info.lemma == "see"
        && !view
        && (m.tokens.clone().any(|j| {
            matches!(
                doc.low(j),
                "will" | "would" | "can" | "could" | "may" | "might"
            )
        }) || (c > first
            && doc.is_lower_word(c - 1)
            && !names_a_speaker(doc.low(c - 1))
            && !matches!(doc.low(c - 1), "they" | "we" | "i" | "who")))
    {
        return None;
    }
    // "those supporting deportation", "voters saying they ...": a
    // group named by what it says or backs (half of them gold cues on
    // PolNeAR train).
    let opens = c == first || (c == first + 1 && doc.low(first) == "in");
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
        && !(c > first && doc.low(c - 1) == "and")
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
            doc.low(c - 1),
            "and" | "but" | "while" | "when" | "also" | "just" | "then"
        )
        && !listed(&PARTICIPLE_LEADS, doc.low(c - 1))
    {
        // A gerund or a modifier: "without saying", "voters saying they ...".
        // ("before saying", "after telling" are the subject's acts: 20
        // of 22 new cues exact on PolNeAR train.)
        return None;
    }
    let opens = c == first || (c == first + 1 && doc.low(first) == "when");
    if doc.low(c) == "asked" && !opens && doc.low(c - 1) == "when" {
        // '"We'll see," he said when asked whether ...': a question put
        // by someone unnamed; it runs to the next comma.
        let (question, agent) = asked_question(doc, m.tokens.end, end)?;
        f.content = Some(cited_phrase(doc, question, end, quotes)?);
        f.source = agent;
        return Some(f);
    }
    if opens && doc.low(c) == "asked" {
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
            || matches!(doc.low(k - 1), "while" | "by" | "after" | "before" | "when"));
    if participle {
        // "..., saying the deal was dead": the subject of the sentence
        // speaks, or of its last clause ("X said A, but Y left, saying").
        let clause = clause_start(doc, first, c)
            .filter(|&k| earlier_source.as_ref().is_none_or(|e| e.end <= k))
            .and_then(|k| sentence_subject(doc, k, c))
            .filter(|src| !lone_article(doc, src));
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
                        doc.low(src.start),
                        "the" | "a" | "an" | "his" | "her" | "their"
                    )
            });
        f.source = aside
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
        let (src, via) = source::split_relay(doc, src);
        f.source = Some(src);
        f.via = via;
    } else {
        return source_before_cue(doc, f, m, s, quotes, info, earlier_source);
    }
    Some(f)
}

/// Whether the source found before a verb is a name and the verb of
/// saying after it, right after a relative pronoun: in "a ruling which
/// Vale claims affirmed the law" the name claims, and the verb after is
/// the claim's (see `complement_frame` in content/verb.rs), no cue of its own.
fn claimed_relative(doc: &Doc, src: &Range<usize>, first: usize) -> bool {
    let last = src.end - 1;
    src.start > first
        && last > src.start
        && matches!(doc.low(src.start - 1), "which" | "who" | "that")
        && doc.is_lower_word(last)
        && (src.start..last).all(|j| doc.is_cap(j))
        && lexicons().cues.longest_at(doc, last, last + 1).is_some()
}

/// A verb cue whose source stands before it: "Smith said ...", "Smith
/// thanked the crowd and said ...", "Smith, who said ...", "As the Post
/// reported, ...", '..., the official said.'.
fn source_before_cue(
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
    let those = c > first && listed(&GROUPS, doc.low(c - 1));
    let last = source::skip_back_to_source(doc, c.checked_sub(1)?, first)?;
    if last < first {
        return None;
    }
    if matches!(doc.low(last), "and" | "but") {
        // "Smith thanked the crowd and said ...": the sentence's subject
        // speaks; "Vance, who spoke up and backed ...": the relative
        // pronoun does.
        let relative = (first.max(last.saturating_sub(12))..last)
            .rev()
            .take_while(|&k| doc.is_word(k))
            .find(|&k| source::is_relative(doc, k))
            .map(|k| k..k + 1);
        let src = relative
            .or(earlier_source)
            .or_else(|| sentence_subject(doc, first, last))?;
        let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        f.content = content;
        f.source = Some(src);
        return Some(f);
    }
    if let Some(q) = thing_that_says(doc, last, first, m, info, quotes) {
        f.content = Some(q);
        f.source = Some(last..last + 1);
        return Some(f);
    }
    // "two of whom have endorsed her": the share of the relative pronoun.
    let of_whom = last >= first + 2
        && doc.low(last) == "whom"
        && doc.low(last - 1) == "of"
        && (doc.is_number(last - 2) || listed(&QUANTIFIERS, doc.low(last - 2)));
    if matches!(doc.low(last), "who" | "which") || of_whom {
        // "Smith, who said ...": the relative pronoun is the source, as
        // annotators mark it; it resolves to the phrase before it.
        let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        // ("Smith — who has called for a recount — said ...": between dashes,
        // the clause ends at the closing dash.)
        let dashed = last > first && crate::attribution::dashed_relative(doc, last - 1, end);
        f.content = content.map(|c| {
            if dashed {
                end_at_closing_dash(doc, c, quotes)
            } else if last > first && doc.punct(last - 1).is_none() && doc.low(last) == "who" {
                end_of_restrictive(doc, end_of_relative(doc, c, quotes), quotes, info)
            } else {
                end_of_relative(doc, c, quotes)
            }
        });
        f.source = Some(if of_whom {
            last - 2..last + 1
        } else {
            last..last + 1
        });
        return Some(f);
    }
    let before =
        source::before(doc, last, first).or_else(|| dashed_aside_subject(doc, last, first));
    // "Ana Ruiz, a county clerk, called the plan ...": the comma closes the
    // subject's appositive; no name is given.
    let appositive = before
        .as_ref()
        .is_some_and(|(src, _)| (src.start..last).any(|j| doc.punct(j) == Some(',')));
    if info.lemma == "named"
        && (names_a_thing(doc, last, m.tokens.end, appositive)
            || matches!(doc.low(m.tokens.end), "for" | "after"))
    {
        return None; // "a worker named Ana Ruiz", "a gym named for a boxer"
    }
    if info.lemma == "called" && not_a_call(doc, last, m.tokens.end, end, appositive) {
        return None;
    }
    if m.tokens.len() == 1
        && doc.low(c) == "called"
        && before
            .as_ref()
            .is_some_and(|(src, _)| indefinite_naming(doc, src.clone(), m.tokens.end))
    {
        return None; // "a resistance movement called the Popular Front"
    }
    if before.is_none()
        && doc.punct(last) == Some(',')
        && doc.punct(m.tokens.end) != Some(',')
        && doc.is_lower_word(c)
        && !doc.low(c).ends_with("ing")
    {
        // "slammed the comments, vowed to fight and said ...": one
        // of a list of the subject's acts.
        // (With no earlier cue, the sentence's subject: "A
        // Libertarian, he backed X and, in the primaries, has
        // supported Y".)
        let src = earlier_source
            .clone()
            .or_else(|| sentence_subject(doc, first, last))?;
        let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        f.content = content;
        f.source = Some(src);
        return Some(f);
    }
    let (mut src, mut via) = before?;
    if claimed_relative(doc, &src, first) {
        return None; // "a ruling which Vale claims affirmed the law"
    }
    if those && doc.low(c).ends_with("ing") {
        // "support among GOP primary voters saying": the group
        // alone, after the last preposition or verb, but with its
        // share ("30 percent of voters saying", as gold marks it).
        if let Some(k) = (src.start..c - 1).rev().find(|&k| {
            verb_like(doc, k)
                || matches!(doc.low(k), "from" | "to" | "by" | "for" | "with" | "among")
        }) {
            src.start = k + 1;
        }
    }
    let as_comma = (src.start > first && doc.low(src.start - 1) == "as")
        .then(|| comma_after_adjunct(doc, m.tokens.end, end))
        .flatten();
    if let Some(comma) = as_comma {
        // "As the Post reported, the deal ...": the claim follows
        // the comma, past an adjunct of the cue ("as the Post
        // reported on Saturday, ...").
        f.content = content_after(doc, comma + 1, s, quotes).map(|c| c.0);
        f.content?;
        let (src, relay) = source::split_relay(doc, src);
        f.source = Some(src);
        f.via = via.or(relay);
        return Some(f);
    }
    let before_src = src.start.checked_sub(1).filter(|&j| j >= first);
    let sep_before = before_src.is_some_and(|j| doc.is_punct_in(j, SEPARATORS));
    let after_quote = before_src.is_some_and(|j| {
        doc.is_punct_in(j, CLOSE_QUOTES)
            || (doc.punct(j) == Some(',') && j > first && doc.is_punct_in(j - 1, CLOSE_QUOTES))
    });
    let content_follows = (m.tokens.end..end.min(m.tokens.end + SCAN))
        .any(|j| doc.low(j) == "that" || doc.is_punct_in(j, "\"“«:"));
    // '"A," Smith said, "B."': A is the content, and B continues it.
    let quote_next =
        doc.punct(m.tokens.end) == Some(',') && doc.is_punct_in(m.tokens.end + 1, "\"“«„");
    // "In the coming months, the governor vowed to cut taxes": an
    // intent's "to" opens its content, not an adjunct.
    // ("Through a spokeswoman, the mayor declined to comment": so
    // does an infinitive the verb takes, where "to reporters" or
    // "to the crowd" is an adjunct.)
    let infinitive = doc.low(m.tokens.end) == "to"
        && doc.is_lower_word(m.tokens.end + 1)
        && !listed(&NOUN_STARTS, doc.low(m.tokens.end + 1))
        && content_after_verb(doc, m.tokens.end, s, quotes, info, &mut None)
            .is_some_and(|(c, _)| c.is_some());
    let intent_to = doc.low(m.tokens.end) == "to"
        && (info.kind == crate::lexicon::CueType::Intent || infinitive);
    // "The market was empty, she added, 'but prices keep ...'":
    // a quote that goes on in lowercase finishes the sentence
    // begun before the source.
    let quote_goes_on = quote_next
        && (m.tokens.end + 2..end.min(m.tokens.end + 4))
            .find(|&j| doc.is_word(j))
            .is_some_and(|j| doc.is_lower_word(j));
    // "..., his aide told reporters.": past the listener.
    let past_listener = if info.lemma == "tell" {
        crate::content::listener(doc, m.tokens.end, end).map_or(m.tokens.end, |l| l.end)
    } else {
        m.tokens.end
    };
    // '"...," the mayor said in June on the radio show "Main Street."':
    // after a quotation, an adjunct after the cue holds no claim.
    // ('"...," Pike told CBS's "Morning" on Friday': so does a
    // listener after "told".)
    let adjunct_after_quote = after_quote
        && !intent_to
        && (crate::content::starts_adjunct(doc, past_listener)
            || info.lemma == "tell" && doc.low(m.tokens.end) != "that")
        && doc.low(past_listener) != "that";
    // "The senator continued:" and a quotation in the next paragraph.
    let colon_quote = quote_after_colon(doc, m, end, quotes);
    // 'Asked whether it was "fair," Ruiz said no.': the answer is the claim.
    let answer = matches!(doc.low(m.tokens.end), "yes" | "no");
    let content_before_src = sep_before
        .then(|| content_before(doc, separator_start(doc, src.start, first), s, quotes))
        .flatten();
    // "The plan is a gamble, Ruiz said, that may pay off": the claim
    // opened before the frame goes on after it with "that" (on PolNeAR
    // train gold joins both halves 14 times in 14; the continuation adds
    // the second).
    // (Not after an opener alone: "On Friday, she told the panel, that ...".)
    let that_resumes = doc.punct(past_listener) == Some(',')
        && doc.low(past_listener + 1) == "that"
        && !opening_adjunct(doc, first, src.start, &content_before_src)
        && content_before_src.is_some_and(|c| !holds_cue(doc, c, end));
    if sep_before
        && colon_quote.is_none()
        && ((rest_is_adjunct(doc, past_listener, end) && !intent_to)
            || that_resumes
            || adjunct_after_quote
            || quote_goes_on
            || (after_quote && !answer && (!content_follows || quote_next)))
        && !(doc.punct(past_listener) != Some(',')
            && opening_adjunct(doc, first, src.start, &content_before_src))
    {
        // '..., the official said.'
        f.content = content_before_src;
        f.content?;
        if that_resumes {
            let rest = content_after(doc, past_listener + 1, s, quotes);
            f.more_content.extend(rest.map(|c| c.0));
        }
    } else {
        // "The poll shows Clinton ahead": evidence verbs take a bare
        // clause when a document is their subject.
        let evidence = document_evidence(doc, &src, first, info);
        let object = taking_object(info);
        // "New Poll Shows Large Gap": in a headline in title
        // case, a capitalized object is the claim, though no
        // clause can be seen in it (5 of 7 new cues exact on
        // PolNeAR train). Not "Responds To ...", "Worries About
        // ...", a participle, nor a noun before a verb: "Tax
        // Plans Would ...".
        let next = doc.low(m.tokens.end);
        let titled = doc.is_cap(m.tokens.end)
            && !doc.low(c).ends_with("ing")
            && !listed(&headline::SMALL_WORDS, next)
            && !matches!(next, "about" | "so" | "at" | "into" | "over")
            && !listed(&AUXILIARIES, next)
            && headline::title_case(doc, s.tokens.clone());
        // (Its object is the claim, not a listener: "Senator
        // Promises Swift Vote On Budget".)
        let headline_object = CueInfo {
            lemma: "",
            ..object
        };
        // "The Ruiz campaign reported raising $9 million", "reported $300,000 in
        // interest": a disclosure's figures are its content.
        let figures = doc.low(m.tokens.end - 1) == "reported"
            && (doc.low(m.tokens.end).ends_with("ing")
                || doc.is_number(m.tokens.end)
                || matches!(doc.low(m.tokens.end), "$" | "between"));
        let info = if titled {
            &headline_object
        } else if evidence || figures {
            &object
        } else {
            info
        };
        // "the deal, which the mayor opposed, ...": the verb's object is
        // the relative pronoun before its source, and nothing follows.
        let gap = src
            .start
            .checked_sub(1)
            .filter(|&k| k >= first && clause_final_object(doc, k, first, m.tokens.end, end));
        let (content, cited) = match (colon_quote, gap) {
            (Some(q), _) => (Some(q), None),
            (None, Some(k)) => (Some(doc.span(k)), None),
            (None, None) => {
                match content_after_verb(doc, m.tokens.end, s, quotes, info, &mut via) {
                    Some(found) => found,
                    None => {
                        // "an arrangement the union has criticized.": the claim
                        // is the noun phrase the cue's missing object stands for.
                        f.content = object_gap(doc, m, info, &src, first, end);
                        // "She wrote a letter to the board", "he asked the
                        // mayor about the levy": the object names the act of
                        // writing or asking, which PolNeAR marks, but holds
                        // no claim to take as the content.
                        if f.content.is_none() && !names_the_act(info) {
                            return None;
                        }
                        let (src, relay) = source::split_relay(doc, src);
                        f.source = Some(src);
                        f.via = via.or(relay);
                        return Some(f);
                    }
                }
            }
        };
        f.content = if titled {
            content.map(|c| headline_clause(doc, c))
        } else {
            content.map(|c| crate::clause_end::without_date(doc, c, quotes))
        };
        if those && doc.low(c).ends_with("ing") {
            // "Republicans seeking the seat have raised ...": a group
            // named by its participle; the main verb ends the claim.
            f.content = f.content.map(|c| end_of_restrictive(doc, c, quotes, info));
        }
        if let Some(cited) = cited {
            f.source = Some(cited);
            f.via = Some(src);
            return Some(f);
        }
    }
    // "a deal that Ms. Ortiz says saved the plant", "the plan,
    // which she called a mistake,": the relative pronoun stands
    // for the claim, and starts its content. "what the voters
    // wanted to hear", "what she called 'a scam'": so does "what".
    if let Some(c) = f.content.filter(|c| {
        src.start > first
            && c.start > f.cue.start
            && (doc.low(src.start - 1) == "what"
                || object_relative(doc, src.start - 1, first, *c)
                || matches!(doc.low(src.start - 1), "that" | "which")
                    && doc.span(m.tokens.end).start == c.start
                    && doc.is_lower_word(m.tokens.end)
                    && verb_like(doc, m.tokens.end))
    }) {
        f.content = Some(doc.span(src.start - 1));
        // (The relative clause ends where the main clause resumes.)
        let k = src.start - 1;
        f.more_content.push(if doc.low(k) == "what" {
            c
        } else if k > first && doc.punct(k - 1) == Some(',') {
            // (Between commas: "the plan, which she called a mistake, ...".)
            crate::clause_end::to_first_break(doc, c, quotes)
        } else {
            end_of_relative(doc, c, quotes)
        });
    }
    // "the rival she hopes to beat", "a plan the mayor called a mistake":
    // with no relative pronoun, the noun phrase before the source starts
    // the claim.
    else if let Some(c) = f.content.filter(|c| {
        src.start > first
            && c.start > f.cue.start
            && !matches!(doc.low(src.start), "who" | "which" | "that" | "whom")
            && !(doc.is_cap(src.start) && matches!(doc.low(src.start), "the" | "a" | "an"))
    }) {
        let from = doc.token_at(c.start);
        // (A claim with a subject or a "that" of its own has no gap for
        // the noun: "the report he said that ...", "a sentence I thought
        // I'd write".)
        let own_clause = from != m.tokens.end
            || doc.low(from) == "that"
            || listed(&crate::content::PRONOUN_SUBJECTS, doc.low(from));
        if let Some(det) = contact_relative(doc, src.start - 1, first).filter(|_| !own_clause) {
            f.content = Some(doc.range_span(det, src.start));
            // (An infinitive whose object is the noun ends at its verb: "the
            // rival she hopes to beat in May".)
            f.more_content
                .push(if doc.low(from) == "to" && doc.is_lower_word(from + 1) {
                    doc.range_span(from, from + 2)
                } else {
                    end_of_relative(doc, c, quotes)
                });
        }
    }
    let (src, relay) = source::split_relay(doc, src);
    f.source = Some(src);
    f.via = via.or(relay);
    Some(f)
}

/// Whether a cue of its own sits among the words of `c` (bounded by
/// [`SCAN`]): "Ortiz had opposed the levy, but it passed, Ruiz noted, that
/// ..." leaves the first clause to Ortiz.
fn holds_cue(doc: &Doc, c: Span, end: usize) -> bool {
    let from = doc.token_at(c.start);
    let to = doc.token_at(c.end).min(from + SCAN);
    (from..to).any(|j| {
        crate::lexicon::lexicons()
            .cues
            .longest_at(doc, j, end)
            .is_some()
    })
}

/// Whether the words from the sentence start `first` to the comma before
/// the source at `src` are only an opening adjunct or a time phrase: "On
/// Thursday, the mayor will testify ...", "Six months ago, the union
/// ...", "Last August, ...". Such an opener holds no claim; the verb's own
/// complement decides the content, as for any weak verb.
fn opening_adjunct(doc: &Doc, first: usize, src: usize, content: &Option<Span>) -> bool {
    let comma = src.saturating_sub(1);
    if comma <= first
        || comma - first > 6
        || doc.punct(comma) != Some(',')
        || content.is_some_and(|c| c.end > doc.span(comma).start)
    {
        return false;
    }
    let words = first..comma;
    let w = doc.low(first);
    (crate::content::starts_adjunct(doc, first)
        || listed(&OPENING_ADJUNCTS, w)
        || listed(&crate::words::MONTHS_BUT_MAY, w)
        || doc.low(comma - 1) == "ago")
        && words
            .clone()
            .all(|j| doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ".:"))
        && !words
            .clone()
            .any(|j| crate::content::is_clause_verb(doc.low(j)))
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

/// Words that open an adjunct at the start of a sentence, besides
/// [`crate::content::starts_adjunct`]'s: "For now, ...", "Later that day,
/// ...", "If anything, ...".
const OPENING_ADJUNCTS: [&str; 8] = [
    "for", "over", "later", "then", "if", "since", "until", "within",
];

/// Whether the relative pronoun at `k` is the object of a cue that ends
/// its clause at `after`: "the plan, which the mayor opposed, ...", "a
/// rival whom she defeated." Not after a preposition ("on which they
/// agreed").
fn clause_final_object(doc: &Doc, k: usize, first: usize, after: usize, end: usize) -> bool {
    matches!(doc.low(k), "which" | "whom")
        && !(k > first && listed(&RELATIVE_PREPOSITIONS, doc.low(k - 1)))
        && (after >= end || doc.is_punct_in(after, ",.;)—–-!?"))
}

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
    let than = doc.low(src.start - 1) == "than" && info.kind != CueType::Intent;
    if than || doc.low(src.start - 1) == "what" {
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
/// (no punctuation, at most six words, ending in a noun or a name).
fn with_subject(doc: &Doc, first: usize, c: usize) -> Option<Range<usize>> {
    if !doc.low(c).ends_with("ing") || c < first + 2 {
        return None;
    }
    let w = (c.saturating_sub(7).max(first)..c - 1)
        .rev()
        .take_while(|&j| {
            // (Words, figures, "'s" and a title's period: "Sen. Ana Ruiz".)
            doc.is_word(j)
                || doc.is_number(j)
                || matches!(doc.low(j), "'s" | "’s")
                || j > first
                    && doc.punct(j) == Some('.')
                    && doc.is_cap(j - 1)
                    && !doc.space_before(j)
        })
        .find(|&j| doc.low(j) == "with")?;
    let last = doc.low(c - 1);
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
        || doc.low(last) != "that"
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
    let v = if matches!(doc.low(v), "out" | "up" | "back") && v > first + 1 {
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
    let start = if matches!(doc.low(v - 1), "also" | "then" | "later") {
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
        return if doc.low(c - 2) == "on" { 2 } else { 1 };
    }
    let span = matches!(w, "week" | "month" | "morning" | "night")
        && matches!(doc.low(c - 2), "this" | "last");
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

/// `info` read as a verb of taking a side whose object or bare clause is
/// its content (for [`document_evidence`], figures and title-case objects).
fn taking_object(info: &CueInfo) -> CueInfo {
    CueInfo {
        clause: true,
        kind: crate::lexicon::CueType::Stance,
        ..*info
    }
}
