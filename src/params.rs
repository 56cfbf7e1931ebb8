//! Every setting of the lesson as a plain struct, and its URL query form.
//!
//! Pure: no browser types. [`Params::from_query`] never panics and never trusts its input: each
//! bad value is clamped or replaced by its default, and a [`Notice`] says what happened, in words a
//! student can read. [`Params::to_query`] writes only what differs from [`Params::default`], so a
//! link stays short, and `from_query(to_query(p)) == p` for every valid `p`.

use crate::format::localise;
use crate::math::{MaskMode, Precision, MAX_KEY_DIM, MAX_TRAIN_SENTENCES};
use crate::number::parse_decimal;
use crate::text::{self, keys::notices, keys::shell, Msg};
use crate::tr;
use std::fmt::Write as _;

/// The version of the query format written by [`Params::to_query`] (`v=1`).
pub const FORMAT_VERSION: u32 = 1;
/// The fewest tokens the softmax playground allows.
pub const MIN_TOKENS: usize = 2;
/// The most tokens the softmax playground allows.
pub const MAX_TOKENS: usize = 20;
/// The lowest and highest logit a slider or a link can set.
pub const LOGIT_RANGE: (f64, f64) = (-10.0, 10.0);
/// Label smoothing e: PyTorch allows up to 1; past 0.5 the right token's target is no longer
/// far above the rest, which teaches nothing more.
pub const SMOOTHING_RANGE: (f64, f64) = (0.0, 0.5);
/// Distillation temperatures: Hinton et al. report 1 to 20.
pub const DISTILL_T_RANGE: (f64, f64) = (1.0, 20.0);
/// The temperature range of the sampling section (the lowest behaves as argmax).
pub const TEMPERATURE_RANGE: (f64, f64) = (0.05, 5.0);
/// The range of the "probability of the correct token" slider.
pub const P_TRUE_RANGE: (f64, f64) = (0.001, 1.0);
/// The learning-rate range of the training-step controls.
pub const LR_RANGE: (f64, f64) = (0.01, 5.0);
/// The step range of the gradients section's finite-difference check.
pub const EPS_RANGE: (f64, f64) = (1e-12, 1.0);
/// The range of the stability section's offset c, added to every logit.
pub const OFFSET_RANGE: (f64, f64) = (0.0, 1000.0);
/// The `float` values, in the order of [`Precision`]'s variants: `f32`, `f64`.
pub const FLOAT_IDS: [&str; 2] = ["f32", "f64"];
/// The training section's training-set sizes, in sentences.
pub const TRAIN_RANGE: (u64, u64) = (1, MAX_TRAIN_SENTENCES as u64);
/// The training section's speed, in gradient steps per second.
pub const SPEED_RANGE: (f64, f64) = (1.0, 500.0);
/// The range of the attention section's key dimension d_k.
pub const DK_RANGE: (u64, u64) = (1, MAX_KEY_DIM as u64);
/// Range of the attention section's query scale (every query vector times this).
pub const QUERY_RANGE: (f64, f64) = (0.0, 2.0);
/// The `mask` values: future scores set to `-inf` (the right way), to 0 (it leaks), or no mask.
pub const MASK_IDS: [&str; 3] = ["inf", "zero", "none"];
/// The longest token name kept, in characters.
pub const MAX_TOKEN_CHARS: usize = 24;
/// The longest query read; the rest of a longer one is ignored (a link is never this long).
pub const MAX_QUERY_CHARS: usize = 4096;
/// Tokens in the sampling section's "real vocabulary" mode (a Llama-3-sized vocabulary).
pub const VOCAB_SIZE: usize = 128_000;
/// Largest top-k offered in the real-vocabulary mode (APIs commonly default to 40 or 50).
pub const VOCAB_TOP_K_MAX: usize = 100;

pub use crate::section::Section;

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
    /// Every theme, in the order of [`ThemeChoice::IDS`].
    pub const ALL: [ThemeChoice; 4] = [Self::Auto, Self::Light, Self::Dark, Self::Contrast];
    /// The URL values (`auto` is the default and never written).
    pub const IDS: [&'static str; 4] = ["auto", "light", "dark", "contrast"];

    /// The URL value.
    pub fn id(self) -> &'static str {
        Self::IDS[self as usize]
    }

    /// The theme named `id`, if any.
    pub fn from_id(id: &str) -> Option<ThemeChoice> {
        let i = Self::IDS.iter().position(|x| *x == id)?;
        Some(Self::ALL[i])
    }
}

/// The controls an instructor can hide with `hide=` (a comma-separated list of ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Control {
    /// The section navigation.
    Nav,
    /// The predictions and challenges (Predict first), and the progress they count.
    Predict,
    /// The token editor (names, add and remove).
    Editor,
    /// Preset and example buttons.
    Presets,
    /// The shift-every-logit buttons.
    Shift,
    /// The step-by-step arithmetic.
    Arithmetic,
}

impl Control {
    /// Every hideable control, in the order the share dialog lists them.
    pub const ALL: [Control; 6] = [
        Control::Nav,
        Control::Predict,
        Control::Editor,
        Control::Presets,
        Control::Shift,
        Control::Arithmetic,
    ];
    /// The URL ids, in the order of [`Control::ALL`].
    pub const IDS: [&'static str; 6] =
        ["nav", "predict", "editor", "presets", "shift", "arithmetic"];

    /// The URL id (`hide=nav`).
    pub fn id(self) -> &'static str {
        Self::IDS[self as usize]
    }

    /// The control whose id is `id`, if any.
    pub fn from_id(id: &str) -> Option<Control> {
        let i = Self::IDS.iter().position(|x| *x == id)?;
        Some(Self::ALL[i])
    }
}

/// Every setting the lesson has; one field per URL key. The defaults, ranges and URL names of
/// the plain keys are in [`KEYS`].
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// `s`: the section shown.
    pub section: Section,
    /// `tokens`: the token names (2 to 20, plain text).
    pub tokens: Vec<String>,
    /// `logits`: one score per token, in [`LOGIT_RANGE`].
    pub logits: Vec<f64>,
    /// `t`: sampling temperature, in [`TEMPERATURE_RANGE`].
    pub temperature: f64,
    /// `top_k`: keep the k highest logits (0 = off).
    pub top_k: usize,
    /// `top_p`: nucleus mass in [0, 1] (1 keeps all).
    pub top_p: f64,
    /// `min_p`: keep tokens with at least this share of the top token's probability, in [0, 1]
    /// (0 keeps all).
    pub min_p: f64,
    /// `p_true`: probability the model gives the correct token, in [`P_TRUE_RANGE`].
    pub p_true: f64,
    /// `target`: index of the correct token.
    pub target: usize,
    /// `smoothing`: label smoothing e of the cross-entropy section's soft target, in
    /// [`SMOOTHING_RANGE`] (0 = one-hot).
    pub smoothing: f64,
    /// `distill_t`: the temperature that softens a distillation teacher's targets, in
    /// [`DISTILL_T_RANGE`].
    pub distill_t: f64,
    /// `lr`: learning rate, in [`LR_RANGE`].
    pub lr: f64,
    /// `eps`: step of the finite-difference check, in [`EPS_RANGE`].
    pub eps: f64,
    /// `offset`: the constant the stability section adds to every logit, in [`OFFSET_RANGE`].
    pub offset: f64,
    /// `float`: the precision of the stability section's naive softmax.
    pub float: Precision,
    /// `train`: sentences in the training section's training set, in [`TRAIN_RANGE`].
    pub train: u64,
    /// `speed`: training steps per second, in [`SPEED_RANGE`].
    pub speed: f64,
    /// `dk`: the attention section's key dimension d_k, in [`DK_RANGE`].
    pub dk: u64,
    /// `scale`: divide the attention scores by sqrt(d_k).
    pub scale: bool,
    /// `query`: every query vector of the attention section times this, in [`QUERY_RANGE`].
    pub query: f64,
    /// `mask`: how the attention section masks future tokens.
    pub mask: MaskMode,
    /// `t_logits`: the pitfalls section's temperature divides the logits (before softmax), not
    /// the probabilities.
    pub t_logits: bool,
    /// `seed`: seed of the sampling PRNG, so a link replays the same draws.
    pub seed: u64,
    /// `embed`: one section without site chrome, for an iframe.
    pub embed: bool,
    /// `pager`: keep the Previous and Next links in an embed.
    pub pager: bool,
    /// `theme`: colour theme.
    pub theme: ThemeChoice,
    /// `hide`: controls to hide, in the order the link gives them.
    pub hide: Vec<Control>,
    /// `vocab=1`: the sampling section uses a synthetic [`VOCAB_SIZE`]-token vocabulary.
    pub vocab: bool,
    /// `lang`: the language chosen in the link, if one the lesson has (else the browser's
    /// preferred languages decide; see `crate::text::languages`).
    pub lang: Option<&'static str>,
}

impl Default for Params {
    fn default() -> Self {
        // The plain keys' defaults live in KEYS: placeholders here, then each key's own default.
        let mut p = Params {
            section: Section::Overview,
            tokens: default_tokens(),
            logits: default_logits(),
            temperature: 0.0,
            top_k: 0,
            top_p: 0.0,
            min_p: 0.0,
            p_true: 0.0,
            target: 0,
            smoothing: 0.0,
            distill_t: 0.0,
            lr: 0.0,
            eps: 0.0,
            offset: 0.0,
            float: Precision::F64,
            train: 0,
            speed: 0.0,
            dk: 0,
            scale: false,
            query: 0.0,
            mask: MaskMode::None,
            t_logits: false,
            seed: 0,
            embed: false,
            pager: false,
            theme: ThemeChoice::Auto,
            hide: Vec::new(),
            vocab: false,
            lang: None,
        };
        for key in KEYS {
            key.kind.reset(&mut p);
        }
        p
    }
}

/// One URL key: its name, what it means (the sentence the README's key table uses) and how it
/// is read and written. `from_query`, `to_query` and `Params::default` all loop over [`KEYS`].
pub struct Key {
    /// The name in the query (`t`).
    pub name: &'static str,
    /// What it means, for the README's table of keys (a test compares them; the page never shows it,
    /// so the browser build leaves it out).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
    /// Its type, range, default and field.
    pub kind: Kind,
}

/// How a key's value is read, checked and written.
pub enum Kind {
    /// A decimal number, clamped into `range` (a notice says so); not a number gives `default`.
    Number {
        /// How a notice names it ("Temperature").
        label: Msg<0>,
        /// Lowest and highest value.
        range: (f64, f64),
        /// The value when the key is absent.
        default: f64,
        /// Reads the field.
        get: fn(&Params) -> f64,
        /// Writes the field.
        set: fn(&mut Params, f64),
    },
    /// A whole number in `range`; anything else gives `default` with a notice.
    Whole {
        /// How a notice names it ("The seed").
        label: Msg<0>,
        /// Lowest and highest value.
        range: (u64, u64),
        /// The value when the key is absent.
        default: u64,
        /// Reads the field.
        get: fn(&Params) -> u64,
        /// Writes the field.
        set: fn(&mut Params, u64),
    },
    /// `1`/`true`/empty or `0`/`false`.
    Flag {
        /// The value when the key is absent.
        default: bool,
        /// Reads the field.
        get: fn(&Params) -> bool,
        /// Writes the field.
        set: fn(&mut Params, bool),
    },
    /// One of `ids`; anything else keeps `default`, and the notice ends with `otherwise`.
    Choice {
        /// The notice for a value that is not one of `ids` ("There is no section called …").
        unknown: Msg<1>,
        /// The allowed values.
        ids: &'static [&'static str],
        /// The value when the key is absent (one of `ids`).
        default: &'static str,
        /// Reads the field as its id.
        get: fn(&Params) -> &'static str,
        /// Writes the field from one of `ids`.
        set: fn(&mut Params, &str),
    },
    /// Read and written by hand, because it depends on other keys (`tokens`, `logits`,
    /// `target`, `top_k`), is a list (`hide`) or is the format version (`v`).
    Custom,
}

impl Kind {
    /// Puts the key's default into `p` (custom keys keep theirs).
    fn reset(&self, p: &mut Params) {
        match self {
            Kind::Number { default, set, .. } => set(p, *default),
            Kind::Whole { default, set, .. } => set(p, *default),
            Kind::Flag { default, set, .. } => set(p, *default),
            Kind::Choice { default, set, .. } => set(p, default),
            Kind::Custom => {}
        }
    }

    /// The value of `p` as written in a link, or `None` when it is the default.
    fn write(&self, p: &Params) -> Option<String> {
        match self {
            Kind::Number { default, get, .. } => (get(p) != *default).then(|| link_number(get(p))),
            Kind::Whole { default, get, .. } => (get(p) != *default).then(|| get(p).to_string()),
            Kind::Flag { default, get, .. } => {
                (get(p) != *default).then(|| if get(p) { "1" } else { "0" }.to_string())
            }
            Kind::Choice { default, get, .. } => (get(p) != *default).then(|| get(p).to_string()),
            Kind::Custom => None,
        }
    }

    /// Reads `text` (already percent-decoded) into `p`, or notes what was wrong with it.
    fn read(&self, name: &str, text: &str, p: &mut Params, notes: &mut Vec<Notice>) {
        let t = text.trim();
        match self {
            Kind::Number {
                label,
                range,
                default,
                set,
                ..
            } => {
                let x = number(notes, name, &text::t(*label), text, *range, *default);
                set(p, x);
            }
            Kind::Whole {
                label,
                range,
                default,
                set,
                ..
            } => match t.parse::<u64>() {
                Ok(x) => {
                    let c = x.clamp(range.0, range.1);
                    if c != x {
                        notes.push(Notice::new(
                            name,
                            tr!(
                                notices::PARAM_CHANGED,
                                text::t(*label),
                                range.0.to_string(),
                                range.1.to_string(),
                                x.to_string(),
                                c.to_string()
                            ),
                        ));
                    }
                    set(p, c);
                }
                Err(_) => notes.push(Notice::new(
                    name,
                    tr!(
                        notices::PARAM_NOT_WHOLE,
                        text::t(*label),
                        range.0.to_string(),
                        range.1.to_string(),
                        default.to_string()
                    ),
                )),
            },
            Kind::Flag { set, .. } => match t {
                "1" | "true" | "" => set(p, true),
                "0" | "false" => set(p, false),
                other => notes.push(Notice::new(
                    name,
                    tr!(notices::PARAM_NOT_FLAG, name, shorten(other)),
                )),
            },
            Kind::Choice {
                unknown, ids, set, ..
            } => {
                if ids.contains(&t) {
                    set(p, t);
                } else {
                    notes.push(Notice::new(name, tr!(*unknown, shorten(t))));
                }
            }
            Kind::Custom => {}
        }
    }
}

/// Every URL key, in the order a link writes them. A new plain key is one entry here plus the
/// field it sets.
pub static KEYS: &[Key] = &[
    Key {
        name: "v",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "link format version",
        kind: Kind::Custom,
    },
    Key {
        name: "s",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the section shown, by its id (the list below)",
        kind: Kind::Choice {
            unknown: notices::PARAM_UNKNOWN_SECTION,
            ids: &Section::IDS,
            default: "overview",
            get: |p| p.section.id(),
            set: |p, id| p.section = Section::from_id(id).unwrap_or(Section::Overview),
        },
    },
    Key {
        name: "lang",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the language: en, es, zh or ar (without it, the first of the browser's preferred languages the lesson has, else en)",
        kind: Kind::Custom,
    },
    Key {
        name: "tokens",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "comma-separated token names, percent-encoded (2 to 20, at most 24 characters each)",
        kind: Kind::Custom,
    },
    Key {
        name: "logits",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "comma-separated logits, one per token, each from \u{2212}10 to 10",
        kind: Kind::Custom,
    },
    Key {
        name: "t",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "sampling temperature, from 0.05 (practically greedy) to 5",
        kind: Kind::Number {
            label: notices::PARAM_TEMPERATURE,
            range: TEMPERATURE_RANGE,
            default: 1.0,
            get: |p| p.temperature,
            set: |p, x| p.temperature = x,
        },
    },
    Key {
        name: "top_k",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "keep the k most likely tokens, ties included (0 = off; up to the token count, or 100 with `vocab`)",
        kind: Kind::Custom,
    },
    Key {
        name: "top_p",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "keep the smallest set of most likely tokens whose probability reaches p (0 to 1; 1 keeps all)",
        kind: Kind::Number {
            label: notices::PARAM_TOP_P,
            range: (0.0, 1.0),
            default: 1.0,
            get: |p| p.top_p,
            set: |p, x| p.top_p = x,
        },
    },
    Key {
        name: "min_p",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "keep the tokens whose probability is at least min_p times the top token's, after top-p (0 to 1; 0 keeps all)",
        kind: Kind::Number {
            label: notices::PARAM_MIN_P,
            range: (0.0, 1.0),
            default: 0.0,
            get: |p| p.min_p,
            set: |p, x| p.min_p = x,
        },
    },
    Key {
        name: "p_true",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the probability the model gives the correct word in the cross-entropy section (0.001 to 1)",
        kind: Kind::Number {
            label: notices::PARAM_PROBABILITY_OF_CORRECT_TOKEN,
            range: P_TRUE_RANGE,
            default: 0.5,
            get: |p| p.p_true,
            set: |p, x| p.p_true = x,
        },
    },
    Key {
        name: "target",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the index of the correct token, from 0",
        kind: Kind::Custom,
    },
    Key {
        name: "smoothing",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "label smoothing e of the cross-entropy section's soft target (0 to 0.5; 0 = one-hot)",
        kind: Kind::Number {
            label: notices::PARAM_LABEL_SMOOTHING,
            range: SMOOTHING_RANGE,
            default: 0.0,
            get: |p| p.smoothing,
            set: |p, x| p.smoothing = x,
        },
    },
    Key {
        name: "distill_t",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the temperature that softens a distillation teacher's targets (1 to 20)",
        kind: Kind::Number {
            label: notices::PARAM_DISTILLATION_TEMPERATURE,
            range: DISTILL_T_RANGE,
            default: 1.0,
            get: |p| p.distill_t,
            set: |p, x| p.distill_t = x,
        },
    },
    Key {
        name: "lr",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the learning rate of a gradient step (0.01 to 5)",
        kind: Kind::Number {
            label: notices::PARAM_LEARNING_RATE,
            range: LR_RANGE,
            default: 0.5,
            get: |p| p.lr,
            set: |p, x| p.lr = x,
        },
    },
    Key {
        name: "eps",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the step e of the finite-difference check in the gradients section (1e-12 to 1)",
        kind: Kind::Number {
            label: notices::PARAM_FINITE_DIFFERENCE_STEP,
            range: EPS_RANGE,
            default: 1e-5,
            get: |p| p.eps,
            set: |p, x| p.eps = x,
        },
    },
    Key {
        name: "offset",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the constant c the numerical-stability section adds to every logit (0 to 1,000)",
        kind: Kind::Number {
            label: notices::PARAM_OFFSET,
            range: OFFSET_RANGE,
            default: 0.0,
            get: |p| p.offset,
            set: |p, x| p.offset = x,
        },
    },
    Key {
        name: "float",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the precision of the naive softmax in the numerical-stability section: `f64` or `f32`",
        kind: Kind::Choice {
            unknown: notices::PARAM_UNKNOWN_PRECISION,
            ids: &FLOAT_IDS,
            default: "f64",
            get: |p| FLOAT_IDS[p.float as usize],
            set: |p, id| {
                p.float = if id == "f32" {
                    Precision::F32
                } else {
                    Precision::F64
                }
            },
        },
    },
    Key {
        name: "train",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "how many of the corpus's sentences the training section trains on (1 to 30; the other 10 are for validation)",
        kind: Kind::Whole {
            label: notices::PARAM_TRAINING_SET_SIZE,
            range: TRAIN_RANGE,
            default: 10,
            get: |p| p.train,
            set: |p, x| p.train = x,
        },
    },
    Key {
        name: "speed",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "training steps per second in the training section (1 to 500)",
        kind: Kind::Number {
            label: notices::PARAM_TRAINING_SPEED,
            range: SPEED_RANGE,
            default: 100.0,
            get: |p| p.speed,
            set: |p, x| p.speed = x,
        },
    },
    Key {
        name: "dk",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "the dimension d_k of the attention section's query and key vectors (1 to 1,024)",
        kind: Kind::Whole {
            label: notices::PARAM_KEY_DIMENSION_DK,
            range: DK_RANGE,
            default: 64,
            get: |p| p.dk,
            set: |p, x| p.dk = x,
        },
    },
    Key {
        name: "scale",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "`0` stops the attention section dividing the scores by \u{221a}d_k",
        kind: Kind::Flag {
            default: true,
            get: |p| p.scale,
            set: |p, x| p.scale = x,
        },
    },
    Key {
        name: "query",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "every query vector of the attention section times this, from 0 (every score 0) to 2",
        kind: Kind::Number {
            label: notices::PARAM_QUERY_SCALE,
            range: QUERY_RANGE,
            default: 1.0,
            get: |p| p.query,
            set: |p, x| p.query = x,
        },
    },
    Key {
        name: "mask",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "how the attention section hides future tokens: `inf` (scores set to \u{2212}\u{221e}), `zero` (set to 0, which leaks) or `none`",
        kind: Kind::Choice {
            unknown: notices::PARAM_UNKNOWN_MASK,
            ids: &MASK_IDS,
            default: "inf",
            get: |p| match p.mask {
                MaskMode::NegInf => MASK_IDS[0],
                MaskMode::Zero => MASK_IDS[1],
                MaskMode::None => MASK_IDS[2],
            },
            set: |p, id| {
                p.mask = match id {
                    "zero" => MaskMode::Zero,
                    "none" => MaskMode::None,
                    _ => MaskMode::NegInf,
                }
            },
        },
    },
    Key {
        name: "t_logits",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "`1` moves the pitfalls section's temperature before softmax: it divides the logits, not the probabilities",
        kind: Kind::Flag {
            default: false,
            get: |p| p.t_logits,
            set: |p, x| p.t_logits = x,
        },
    },
    Key {
        name: "seed",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "seed of the random generator, so a link replays the same draws, the same 128,000-token vocabulary, the same attention scores and the same quiz questions",
        kind: Kind::Whole {
            label: notices::PARAM_SEED,
            range: (0, u64::MAX),
            default: 42,
            get: |p| p.seed,
            set: |p, x| p.seed = x,
        },
    },
    Key {
        name: "vocab",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "`1` switches the sampling section to the 128,000-token vocabulary (top-k then goes up to 100)",
        kind: Kind::Flag {
            default: false,
            get: |p| p.vocab,
            set: |p, x| p.vocab = x,
        },
    },
    Key {
        name: "embed",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "`1` shows one section without the site's header and navigation, for an iframe",
        kind: Kind::Flag {
            default: false,
            get: |p| p.embed,
            set: |p, x| p.embed = x,
        },
    },
    Key {
        name: "pager",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "`1` keeps the Previous and Next links at the end of an embedded section",
        kind: Kind::Flag {
            default: false,
            get: |p| p.pager,
            set: |p, x| p.pager = x,
        },
    },
    Key {
        name: "theme",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "`light`, `dark` or `contrast` (for projectors); otherwise the reader's system decides",
        kind: Kind::Choice {
            unknown: notices::PARAM_UNKNOWN_THEME,
            ids: &ThemeChoice::IDS,
            default: "auto",
            get: |p| p.theme.id(),
            set: |p, id| p.theme = ThemeChoice::from_id(id).unwrap_or_default(),
        },
    },
    Key {
        name: "hide",
        #[cfg(not(target_arch = "wasm32"))]
        doc: "comma-separated controls to hide: `nav`, `predict` (the predictions and challenges), `editor`, `presets`, `shift`, `arithmetic`",
        kind: Kind::Custom,
    },
];

/// The key named `name`, if there is one.
pub fn key(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name)
}

/// The lesson's default tokens: cat, dog, bird, fish.
pub fn default_tokens() -> Vec<String> {
    text::t(shell::DEFAULT_TOKENS)
        .split(',')
        .map(|s| s.trim().to_string())
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
        // Custom keys are read after the loop, in dependency order, from their raw values.
        let mut custom: Vec<(&str, &str)> = Vec::new();
        for pair in query.split('&').filter(|s| !s.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_decode(name);
            // Unknown keys (utm_*, LMS additions) are harmless: ignore them quietly.
            let Some(key) = key(&name) else { continue };
            match key.kind {
                Kind::Custom => custom.push((key.name, value)),
                ref kind => kind.read(key.name, &percent_decode(value), &mut p, &mut notes),
            }
        }
        let raw = |name: &str| {
            custom
                .iter()
                .rev()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| *v)
        };
        if let Some(v) = raw("v") {
            if percent_decode(v).trim() != FORMAT_VERSION.to_string() {
                notes.push(Notice::new("v", text::t(notices::PARAM_OLD_VERSION)));
            }
        }
        read_tokens_and_logits(&mut p, &mut notes, raw("tokens"), raw("logits"));
        if let Some(v) = raw("top_k") {
            read_top_k(&mut p, &mut notes, v);
        }
        if let Some(v) = raw("target") {
            read_target(&mut p, &mut notes, v);
        }
        if let Some(v) = raw("hide") {
            read_hide(&mut p, &mut notes, v);
        }
        if let Some(v) = raw("lang") {
            let code = percent_decode(v);
            match crate::text::languages::find(code.trim()) {
                Some(l) => p.lang = Some(l.code),
                None => notes.push(Notice::new(
                    "lang",
                    tr!(notices::PARAM_UNKNOWN_LANGUAGE, shorten(code.trim())),
                )),
            }
        }
        (p, notes)
    }

    /// Writes the query string (without `?`) holding every value that differs from the default,
    /// in the order of [`KEYS`], starting with `v=1`; the default settings give an empty string.
    pub fn to_query(&self) -> String {
        let d = Params::default();
        let mut q = String::new();
        for key in KEYS {
            let value = match key.name {
                "tokens" if self.tokens != d.tokens => Some(
                    self.tokens
                        .iter()
                        .map(|t| percent_encode(t))
                        .collect::<Vec<_>>()
                        .join(","),
                ),
                "logits" if self.logits != d.logits => Some(
                    self.logits
                        .iter()
                        .map(|x| link_number(*x))
                        .collect::<Vec<_>>()
                        .join(","),
                ),
                "top_k" if self.top_k != d.top_k => Some(self.top_k.to_string()),
                "target" if self.target != d.target => Some(self.target.to_string()),
                "lang" => self.lang.map(str::to_string),
                "hide" if !self.hide.is_empty() => Some(
                    self.hide
                        .iter()
                        .map(|c| c.id())
                        .collect::<Vec<_>>()
                        .join(","),
                ),
                _ => key.kind.write(self),
            };
            if let Some(value) = value {
                let _ = write!(q, "&{}={value}", key.name);
            }
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

    /// Whether the instructor asked to hide `control`.
    pub fn hides(&self, control: Control) -> bool {
        self.hide.contains(&control)
    }
}

/// Reads `top_k` (after the tokens, which bound it).
fn read_top_k(p: &mut Params, notes: &mut Vec<Notice>, raw: &str) {
    let n = p.top_k_max();
    let text = percent_decode(raw);
    match parse_decimal(&text) {
        Some(k) if k.is_finite() && k >= 0.0 && k.fract() == 0.0 => {
            if k as usize > n {
                notes.push(Notice::new(
                    "top_k",
                    tr!(notices::PARAM_TOP_K_ABOVE, shorten(&text), n.to_string()),
                ));
            } else {
                p.top_k = k as usize;
            }
        }
        _ => notes.push(Notice::new(
            "top_k",
            tr!(notices::PARAM_TOP_K_BAD, n.to_string()),
        )),
    }
}

/// Reads `target` (after the tokens: it must name one of them).
fn read_target(p: &mut Params, notes: &mut Vec<Notice>, raw: &str) {
    let n = p.tokens.len();
    match percent_decode(raw).trim().parse::<usize>() {
        Ok(t) if t < n => p.target = t,
        _ => notes.push(Notice::new(
            "target",
            tr!(notices::PARAM_TARGET_BAD, (n - 1).to_string()),
        )),
    }
}

/// Reads `hide`: known controls are kept once each, in the order given; unknown ones are named.
fn read_hide(p: &mut Params, notes: &mut Vec<Notice>, raw: &str) {
    for item in raw.split(',').take(Control::ALL.len() * 4) {
        let id = percent_decode(item);
        let id = id.trim();
        if id.is_empty() {
            continue;
        }
        match Control::from_id(id) {
            Some(c) if !p.hide.contains(&c) => p.hide.push(c),
            Some(_) => {}
            None => notes.push(Notice::new(
                "hide",
                tr!(notices::PARAM_HIDE_UNKNOWN, shorten(id)),
            )),
        }
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
                tr!(shell::TOKEN_FALLBACK, (i + 1).to_string())
            } else {
                name
            });
        }
        if count > MAX_TOKENS {
            notes.push(Notice::new(
                "tokens",
                tr!(notices::PARAM_TOO_MANY_TOKENS, count, MAX_TOKENS),
            ));
        }
        if cut {
            notes.push(Notice::new(
                "tokens",
                tr!(notices::PARAM_NAMES_CUT, MAX_TOKEN_CHARS),
            ));
        }
        if markup {
            notes.push(Notice::new("tokens", text::t(notices::PARAM_NAMES_MARKUP)));
        }
        if list.len() < MIN_TOKENS {
            notes.push(Notice::new(
                "tokens",
                tr!(notices::PARAM_TOO_FEW_TOKENS, MIN_TOKENS),
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
                tr!(notices::PARAM_LOGITS_NOT_NUMBERS, bad),
            ));
        }
        if clamped > 0 {
            notes.push(Notice::new(
                "logits",
                tr!(
                    notices::PARAM_LOGITS_CLAMPED,
                    crate::format::fixed(LOGIT_RANGE.0, 0),
                    crate::format::fixed(LOGIT_RANGE.1, 0),
                    clamped
                ),
            ));
        }
        if count > MAX_TOKENS {
            notes.push(Notice::new(
                "logits",
                tr!(notices::PARAM_TOO_MANY_LOGITS, count, MAX_TOKENS),
            ));
        }
        if list.len() < MIN_TOKENS && names.is_none() {
            notes.push(Notice::new(
                "logits",
                tr!(notices::PARAM_TOO_FEW_LOGITS, MIN_TOKENS),
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
                        .unwrap_or_else(|| tr!(shell::TOKEN_FALLBACK, (i + 1).to_string()))
                })
                .collect();
            p.logits = v;
        }
        (Some(n), Some(mut v)) => {
            if n.len() != v.len() {
                notes.push(Notice::new(
                    "logits",
                    tr!(notices::PARAM_COUNTS_DIFFER, n.len(), v.len()),
                ));
                v.resize(n.len(), 0.0);
            }
            p.tokens = n;
            p.logits = v;
        }
    }
}

/// Parses `text` (percent-decoded) for `key`; not a finite number -> `default`, outside `range`
/// -> clamped, each with a notice naming the setting as `name`.
fn number(
    notes: &mut Vec<Notice>,
    key: &str,
    name: &str,
    text: &str,
    range: (f64, f64),
    default: f64,
) -> f64 {
    match parse_decimal(text) {
        Some(x) if x.is_finite() => {
            let c = x.clamp(range.0, range.1);
            if c != x {
                notes.push(Notice::new(
                    key,
                    tr!(
                        notices::PARAM_CHANGED,
                        name,
                        localise(format_number(range.0)),
                        localise(format_number(range.1)),
                        shorten(text.trim()),
                        localise(format_number(c))
                    ),
                ));
            }
            c
        }
        _ => {
            notes.push(Notice::new(
                key,
                tr!(
                    notices::PARAM_NOT_NUMBER,
                    name,
                    shorten(text.trim()),
                    localise(format_number(default))
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

/// `x` as a link writes it: rounded to 6 significant digits, then the shortest text for that
/// (`-0.10536051565782628` is `-0.105361`). The change is at most 5 parts in a million, below
/// what any readout shows, so the link reads back to the same numbers on the page.
///
/// ```
/// use softmax_lab::params::link_number;
/// assert_eq!(link_number(-0.10536051565782628), "-0.105361");
/// assert_eq!(link_number(0.3981071705534972), "0.398107");
/// assert_eq!(link_number(2.5), "2.5");
/// assert_eq!(link_number(997.0), "997");
/// assert_eq!(link_number(1e-12), "0.000000000001");
/// assert_eq!(link_number(123456789.0), "123457000");
/// ```
pub fn link_number(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format_number(x);
    }
    // Decimal places that leave 6 significant digits; powers of ten up to 1e22 are exact.
    let places = 5 - x.abs().log10().floor() as i32;
    let scale = 10f64.powi(places.abs().min(22));
    let rounded = if places >= 0 {
        (x * scale).round() / scale
    } else {
        (x / scale).round() * scale
    };
    format_number(rounded)
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
