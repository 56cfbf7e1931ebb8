//! Every setting of the lesson as a plain struct, and its URL query form.
//!
//! Pure: no browser types. [`Params::from_query`] never panics and never trusts its input: each
//! bad value is clamped or replaced by its default, and a [`Notice`] says what happened, in words a
//! student can read. [`Params::to_query`] writes only what differs from [`Params::default`], so a
//! link stays short, and `from_query(to_query(p)) == p` for every valid `p`.

use crate::number::parse_decimal;
use std::fmt::Write as _;

/// The version of the query format written by [`Params::to_query`] (`v=1`).
pub const FORMAT_VERSION: u32 = 1;
/// The fewest tokens the softmax playground allows.
pub const MIN_TOKENS: usize = 2;
/// The most tokens the softmax playground allows.
pub const MAX_TOKENS: usize = 12;
/// The lowest and highest logit a slider or a link can set.
pub const LOGIT_RANGE: (f64, f64) = (-10.0, 10.0);
/// The temperature range of the sampling section (the lowest behaves as argmax).
pub const TEMPERATURE_RANGE: (f64, f64) = (0.05, 5.0);
/// The range of the "probability of the correct token" slider.
pub const P_TRUE_RANGE: (f64, f64) = (0.001, 1.0);
/// The learning-rate range of the training-step controls.
pub const LR_RANGE: (f64, f64) = (0.01, 5.0);
/// The longest token name kept, in characters.
pub const MAX_TOKEN_CHARS: usize = 24;
/// The longest query read; the rest of a longer one is ignored (a link is never this long).
pub const MAX_QUERY_CHARS: usize = 4096;
/// Tokens in the sampling section's "real vocabulary" mode (a Llama-3-sized vocabulary).
pub const VOCAB_SIZE: usize = 128_000;
/// Largest top-k offered in the real-vocabulary mode (APIs commonly default to 40 or 50).
pub const VOCAB_TOP_K_MAX: usize = 100;

/// The lesson's sections, in order, with their URL ids (`s=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// 0. The big picture.
    Overview,
    /// 1. Logits and softmax.
    Softmax,
    /// 2. Temperature, top-k, top-p and sampling.
    Sampling,
    /// 3. Cross-entropy.
    Loss,
    /// 4. Gradients and one training step.
    Gradients,
    /// 5. The training loop and loss curves.
    Training,
    /// 6. Numerical stability.
    Stability,
    /// 7. Softmax inside attention.
    Attention,
    /// 8. Pitfalls.
    Pitfalls,
    /// 9. Check yourself.
    Quiz,
}

impl Section {
    /// Every section, in lesson order.
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Softmax,
        Section::Sampling,
        Section::Loss,
        Section::Gradients,
        Section::Training,
        Section::Stability,
        Section::Attention,
        Section::Pitfalls,
        Section::Quiz,
    ];

    /// The id used in the URL (`s=softmax`) and in element ids.
    pub fn id(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Softmax => "softmax",
            Section::Sampling => "sampling",
            Section::Loss => "loss",
            Section::Gradients => "gradients",
            Section::Training => "training",
            Section::Stability => "stability",
            Section::Attention => "attention",
            Section::Pitfalls => "pitfalls",
            Section::Quiz => "quiz",
        }
    }

    /// The section whose URL id is `id`, if any.
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The title shown in the navigation and as the section heading.
    pub fn title(self) -> &'static str {
        match self {
            Section::Overview => "The big picture",
            Section::Softmax => "Logits and softmax",
            Section::Sampling => "Temperature and sampling",
            Section::Loss => "Cross-entropy",
            Section::Gradients => "Gradients",
            Section::Training => "Training loop",
            Section::Stability => "Numerical stability",
            Section::Attention => "Softmax in attention",
            Section::Pitfalls => "Pitfalls",
            Section::Quiz => "Check yourself",
        }
    }

    /// The section's number in the lesson (0 for the big picture).
    pub fn number(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// The colour theme: follow the system, or force one (`theme=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow `prefers-color-scheme` (not written to the URL).
    #[default]
    Auto,
    /// Light background.
    Light,
    /// Dark background.
    Dark,
    /// High contrast, for projectors.
    Contrast,
}

impl ThemeChoice {
    /// The URL value (`auto` is the default and never written).
    pub fn id(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Contrast => "contrast",
        }
    }

    /// The theme named `id`, if any.
    pub fn from_id(id: &str) -> Option<ThemeChoice> {
        [Self::Auto, Self::Light, Self::Dark, Self::Contrast]
            .into_iter()
            .find(|t| t.id() == id)
    }
}

/// Controls an instructor can hide with `hide=` (comma-separated ids).
pub const HIDEABLE: [&str; 5] = ["nav", "editor", "presets", "shift", "arithmetic"];

/// Every setting the lesson has; one field per URL key.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// `s`: the section shown.
    pub section: Section,
    /// `tokens`: the token names (2 to 12, plain text).
    pub tokens: Vec<String>,
    /// `logits`: one score per token, in [`LOGIT_RANGE`].
    pub logits: Vec<f64>,
    /// `t`: sampling temperature, in [`TEMPERATURE_RANGE`].
    pub temperature: f64,
    /// `top_k`: keep the k highest logits (0 = off).
    pub top_k: usize,
    /// `top_p`: nucleus mass in [0, 1] (1 keeps all).
    pub top_p: f64,
    /// `p_true`: probability the model gives the correct token, in [`P_TRUE_RANGE`].
    pub p_true: f64,
    /// `target`: index of the correct token.
    pub target: usize,
    /// `lr`: learning rate, in [`LR_RANGE`].
    pub lr: f64,
    /// `seed`: seed of the sampling PRNG, so a link replays the same draws.
    pub seed: u64,
    /// `embed`: one section without site chrome, for an iframe.
    pub embed: bool,
    /// `theme`: colour theme.
    pub theme: ThemeChoice,
    /// `hide`: ids from [`HIDEABLE`] to hide.
    pub hide: Vec<String>,
    /// `vocab=1`: the sampling section uses a synthetic [`VOCAB_SIZE`]-token vocabulary.
    pub vocab: bool,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            section: Section::Overview,
            tokens: default_tokens(),
            logits: default_logits(),
            temperature: 1.0,
            top_k: 0,
            top_p: 1.0,
            p_true: 0.5,
            target: 0,
            lr: 0.5,
            seed: 42,
            embed: false,
            theme: ThemeChoice::Auto,
            hide: Vec::new(),
            vocab: false,
        }
    }
}

/// The lesson's default tokens: cat, dog, bird, fish.
pub fn default_tokens() -> Vec<String> {
    ["cat", "dog", "bird", "fish"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// The lesson's default logits: 2.0, 1.0, 0.5, -1.0.
pub fn default_logits() -> Vec<f64> {
    vec![2.0, 1.0, 0.5, -1.0]
}

/// One thing the parser had to change, said for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The URL key the notice is about (`tokens`, `t`, …).
    pub key: String,
    /// What was wrong and what the lesson uses instead.
    pub message: String,
}

impl Notice {
    fn new(key: &str, message: impl Into<String>) -> Self {
        Notice {
            key: key.to_string(),
            message: message.into(),
        }
    }
}

impl Params {
    /// Reads a query string (with or without the leading `?`). Never panics: every bad value
    /// falls back to its default or is clamped, with a [`Notice`] saying so.
    pub fn from_query(query: &str) -> (Params, Vec<Notice>) {
        let mut p = Params::default();
        let mut notes = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = truncate_chars(query, MAX_QUERY_CHARS);
        let mut raw_tokens: Option<&str> = None;
        let mut raw_logits: Option<&str> = None;
        let mut raw_target: Option<&str> = None;
        let mut raw_top_k: Option<&str> = None;
        for pair in query.split('&').filter(|s| !s.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(key);
            match key.as_str() {
                "v" if percent_decode(value).trim() != FORMAT_VERSION.to_string() => {
                    notes.push(Notice::new(
                        "v",
                        "This link was made by another version of the lesson; it was read as version 1.",
                    ));
                }
                "s" => {
                    let id = percent_decode(value);
                    match Section::from_id(id.trim()) {
                        Some(s) => p.section = s,
                        None => notes.push(Notice::new(
                            "s",
                            format!("There is no section called \u{201c}{}\u{201d}; showing the big picture.", shorten(&id)),
                        )),
                    }
                }
                "tokens" => raw_tokens = Some(value),
                "logits" => raw_logits = Some(value),
                "target" => raw_target = Some(value),
                "top_k" => raw_top_k = Some(value),
                "t" => {
                    p.temperature = number(
                        &mut notes,
                        "t",
                        "Temperature",
                        value,
                        TEMPERATURE_RANGE,
                        1.0,
                    )
                }
                "top_p" => p.top_p = number(&mut notes, "top_p", "Top-p", value, (0.0, 1.0), 1.0),
                "p_true" => {
                    p.p_true = number(
                        &mut notes,
                        "p_true",
                        "The probability of the correct token",
                        value,
                        P_TRUE_RANGE,
                        0.5,
                    )
                }
                "lr" => p.lr = number(&mut notes, "lr", "The learning rate", value, LR_RANGE, 0.5),
                "seed" => match percent_decode(value).trim().parse::<u64>() {
                    Ok(s) => p.seed = s,
                    Err(_) => notes.push(Notice::new(
                        "seed",
                        format!(
                            "The seed must be a whole number from 0 to {}; using 42.",
                            u64::MAX
                        ),
                    )),
                },
                "embed" => match percent_decode(value).trim() {
                    "1" | "true" | "" => p.embed = true,
                    "0" | "false" => p.embed = false,
                    other => notes.push(Notice::new(
                        "embed",
                        format!(
                            "embed takes 1 or 0, not \u{201c}{}\u{201d}.",
                            shorten(other)
                        ),
                    )),
                },
                "vocab" => match percent_decode(value).trim() {
                    "1" | "true" | "" => p.vocab = true,
                    "0" | "false" => p.vocab = false,
                    other => notes.push(Notice::new(
                        "vocab",
                        format!(
                            "vocab takes 1 or 0, not \u{201c}{}\u{201d}.",
                            shorten(other)
                        ),
                    )),
                },
                "theme" => {
                    let id = percent_decode(value);
                    match ThemeChoice::from_id(id.trim()) {
                        Some(t) => p.theme = t,
                        None => notes.push(Notice::new(
                            "theme",
                            format!("There is no theme called \u{201c}{}\u{201d}; use light, dark or contrast.", shorten(&id)),
                        )),
                    }
                }
                "hide" => {
                    for item in value.split(',').take(HIDEABLE.len() * 4) {
                        let id = percent_decode(item);
                        let id = id.trim();
                        if id.is_empty() {
                            continue;
                        }
                        if HIDEABLE.contains(&id) {
                            if !p.hide.iter().any(|h| h == id) {
                                p.hide.push(id.to_string());
                            }
                        } else {
                            notes.push(Notice::new(
                                "hide",
                                format!(
                                    "There is no control called \u{201c}{}\u{201d} to hide.",
                                    shorten(id)
                                ),
                            ));
                        }
                    }
                }
                _ => {} // Unknown keys (utm_*, LMS additions) are harmless: ignore them quietly.
            }
        }
        read_tokens_and_logits(&mut p, &mut notes, raw_tokens, raw_logits);
        let n = p.top_k_max();
        if let Some(raw) = raw_top_k {
            let text = percent_decode(raw);
            match parse_decimal(&text) {
                Some(k) if k.is_finite() && k >= 0.0 && k.fract() == 0.0 => {
                    if k as usize > n {
                        notes.push(Notice::new(
                            "top_k",
                            format!(
                                "Top-k was {text}, above the largest offered ({n}); it is now off."
                            ),
                        ));
                    } else {
                        p.top_k = k as usize;
                    }
                }
                _ => notes.push(Notice::new(
                    "top_k",
                    format!("Top-k must be a whole number from 0 (off) to {n}; it is off."),
                )),
            }
        }
        if let Some(raw) = raw_target {
            let text = percent_decode(raw);
            match text.trim().parse::<usize>() {
                Ok(t) if t < n => p.target = t,
                _ => notes.push(Notice::new(
                    "target",
                    format!(
                        "The correct token must be a number from 0 to {}; using the first.",
                        n - 1
                    ),
                )),
            }
        }
        (p, notes)
    }

    /// Writes the query string (without `?`) holding every value that differs from the default,
    /// starting with `v=1`; the default settings give an empty string.
    pub fn to_query(&self) -> String {
        let d = Params::default();
        let mut q = String::new();
        let mut put = |key: &str, value: &str| {
            let _ = write!(q, "&{key}={value}");
        };
        if self.section != d.section {
            put("s", self.section.id());
        }
        if self.tokens != d.tokens {
            let list: Vec<String> = self.tokens.iter().map(|t| percent_encode(t)).collect();
            put("tokens", &list.join(","));
        }
        if self.logits != d.logits {
            let list: Vec<String> = self.logits.iter().map(|x| format_number(*x)).collect();
            put("logits", &list.join(","));
        }
        if self.temperature != d.temperature {
            put("t", &format_number(self.temperature));
        }
        if self.top_k != d.top_k {
            put("top_k", &self.top_k.to_string());
        }
        if self.top_p != d.top_p {
            put("top_p", &format_number(self.top_p));
        }
        if self.p_true != d.p_true {
            put("p_true", &format_number(self.p_true));
        }
        if self.target != d.target {
            put("target", &self.target.to_string());
        }
        if self.lr != d.lr {
            put("lr", &format_number(self.lr));
        }
        if self.seed != d.seed {
            put("seed", &self.seed.to_string());
        }
        if self.vocab {
            put("vocab", "1");
        }
        if self.embed {
            put("embed", "1");
        }
        if self.theme != d.theme {
            put("theme", self.theme.id());
        }
        if !self.hide.is_empty() {
            put("hide", &self.hide.join(","));
        }
        if q.is_empty() {
            q
        } else {
            format!("v={FORMAT_VERSION}{q}")
        }
    }

    /// The largest top-k the sampling section offers: the token count, or [`VOCAB_TOP_K_MAX`] in
    /// the real-vocabulary mode.
    pub fn top_k_max(&self) -> usize {
        if self.vocab {
            VOCAB_TOP_K_MAX
        } else {
            self.tokens.len()
        }
    }

    /// Whether the instructor asked to hide the control `id` (one of [`HIDEABLE`]).
    pub fn hides(&self, id: &str) -> bool {
        self.hide.iter().any(|h| h == id)
    }
}

/// Reads `tokens` and `logits` together, since each one's length constrains the other.
fn read_tokens_and_logits(
    p: &mut Params,
    notes: &mut Vec<Notice>,
    tokens: Option<&str>,
    logits: Option<&str>,
) {
    let mut names: Option<Vec<String>> = None;
    if let Some(raw) = tokens {
        let mut list = Vec::new();
        let mut count = 0usize;
        let mut markup = false;
        let mut cut = false;
        for (i, item) in raw.split(',').enumerate() {
            count += 1;
            if list.len() == MAX_TOKENS {
                continue; // keep counting for the notice, but stop decoding
            }
            let (name, was_cut) = clean_token_name(&percent_decode(item));
            cut |= was_cut;
            markup |= name.contains('<') || name.contains('>');
            list.push(if name.is_empty() {
                format!("token {}", i + 1)
            } else {
                name
            });
        }
        if count > MAX_TOKENS {
            notes.push(Notice::new(
                "tokens",
                format!("The link lists {count} tokens; the lesson keeps the first {MAX_TOKENS}."),
            ));
        }
        if cut {
            notes.push(Notice::new(
                "tokens",
                format!("Token names are at most {MAX_TOKEN_CHARS} characters; longer ones were shortened."),
            ));
        }
        if markup {
            notes.push(Notice::new(
                "tokens",
                "Token names are shown as plain text, never as HTML.",
            ));
        }
        if list.len() < MIN_TOKENS {
            notes.push(Notice::new(
                "tokens",
                format!("The lesson needs at least {MIN_TOKENS} tokens; using the default tokens."),
            ));
        } else {
            names = Some(list);
        }
    }
    let mut values: Option<Vec<f64>> = None;
    if let Some(raw) = logits {
        let mut list = Vec::new();
        let mut bad = 0usize;
        let mut clamped = 0usize;
        let mut count = 0usize;
        for item in raw.split(',') {
            count += 1;
            if list.len() == MAX_TOKENS {
                continue;
            }
            match parse_decimal(&percent_decode(item)) {
                Some(x) if x.is_finite() => {
                    let c = x.clamp(LOGIT_RANGE.0, LOGIT_RANGE.1);
                    if c != x {
                        clamped += 1;
                    }
                    list.push(c);
                }
                _ => {
                    bad += 1;
                    list.push(0.0);
                }
            }
        }
        if bad > 0 {
            notes.push(Notice::new(
                "logits",
                match bad {
                    1 => "1 logit in the link was not a number; it was set to 0.".to_string(),
                    n => format!("{n} logits in the link were not numbers; they were set to 0."),
                },
            ));
        }
        if clamped > 0 {
            notes.push(Notice::new(
                "logits",
                format!(
                    "Logits go from {} to {}; {} clamped.",
                    LOGIT_RANGE.0,
                    LOGIT_RANGE.1,
                    if clamped == 1 {
                        "1 value was".to_string()
                    } else {
                        format!("{clamped} values were")
                    }
                ),
            ));
        }
        if count > MAX_TOKENS {
            notes.push(Notice::new(
                "logits",
                format!("The link lists {count} logits; the lesson keeps the first {MAX_TOKENS}."),
            ));
        }
        if list.len() < MIN_TOKENS && names.is_none() {
            notes.push(Notice::new(
                "logits",
                format!("The lesson needs at least {MIN_TOKENS} logits; using the default logits."),
            ));
        } else {
            values = Some(list);
        }
    }
    match (names, values) {
        (None, None) => {}
        (Some(n), None) => {
            let d = default_logits();
            p.logits = (0..n.len())
                .map(|i| d.get(i).copied().unwrap_or(0.0))
                .collect();
            p.tokens = n;
        }
        (None, Some(v)) => {
            let d = default_tokens();
            p.tokens = (0..v.len())
                .map(|i| {
                    d.get(i)
                        .cloned()
                        .unwrap_or_else(|| format!("token {}", i + 1))
                })
                .collect();
            p.logits = v;
        }
        (Some(n), Some(mut v)) => {
            if n.len() != v.len() {
                notes.push(Notice::new(
                    "logits",
                    format!(
                        "The link has {} tokens but {} logits; missing logits are 0 and extra ones are dropped.",
                        n.len(),
                        v.len()
                    ),
                ));
                v.resize(n.len(), 0.0);
            }
            p.tokens = n;
            p.logits = v;
        }
    }
}

/// Parses a number for `key`; not a finite number -> `default`, outside `range` -> clamped.
fn number(
    notes: &mut Vec<Notice>,
    key: &str,
    name: &str,
    raw: &str,
    range: (f64, f64),
    default: f64,
) -> f64 {
    let text = percent_decode(raw);
    match parse_decimal(&text) {
        Some(x) if x.is_finite() => {
            let c = x.clamp(range.0, range.1);
            if c != x {
                notes.push(Notice::new(
                    key,
                    format!(
                        "{name} goes from {} to {}; {} was changed to {}.",
                        format_number(range.0),
                        format_number(range.1),
                        shorten(text.trim()),
                        format_number(c)
                    ),
                ));
            }
            c
        }
        _ => {
            notes.push(Notice::new(
                key,
                format!(
                    "{name} must be a number, not \u{201c}{}\u{201d}; using {}.",
                    shorten(text.trim()),
                    format_number(default)
                ),
            ));
            default
        }
    }
}

/// Trims a token name, drops control characters and keeps at most [`MAX_TOKEN_CHARS`] characters.
/// Returns the clean name and whether it had to be shortened.
pub fn clean_token_name(raw: &str) -> (String, bool) {
    let cleaned: String = raw.chars().filter(|c| !c.is_control()).collect();
    let trimmed = cleaned.trim();
    let count = trimmed.chars().count();
    if count > MAX_TOKEN_CHARS {
        (
            trimmed
                .chars()
                .take(MAX_TOKEN_CHARS)
                .collect::<String>()
                .trim_end()
                .to_string(),
            true,
        )
    } else {
        (trimmed.to_string(), false)
    }
}

/// Shortest decimal text that reads back as the same `f64` (`2`, `0.5`, `-1`).
pub fn format_number(x: f64) -> String {
    let s = format!("{x}");
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters (so `,` `&` `<` are escaped).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space, like HTML forms); invalid escapes are kept as they
/// are and invalid UTF-8 becomes U+FFFD, so this never fails.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// A user-provided value cut to a length that fits in a notice.
fn shorten(text: &str) -> String {
    let cut = truncate_chars(text, 24);
    if cut.len() < text.len() {
        format!("{cut}\u{2026}")
    } else {
        cut.to_string()
    }
}
