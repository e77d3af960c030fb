//! The source of a verb cue that stands before it ("Smith said ...",
//! "Smith, who said ...", "As the Post reported, ...", '..., the official
//! said.'), with what that finds out about the content: the clause before
//! the source, an opening adjunct that holds no claim, a relative clause
//! whose name claims. Split from `verb.rs`, whose helpers it shares.

use super::*;
use crate::vocab::{w, CLAUSE_VERB, DETERMINER, PRONOUN_SUBJECT};

/// Whether the source found before a verb is a name and the verb of
/// saying after it, right after a relative pronoun: in "a ruling which
/// Vale claims affirmed the law" the name claims, and the verb after is
/// the claim's (see `complement_frame` in content/verb.rs), no cue of its own.
fn claimed_relative(doc: &Doc, src: &Range<usize>, first: usize) -> bool {
    let last = src.end - 1;
    src.start > first
        && last > src.start
        && matches!(doc.id(src.start - 1), w::WHICH | w::WHO | w::THAT)
        && doc.is_lower_word(last)
        && (src.start..last).all(|j| doc.is_cap(j))
        && lexicons().cues.longest_at(doc, last, last + 1).is_some()
}

/// The relative pronoun before a prepositional adjunct that a source phrase
/// `src` ends: "which through the last decade backed ...", "who like
/// most of her neighbours refused ..." (the phrase walked back is the
/// adjunct's object, not the source).
fn relative_before_adjunct(doc: &Doc, src: &Range<usize>, first: usize) -> Option<Range<usize>> {
    let adjunct = |p: usize| listed(&ADJUNCT_PREPOSITIONS, doc.low(p));
    // (The preposition may open the phrase or stand just before it.)
    let p = if adjunct(src.start) {
        src.start
    } else {
        src.start.checked_sub(1)?
    };
    (p > first && adjunct(p) && source::is_relative(doc, p - 1)).then(|| p - 1..p)
}

/// The subject of an object relative clause whose verb ends just before
/// "and" or "but" at `conj`: "Ruiz" in "the levy, which Ruiz favors but
/// says is costly" (the relative pronoun at `k` is the verb's object, so
/// the second verb is the subject's). The subject is a name, a personal
/// pronoun or a determiner's phrase ("which the mayor favors but ...")
/// right after the relative pronoun, the verb one lowercase word.
fn object_relative_subject(doc: &Doc, k: usize, conj: usize) -> Option<Range<usize>> {
    let verb = conj.checked_sub(1)?;
    let opens = doc.is_cap(k + 1)
        || crate::content::personal_subject(doc, k + 1)
        || doc.has(k + 1, DETERMINER);
    if verb < k + 2 || !doc.is_lower_word(verb) || !opens {
        return None;
    }
    let (subject, _) = source::before(doc, verb - 1, k + 1)?;
    (subject.start == k + 1).then_some(subject)
}

/// Whether a form of "say" stands among the words skipped after a relative
/// clause's cue or opens its content: the main clause's verb, as in "the
/// tenants who wrote to her on Friday say the rent rise is unfair" (the
/// relative clause has no content). Only past the cue: right after it, a
/// word is its object or complement ("who has said wants to"). (Any verb
/// cue there, with a guard for "when asked", found the same on PolNeAR
/// train for 150 more bytes of wasm.)
fn say_after_relative_cue(doc: &Doc, content: Span, cue_end: usize) -> bool {
    let (start, _) = doc.token_bounds(content, 1);
    (cue_end + 1..=start.min(cue_end + SCAN))
        .any(|j| matches!(doc.id(j), w::SAY | w::SAYS | w::SAID))
}

/// Prepositions of an adjunct between a relative pronoun and its verb.
const ADJUNCT_PREPOSITIONS: [&str; 8] = [
    "through",
    "throughout",
    "like",
    "unlike",
    "during",
    "despite",
    "since",
    "over",
];

/// A verb cue whose source stands before it: "Smith said ...", "Smith
/// thanked the crowd and said ...", "Smith, who said ...", "As the Post
/// reported, ...", '..., the official said.'.
pub(super) fn source_before_cue(
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
    if matches!(doc.id(last), w::AND | w::BUT) {
        // "Smith thanked the crowd and said ...": the sentence's subject
        // speaks; "Vance, who spoke up and backed ...": the relative
        // pronoun does (even after a preposition, "in which the board
        // sits and ...": leaving those out was net zero on train).
        let relative = (first.max(last.saturating_sub(12))..last)
            .rev()
            .take_while(|&k| doc.is_word(k))
            .find(|&k| source::is_relative(doc, k))
            .map(|k| object_relative_subject(doc, k, last).unwrap_or(k..k + 1));
        let after_earlier = earlier_source.as_ref().map_or(first, |e| e.end);
        let in_relative = relative.is_some();
        let src = relative
            .or_else(|| nearest_clause_subject(doc, first, after_earlier, last, quotes))
            .or(earlier_source)
            .or_else(|| sentence_subject(doc, first, last))?;
        let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        // (In a relative clause, the content ends with the clause: "which
        // Ruiz favors but says is costly, passed".)
        f.content = content.map(|c| {
            if in_relative {
                end_of_relative(doc, c, quotes)
            } else {
                c
            }
        });
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
        && doc.is(last, w::WHOM)
        && doc.is(last - 1, w::OF)
        && (doc.is_number(last - 2) || listed(&QUANTIFIERS, doc.low(last - 2)));
    if matches!(doc.id(last), w::WHO | w::WHICH) || of_whom {
        // "Smith, who said ...": the relative pronoun is the source, as
        // annotators mark it; it resolves to the phrase before it.
        let (content, _) = content_after_verb(doc, m.tokens.end, s, quotes, info, &mut f.via)?;
        if content.is_some_and(|c| say_after_relative_cue(doc, c, m.tokens.end)) {
            return None; // "the tenants who wrote to her say ...": the main verb
        }
        // ("Smith — who has called for a recount — said ...": between dashes,
        // the clause ends at the closing dash.)
        let dashed = last > first && crate::attribution::dashed_relative(doc, last - 1, end);
        f.content = content.map(|c| {
            if dashed {
                end_at_closing_dash(doc, c, quotes)
            } else if last > first && doc.punct(last - 1).is_none() && doc.is(last, w::WHO) {
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
            || matches!(doc.id(m.tokens.end), w::FOR | w::AFTER))
    {
        return None; // "a worker named Ana Ruiz", "a gym named for a boxer"
    }
    if info.lemma == "called" && not_a_call(doc, last, m.tokens.end, end, appositive) {
        return None;
    }
    if m.tokens.len() == 1
        && doc.is(c, w::CALLED)
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
    if let Some(who) = relative_before_adjunct(doc, &src, first) {
        // "The union, which through the last decade backed the mayor, ...":
        // the relative pronoun is the source, past the adjunct.
        src = who;
        via = None;
    }
    if claimed_relative(doc, &src, first) {
        return None; // "a ruling which Vale claims affirmed the law"
    }
    if those && doc.low(c).ends_with("ing") {
        // "support among GOP primary voters saying": the group
        // alone, after the last preposition or verb, but with its
        // share ("30 percent of voters saying", as gold marks it).
        if let Some(k) = (src.start..c - 1).rev().find(|&k| {
            verb_like(doc, k)
                || matches!(
                    doc.id(k),
                    w::FROM | w::TO | w::BY | w::FOR | w::WITH | w::AMONG
                )
        }) {
            src.start = k + 1;
        }
    }
    let as_comma = (src.start > first && doc.is(src.start - 1, w::AS))
        .then(|| comma_after_adjunct(doc, m.tokens.end, end))
        .flatten();
    if let Some(comma) = as_comma {
        // "As the Post reported, the deal ...": the claim follows
        // the comma, past an adjunct of the cue ("as the Post
        // reported on Saturday, ...").
        f.content = content_after(doc, comma + 1, s, quotes).map(|c| c.0);
        f.content?;
        f.credit(doc, src, via);
        return Some(f);
    }
    let before_src = src.start.checked_sub(1).filter(|&j| j >= first);
    let sep_before = before_src.is_some_and(|j| doc.is_punct_in(j, SEPARATORS));
    let after_quote = before_src.is_some_and(|j| {
        doc.is_punct_in(j, CLOSE_QUOTES)
            || (doc.punct(j) == Some(',') && j > first && doc.is_punct_in(j - 1, CLOSE_QUOTES))
    });
    let content_follows = (m.tokens.end..end.min(m.tokens.end + SCAN))
        .any(|j| doc.is(j, w::THAT) || doc.is_punct_in(j, "\"“«:"));
    // '"A," Smith said, "B."': A is the content, and B continues it.
    let quote_next =
        doc.punct(m.tokens.end) == Some(',') && doc.is_punct_in(m.tokens.end + 1, "\"“«„");
    // "In the coming months, the governor vowed to cut taxes": an
    // intent's "to" opens its content, not an adjunct.
    // ("Through a spokeswoman, the mayor declined to comment": so
    // does an infinitive the verb takes, where "to reporters" or
    // "to the crowd" is an adjunct.)
    let infinitive = doc.is(m.tokens.end, w::TO)
        && doc.is_lower_word(m.tokens.end + 1)
        && !listed(&NOUN_STARTS, doc.low(m.tokens.end + 1))
        && content_after_verb(doc, m.tokens.end, s, quotes, info, &mut None)
            .is_some_and(|(c, _)| c.is_some());
    let intent_to =
        doc.is(m.tokens.end, w::TO) && (info.kind == crate::lexicon::CueType::Intent || infinitive);
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
            || info.lemma == "tell" && !doc.is(m.tokens.end, w::THAT))
        && !doc.is(past_listener, w::THAT);
    // "The senator continued:" and a quotation in the next paragraph.
    let colon_quote = quote_after_colon(doc, m, end, quotes);
    // 'Asked whether it was "fair," Ruiz said no.': the answer is the claim.
    let answer = matches!(doc.id(m.tokens.end), w::YES | w::NO);
    let content_before_src = sep_before
        .then(|| content_before(doc, separator_start(doc, src.start, first), s, quotes))
        .flatten();
    // "The plan is a gamble, Ruiz said, that may pay off": the claim
    // opened before the frame goes on after it with "that" (on PolNeAR
    // train gold joins both halves 14 times in 14; the continuation adds
    // the second).
    // (Not after an opener alone: "On Friday, she told the panel, that ...".)
    let that_resumes = doc.punct(past_listener) == Some(',')
        && doc.is(past_listener + 1, w::THAT)
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
        let figures = doc.is(m.tokens.end - 1, w::REPORTED)
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
                        f.credit(doc, src, via);
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
            && (doc.is(src.start - 1, w::WHAT)
                || object_relative(doc, src.start - 1, first, *c)
                || matches!(doc.id(src.start - 1), w::THAT | w::WHICH)
                    && doc.span(m.tokens.end).start == c.start
                    && doc.is_lower_word(m.tokens.end)
                    && verb_like(doc, m.tokens.end))
    }) {
        f.content = Some(doc.span(src.start - 1));
        // (The relative clause ends where the main clause resumes.)
        let k = src.start - 1;
        f.more_content.push(if doc.is(k, w::WHAT) {
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
            && !matches!(doc.id(src.start), w::WHO | w::WHICH | w::THAT | w::WHOM)
            && !(doc.is_cap(src.start) && matches!(doc.id(src.start), w::THE | w::A | w::AN))
    }) {
        let from = doc.token_at(c.start);
        // (A claim with a subject or a "that" of its own has no gap for
        // the noun: "the report he said that ...", "a sentence I thought
        // I'd write".)
        let own_clause =
            from != m.tokens.end || doc.is(from, w::THAT) || doc.has(from, PRONOUN_SUBJECT);
        if let Some(det) = contact_relative(doc, src.start - 1, first).filter(|_| !own_clause) {
            f.content = Some(doc.range_span(det, src.start));
            // (An infinitive whose object is the noun ends at its verb: "the
            // rival she hopes to beat in May".)
            f.more_content
                .push(if doc.is(from, w::TO) && doc.is_lower_word(from + 1) {
                    doc.range_span(from, from + 2)
                } else {
                    end_of_relative(doc, c, quotes)
                });
        }
    }
    f.credit(doc, src, via);
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
        || doc.is(comma - 1, w::AGO))
        && words
            .clone()
            .all(|j| doc.is_word(j) || doc.is_number(j) || doc.is_punct_in(j, ".:"))
        && !words.clone().any(|j| doc.has(j, CLAUSE_VERB))
}

/// Words that open an adjunct at the start of a sentence, besides
/// [`crate::content::starts_adjunct`]'s: "For now, ...", "Later that day,
/// ...", "If anything, ...".
const OPENING_ADJUNCTS: [&str; 8] = [
    "for", "over", "later", "then", "if", "since", "until", "within",
];
