//! Word-level tokenizer and vocabulary for the bigram model.

/// The start-of-sentence token: the context for predicting a sentence's first word.
///
/// ```
/// use softmax_lab::math::{Vocab, START_TOKEN};
/// assert_eq!(Vocab::from_sentences(&["Hi."]).id(START_TOKEN), Some(0));
/// ```
pub const START_TOKEN: &str = "<s>";

/// The end-of-sentence token (a full stop), which the model learns to predict like a word.
///
/// ```
/// use softmax_lab::math::{tokenize, END_TOKEN};
/// assert_eq!(tokenize("Hi").last().map(String::as_str), Some(END_TOKEN));
/// ```
pub const END_TOKEN: &str = ".";

/// Splits a sentence into lowercase words plus a final `"."`: letters, digits and apostrophes
/// (and any non-ASCII character but the punctuation `is_mark` lists, kept as it is, Latin-1
/// capitals lowered) make words, everything else separates them, and a full stop, `!` or `?`
/// (Chinese `。！？`, Arabic `؟`) each emit `"."`. Chinese is written without spaces, so its
/// sentences come with their words spaced (`猫 坐 在 垫子 上。`).
///
/// A `"."` is appended if the sentence does not end with one; empty or punctuation-only input
/// gives `["."]`. The start token is not included (see [`Vocab::encode`]).
///
/// ```
/// use softmax_lab::math::tokenize;
/// assert_eq!(tokenize("The Cat sat."), vec!["the", "cat", "sat", "."]);
/// assert_eq!(tokenize("  dogs, run"), vec!["dogs", "run", "."]);
/// assert_eq!(tokenize("¿Él come? Ñu."), vec!["él", "come", ".", "ñu", "."]);
/// assert_eq!(tokenize("猫 吃，鱼。"), vec!["猫", "吃", "鱼", "."]);
/// assert_eq!(tokenize("هل تأكل القطة؟"), vec!["هل", "تأكل", "القطة", "."]);
/// ```
pub fn tokenize(sentence: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    for ch in sentence.chars() {
        // ASCII rules plus Latin-1's capitals (Spanish's É, Ñ…) lowered by hand, and Spanish's
        // opening marks as punctuation; any other character counts as a letter kept as it is:
        // Unicode's letter and case tables would cost the page about 8 KB.
        if ch.is_ascii_alphanumeric() || ch == '\'' || (!ch.is_ascii() && !is_mark(ch)) {
            word.push(lower(ch));
            continue;
        }
        if !word.is_empty() {
            tokens.push(std::mem::take(&mut word));
        }
        if matches!(ch, '.' | '!' | '?' | '。' | '！' | '？' | '؟')
            && tokens.last().is_some_and(|t| t != END_TOKEN)
        {
            tokens.push(END_TOKEN.to_string());
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    if tokens.last().is_none_or(|t| t != END_TOKEN) {
        tokens.push(END_TOKEN.to_string());
    }
    tokens
}

/// Punctuation outside ASCII that separates words: Spanish's opening marks and quotes, Chinese's
/// full-width marks, Arabic's comma, semicolon and question mark.
fn is_mark(ch: char) -> bool {
    matches!(
        ch,
        '¿' | '¡' | '«' | '»' | '“' | '”' | '؟' | '،' | '؛' | '\u{3000}'..='\u{3003}'
    ) || ('\u{ff01}'..='\u{ff1f}').contains(&ch) && !('\u{ff10}'..='\u{ff19}').contains(&ch)
}

/// `ch` in lower case: ASCII's and Latin-1's capitals (`À`–`Þ` but `×`), else `ch` (without
/// the Unicode tables, which would double a small module's size).
///
/// ```
/// use softmax_lab::math::lower;
/// assert_eq!((lower('Á'), lower('Q'), lower('×'), lower('汉')), ('á', 'q', '×', '汉'));
/// ```
pub fn lower(ch: char) -> char {
    match ch {
        'A'..='Z' => ch.to_ascii_lowercase(),
        '\u{c0}'..='\u{de}' if ch != '\u{d7}' => char::from_u32(ch as u32 + 32).unwrap_or(ch),
        _ => ch,
    }
}

/// The order a word list is read in: letters compared without their accents (á as a, ñ after n
/// among words that only differ there), so "cálido" sorts beside "calor", not after "zorro";
/// exact code points break ties.
///
/// ```
/// use softmax_lab::math::dictionary_order;
/// assert!(dictionary_order("cálido", "corrió").is_lt());
/// assert!(dictionary_order("árbol", "bosque").is_lt());
/// ```
pub fn dictionary_order(a: &str, b: &str) -> std::cmp::Ordering {
    let base = |s: &str| s.chars().map(unaccented).collect::<Vec<char>>();
    base(a).cmp(&base(b)).then_with(|| a.cmp(b))
}

/// `ch` without its accent, for Latin-1's lower-case letters (`á` -> `a`, `ñ` -> `n`), else `ch`.
fn unaccented(ch: char) -> char {
    match ch {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// A fixed vocabulary: id 0 is [`START_TOKEN`], id 1 is [`END_TOKEN`], then the words in
/// alphabetical order (so ids do not depend on sentence order).
///
/// ```
/// use softmax_lab::math::Vocab;
/// let v = Vocab::from_sentences(&["b a.", "a c."]);
/// assert_eq!(v.tokens(), &["<s>", ".", "a", "b", "c"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocab {
    tokens: Vec<String>,
}

impl Vocab {
    /// Builds the vocabulary of every token [`tokenize`] finds in `sentences`.
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// assert_eq!(Vocab::from_sentences(&[]).len(), 2);
    /// ```
    pub fn from_sentences(sentences: &[&str]) -> Self {
        // Sorted and distinct, built by insertion: a corpus of a few hundred words needs no
        // sort routine of its own in the wasm.
        let mut words: Vec<String> = Vec::new();
        for t in sentences.iter().flat_map(|s| tokenize(s)) {
            if t != END_TOKEN && t != START_TOKEN {
                if let Err(at) = words.binary_search_by(|w| dictionary_order(w, &t)) {
                    words.insert(at, t);
                }
            }
        }
        let mut tokens = vec![START_TOKEN.to_string(), END_TOKEN.to_string()];
        tokens.extend(words);
        Self { tokens }
    }

    /// Number of tokens `V` (always >= 2: the start and end tokens).
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// assert_eq!(Vocab::from_sentences(&["a b."]).len(), 4);
    /// ```
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Never true: the start and end tokens are always present.
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// assert!(!Vocab::from_sentences(&[]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// All tokens, indexed by id.
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// assert_eq!(Vocab::from_sentences(&["x."]).tokens()[2], "x");
    /// ```
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }

    /// The id of `token`, or `None` if it is not in the vocabulary.
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// let v = Vocab::from_sentences(&["a b."]);
    /// assert_eq!(v.id("b"), Some(3));
    /// assert_eq!(v.id("zebra"), None);
    /// ```
    pub fn id(&self, token: &str) -> Option<usize> {
        // Index 0 and 1 are special; the rest is sorted, so binary search it.
        match token {
            START_TOKEN => Some(0),
            END_TOKEN => Some(1),
            _ => self
                .tokens
                .get(2..)
                .unwrap_or_default()
                .binary_search_by(|t| dictionary_order(t, token))
                .ok()
                .map(|i| i + 2),
        }
    }

    /// The token with this id, or `None` if out of range.
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// assert_eq!(Vocab::from_sentences(&[]).token(1), Some("."));
    /// assert_eq!(Vocab::from_sentences(&[]).token(99), None);
    /// ```
    pub fn token(&self, id: usize) -> Option<&str> {
        self.tokens.get(id).map(String::as_str)
    }

    /// `[<s>, w_1, ..., w_n, .]` as ids; words not in the vocabulary are skipped.
    ///
    /// ```
    /// use softmax_lab::math::Vocab;
    /// let v = Vocab::from_sentences(&["a b."]);
    /// assert_eq!(v.encode("A zebra b"), vec![0, 2, 3, 1]);
    /// ```
    pub fn encode(&self, sentence: &str) -> Vec<usize> {
        std::iter::once(0)
            .chain(tokenize(sentence).iter().filter_map(|t| self.id(t)))
            .collect()
    }
}
