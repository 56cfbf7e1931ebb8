//! A tiny trainable language model: a bigram table of logits `W[prev][next]`, trained by
//! full-batch gradient descent on mean cross-entropy over a train / validation split.
//!
//! The data enter only through pair counts `C[a][b]` (how often `b` follows `a`), so one step
//! costs `O(V^2)` whatever the corpus size: a few thousand exponentials for V of a few dozen.
//!
//! The sentences are the caller's: the lesson's are text, in the language on screen (the
//! training section's `corpus-*` messages, see `sections::training::model::corpus`).

use super::loss::cross_entropy;
use super::rng::Rng;
use super::softmax::{logsumexp, softmax, softmax_t, softmax_where};
use super::tokenize::{Vocab, END_TOKEN};

/// Sentences in the lesson's training text, in every language: short, plain sentences over a
/// small vocabulary, so the model has a few dozen words and trains in the browser in
/// milliseconds.
///
/// ```
/// use softmax_lab::math::CORPUS_SENTENCES;
/// use softmax_lab::sections::training::model::corpus;
/// assert_eq!(corpus().len(), CORPUS_SENTENCES);
/// assert!(corpus().iter().all(|s| s.ends_with('.')));
/// ```
pub const CORPUS_SENTENCES: usize = 40;

/// Sentences of the corpus held out for validation by [`BigramModel::new`].
///
/// ```
/// use softmax_lab::math::{CORPUS_SENTENCES, MAX_TRAIN_SENTENCES, VALIDATION_SENTENCES};
/// assert_eq!(VALIDATION_SENTENCES + MAX_TRAIN_SENTENCES, CORPUS_SENTENCES);
/// ```
pub const VALIDATION_SENTENCES: usize = 10;

/// The most training sentences [`BigramModel::new`] can use from the lesson's
/// [`CORPUS_SENTENCES`] (the rest).
///
/// ```
/// use softmax_lab::math::{BigramModel, MAX_TRAIN_SENTENCES};
/// use softmax_lab::sections::training::model::corpus;
/// assert_eq!(BigramModel::new(&corpus(), 1, 1000).train_sentences().len(), MAX_TRAIN_SENTENCES);
/// ```
pub const MAX_TRAIN_SENTENCES: usize = CORPUS_SENTENCES - VALIDATION_SENTENCES;

/// Most steps one [`BigramModel::train`] call runs, so a huge request cannot hang the page.
///
/// ```
/// use softmax_lab::math::MAX_TRAIN_STEPS;
/// assert!(MAX_TRAIN_STEPS >= 10_000);
/// ```
pub const MAX_TRAIN_STEPS: usize = 100_000;

/// Bigram pair counts for one split.
#[derive(Clone, Debug, PartialEq)]
struct Counts {
    /// `C[a * V + b]`: how often token `b` follows token `a`.
    pairs: Vec<f64>,
    /// `n_a = sum_b C[a][b]`.
    rows: Vec<f64>,
    /// `N = sum_a n_a`, the number of predictions.
    total: f64,
}

impl Counts {
    fn new(vocab: &Vocab, sentences: &[&str]) -> Self {
        let v = vocab.len();
        let mut pairs = vec![0.0; v * v];
        let mut rows = vec![0.0; v];
        for s in sentences {
            let ids = vocab.encode(s);
            for w in ids.windows(2) {
                pairs[w[0] * v + w[1]] += 1.0;
                rows[w[0]] += 1.0;
            }
        }
        let total = rows.iter().sum();
        Self { pairs, rows, total }
    }

    /// Mean cross-entropy `(1/N) sum_ab C_ab (logsumexp(W_a) - W_ab)`; 0.0 when there is no data.
    fn mean_loss(&self, weights: &[f64], v: usize) -> f64 {
        if self.total == 0.0 {
            return 0.0;
        }
        let mut sum = 0.0;
        for (a, row) in weights.chunks(v).enumerate() {
            if self.rows[a] == 0.0 {
                continue;
            }
            let lse = logsumexp(row);
            let counts = &self.pairs[a * v..(a + 1) * v];
            sum += counts
                .iter()
                .zip(row)
                .filter(|(c, _)| **c > 0.0)
                .map(|(c, w)| c * (lse - w))
                .sum::<f64>();
        }
        sum / self.total
    }
}

/// A bigram next-token model over a word vocabulary: `P(next = b | prev = a) = softmax(W_a)_b`.
///
/// Weights start at 0 (uniform, loss `ln V`). [`step`](Self::step) takes one full-batch
/// gradient-descent step on the mean training cross-entropy. With few training sentences the
/// validation loss first falls, then rises while the training loss keeps falling: unseen
/// continuations are pushed towards probability 0 (overfitting). Deterministic for a seed.
///
/// ```
/// use softmax_lab::math::BigramModel;
/// use softmax_lab::sections::training::model::corpus;
/// let mut m = BigramModel::new(&corpus(), 1, 5);
/// let before = m.train_loss();
/// m.step(2.0);
/// assert!(m.train_loss() < before);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct BigramModel {
    vocab: Vocab,
    weights: Vec<f64>,
    train: Counts,
    val: Counts,
    train_sentences: Vec<usize>,
    val_sentences: Vec<usize>,
    steps: usize,
}

impl BigramModel {
    /// A model on `sentences` (the lesson's corpus, [`CORPUS_SENTENCES`] of them): a seeded
    /// shuffle puts [`VALIDATION_SENTENCES`] in the validation set and the first `train_size` of
    /// the rest in the training set.
    ///
    /// `train_size` is capped at what is left ([`MAX_TRAIN_SENTENCES`] for the lesson's corpus);
    /// 0 means no training data (losses 0.0 on the training side, steps change nothing). For one
    /// seed the validation set is the same for every `train_size`, and a larger training set
    /// contains the smaller ones.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let m = BigramModel::new(&corpus(), 3, 8);
    /// assert_eq!(m.train_sentences().len(), 8);
    /// assert_eq!(m.val_sentences().len(), 10);
    /// assert_eq!(m, BigramModel::new(&corpus(), 3, 8));
    /// ```
    pub fn new<S: AsRef<str>>(sentences: &[S], seed: u64, train_size: usize) -> Self {
        let sentences: Vec<&str> = sentences.iter().map(AsRef::as_ref).collect();
        Self::with_corpus(&sentences, seed, train_size, VALIDATION_SENTENCES)
    }

    /// A model on any list of sentences: the vocabulary comes from all of them, a seeded shuffle
    /// gives `min(val_size, n)` validation sentences and up to `train_size` training sentences
    /// from the rest (capped at what is left).
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// let m = BigramModel::with_corpus(&["a b.", "b a."], 0, 1, 1);
    /// assert_eq!(m.vocab().len(), 4);
    /// assert_eq!(BigramModel::with_corpus(&[], 0, 5, 5).train_loss(), 0.0);
    /// ```
    pub fn with_corpus(sentences: &[&str], seed: u64, train_size: usize, val_size: usize) -> Self {
        let vocab = Vocab::from_sentences(sentences);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = Rng::new(seed);
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let val_size = val_size.min(order.len());
        let val_sentences = order[..val_size].to_vec();
        let pool = &order[val_size..];
        let train_sentences = pool[..train_size.min(pool.len())].to_vec();
        let pick = |ids: &[usize]| ids.iter().map(|&i| sentences[i]).collect::<Vec<_>>();
        let train = Counts::new(&vocab, &pick(&train_sentences));
        let val = Counts::new(&vocab, &pick(&val_sentences));
        let v = vocab.len();
        Self {
            vocab,
            weights: vec![0.0; v * v],
            train,
            val,
            train_sentences,
            val_sentences,
            steps: 0,
        }
    }

    /// The vocabulary (ids index the rows and columns of the weight table).
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// assert_eq!(BigramModel::new(&corpus(), 0, 5).vocab().token(0), Some("<s>"));
    /// ```
    pub fn vocab(&self) -> &Vocab {
        &self.vocab
    }

    /// Indices into the corpus of the training sentences.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// assert_eq!(BigramModel::new(&corpus(), 0, 4).train_sentences().len(), 4);
    /// ```
    pub fn train_sentences(&self) -> &[usize] {
        &self.train_sentences
    }

    /// Indices into the corpus of the validation sentences.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let m = BigramModel::new(&corpus(), 0, 30);
    /// assert!(m.val_sentences().iter().all(|i| !m.train_sentences().contains(i)));
    /// ```
    pub fn val_sentences(&self) -> &[usize] {
        &self.val_sentences
    }

    /// Number of gradient steps taken since creation or [`reset`](Self::reset).
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let mut m = BigramModel::new(&corpus(), 0, 5);
    /// m.step(1.0);
    /// assert_eq!(m.steps(), 1);
    /// ```
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// Back to all-zero weights (uniform predictions) and 0 steps; the split is kept.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let mut m = BigramModel::new(&corpus(), 0, 5);
    /// m.step(1.0);
    /// m.reset();
    /// assert_eq!(m, BigramModel::new(&corpus(), 0, 5));
    /// ```
    pub fn reset(&mut self) {
        self.weights.iter_mut().for_each(|w| *w = 0.0);
        self.steps = 0;
    }

    /// Mean cross-entropy on the training pairs, in nats:
    /// `(1/N) sum_(a,b) -ln softmax(W_a)_b`. `ln V` at the start; 0.0 with no training data.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let m = BigramModel::new(&corpus(), 0, 5);
    /// assert!((m.train_loss() - (m.vocab().len() as f64).ln()).abs() < 1e-12);
    /// ```
    pub fn train_loss(&self) -> f64 {
        self.train.mean_loss(&self.weights, self.vocab.len())
    }

    /// Mean cross-entropy on the validation pairs, in nats (never trained on); 0.0 if empty.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let m = BigramModel::new(&corpus(), 0, 5);
    /// assert!((m.val_loss() - m.train_loss()).abs() < 1e-12);
    /// ```
    pub fn val_loss(&self) -> f64 {
        self.val.mean_loss(&self.weights, self.vocab.len())
    }

    /// One full-batch gradient-descent step on the mean training loss:
    /// `W_ab <- W_ab - lr (n_a softmax(W_a)_b - C_ab) / N`.
    ///
    /// Rows never seen in training have zero gradient. A NaN or infinite `lr`, or no training
    /// data, leaves the weights unchanged (the step is still counted). A large `lr` (> ~50) can
    /// oscillate but never produces NaN: the softmax is stable.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let mut m = BigramModel::new(&corpus(), 0, 5);
    /// m.step(f64::NAN);
    /// assert_eq!(m.train_loss(), BigramModel::new(&corpus(), 0, 5).train_loss());
    /// ```
    pub fn step(&mut self, lr: f64) {
        self.steps += 1;
        if !lr.is_finite() || self.train.total == 0.0 {
            return;
        }
        let v = self.vocab.len();
        let scale = lr / self.train.total;
        for (a, row) in self.weights.chunks_mut(v).enumerate() {
            let n_a = self.train.rows[a];
            if n_a == 0.0 {
                continue;
            }
            let p = softmax(row);
            let counts = &self.train.pairs[a * v..(a + 1) * v];
            for ((w, pb), c) in row.iter_mut().zip(p).zip(counts) {
                *w -= scale * (n_a * pb - c);
            }
        }
    }

    /// Runs `steps` steps (capped at [`MAX_TRAIN_STEPS`]) and returns `(train_loss, val_loss)`
    /// after each one, for the loss curves.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let curve = BigramModel::new(&corpus(), 0, 5).train(1.0, 3);
    /// assert_eq!(curve.len(), 3);
    /// assert!(curve[2].0 < curve[0].0);
    /// ```
    pub fn train(&mut self, lr: f64, steps: usize) -> Vec<(f64, f64)> {
        (0..steps.min(MAX_TRAIN_STEPS))
            .map(|_| {
                self.step(lr);
                (self.train_loss(), self.val_loss())
            })
            .collect()
    }

    /// The logits `W_prev` for the token after `prev`; empty if `prev` is out of range.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let m = BigramModel::new(&corpus(), 0, 5);
    /// assert_eq!(m.logits(0).len(), m.vocab().len());
    /// assert!(m.logits(10_000).is_empty());
    /// ```
    pub fn logits(&self, prev: usize) -> &[f64] {
        let v = self.vocab.len();
        prev.checked_mul(v)
            .and_then(|start| self.weights.get(start..start.checked_add(v)?))
            .unwrap_or_default()
    }

    /// Next-token distribution `softmax(W_prev / T)` (edge cases of `T` as
    /// [`softmax_t`](super::softmax_t)); empty if `prev` is out of range.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let p = BigramModel::new(&corpus(), 0, 5).next_token_probs(0, 1.0);
    /// assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    /// ```
    pub fn next_token_probs(&self, prev: usize, temperature: f64) -> Vec<f64> {
        softmax_t(self.logits(prev), temperature)
    }

    /// Per-position losses of a token sequence: `-ln softmax(W_(ids_t))_(ids_(t+1))` for each
    /// consecutive pair (so one fewer than `ids`). Out-of-range ids give `+inf`.
    ///
    /// ```
    /// use softmax_lab::math::BigramModel;
    /// use softmax_lab::sections::training::model::corpus;
    /// let m = BigramModel::new(&corpus(), 0, 5);
    /// let ids = m.vocab().encode("The cat sat.");
    /// assert_eq!(m.sequence_losses(&ids).len(), ids.len() - 1);
    /// ```
    pub fn sequence_losses(&self, ids: &[usize]) -> Vec<f64> {
        ids.windows(2)
            .map(|w| cross_entropy(self.logits(w[0]), w[1]))
            .collect()
    }

    /// Samples a sentence: from the start token, draw each next token from `softmax(W_prev / T)`
    /// (never the start token) until `"."` or `max_tokens` tokens (capped at 64). Returns the
    /// drawn ids, without the start token. Deterministic for the `rng` state.
    ///
    /// ```
    /// use softmax_lab::math::{BigramModel, Rng};
    /// use softmax_lab::sections::training::model::corpus;
    /// let mut m = BigramModel::new(&corpus(), 0, 30);
    /// m.train(2.0, 200);
    /// let ids = m.generate(&mut Rng::new(4), 1.0, 20);
    /// assert!(!ids.is_empty() && ids.len() <= 20 && !ids.contains(&0));
    /// ```
    pub fn generate(&self, rng: &mut Rng, temperature: f64, max_tokens: usize) -> Vec<usize> {
        let v = self.vocab.len();
        let end = self.vocab.id(END_TOKEN).unwrap_or(1);
        let not_start: Vec<bool> = (0..v).map(|i| i != 0).collect();
        let mut out = Vec::new();
        let mut prev = 0;
        while out.len() < max_tokens.min(64) {
            let p = softmax_where(self.logits(prev), temperature, Some(&not_start));
            prev = super::rng::sample_index(&p, rng.next_f64());
            out.push(prev);
            if prev == end {
                break;
            }
        }
        out
    }
}
