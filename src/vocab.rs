//! Word ids: every word of the word lists numbered once, so that matching a
//! token against the lists compares integers instead of strings.
//!
//! The document looks up each token's lowercased text once ([`Vocab::id`]);
//! a token whose text is in no list gets [`NO_WORD`]. Two tokens have the
//! same id exactly when their lowercased texts are the same list word, so a
//! phrase matches by ids exactly where it would by strings.

use crate::hasher::read_le;
use crate::token::{is_word_char, TokenKind};

/// The number of a word of the lists; [`NO_WORD`] for any other text.
pub(crate) type WordId = u32;

/// The id of every text that is no word of the lists.
pub(crate) const NO_WORD: WordId = 0;

/// A form of "to be" (the `<be>` placeholder).
pub(crate) const BE: u16 = 1;
/// A number word: "two", "dozen", "half".
pub(crate) const NUMBER: u16 = 2;
/// "a" or "an", which can start a number ("a dozen").
pub(crate) const ARTICLE: u16 = 4;
/// A word that opens a verb + noun cue frame ("made", "took", "launched":
/// see `cue::frames::noun_frame`).
pub(crate) const FRAME_HEAD: u16 = 8;
/// A possessive determiner ("his", "their": `source::POSSESSIVES`).
pub(crate) const POSSESSIVE: u16 = 16;
/// A verb form that marks a clause ("was", "will": `content::CLAUSE_VERBS`).
pub(crate) const CLAUSE_VERB: u16 = 32;
/// A pronoun subject ("he", "they": `content::PRONOUN_SUBJECTS`).
pub(crate) const PRONOUN_SUBJECT: u16 = 64;
/// A word that opens an adjunct, not a claim ("on", "during":
/// `content::ADJUNCT_STARTS`).
pub(crate) const ADJUNCT_START: u16 = 128;
/// A day of the week (`words::WEEKDAYS`).
pub(crate) const WEEKDAY: u16 = 256;
/// A common irregular past ("spoke": `attribution::IRREGULAR_PASTS`).
pub(crate) const IRREGULAR_PAST: u16 = 512;
/// A word that ends a source noun phrase read backwards ("that", "and",
/// "said": `source::BREAKS`).
pub(crate) const BREAK: u16 = 1 << 10;
/// A determiner ("the", "some": `source::DETERMINERS`).
pub(crate) const DETERMINER: u16 = 1 << 11;
/// A verb form that ends a source phrase ("has", "told": `source::walk::VERBS`).
pub(crate) const SOURCE_VERB: u16 = 1 << 12;
/// A time noun ("week": `source::TIME_WORDS`).
pub(crate) const TIME_WORD: u16 = 1 << 13;
/// A form of a causative verb ("led", "causes": `cue::group::aspect::CAUSERS`).
pub(crate) const CAUSER: u16 = 1 << 14;
/// A conjunction that opens a subordinate clause inside a sentence
/// ("while", "because": `clause_end::INNER_SUBORDINATORS`).
pub(crate) const INNER_SUBORDINATOR: u16 = 1 << 15;

/// Declares the known words: every word a rule compares a token with
/// (`doc.is(i, w::SAID)`, `matches!(doc.id(i), w::AND | w::BUT)`). Each gets
/// a constant in [`w`] whose id is fixed, because [`Vocab::new`] numbers
/// these words first, in this order; `doc.is(i, w::THAT)` then holds exactly
/// where `doc.low(i) == "that"` would, with one integer comparison instead
/// of a string comparison (which, at some 600 places in the rules, also
/// cost the WebAssembly module 5 KB gzipped). A rule that needs a new word
/// adds it to the list in [`w`].
macro_rules! known_words {
    ($($name:ident = $word:literal,)*) => {
        /// The words of the constants below, in the order of their ids.
        pub(crate) const KNOWN: &[&str] = &[$($word),*];
        /// Numbers the names: the first is 1, since 0 is [`super::NO_WORD`].
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u32)]
        enum Id {
            None,
            $($name,)*
        }
        $(
            #[doc = concat!("The id of \"", $word, "\".")]
            pub(crate) const $name: WordId = Id::$name as WordId;
        )*
    };
}

/// The ids of the known words, by name: `w::THAT` is the id of "that",
/// `w::CLITIC_S` of "'s" and `w::CURLY_CLITIC_S` of "’s", `w::CLITIC_NT` of
/// "n't", `w::SO_CALLED` of "so-called".
pub(crate) mod w {
    use super::WordId;

    known_words! {
        CLITIC_RE = "'re",
        CLITIC_S = "'s",
        A = "a",
        ABOUT = "about",
        ACCORDING = "according",
        ACCOUNT = "account",
        ACROSS = "across",
        AFTER = "after",
        AFTERNOON = "afternoon",
        AGAIN = "again",
        AGAINST = "against",
        AGO = "ago",
        ALL = "all",
        ALMOST = "almost",
        ALREADY = "already",
        ALSO = "also",
        ALTHOUGH = "although",
        AMONG = "among",
        AN = "an",
        AND = "and",
        ANOTHER = "another",
        ANY = "any",
        APPEAR = "appear",
        APPEARED = "appeared",
        APPEARS = "appears",
        ARE = "are",
        ARGUMENT = "argument",
        ARGUMENTS = "arguments",
        AS = "as",
        ASKED = "asked",
        AT = "at",
        AUG = "aug",
        AVERAGE = "average",
        AWAY = "away",
        BACK = "back",
        BE = "be",
        BECAUSE = "because",
        BEEN = "been",
        BEFORE = "before",
        BEING = "being",
        BETTER = "better",
        BLAMED = "blamed",
        BRIEFED = "briefed",
        BUT = "but",
        BY = "by",
        CALL = "call",
        CALLED = "called",
        CAMP = "camp",
        CAMPAIGN = "campaign",
        CAN = "can",
        CASE = "case",
        CENTURY = "century",
        CITING = "citing",
        CLAIM = "claim",
        CLAIMS = "claims",
        CLOSE = "close",
        CLOSED = "closed",
        CLOSING = "closing",
        COMPARED = "compared",
        CONDUCTED = "conducted",
        CONTINUED = "continued",
        COULD = "could",
        COURSE = "course",
        CURRENT = "current",
        DAY = "day",
        DAYS = "days",
        DEC = "dec",
        DECADE = "decade",
        DESPITE = "despite",
        DID = "did",
        DOES = "does",
        DOWN = "down",
        DURING = "during",
        EARLY = "early",
        EIGHT = "eight",
        ELECTION = "election",
        EVEN = "even",
        EVENING = "evening",
        EVENTUALLY = "eventually",
        EXPECTED = "expected",
        FACEBOOK = "facebook",
        FAMILIAR = "familiar",
        FAR = "far",
        FEB = "feb",
        FEED = "feed",
        FEW = "few",
        FEWER = "fewer",
        FIRED = "fired",
        FIRST = "first",
        FIVE = "five",
        FOR = "for",
        FORMER = "former",
        FOUR = "four",
        FROM = "from",
        GENERAL = "general",
        GO = "go",
        GOES = "goes",
        GOING = "going",
        GONE = "gone",
        GUILTY = "guilty",
        HAD = "had",
        HALF = "half",
        HALFWAY = "halfway",
        HAS = "has",
        HATE = "hate",
        HAVE = "have",
        HE = "he",
        HEARING = "hearing",
        HER = "her",
        HIM = "him",
        HIS = "his",
        HIT = "hit",
        HOUR = "hour",
        HOURS = "hours",
        HOW = "how",
        HOWEVER = "however",
        I = "i",
        IF = "if",
        IN = "in",
        INNOCENT = "innocent",
        INSIDE = "inside",
        INSTAGRAM = "instagram",
        INTO = "into",
        INVOLVED = "involved",
        IS = "is",
        IT = "it",
        ITS = "its",
        JAN = "jan",
        JUST = "just",
        KIND = "kind",
        KNOWLEDGEABLE = "knowledgeable",
        LAST = "last",
        LATE = "late",
        LATER = "later",
        LEAST = "least",
        LESS = "less",
        LIKE = "like",
        LITTLE = "little",
        LONG = "long",
        LOVE = "love",
        MANY = "many",
        MAY = "may",
        ME = "me",
        MEETING = "meeting",
        MIGHT = "might",
        MILE = "mile",
        MINUTE = "minute",
        MINUTES = "minutes",
        MOMENT = "moment",
        MONTH = "month",
        MONTHS = "months",
        MORE = "more",
        MORNING = "morning",
        MOST = "most",
        MUCH = "much",
        MUST = "must",
        MY = "my",
        CLITIC_NT = "n't",
        NEVER = "never",
        NIGHT = "night",
        NINE = "nine",
        NO = "no",
        NOR = "nor",
        NOT = "not",
        NOTHING = "nothing",
        NOV = "nov",
        NOW = "now",
        CURLY_CLITIC_NT = "n’t",
        OBSERVATION = "observation",
        OCT = "oct",
        OF = "of",
        OFF = "off",
        ON = "on",
        ONE = "one",
        ONLY = "only",
        OPEN = "open",
        OPENED = "opened",
        OR = "or",
        OTHER = "other",
        OTHERS = "others",
        OUR = "our",
        OUT = "out",
        OVER = "over",
        PAGE = "page",
        PARTICIPATED = "participated",
        PARTICULAR = "particular",
        PAST = "past",
        PERCENT = "percent",
        PITCH = "pitch",
        POINT = "point",
        POLLED = "polled",
        POLLS = "polls",
        PUBLISHED = "published",
        PUTTING = "putting",
        QUESTION = "question",
        QUESTIONS = "questions",
        QUICKLY = "quickly",
        QUOTING = "quoting",
        REASON = "reason",
        RELEASED = "released",
        REMAINED = "remained",
        REMAINS = "remains",
        REPEATEDLY = "repeatedly",
        REPORTED = "reported",
        REPORTEDLY = "reportedly",
        RIGHT = "right",
        SAID = "said",
        SAY = "say",
        SAYING = "saying",
        SAYS = "says",
        SECOND = "second",
        SEEM = "seem",
        SEEMED = "seemed",
        SEEMS = "seems",
        SENT = "sent",
        SEP = "sep",
        SEPT = "sept",
        SESSION = "session",
        SEVEN = "seven",
        SHE = "she",
        SHORTLY = "shortly",
        SHOT = "shot",
        SHOULD = "should",
        SINCE = "since",
        SIX = "six",
        SLIGHTLY = "slightly",
        SO = "so",
        SO_CALLED = "so-called",
        SOON = "soon",
        SORT = "sort",
        SPEAKING = "speaking",
        STATEMENT = "statement",
        STEP = "step",
        STILL = "still",
        STRIKE = "strike",
        SUCH = "such",
        SUMMIT = "summit",
        SURVEYED = "surveyed",
        SURVEYS = "surveys",
        TAKEN = "taken",
        TELLING = "telling",
        TELLS = "tells",
        TEN = "ten",
        THAN = "than",
        THAT = "that",
        THE = "the",
        THEIR = "their",
        THEM = "them",
        THEN = "then",
        THERE = "there",
        THESE = "these",
        THEY = "they",
        THIS = "this",
        THOSE = "those",
        THOUGH = "though",
        THREE = "three",
        THROUGHOUT = "throughout",
        TIME = "time",
        TO = "to",
        TOLD = "told",
        TURNS = "turns",
        TV = "tv",
        TWITTER = "twitter",
        TWO = "two",
        TYPE = "type",
        UNTIL = "until",
        UP = "up",
        UPON = "upon",
        US = "us",
        VOTE = "vote",
        WAS = "was",
        WAY = "way",
        WE = "we",
        WEEK = "week",
        WEEKS = "weeks",
        WENT = "went",
        WERE = "were",
        WHAT = "what",
        WHEN = "when",
        WHERE = "where",
        WHEREAS = "whereas",
        WHETHER = "whether",
        WHICH = "which",
        WHILE = "while",
        WHO = "who",
        WHOM = "whom",
        WHOSE = "whose",
        WHY = "why",
        WILL = "will",
        WITH = "with",
        WITHIN = "within",
        WITHOUT = "without",
        WONDER = "wonder",
        WORSE = "worse",
        WOULD = "would",
        WRITTEN = "written",
        YEAR = "year",
        YEARS = "years",
        YES = "yes",
        YET = "yet",
        YOU = "you",
        YOUR = "your",
        CURLY_CLITIC_RE = "’re",
        CURLY_CLITIC_S = "’s",
    }
}

/// The words of the lists, with their ids and a few flags.
///
/// An open-addressing table keyed by a word's length and its first eight
/// bytes, which settle most lookups without comparing strings: the look-up
/// runs once per token, so it is kept to a few instructions.
pub(crate) struct Vocab {
    /// Power-of-two many slots, at most half full.
    slots: Vec<Slot>,
    /// The words by id, for comparing the bytes past the eighth.
    words: Vec<&'static str>,
    /// Flags by id: [`BE`], [`NUMBER`], [`ARTICLE`], [`FRAME_HEAD`] and
    /// the word classes after it.
    flags: Vec<u16>,
    /// The length in bytes of the longest word, past which no lookup is needed.
    longest: usize,
    /// Whether some word could be a number token (it starts with a digit) or
    /// a punctuation token (one character that cannot be in a word, "''" or "``").
    odd_words: bool,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The first eight bytes, zero-padded, little-endian.
    head: u64,
    /// The length in bytes; 0 for an empty slot.
    len: u32,
    id: WordId,
}

/// The home slot of a word, from its head and length.
#[inline]
fn home(head: u64, len: usize, mask: usize) -> usize {
    let h = (head ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

impl Vocab {
    /// A vocabulary of the known words ([`w::KNOWN`]) alone, numbered in order.
    pub fn new() -> Vocab {
        let mut vocab = Vocab {
            slots: vec![Slot::default(); 16],
            words: vec![""],
            flags: vec![0],
            longest: 0,
            odd_words: false,
        };
        for &word in w::KNOWN {
            vocab.intern(word);
        }
        vocab
    }

    /// The id of `word`, numbering it if it is new.
    pub fn intern(&mut self, word: &'static str) -> WordId {
        let found = self.id(word);
        if found != NO_WORD || word.is_empty() {
            return found;
        }
        let id = WordId::try_from(self.words.len()).expect("fewer than 2^32 words");
        self.words.push(word);
        self.flags.push(0);
        self.longest = self.longest.max(word.len());
        // A number token starts with a digit; a punctuation token is one
        // character that cannot be in a word, or "''" or "``".
        let mut chars = word.chars();
        self.odd_words |= match (chars.next(), chars.next()) {
            (Some(c), _) if c.is_ascii_digit() => true,
            (Some(c), None) => !is_word_char(c),
            _ => word == "''" || word == "``",
        };
        if self.words.len() * 2 > self.slots.len() {
            self.grow();
        } else {
            self.place(id);
        }
        id
    }

    fn grow(&mut self) {
        self.slots = vec![Slot::default(); self.slots.len() * 2];
        for id in 1..self.words.len() {
            self.place(id as WordId);
        }
    }

    fn place(&mut self, id: WordId) {
        let word = self.words[id as usize].as_bytes();
        let slot = Slot {
            head: read_le(word),
            len: word.len() as u32,
            id,
        };
        let mask = self.slots.len() - 1;
        let mut at = home(slot.head, word.len(), mask);
        while self.slots[at].len != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    /// Numbers `word` if it is new and gives it `flag`.
    pub fn mark(&mut self, word: &'static str, flag: u16) {
        let id = self.intern(word);
        self.flags[id as usize] |= flag;
    }

    /// The id of `word`, or [`NO_WORD`] when no list has it.
    #[inline]
    pub fn id(&self, word: &str) -> WordId {
        let bytes = word.as_bytes();
        let n = bytes.len();
        if n > self.longest || n == 0 {
            return NO_WORD;
        }
        let key = read_le(bytes);
        let mask = self.slots.len() - 1;
        let mut at = home(key, n, mask);
        loop {
            let slot = self.slots[at];
            if slot.len == 0 {
                return NO_WORD;
            }
            if slot.head == key
                && slot.len as usize == n
                && (n <= 8 || self.words[slot.id as usize].as_bytes()[8..] == bytes[8..])
            {
                return slot.id;
            }
            at = (at + 1) & mask;
        }
    }

    /// Whether a token of kind `kind` can be a word of the lists: a number or
    /// punctuation token (whose lowercased text is still one) only when some
    /// word looks like one.
    #[inline]
    pub fn may_hold(&self, kind: TokenKind) -> bool {
        kind == TokenKind::Word || self.odd_words
    }

    /// Whether the word `id` has `flag`.
    #[inline]
    pub fn has(&self, id: WordId, flag: u16) -> bool {
        self.flags[id as usize] & flag != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_once() {
        let mut v = Vocab::new();
        let said = v.intern("proclaimed");
        assert_ne!(said, NO_WORD);
        assert_eq!(v.intern("proclaimed"), said);
        v.mark("was", BE);
        assert_eq!(v.id("proclaimed"), said);
        assert_eq!(v.id("Proclaimed"), NO_WORD, "ids are for exact texts");
        assert_eq!(v.id("a much longer word than any"), NO_WORD);
        assert!(v.has(v.id("was"), BE));
        assert!(!v.has(said, BE));
        assert!(!v.has(NO_WORD, BE));
        // The empty text, the known words (among them "was") and "proclaimed".
        assert_eq!(v.flags.len(), w::KNOWN.len() + 2);
        v.intern("'s");
        assert!(!v.may_hold(TokenKind::Punct) && v.may_hold(TokenKind::Word));
        v.intern("$");
        assert!(v.may_hold(TokenKind::Punct));
    }

    #[test]
    fn known_words_have_their_constant_ids() {
        let v = Vocab::new();
        for (k, word) in w::KNOWN.iter().enumerate() {
            assert_eq!(v.id(word), k as WordId + 1, "{word}");
        }
        assert_eq!(v.id("that"), w::THAT);
        assert_eq!(v.id("’s"), w::CURLY_CLITIC_S);
    }

    #[test]
    fn finds_many_words_and_only_them() {
        let words: Vec<&'static str> = (0..3000)
            .map(|k| &*Box::leak(format!("w{k}x{}", "y".repeat(k % 13)).into_boxed_str()))
            .collect();
        let mut v = Vocab::new();
        let ids: Vec<WordId> = words.iter().map(|w| v.intern(w)).collect();
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(v.id(w), *id);
            assert_eq!(v.id(&format!("{w}z")), NO_WORD);
            assert_eq!(v.id(&w[..w.len() - 1]), NO_WORD);
        }
        assert_eq!(v.id("w1x"), NO_WORD);
    }
}
