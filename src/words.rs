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
    matches!(word, "take" | "takes" | "took" | "taking" | "taken")
}

/// Whether `word` (lowercase) is a day of the week.
pub(crate) fn is_weekday(word: &str) -> bool {
    listed(&WEEKDAYS, word)
}

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
