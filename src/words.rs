//! Small closed word lists that several detectors share.

/// Days of the week, lowercase: "said on Tuesday", "figures released Friday".
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Months, lowercase, without "may", which is more often the modal verb.
pub(crate) const MONTHS_BUT_MAY: [&str; 11] = [
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Nouns of a span of time: "for several weeks", "for the past two
/// years", "for hours".
pub(crate) const TIME_SPANS: [&str; 7] = [
    "hours", "days", "weeks", "months", "years", "decades", "ages",
];

/// The forms of "to be", without the clitic "'s" (also "has" or a
/// possessive) and "'re", which each caller adds where they fit.
const BE: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "am"];

/// Whether `word` (lowercase) is a form of "to be" ([`BE`]).
pub(crate) fn is_be(word: &str) -> bool {
    listed(&BE, word)
}

/// Whether `word` (lowercase) is a form of "take" ("took a swipe at",
/// "took turns praising").
pub(crate) fn is_take(word: &str) -> bool {
    listed(&TAKE, word)
}

/// The forms of "take".
pub(crate) const TAKE: [&str; 5] = ["take", "takes", "took", "taking", "taken"];

/// Whether `word` (lowercase) is a day of the week.
pub(crate) fn is_weekday(word: &str) -> bool {
    listed(&WEEKDAYS, word)
}

/// Participles of judging, whose passive credits a stance toward its
/// subject: "The plan was widely criticized".
pub(crate) const JUDGED: [&str; 14] = [
    "criticized",
    "condemned",
    "praised",
    "attacked",
    "blamed",
    "derided",
    "denounced",
    "slammed",
    "mocked",
    "ridiculed",
    "lambasted",
    "blasted",
    "faulted",
    "hailed",
];

/// Participles of answering another's words or acts, whose passive credits
/// a stance toward its subject when the agent is named: "The plan was
/// rejected by the union", "Her view was echoed by the mayor". On PolNeAR
/// train, "be + participle + by" is a gold cue for rejected 4 of 4, echoed
/// 3 of 4, accused 2 of 2, rebuked, applauded and dismissed 1 of 1; all
/// stance verbs together only 32 of 61 ("was backed by federal money",
/// "was supported by", "was nominated by": acts, not claims), so the
/// others need no agent ([`JUDGED`]) or stay out. "claimed" (an attack
/// "claimed by" a group, which takes it on) is gold 3 times in 4 there.
pub(crate) const ANSWERED: [&str; 11] = [
    "rejected",
    "claimed",
    "echoed",
    "rebuked",
    "applauded",
    "endorsed",
    "accused",
    "dismissed",
    "decried",
    "rebuffed",
    "disparaged",
];

/// Whether `list` holds `word`. Kept out of line in the WebAssembly build:
/// `contains` on a constant array unrolls into one comparison per entry
/// wherever it is called, which costs the module more than the call (all
/// the rules' list look-ups going through here took 6 KB off its gzipped
/// size). The native build inlines it: out of line, it was 5% slower over
/// the PolNeAR dev split.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The word lists the rules test at (nearly) every token, with the class
/// flag of each (see [`crate::vocab`]).
fn classes() -> [(&'static [&'static str], u16); 12] {
    use crate::vocab::*;
    [
        (&crate::source::POSSESSIVES, POSSESSIVE),
        (&crate::content::CLAUSE_VERBS, CLAUSE_VERB),
        (&crate::content::PRONOUN_SUBJECTS, PRONOUN_SUBJECT),
        (&crate::content::ADJUNCT_STARTS, ADJUNCT_START),
        (&WEEKDAYS, WEEKDAY),
        (&crate::attribution::IRREGULAR_PASTS, IRREGULAR_PAST),
        (&crate::source::BREAKS, BREAK),
        (&crate::source::DETERMINERS, DETERMINER),
        (&crate::source::walk::VERBS, SOURCE_VERB),
        (&crate::source::TIME_WORDS, TIME_WORD),
        (&crate::cue::group::aspect::CAUSERS, CAUSER),
        (&crate::clause_end::INNER_SUBORDINATORS, INNER_SUBORDINATOR),
    ]
}

/// Numbers the words of [`classes`] and flags each with its class, so that
/// [`crate::doc::Doc::has`] answers by id what `listed` answers by strings.
pub(crate) fn mark_classes(vocab: &mut crate::vocab::Vocab) {
    for (list, flag) in classes() {
        for &word in list {
            vocab.mark(word, flag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;

    #[test]
    fn a_token_has_a_class_exactly_when_its_list_holds_it() {
        let mut text: String = classes()
            .iter()
            .flat_map(|(l, _)| l.iter())
            .map(|w| format!("{w} "))
            .collect();
        text.push_str("Said, THAT, his' said's spoke saying weeks Monday. 2 x");
        let doc = Doc::of(&text);
        for i in 0..doc.len() {
            for (list, flag) in classes() {
                assert_eq!(
                    doc.has(i, flag),
                    listed(list, doc.low(i)),
                    "{:?}",
                    doc.low(i)
                );
            }
        }
    }
}
