//! Row-wise softmax of an attention score matrix, with scaling and a causal mask.

use super::rng::Rng;
use super::softmax::softmax_where;

/// How the causal mask treats "future" scores (column `j > row i`).
///
/// ```
/// use softmax_lab::math::MaskMode;
/// assert_eq!(MaskMode::default(), MaskMode::None);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MaskMode {
    /// No mask: every position attends to every position.
    #[default]
    None,
    /// The wrong way: future scores set to 0, which still gets weight `e^0 = 1` (it leaks).
    Zero,
    /// The right way: future scores set to `-inf`, so their weight is exactly 0.
    NegInf,
}

/// The factor the scores are multiplied by: `1 / sqrt(d_k)` when `scale` is on, else 1.
///
/// A `d_k` below 1, NaN or infinite counts as 1 (a key dimension is at least 1).
///
/// ```
/// use softmax_lab::math::attention_scale;
/// assert_eq!(attention_scale(64.0, true), 0.125);
/// assert_eq!(attention_scale(64.0, false), 1.0);
/// assert_eq!(attention_scale(f64::NAN, true), 1.0);
/// ```
pub fn attention_scale(d_k: f64, scale: bool) -> f64 {
    if scale && d_k.is_finite() && d_k > 1.0 {
        1.0 / d_k.sqrt()
    } else {
        1.0
    }
}

/// The scores the softmax sees: `s_ij * attention_scale(d_k, scale)`, with future entries
/// (`j > i`) replaced by 0 ([`MaskMode::Zero`]) or `-inf` ([`MaskMode::NegInf`]).
///
/// Rows may have any length (ragged input is fine); NaN scores are left as they are (the softmax
/// treats them as `-inf`). Empty -> empty.
///
/// ```
/// use softmax_lab::math::{attention_scores, MaskMode};
/// let s = attention_scores(&[vec![4.0, 8.0], vec![4.0, 8.0]], 4.0, true, MaskMode::NegInf);
/// assert_eq!(s, vec![vec![2.0, f64::NEG_INFINITY], vec![2.0, 4.0]]);
/// ```
pub fn attention_scores(
    scores: &[Vec<f64>],
    d_k: f64,
    scale: bool,
    mask: MaskMode,
) -> Vec<Vec<f64>> {
    let factor = attention_scale(d_k, scale);
    scores
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .enumerate()
                .map(|(j, &s)| match mask {
                    MaskMode::Zero if j > i => 0.0,
                    MaskMode::NegInf if j > i => f64::NEG_INFINITY,
                    _ => s * factor,
                })
                .collect()
        })
        .collect()
}

/// Attention weights: row-wise `softmax(s_i * scale)` of [`attention_scores`], so each non-empty
/// row sums to 1.
///
/// With [`MaskMode::NegInf`] the future weights are exactly 0.0, even if every visible score is
/// `-inf` (the visible ones then share the row uniformly). With [`MaskMode::Zero`] future tokens
/// keep weight (the leak the lesson shows). Scores follow [`softmax`](super::softmax): NaN counts
/// as `-inf`, and finite scores up to +-1e300 are fine. Empty rows stay empty.
///
/// ```
/// use softmax_lab::math::{attention_weights, MaskMode};
/// let s = vec![vec![1.0, 2.0, 3.0]; 3];
/// let w = attention_weights(&s, 1.0, false, MaskMode::NegInf);
/// assert_eq!(w[0], vec![1.0, 0.0, 0.0]);
/// assert_eq!(w[1][2], 0.0);
/// assert!(attention_weights(&s, 1.0, false, MaskMode::Zero)[0][2] > 0.0);
/// ```
pub fn attention_weights(
    scores: &[Vec<f64>],
    d_k: f64,
    scale: bool,
    mask: MaskMode,
) -> Vec<Vec<f64>> {
    attention_scores(scores, d_k, scale, mask)
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            if mask == MaskMode::NegInf {
                let visible: Vec<bool> = (0..row.len()).map(|j| j <= i).collect();
                softmax_where(&row, 1.0, Some(&visible))
            } else {
                softmax_where(&row, 1.0, None)
            }
        })
        .collect()
}

/// Weight each row puts on future positions: `sum_{j > i} w_ij` (0.0 for a correct causal mask).
///
/// Empty rows and rows with no future columns give 0.0.
///
/// ```
/// use softmax_lab::math::{attention_weights, future_weight, MaskMode};
/// let s = vec![vec![0.0; 3]; 3];
/// let leak = future_weight(&attention_weights(&s, 1.0, false, MaskMode::Zero));
/// assert!((leak[0] - 2.0 / 3.0).abs() < 1e-12);
/// assert_eq!(future_weight(&attention_weights(&s, 1.0, false, MaskMode::NegInf)), vec![0.0; 3]);
/// ```
pub fn future_weight(weights: &[Vec<f64>]) -> Vec<f64> {
    weights
        .iter()
        .enumerate()
        .map(|(i, row)| row.iter().skip(i + 1).sum())
        .collect()
}

/// Largest key dimension [`dot_product_scores`] draws (the attention section's slider maximum).
pub const MAX_KEY_DIM: usize = 1024;

/// Raw scores `s_ij = q_i . k_j` of `n` random query and key vectors with `d_k` components, each
/// component drawn from N(0, 1) by `Rng::new(seed)`: like real dot products, each score has mean 0
/// and variance `d_k`, so the spread grows as `sqrt(d_k)`.
///
/// Components are drawn one dimension at a time for all vectors, so the scores for `d_k + 1` extend
/// those for `d_k` (a slider moves them smoothly). `d_k` is clamped to `1..=MAX_KEY_DIM`.
///
/// ```
/// use softmax_lab::math::dot_product_scores;
/// let s = dot_product_scores(5, 64, 7);
/// assert_eq!((s.len(), s[0].len()), (5, 5));
/// assert_eq!(s, dot_product_scores(5, 64, 7));
/// assert_ne!(s, dot_product_scores(5, 64, 8));
/// ```
pub fn dot_product_scores(n: usize, d_k: usize, seed: u64) -> Vec<Vec<f64>> {
    dot_product_scores_at(n, &[d_k], seed)
        .pop()
        .unwrap_or_default()
}

/// [`dot_product_scores`] for each key dimension in `dims` (ascending), in one pass: the scores
/// for a larger d_k extend those for a smaller one, so the work is that of the largest alone.
///
/// ```
/// use softmax_lab::math::{dot_product_scores, dot_product_scores_at};
/// let all = dot_product_scores_at(4, &[1, 16, 300], 9);
/// assert_eq!(all[1], dot_product_scores(4, 16, 9));
/// assert_eq!(all[2], dot_product_scores(4, 300, 9));
/// ```
pub fn dot_product_scores_at(n: usize, dims: &[usize], seed: u64) -> Vec<Vec<Vec<f64>>> {
    let mut rng = Rng::new(seed);
    let mut scores = vec![vec![0.0; n]; n];
    let (mut q, mut k) = (vec![0.0; n], vec![0.0; n]);
    let mut done = 0;
    dims.iter()
        .map(|&d_k| {
            for _ in done..d_k.clamp(1, MAX_KEY_DIM).max(done) {
                for i in 0..n {
                    q[i] = rng.normal();
                    k[i] = rng.normal();
                }
                for (row, qi) in scores.iter_mut().zip(&q) {
                    for (s, kj) in row.iter_mut().zip(&k) {
                        *s += qi * kj;
                    }
                }
            }
            done = d_k.clamp(1, MAX_KEY_DIM).max(done);
            scores.clone()
        })
        .collect()
}

/// The mean over rows of each row's largest weight: 1/n for uniform rows, 1 when every row puts
/// all its weight on one key (saturated). Empty -> NaN.
///
/// ```
/// use softmax_lab::math::mean_row_max;
/// assert_eq!(mean_row_max(&[vec![0.5, 0.5], vec![1.0, 0.0]]), 0.75);
/// assert!(mean_row_max(&[]).is_nan());
/// ```
pub fn mean_row_max(weights: &[Vec<f64>]) -> f64 {
    let total: f64 = weights
        .iter()
        .map(|row| row.iter().copied().fold(0.0, f64::max))
        .sum();
    total / weights.len() as f64
}
