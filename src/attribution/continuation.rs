//! Where a content ends and where it goes on: the parts of a content after
//! its frame ('"A," she said, "B."'), quotes in the next sentences and a
//! quote paragraph with no frame of its own after '"A," she said.', and
//! the bounds of a content inside a relative clause, a headline, a
//! quotation after a colon, an adjunct of the cue, or before a sibling
//! attribution.

use super::{verb_like, Found, SCAN, TERMINAL};
use crate::cue::CueMatch;
use crate::doc::Doc;
use crate::model::Quote;
use crate::quote;
use crate::sentence::SentenceInfo;
use crate::vocab::{w, CLAUSE_VERB, PRONOUN_SUBJECT, WEEKDAY};
use crate::words::listed;
use crate::Span;

/// The content parts after an attribution frame: '"A," she said, "B."',
/// "The deal, officials said, is dead.", "The main rifts, according to the
/// poll, are ...", and quotes in the following
/// sentences of the paragraph that carry no attribution of their own.
pub(super) fn continue_contents(
    doc: &Doc,
    sentences: &[SentenceInfo],
    quotes: &[Quote],
    found: &mut [Found],
) {
    let mut has_attribution = vec![false; sentences.len()];
    // The start of the last cue of each sentence.
    let mut last_cue = vec![0; sentences.len()];
    for f in found.iter() {
        has_attribution[f.sentence] = true;
        last_cue[f.sentence] = last_cue[f.sentence].max(f.cue.start);
    }
    for f in found.iter_mut() {
        let Some(content) = f.content else { continue };
        let s = &sentences[f.sentence];
        let end = s.tokens.end;
        // The frame: the cue and a source after it.
        let frame_end = f.source.as_ref().map_or(0, |r| r.end);
        let cue_end = doc.token_at(f.cue.end);
        let mut after = cue_end.max(frame_end);
        // "The fix, the clerk told them, is cheap": past the listener.
        if frame_end <= cue_end && matches!(doc.id(cue_end - 1), w::TOLD | w::TELLS | w::TELLING) {
            if let Some(l) = crate::content::listener(doc, cue_end, end) {
                after = l.end;
            }
        }
        // "The levy, she said on Monday, is ...": past the cue's adjunct.
        // (Not a frame's complement: "seemed to be ..., and ...".)
        if after < end
            && f.source.is_some()
            && !doc.is(after, w::TO)
            && crate::content::starts_adjunct(doc, after)
        {
            if let Some(k) = (after + 1..end.min(after + 8)).find(|&k| doc.punct(k).is_some()) {
                // (Only before a quotation: a clause after the adjunct may be
                // the writer's, "..., he said Tuesday, because he ...".)
                if doc.punct(k) == Some(',')
                    && doc.is_punct_in(k + 1, "\"“«")
                    && (after..k).all(|j| doc.is_word(j) || doc.is_number(j))
                {
                    after = k;
                }
            }
        }
        // (Nor does a relative pronoun that is the cue's object: "the levy,
        // which the mayor opposed, and ...".)
        let object = matches!(doc.id(doc.token_at(content.start)), w::WHICH | w::WHOM);
        // (A part the frame already took, as "that" resuming the claim: "A,
        // she said, that B".)
        let taken = after + 1 < end
            && f.more_content
                .iter()
                .any(|m| m.start == doc.span(after + 1).start)
            && doc.is(after + 1, w::THAT);
        if content.end > f.cue.start
            || after >= end
            || doc.punct(after) != Some(',')
            || object
            || taken
        {
            // Only contents before their frame continue after it.
        } else if doc.is_punct_in(after + 1, "\"“«„") {
            if let Some(q) = quote::starting_at(quotes, doc.span(after + 1).start) {
                f.more_content.push(q.span);
            }
        } else if (doc.is_lower_word(after + 1)
            // "Without the grant, the aides noted, Ortiz would ...": a name
            // resumes the claim too (not a weekday: "..., he said, Monday").
            || doc.is_word(after + 1)
                && doc.is_cap(after + 1)
                && !doc.has(after + 1, WEEKDAY))
            && (f
                .source
                .as_ref()
                .is_none_or(|r| doc.span(r.start).start < f.cue.start)
                || doc.is(doc.token_at(f.cue.start), w::ACCORDING)
                    && (verb_like(doc, after + 1)
                        || doc.token_at(content.end) <= doc.token_at(content.start) + 4))
            && quote::ending_at(quotes, content.end).is_none()
            && (!listed(&CONTINUATION_STOPS, doc.low(after + 1))
                // ("Lately, he says, at most ...": an opener alone is no claim.)
                || !matches!(doc.id(after + 1), w::ACCORDING | w::CITING)
                    && crate::content::only_opener(doc, content)
                || matches!(doc.id(after + 1), w::THE | w::A | w::AN)
                    && !crate::clause_end::remark(doc, after + 1, end)
                    && (after + 2..end.min(after + 10))
                        .take_while(|&j| {
                            doc.is_word(j)
                                || doc.is_punct_in(j, "'’-")
                                || crate::source::title_period(doc, j)
                        })
                        .any(|j| doc.has(j, CLAUSE_VERB)))
            && !doc.low(after + 1).ends_with("ing")
        {
            // (Bounded like every content: a sentence may have no end.)
            let mut last = end.min(after + 1 + SCAN);
            while last > after + 2 && doc.is_punct_in(last - 1, TERMINAL) {
                last -= 1;
            }
            f.more_content.push(doc.range_span(after + 1, last));
        }
        // Quotes in the next sentences of the paragraph, while they carry no attribution.
        // (Not a claim after its cue that a later attribution of the
        // sentence follows: 'Ruiz said A, she said. "B"' gives B to the
        // second.)
        if content.start > f.cue.start && f.cue.start < last_cue[f.sentence] {
            continue;
        }
        let quoted = f.more_content.last().copied().unwrap_or(content);
        // (A claim before its frame goes on too, quoted in part or not:
        // 'The mayor "won big" in May, she said. "..."', 'Taxes will
        // rise, he said. "..."'.)
        let before_frame = f.more_content.is_empty() && content.end <= f.cue.start;
        if quote::ending_at(quotes, quoted.end).is_none() && !before_frame
            || quoted.end > s.span.end + 1 && f.more_content.is_empty() && content.end > s.span.end
        {
            continue;
        }
        let alone = f.more_content.is_empty() && content.end <= f.cue.start;
        let mut next = f.sentence + 1;
        while next < sentences.len()
            && sentences[next].paragraph == s.paragraph
            && !has_attribution[next]
        {
            let Some(q) = quote::starting_at(quotes, sentences[next].span.start) else {
                break;
            };
            f.more_content.push(q.span);
            // Skip the sentences the quote covers.
            while next < sentences.len() && sentences[next].span.start < q.span.end {
                next += 1;
            }
        }
        // '"A," she said.' closing its paragraph, then a paragraph that is
        // one quotation with no attribution of its own: the same speaker.
        if alone && next == f.sentence + 1 && quote::ending_at(quotes, content.end).is_some() {
            f.more_content.extend(quote_paragraph(
                doc,
                sentences,
                quotes,
                next,
                &has_attribution,
            ));
        }
    }
}

/// The quotation that makes up the whole paragraph opening with sentence
/// `next`, closed after a final mark ('"We will win."'), when none of its
/// sentences holds an attribution.
fn quote_paragraph(
    doc: &Doc,
    sentences: &[SentenceInfo],
    quotes: &[Quote],
    next: usize,
    has_attribution: &[bool],
) -> Option<Span> {
    let first = sentences.get(next)?;
    let q = quote::starting_at(quotes, first.span.start)?;
    let mut j = next;
    while j < sentences.len() && sentences[j].paragraph == first.paragraph {
        if has_attribution[j] {
            return None;
        }
        j += 1;
    }
    let after = doc.token_at(q.span.end);
    let whole = q.closed && after == sentences[j - 1].tokens.end && after > 1;
    (whole && doc.is_punct_in(after - 2, TERMINAL)).then_some(q.span)
}

/// Words after "X said," that start an adjunct, not the rest of the content.
/// ("and" is not one: in "A, she said, and B" the claim goes on, 9 times to
/// 4 on train. Nor is "but": "The levy may fail, she said, but the clinic
/// will stay open" goes on too, 3 more contents exact on train, none lost.)
const CONTINUATION_STOPS: [&str; 14] = [
    "according",
    "though",
    "although",
    "citing",
    "who",
    "which",
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "as",
    "when",
];

/// Whether "which" or "whom" at `k` opens a relative clause whose source
/// follows it and whose claim is about it: "the plan, which she called a
/// mistake", "whom one aide described as a mentor"; not after a
/// preposition ("in which she argued that ...") nor before a "that" clause.
pub(super) fn object_relative(doc: &Doc, k: usize, first: usize, content: Span) -> bool {
    matches!(doc.id(k), w::WHICH | w::WHOM)
        && !(k > first && listed(&RELATIVE_PREPOSITIONS, doc.low(k - 1)))
        && !doc.is(doc.token_at(content.start), w::THAT)
}

/// Where the noun phrase starts when the source follows it with no
/// relative pronoun (a contact relative clause): "the rival she hopes to
/// beat", "any plan the mayor called a mistake". The noun phrase is part of
/// the claim. `k` is the token before the source: a lower-case noun, after
/// a determiner at most three words back with only modifiers between; not a
/// time or manner noun ("the last time he spoke", "the way she put it"),
/// where the clause is an adjunct.
pub(crate) fn contact_relative(doc: &Doc, k: usize, first: usize) -> Option<usize> {
    let noun = |j: usize| {
        let w = doc.low(j);
        doc.is_lower_word(j)
            && !listed(&CONTACT_STOPS, w)
            && !listed(&CONTACT_DETERMINERS, w)
            && !verb_like(doc, j)
    };
    let head = doc.low(k);
    if k < first
        || !noun(k)
        || head.ends_with("ly")
        || head.ends_with("ing")
        || listed(&CONTACT_ADJUNCT_NOUNS, head)
    {
        return None;
    }
    (k.saturating_sub(4).max(first)..k)
        .rev()
        .take_while(|&j| noun(j) || listed(&CONTACT_DETERMINERS, doc.low(j)))
        .find(|&j| listed(&CONTACT_DETERMINERS, doc.low(j)))
}

/// Determiners that open the noun phrase of a contact relative ("that" is
/// left out: it is more often the complementizer).
const CONTACT_DETERMINERS: [&str; 17] = [
    "the", "a", "an", "any", "some", "every", "each", "his", "her", "their", "its", "our", "my",
    "your", "no", "these", "those",
];

/// Words that are no noun of a contact relative: prepositions,
/// conjunctions, pronouns and other function words.
const CONTACT_STOPS: [&str; 53] = [
    "that", "which", "what", "whom", "who", "whose", "and", "or", "but", "nor", "to", "of", "in",
    "on", "at", "for", "with", "by", "from", "as", "than", "after", "before", "until", "since",
    "during", "about", "into", "over", "under", "while", "when", "where", "because", "if", "so",
    "how", "why", "not", "also", "it", "he", "she", "they", "we", "i", "you", "all", "between",
    "around", "like", "next", "against",
];

/// Nouns whose contact clause is an adjunct of time, manner or reason, and
/// the "wonder" of "no wonder X said ...", an idiom rather than a noun phrase.
const CONTACT_ADJUNCT_NOUNS: [&str; 17] = [
    "time", "times", "way", "ways", "day", "days", "year", "years", "week", "weeks", "month",
    "months", "moment", "night", "morning", "reason", "wonder",
];

/// Prepositions before a relative pronoun that make it an adjunct: "in which".
pub(super) const RELATIVE_PREPOSITIONS: [&str; 16] = [
    "in", "during", "of", "for", "with", "by", "at", "on", "to", "from", "under", "through",
    "after", "before", "about", "among",
];

/// A content inside a relative clause ends where the main clause's verb
/// comes back after a comma: "voters who believe the media are biased, are
/// unlikely to ...", "Smith, who opposes the tax, vetoed the bill".
pub(super) fn end_of_relative(doc: &Doc, content: Span, quotes: &[Quote]) -> Span {
    let (from, to) = doc.token_bounds(content, SCAN);
    // (An intent, no clause of its own, ends where a finite verb comes back
    // with no comma: "voters who want to see a recount will ...".)
    let intent = doc.is(from, w::TO);
    let resumes = (from + 1..to).find(|&j| {
        (doc.punct(j) == Some(',')
            && j + 1 < to
            && doc.is_lower_word(j + 1)
            && verb_like(doc, j + 1)
            || intent
                && doc.punct(j - 1).is_none()
                && doc.has(j, CLAUSE_VERB)
                && !matches!(doc.id(j), w::BE | w::BEEN | w::CLITIC_S | w::CURLY_CLITIC_S)
                && !(from..j).any(|k| {
                    doc.has(k, CLAUSE_VERB)
                        || doc.has(k, PRONOUN_SUBJECT)
                        || matches!(doc.id(k), w::THAT | w::WHO | w::WHICH)
                }))
            && quote::containing(quotes, doc.span(j)).is_none()
    });
    match resumes {
        Some(j) => Span::new(content.start, doc.span(j - 1).end),
        None => content,
    }
}

/// A relative clause's content opened by a dash ends at the first spaced
/// dash outside quotation marks, the one that closes the clause.
pub(super) fn end_at_closing_dash(doc: &Doc, c: Span, quotes: &[Quote]) -> Span {
    let (from, to) = doc.token_bounds(c, SCAN);
    (from + 1..to)
        .find(|&j| doc.is_spaced_dash(j) && quote::containing(quotes, doc.span(j)).is_none())
        .map_or(c, |j| Span::new(c.start, doc.span(j - 1).end))
}

/// Words after "to" that open a noun phrase ("said to reporters", "to the
/// crowd"), not an infinitive ("declined to comment").
pub(crate) const NOUN_STARTS: [&str; 20] = [
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "him",
    "them",
    "me",
    "us",
    "reporters",
    "supporters",
];

/// A headline's claim ends at its first comma, dash or colon: "Senator
/// Backs Tax Plan, Faces Questions" claims "Tax Plan".
pub(super) fn headline_clause(doc: &Doc, content: Span) -> Span {
    let (from, to) = doc.token_bounds(content, SCAN);
    match (from + 1..to).find(|&j| doc.is_punct_in(j, ",;:—–")) {
        Some(j) => Span::new(content.start, doc.span(j - 1).end),
        None => content,
    }
}

/// The quotation that opens the next paragraph after a cue closing its own
/// with a colon: "The senator continued:" and, below, "We will win."
pub(super) fn quote_after_colon(
    doc: &Doc,
    m: &CueMatch,
    end: usize,
    quotes: &[Quote],
) -> Option<Span> {
    let colon = m.tokens.end.checked_sub(1)?;
    if m.tokens.end != end || doc.punct(colon) != Some(':') || end >= doc.len() {
        return None;
    }
    quote::starting_at(quotes, doc.span(end).start).map(|q| q.span)
}

/// The comma right at `j`, or closing a short adjunct of the cue that starts
/// there ("on Saturday,", "in his book,"): at most eight words, no verb.
pub(super) fn comma_after_adjunct(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    if doc.punct(j) == Some(',') {
        return Some(j);
    }
    if !crate::content::starts_adjunct(doc, j) {
        return None;
    }
    let comma = (j + 1..end.min(j + 9)).find(|&k| doc.punct(k).is_some())?;
    let plain = (j..comma).all(|k| !(doc.is_lower_word(k) && verb_like(doc, k)));
    (doc.punct(comma) == Some(',') && plain).then_some(comma)
}

/// The "about" that follows a short adjunct after "asked" ("asked Tuesday
/// about", "asked at a forum about"): at most eight words, no verb and no
/// punctuation before it.
pub(super) fn about_after_adjunct(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let adjunct =
        from < end && (crate::content::starts_adjunct(doc, from) || doc.has(from, WEEKDAY));
    if !adjunct {
        return None;
    }
    let about = (from + 1..end.min(from + 9)).find(|&j| doc.is(j, w::ABOUT))?;
    (from..about)
        .all(|j| doc.is_word(j) && !(doc.is_lower_word(j) && verb_like(doc, j)))
        .then_some(about)
}

/// Ends earlier contents at a sibling attribution joined by a conjunction:
/// in "observers see X, and critics say Y", X stops before ", and critics".
pub(super) fn trim_sibling(doc: &Doc, earlier: &mut [Found], source_start: usize, first: usize) {
    // (Past an article the source phrase left out, "and a few lawmakers",
    // or a "then" the cue left out, "and then said".)
    let mut source_start = source_start;
    if source_start > first && matches!(doc.id(source_start - 1), w::A | w::AN | w::THE | w::THEN) {
        source_start -= 1;
    }
    if source_start < first + 2
        || !matches!(
            doc.id(source_start - 1),
            w::AND | w::BUT | w::WHILE | w::WHEREAS
        )
    {
        return;
    }
    let mut cut = source_start - 1;
    if doc.is_punct_in(cut - 1, ",;") {
        cut -= 1;
    }
    let at = doc.span(cut).start;
    // Only the last few can reach this far: contents are bounded.
    let recent = earlier.len().saturating_sub(8);
    for f in &mut earlier[recent..] {
        if let Some(c) = &mut f.content {
            if c.start < at && at < c.end {
                let trimmed = doc.text[c.start..at].trim_end();
                c.end = c.start + trimmed.len();
            }
        }
    }
}
