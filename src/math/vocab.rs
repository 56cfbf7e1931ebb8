//! A realistic large vocabulary (V ~ 128,000) and summaries that avoid sorting it.

use super::filter::nucleus_size;
use super::info::entropy;
use super::rank::top_n_indices;
use super::rng::Rng;
use super::softmax::softmax_t;

/// Largest vocabulary the generators here build (2^20 tokens), so no size can exhaust memory.
///
/// ```
/// use softmax_lab::math::{zipf_logits, MAX_VOCAB};
/// assert_eq!(zipf_logits(usize::MAX, 1).len(), MAX_VOCAB);
/// ```
pub const MAX_VOCAB: usize = 1 << 20;

/// Zipf exponent `s` of [`zipf_logits`]: the rank-`r` token has logit about `-s ln r`.
///
/// ```
/// use softmax_lab::math::ZIPF_EXPONENT;
/// assert!(ZIPF_EXPONENT > 1.0);
/// ```
pub const ZIPF_EXPONENT: f64 = 1.3;

/// Synthetic next-token logits with a Zipf-like shape: the token of rank `r` (1-based) gets
/// `z = 8 - s ln r + 0.3 n`, `s =` [`ZIPF_EXPONENT`], `n ~ N(0, 1)` seeded, then the tokens are
/// shuffled (seeded Fisher–Yates) so a token's id says nothing about its rank.
///
/// `softmax` of it is roughly `p ~ 1/r^s`: a few likely tokens and a very long tail, as in a real
/// language model. Deterministic for `(v, seed)` on every platform. `v` is capped at
/// [`MAX_VOCAB`]; `v = 0` -> empty.
///
/// ```
/// use softmax_lab::math::zipf_logits;
/// let z = zipf_logits(128_000, 7);
/// assert_eq!(z.len(), 128_000);
/// assert_eq!(z, zipf_logits(128_000, 7));
/// assert!(z.iter().all(|x| x.is_finite()));
/// ```
pub fn zipf_logits(v: usize, seed: u64) -> Vec<f64> {
    let v = v.min(MAX_VOCAB);
    let mut rng = Rng::new(seed);
    let mut logits: Vec<f64> = (1..=v)
        .map(|rank| 8.0 - ZIPF_EXPONENT * (rank as f64).ln() + 0.3 * rng.normal())
        .collect();
    for i in (1..v).rev() {
        let j = rng.below(i + 1);
        logits.swap(i, j);
    }
    logits
}

/// What the large-vocabulary view shows, computed in expected `O(V)` (no full sort).
///
/// ```
/// use softmax_lab::math::summarize_vocab;
/// let s = summarize_vocab(&[2.0, 1.0, 0.0], 1.0, 0.9, 2);
/// assert_eq!(s.top.len(), 2);
/// assert_eq!(s.top[0].0, 0);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct VocabSummary {
    /// Entropy of `softmax(z / T)`, in nats.
    pub entropy_nats: f64,
    /// `exp(entropy)`: the effective number of choices.
    pub effective_choices: f64,
    /// Number of tokens in the top-p nucleus of `softmax(z / T)`.
    pub nucleus_size: usize,
    /// The most probable tokens as `(index, probability)`, most probable first.
    pub top: Vec<(usize, f64)>,
}

/// Summarises `p = softmax(z / T)` for a large vocabulary: entropy, `exp(entropy)`, nucleus size
/// at `top_p` and the `top_n` most probable tokens.
///
/// Each part is `O(V)` expected (partial selection, quickselect nucleus), so V = 128,000 stays
/// within a frame. Edge cases as [`softmax_t`], [`nucleus_size`] and
/// [`top_n_indices`]; empty -> zero entropy, 1 choice, nucleus 0, no tokens.
///
/// ```
/// use softmax_lab::math::{summarize_vocab, zipf_logits};
/// let s = summarize_vocab(&zipf_logits(128_000, 1), 1.0, 0.9, 10);
/// assert!(s.nucleus_size > 1 && s.nucleus_size < 128_000);
/// assert!(s.top[0].1 >= s.top[9].1);
/// ```
pub fn summarize_vocab(logits: &[f64], temperature: f64, top_p: f64, top_n: usize) -> VocabSummary {
    let probs = softmax_t(logits, temperature);
    let entropy_nats = entropy(&probs);
    VocabSummary {
        entropy_nats,
        effective_choices: entropy_nats.exp(),
        nucleus_size: nucleus_size(&probs, top_p),
        top: top_n_indices(&probs, top_n)
            .into_iter()
            .map(|i| (i, probs[i]))
            .collect(),
    }
}
