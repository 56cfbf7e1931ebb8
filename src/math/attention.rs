//! Row-wise softmax of an attention score matrix, with scaling and a causal mask.

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
