//! Transcript turns: "RUIZ: We will keep the clinic open. It serves the
//! whole county." A speaker's name and a colon open a paragraph of an
//! interview or a debate, and the turn runs to the end of the paragraph.
//!
//! **What it detects.** How far the claim of a turn reaches. `headline.rs`
//! finds the name and the colon (the source and the cue); this module
//! stretches the content over the later sentences of the same paragraph,
//! since the whole turn is the speaker's.
//!
//! **Why it matters.** PolNeAR credits a turn to its speaker as one content
//! running to the end of the paragraph, with a final question mark kept and
//! a final period left out (on train, of the turns below the title whose
//! content reaches the end of the paragraph, 9 of 9 ending in a question
//! keep the mark, and 17 of 21 ending in a period leave it out). Cues in
//! the turn's later sentences are the speaker's wording, nested in the
//! turn, and are dropped (`attribution.rs`) when the speaker is written in
//! capitals as transcripts do ("RUIZ:"): on train 16 such cues, none gold.
//! After a label in lower case ("Superdelegates: ...") they are kept.
//!
//! **Traps it avoids.** Only a name at the very start of a paragraph below
//! the title counts: a colon in the title ("Ruiz: ...") or after a dash
//! ("... - Ann Ode: “...”") has a claim of one sentence. A turn stops before
//! the next speaker's name and colon in the same paragraph ('Ruiz: "We will
//! win." Ode: "We will not."'). Labels, datelines and times are left out by
//! `headline.rs` before a turn is looked at.

use crate::doc::Doc;
use crate::headline;
use crate::sentence::SentenceInfo;
use crate::Span;
use std::ops::Range;

/// The content of the turn whose speaker `source` opens sentence `index`,
/// from `content` (the claim in that first sentence) to the end of the
/// turn; `content` unchanged when the sentence opens no turn.
pub(crate) fn content(
    doc: &Doc,
    sentences: &[SentenceInfo],
    index: usize,
    source: &Range<usize>,
    content: Span,
) -> Span {
    let sentence = &sentences[index];
    let opens = index > 0 && sentences[index - 1].paragraph != sentence.paragraph;
    if !opens || sentence.paragraph == 0 || source.start != sentence.tokens.start {
        return content;
    }
    // Each sentence is looked at once: a turn opens its paragraph, and this
    // walk stays inside that paragraph.
    let last = sentences[index + 1..]
        .iter()
        .take_while(|s| {
            s.paragraph == sentence.paragraph && headline::find(doc, s.tokens.clone()).is_none()
        })
        .last()
        .unwrap_or(sentence);
    let end = last.tokens.end - 1;
    let end = if doc.punct(end) == Some('.') && end > last.tokens.start {
        doc.span(end - 1).end
    } else {
        doc.span(end).end
    };
    Span::new(content.start, end.max(content.end))
}
