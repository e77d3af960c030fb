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

/// Whether `word` (lowercase) is a day of the week.
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Whether `list` holds `word`. Kept out of line: `contains` on a constant
/// array unrolls into one comparison per entry wherever it is called, which
/// costs the WebAssembly module more than the call.
#[inline(never)]
pub(crate) fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
