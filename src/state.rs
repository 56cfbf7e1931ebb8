//! The lesson's state: one `Copy` struct of signals (what the student sets) and memos (what the
//! math derives), provided by context so every section reads the same numbers.

use crate::charts::Theme;
use crate::derived::Derived;
pub use crate::guess::Guess;
use crate::math;
use crate::params::{
    clean_token_name, Control, Notice, Params, Section, ThemeChoice, LOGIT_RANGE, MAX_TOKENS,
    MIN_TOKENS,
};
use leptos::prelude::*;

pub use crate::presets::{Example, Preset};

/// Every input signal and derived memo of the lesson.
#[derive(Clone, Copy)]
pub struct LessonState {
    /// The section on screen.
    pub section: RwSignal<Section>,
    /// Token names (plain text).
    pub tokens: RwSignal<Vec<String>>,
    /// One logit per token.
    pub logits: RwSignal<Vec<f64>>,
    /// Sampling temperature.
    pub temperature: RwSignal<f64>,
    /// Top-k (0 = off).
    pub top_k: RwSignal<usize>,
    /// Top-p.
    pub top_p: RwSignal<f64>,
    /// Min-p (0 = off).
    pub min_p: RwSignal<f64>,
    /// Probability of the correct token (loss section).
    pub p_true: RwSignal<f64>,
    /// Index of the correct token.
    pub target: RwSignal<usize>,
    /// Label smoothing e (loss section's soft target).
    pub smoothing: RwSignal<f64>,
    /// Distillation temperature (loss section's teacher).
    pub distill_t: RwSignal<f64>,
    /// Learning rate.
    pub lr: RwSignal<f64>,
    /// Finite-difference step (gradients section).
    pub eps: RwSignal<f64>,
    /// The constant added to every logit (stability section).
    pub offset: RwSignal<f64>,
    /// Precision of the naive softmax (stability section).
    pub float: RwSignal<math::Precision>,
    /// Training-set size in sentences (training section).
    pub train: RwSignal<u64>,
    /// Training steps per second.
    pub speed: RwSignal<f64>,
    /// Key dimension d_k (attention section).
    pub dk: RwSignal<u64>,
    /// Divide the attention scores by sqrt(d_k).
    pub scale: RwSignal<bool>,
    /// Every attention query times this.
    pub query: RwSignal<f64>,
    /// How the attention section masks future tokens.
    pub mask: RwSignal<math::MaskMode>,
    /// The pitfalls section's temperature divides the logits, not the probabilities.
    pub t_logits: RwSignal<bool>,
    /// PRNG seed.
    pub seed: RwSignal<u64>,
    /// The sampling section's real-vocabulary mode.
    pub vocab: RwSignal<bool>,
    /// How many draws the sampling section has made with the current seed (not in the URL).
    pub draws: RwSignal<usize>,
    /// A student's committed guess, marked faintly on the chart that shows the answer (not in
    /// the URL; set by a prediction card, `components::predict_slot`).
    pub guess: RwSignal<Option<Guess>>,
    /// The predictions and challenges done in this browser (`crate::progress`; not in the URL).
    pub done: RwSignal<Vec<String>>,
    /// Embedded in an iframe: no site chrome.
    pub embed: RwSignal<bool>,
    /// Previous and Next shown in an embed too.
    pub pager: RwSignal<bool>,
    /// Colour theme chosen in the URL.
    pub theme: RwSignal<ThemeChoice>,
    /// Controls hidden by the instructor.
    pub hide: RwSignal<Vec<Control>>,
    /// The language the link or the menu chose (`lang=`); `None` follows the browser.
    pub lang: RwSignal<Option<&'static str>>,
    /// The language on screen (its text is loaded; choosing another loads the page again).
    pub language: RwSignal<&'static str>,
    /// What was wrong with the link, for the notice bar.
    pub notices: RwSignal<Vec<Notice>>,
    /// Whether the system asks for a dark page (`prefers-color-scheme`).
    pub system_dark: RwSignal<bool>,
    /// softmax(logits): the probabilities every section starts from.
    pub probs: Derived<Vec<f64>>,
    /// The chart colours for the current theme (scale 1: the canvas applies its pixel ratio).
    pub chart_theme: Derived<Theme>,
}

impl LessonState {
    /// Signals initialised from `p`, with the link's `notices` to show.
    pub fn new(p: Params, notices: Vec<Notice>) -> Self {
        let tokens = RwSignal::new(p.tokens);
        let logits = RwSignal::new(p.logits);
        let theme = RwSignal::new(p.theme);
        let system_dark = RwSignal::new(false);
        let section = RwSignal::new(p.section);
        let temperature = RwSignal::new(p.temperature);
        let top_k = RwSignal::new(p.top_k);
        let top_p = RwSignal::new(p.top_p);
        let min_p = RwSignal::new(p.min_p);
        let p_true = RwSignal::new(p.p_true);
        let target = RwSignal::new(p.target);
        let (smoothing, distill_t) = (RwSignal::new(p.smoothing), RwSignal::new(p.distill_t));
        let lr = RwSignal::new(p.lr);
        let eps = RwSignal::new(p.eps);
        let offset = RwSignal::new(p.offset);
        let float = RwSignal::new(p.float);
        let (train, speed) = (RwSignal::new(p.train), RwSignal::new(p.speed));
        let (dk, scale, mask) = (
            RwSignal::new(p.dk),
            RwSignal::new(p.scale),
            RwSignal::new(p.mask),
        );
        let (query, t_logits) = (RwSignal::new(p.query), RwSignal::new(p.t_logits));
        let seed = RwSignal::new(p.seed);
        let embed = RwSignal::new(p.embed);
        let pager = RwSignal::new(p.pager);
        let vocab = RwSignal::new(p.vocab);
        let hide = RwSignal::new(p.hide);
        let chosen = crate::text::current_language();
        let language = RwSignal::new(
            p.lang
                .or_else(|| crate::text::languages::find(&chosen).map(|l| l.code))
                .unwrap_or(crate::text::languages::LANGUAGES[0].code),
        );
        let lang = RwSignal::new(p.lang);
        let probs = Derived::new(move || logits.with(|z| math::softmax(z)));
        let chart_theme = Derived::new(move || match theme.get() {
            ThemeChoice::Light => Theme::light(1.0),
            ThemeChoice::Dark => Theme::dark(1.0),
            ThemeChoice::Contrast => Theme::contrast(1.0),
            ThemeChoice::Auto if system_dark.get() => Theme::dark(1.0),
            ThemeChoice::Auto => Theme::light(1.0),
        });
        LessonState {
            section,
            tokens,
            logits,
            temperature,
            top_k,
            top_p,
            min_p,
            p_true,
            target,
            smoothing,
            distill_t,
            lr,
            eps,
            offset,
            float,
            train,
            speed,
            dk,
            scale,
            query,
            mask,
            t_logits,
            seed,
            vocab,
            draws: RwSignal::new(0),
            guess: RwSignal::new(None),
            done: RwSignal::new(crate::progress::kept()),
            embed,
            pager,
            theme,
            hide,
            lang,
            language,
            notices: RwSignal::new(notices),
            system_dark,
            probs,
            chart_theme,
        }
    }

    /// Every setting as one value, for the URL (a tracked read of every input signal).
    pub fn params(&self) -> Params {
        Params {
            section: self.section.get(),
            tokens: self.tokens.get(),
            logits: self.logits.get(),
            temperature: self.temperature.get(),
            top_k: self.top_k.get(),
            top_p: self.top_p.get(),
            min_p: self.min_p.get(),
            p_true: self.p_true.get(),
            target: self.target.get(),
            smoothing: self.smoothing.get(),
            distill_t: self.distill_t.get(),
            lr: self.lr.get(),
            eps: self.eps.get(),
            offset: self.offset.get(),
            float: self.float.get(),
            train: self.train.get(),
            speed: self.speed.get(),
            dk: self.dk.get(),
            scale: self.scale.get(),
            query: self.query.get(),
            mask: self.mask.get(),
            t_logits: self.t_logits.get(),
            seed: self.seed.get(),
            embed: self.embed.get(),
            pager: self.pager.get(),
            theme: self.theme.get(),
            hide: self.hide.get(),
            vocab: self.vocab.get(),
            lang: self.lang.get(),
        }
    }

    /// Sets logit `i` (clamped to the slider range; an index out of range is ignored).
    pub fn set_logit(&self, i: usize, value: f64) {
        if !value.is_finite() {
            return;
        }
        let v = value.clamp(LOGIT_RANGE.0, LOGIT_RANGE.1);
        self.logits.update(|z| {
            if let Some(x) = z.get_mut(i) {
                *x = v;
            }
        });
    }

    /// Renames token `i`; an empty or blank name keeps the old one. Returns the name kept.
    pub fn rename(&self, i: usize, raw: &str) -> String {
        let (name, _) = clean_token_name(raw);
        if !name.is_empty() {
            self.tokens.update(|t| {
                if let Some(x) = t.get_mut(i) {
                    *x = name;
                }
            });
        }
        self.tokens
            .with_untracked(|t| t.get(i).cloned().unwrap_or_default())
    }

    /// Adds a token with logit 0 and an unused name, unless there are already [`MAX_TOKENS`].
    pub fn add_token(&self) {
        if self.tokens.with_untracked(|t| t.len()) >= MAX_TOKENS {
            return;
        }
        self.tokens.update(|t| {
            // Names offered in order (words of the language on screen), then "token 7".
            let spare = crate::text::t(crate::text::keys::shell::SPARE_TOKENS);
            let name = spare
                .split(',')
                .map(str::trim)
                .find(|n| !n.is_empty() && !t.iter().any(|x| x == n))
                .map(str::to_string)
                .unwrap_or_else(|| format!("token {}", t.len() + 1));
            t.push(name);
        });
        self.logits.update(|z| z.push(0.0));
    }

    /// Removes token `i`, unless only [`MIN_TOKENS`] are left; keeps `target` and `top_k` valid.
    pub fn remove_token(&self, i: usize) {
        let n = self.tokens.with_untracked(|t| t.len());
        if n <= MIN_TOKENS || i >= n {
            return;
        }
        self.tokens.update(|t| {
            t.remove(i);
        });
        self.logits.update(|z| {
            if i < z.len() {
                z.remove(i);
            }
        });
        let n = n - 1;
        let target = self.target.get_untracked();
        if target >= n || target > i {
            self.target.set(target.saturating_sub(1).min(n - 1));
        }
        if self.top_k.get_untracked() > n {
            self.top_k.set(n);
        }
    }

    /// Every lesson setting of `p` (a prediction's set-up, or the student's own settings back),
    /// leaving the section, language, theme and the embedding's choices as they are.
    pub fn apply(&self, p: Params) {
        self.vocab.set(p.vocab);
        self.load_tokens(p.tokens, p.logits);
        self.temperature.set(p.temperature);
        self.top_k.set(p.top_k);
        self.top_p.set(p.top_p);
        self.min_p.set(p.min_p);
        self.p_true.set(p.p_true);
        self.target.set(p.target);
        self.smoothing.set(p.smoothing);
        self.distill_t.set(p.distill_t);
        self.lr.set(p.lr);
        self.eps.set(p.eps);
        self.offset.set(p.offset);
        self.float.set(p.float);
        self.train.set(p.train);
        self.speed.set(p.speed);
        self.dk.set(p.dk);
        self.scale.set(p.scale);
        self.query.set(p.query);
        self.mask.set(p.mask);
        self.t_logits.set(p.t_logits);
        self.seed.set(p.seed);
    }

    /// Replaces tokens and logits with `example`'s; keeps `target` and `top_k` valid.
    pub fn load_example(&self, example: Example) {
        let (names, logits) = example.tokens();
        self.load_tokens(names, logits.to_vec());
    }

    /// Replaces tokens and logits (same length, 2 to [`MAX_TOKENS`]); keeps `target` and
    /// `top_k` valid.
    pub fn load_tokens(&self, names: Vec<String>, logits: Vec<f64>) {
        let n = names.len();
        self.tokens.set(names);
        self.logits.set(logits);
        if self.target.get_untracked() >= n {
            self.target.set(0);
        }
        if !self.vocab.get_untracked() && self.top_k.get_untracked() > n {
            self.top_k.set(0);
        }
    }

    /// Whether the tokens and logits are exactly `example`'s.
    pub fn shows_example(&self, example: Example) -> bool {
        self.has_tokens_of(example) && self.logits.with(|z| z.as_slice() == example.tokens().1)
    }

    /// Whether the tokens are `example`'s, whatever their logits.
    pub fn has_tokens_of(&self, example: Example) -> bool {
        let names = example.tokens().0;
        self.tokens.with(|t| *t == names)
    }

    /// Replaces the logits with a preset's.
    pub fn apply_preset(&self, preset: Preset) {
        let n = self.tokens.with_untracked(|t| t.len());
        self.logits.set(preset.logits(n));
    }

    /// Whether adding `delta` to every logit keeps them all inside the slider range.
    pub fn can_shift(&self, delta: f64) -> bool {
        self.logits.with(|z| {
            z.iter()
                .all(|x| (LOGIT_RANGE.0..=LOGIT_RANGE.1).contains(&(x + delta)))
        })
    }

    /// Adds `delta` to every logit (shift invariance: the probabilities do not move).
    pub fn shift_all(&self, delta: f64) {
        if self.can_shift(delta) {
            // Round to the slider's 0.1 grid so repeated shifts do not accumulate float noise.
            self.logits.update(|z| {
                z.iter_mut()
                    .for_each(|x| *x = ((*x + delta) * 10.0).round() / 10.0)
            });
        }
    }

    /// Moves to a new seed drawn from the current one (new sampling draws, new quiz questions)
    /// and clears the draws made with the old one. Seeds stay below a million, short in links.
    pub fn reroll_seed(&self) {
        let next = math::Rng::new(self.seed.get_untracked()).next_u64() % 1_000_000;
        self.seed.set(next);
        self.draws.set(0);
    }

    /// Whether the instructor hid `control`.
    pub fn hidden(&self, control: Control) -> Signal<bool> {
        let hide = self.hide;
        Signal::derive(move || hide.with(|h| h.contains(&control)))
    }
}

/// The lesson state from context (provided by [`crate::App`]).
pub fn use_lesson() -> LessonState {
    expect_context::<LessonState>()
}
