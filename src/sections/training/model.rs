//! What the training section computes: a training run of the bigram model driven frame by
//! frame, where overfitting starts, the rows of the loss table, the model's next-token
//! prediction for a context word, and the per-position loss of a short sequence. Pure. The
//! sentences the model learns from are text (`corpus-01` to `corpus-40` of
//! `src/text/<language>/training.ftl`): the model learns the language on screen.

use crate::math::{self, BigramModel, CORPUS_SENTENCES};
use crate::text::keys::training as k;
use crate::text::{t, Msg};

/// A run stops here: the chart and its table stay readable, and the lesson has made its point.
pub const MAX_STEPS: usize = 5000;

/// Most steps one animation frame takes, so a slow frame is never followed by a long one.
const MAX_STEPS_PER_FRAME: usize = 50;

/// The messages of the training text, one sentence each.
const CORPUS: [Msg<0>; CORPUS_SENTENCES] = [
    k::CORPUS_01,
    k::CORPUS_02,
    k::CORPUS_03,
    k::CORPUS_04,
    k::CORPUS_05,
    k::CORPUS_06,
    k::CORPUS_07,
    k::CORPUS_08,
    k::CORPUS_09,
    k::CORPUS_10,
    k::CORPUS_11,
    k::CORPUS_12,
    k::CORPUS_13,
    k::CORPUS_14,
    k::CORPUS_15,
    k::CORPUS_16,
    k::CORPUS_17,
    k::CORPUS_18,
    k::CORPUS_19,
    k::CORPUS_20,
    k::CORPUS_21,
    k::CORPUS_22,
    k::CORPUS_23,
    k::CORPUS_24,
    k::CORPUS_25,
    k::CORPUS_26,
    k::CORPUS_27,
    k::CORPUS_28,
    k::CORPUS_29,
    k::CORPUS_30,
    k::CORPUS_31,
    k::CORPUS_32,
    k::CORPUS_33,
    k::CORPUS_34,
    k::CORPUS_35,
    k::CORPUS_36,
    k::CORPUS_37,
    k::CORPUS_38,
    k::CORPUS_39,
    k::CORPUS_40,
];

/// The sentences the model learns from, in the language on screen.
///
/// ```
/// use softmax_lab::sections::training::model::corpus;
/// assert_eq!(corpus()[0], "The cat sat on the mat.");
/// ```
pub fn corpus() -> Vec<String> {
    CORPUS.iter().map(|&key| t(key)).collect()
}

/// The sequence whose per-position loss the section shows (a sentence of the [`corpus`]).
///
/// ```
/// use softmax_lab::sections::training::model::sequence;
/// assert_eq!(sequence(), "The cat sat on the mat.");
/// ```
pub fn sequence() -> String {
    t(k::SEQUENCE)
}

/// How many tokens of the [`sequence`] (with the start token) form the prompt: `<s> The cat`;
/// the model's answer is the rest, `sat on the mat .`.
pub const PROMPT_TOKENS: usize = 3;

/// The prompt's words as the [`sequence`] writes them: its first `PROMPT_TOKENS - 1` words.
///
/// ```
/// use softmax_lab::sections::training::model::prompt;
/// assert_eq!(prompt(), "The cat");
/// ```
pub fn prompt() -> String {
    sequence()
        .split_whitespace()
        .take(PROMPT_TOKENS - 1)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The word the prediction card starts on: one with many continuations (`the` in English).
///
/// ```
/// use softmax_lab::sections::training::model::{start_word, Run};
/// assert!(Run::new(42, 10).model().vocab().id(&start_word()).is_some());
/// ```
pub fn start_word() -> String {
    t(k::PREDICT_START_WORD)
}

/// A training run: the model, its losses after every step (the first entry before any step),
/// and the fraction of a step owed to the next frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    model: BigramModel,
    history: Vec<(f64, f64)>,
    owed: f64,
}

impl Run {
    /// An untrained model on the [`corpus`] for `seed` with `train` training sentences.
    ///
    /// ```
    /// use softmax_lab::sections::training::model::Run;
    /// let run = Run::new(42, 10);
    /// assert_eq!(run.history().len(), 1);
    /// assert_eq!(run.steps(), 0);
    /// ```
    pub fn new(seed: u64, train: usize) -> Self {
        let model = BigramModel::new(&corpus(), seed, train);
        let history = vec![(model.train_loss(), model.val_loss())];
        Run {
            model,
            history,
            owed: 0.0,
        }
    }

    /// The model as trained so far.
    pub fn model(&self) -> &BigramModel {
        &self.model
    }

    /// `(training loss, validation loss)` at step 0, 1, 2, ...
    pub fn history(&self) -> &[(f64, f64)] {
        &self.history
    }

    /// Steps taken.
    pub fn steps(&self) -> usize {
        self.history.len() - 1
    }

    /// Whether the run reached [`MAX_STEPS`].
    pub fn finished(&self) -> bool {
        self.steps() >= MAX_STEPS
    }

    /// One gradient-descent step with learning rate `lr` (none once finished).
    ///
    /// ```
    /// use softmax_lab::sections::training::model::Run;
    /// let mut run = Run::new(42, 10);
    /// run.step(0.5);
    /// assert!(run.history()[1].0 < run.history()[0].0);
    /// ```
    pub fn step(&mut self, lr: f64) {
        if self.finished() {
            return;
        }
        self.model.step(lr);
        self.history
            .push((self.model.train_loss(), self.model.val_loss()));
    }

    /// The steps owed after `dt_ms` milliseconds at `speed` steps per second, taken now (at most
    /// 50 in one frame); returns how many were taken. The same speed and frame times give the
    /// same run, and the curve does not depend on how the steps fall into frames.
    ///
    /// ```
    /// use softmax_lab::sections::training::model::Run;
    /// let mut run = Run::new(42, 10);
    /// assert_eq!(run.advance(0.5, 100.0, 16.0), 1);
    /// assert_eq!(run.advance(0.5, 100.0, 1000.0), 50);
    /// ```
    pub fn advance(&mut self, lr: f64, speed: f64, dt_ms: f64) -> usize {
        let rate = if speed.is_finite() {
            speed.max(0.0)
        } else {
            0.0
        };
        let dt = if dt_ms.is_finite() {
            dt_ms.max(0.0)
        } else {
            0.0
        };
        self.owed = (self.owed + rate * dt / 1000.0).min(MAX_STEPS_PER_FRAME as f64);
        let n = (self.owed.floor() as usize).min(MAX_STEPS - self.steps().min(MAX_STEPS));
        self.owed -= n as f64;
        for _ in 0..n {
            self.step(lr);
        }
        n
    }
}

/// Where the validation loss is lowest, if it has since risen clearly (by 0.02 nats) while
/// the training loss kept falling: `(step, validation loss)`.
///
/// ```
/// use softmax_lab::sections::training::model::overfitting;
/// assert_eq!(overfitting(&[(3.0, 3.0), (2.0, 2.5), (1.0, 2.9)]), Some((1, 2.5)));
/// assert_eq!(overfitting(&[(3.0, 3.0), (2.0, 2.5)]), None);
/// ```
pub fn overfitting(history: &[(f64, f64)]) -> Option<(usize, f64)> {
    let (best, &(_, low)) = history
        .iter()
        .enumerate()
        .min_by(|a, b| a.1 .1.total_cmp(&b.1 .1))?;
    let &(train_now, val_now) = history.last()?;
    (val_now > low + 0.02 && train_now < history[best].0).then_some((best, low))
}

/// The rows of the loss table: every step up to 20, then about 40 steps spread evenly, and
/// always the last one: `(step, training loss, validation loss)`.
///
/// ```
/// use softmax_lab::sections::training::model::table_rows;
/// let h: Vec<(f64, f64)> = (0..=1000).map(|i| (i as f64, i as f64)).collect();
/// let rows = table_rows(&h);
/// assert_eq!(rows.first().unwrap().0, 0);
/// assert_eq!(rows.last().unwrap().0, 1000);
/// assert!(rows.len() <= 45);
/// ```
pub fn table_rows(history: &[(f64, f64)]) -> Vec<(usize, f64, f64)> {
    let last = history.len().saturating_sub(1);
    let every = if last <= 20 { 1 } else { last.div_ceil(40) };
    let mut rows: Vec<(usize, f64, f64)> = history
        .iter()
        .enumerate()
        .step_by(every)
        .map(|(i, &(t, v))| (i, t, v))
        .collect();
    if rows.last().map(|r| r.0) != Some(last) {
        if let Some(&(t, v)) = history.last() {
            rows.push((last, t, v));
        }
    }
    rows
}

/// The `n` most likely next tokens after token `prev`: `(token, logit, probability)`, most
/// likely first.
///
/// ```
/// use softmax_lab::sections::training::model::{next_tokens, Run};
/// let run = Run::new(42, 10);
/// let top = next_tokens(run.model(), 0, 5);
/// assert_eq!(top.len(), 5);
/// ```
pub fn next_tokens(model: &BigramModel, prev: usize, n: usize) -> Vec<(String, f64, f64)> {
    let logits = model.logits(prev);
    let probs = model.next_token_probs(prev, 1.0);
    math::top_n_indices(logits, n)
        .into_iter()
        .map(|i| (shown_token(model.vocab(), i), logits[i], probs[i]))
        .collect()
}

/// Token `id` of `vocab` as the lesson shows it: the end of a sentence written as the language
/// ends one (`.` in English, `。` in Chinese), any other word as it is.
///
/// ```
/// use softmax_lab::math::Vocab;
/// use softmax_lab::sections::training::model::shown_token;
/// let v = Vocab::from_sentences(&["a b."]);
/// assert_eq!((shown_token(&v, 1), shown_token(&v, 2)), (".".to_string(), "a".to_string()));
/// ```
pub fn shown_token(vocab: &math::Vocab, id: usize) -> String {
    match vocab.token(id).unwrap_or_default() {
        math::END_TOKEN => t(k::END_MARK),
        word => word.to_string(),
    }
}

/// One position of the [`sequence`]: the word read, the word to predict, its loss, and whether it
/// belongs to the answer (counted when fine-tuning on answers only).
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    /// The context word.
    pub context: String,
    /// The word the model should predict next.
    pub next: String,
    /// -ln p(next | context) under the model.
    pub loss: f64,
    /// The predicted word is part of the answer, not the prompt.
    pub answer: bool,
}

/// The per-position losses of the [`sequence`] under `model`.
///
/// ```
/// use softmax_lab::sections::training::model::{positions, Run};
/// let p = positions(Run::new(42, 10).model());
/// assert_eq!(p.len(), 7);
/// assert!(!p[1].answer && p[2].answer);
/// ```
pub fn positions(model: &BigramModel) -> Vec<Position> {
    let vocab = model.vocab();
    let ids = vocab.encode(&sequence());
    let losses = model.sequence_losses(&ids);
    ids.windows(2)
        .zip(losses)
        .enumerate()
        .map(|(i, (w, loss))| Position {
            context: shown_token(vocab, w[0]),
            next: shown_token(vocab, w[1]),
            loss,
            answer: i + 1 >= PROMPT_TOKENS,
        })
        .collect()
}

/// The mean loss over the positions counted: all of them, or the answer's only.
///
/// ```
/// use softmax_lab::sections::training::model::{mean_loss, Position};
/// let p = |loss, answer| Position { context: String::new(), next: String::new(), loss, answer };
/// assert_eq!(mean_loss(&[p(3.0, false), p(1.0, true)], false), 2.0);
/// assert_eq!(mean_loss(&[p(3.0, false), p(1.0, true)], true), 1.0);
/// ```
pub fn mean_loss(positions: &[Position], answer_only: bool) -> f64 {
    let losses: Vec<f64> = positions.iter().map(|p| p.loss).collect();
    let counted: Vec<bool> = positions.iter().map(|p| !answer_only || p.answer).collect();
    math::masked_mean(&losses, &counted)
}
