//! The sampling pipeline: temperature, top-k, softmax, top-p, min-p, renormalise.

use super::filter::{min_p_mask, top_k_mask, top_p_mask};
use super::softmax::softmax_where;

/// Every stage of the sampling pipeline, so the chart can show what each filter removed.
///
/// ```
/// use softmax_lab::math::sampling_pipeline;
/// let s = sampling_pipeline(&[3.0, 1.0, 0.0, -2.0], 1.0, 3, 0.9, 0.2);
/// assert_eq!(s.kept_by_top_k, vec![true, true, true, false]);
/// assert_eq!(s.kept_by_top_p, vec![true, true, false, false]);
/// assert_eq!(s.kept_by_min_p, vec![true, false, false, false]);
/// assert_eq!(s.probs, vec![1.0, 0.0, 0.0, 0.0]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SamplingStages {
    /// `softmax(z / T)` over the tokens top-k kept (the distribution top-p looks at); removed 0.0.
    pub before_top_p: Vec<f64>,
    /// `true` where top-k keeps the token.
    pub kept_by_top_k: Vec<bool>,
    /// `true` where top-p keeps the token (also `false` for tokens top-k already removed).
    pub kept_by_top_p: Vec<bool>,
    /// `true` where min-p keeps the token (also `false` for tokens removed before it): the
    /// tokens sampled from.
    pub kept_by_min_p: Vec<bool>,
    /// The final distribution: kept tokens renormalised, removed tokens exactly 0.0.
    pub probs: Vec<f64>,
}

/// Runs the Hugging Face / vLLM order and returns every stage: divide logits by `T`, top-k on the
/// scaled logits, softmax over the kept tokens, top-p, renormalise, min-p, renormalise.
///
/// Top-k on `z / T` keeps the same tokens as on `z` for any `T > 0`, so it is applied to `z`.
/// Temperature edge cases as [`softmax_t`](super::softmax_t) (`T <= 0`/NaN: arg-max limit), top-k
/// as [`top_k_mask`] (`0` = off), top-p as [`top_p_mask`] (`>= 1` = off, `<= 0` = most probable
/// only), min-p as [`min_p_mask`] on the distribution top-p leaves (`<= 0` = off). At least one
/// token always survives, so `probs` sums to 1 for non-empty input; empty
/// input gives empty stages.
///
/// ```
/// use softmax_lab::math::sampling_pipeline;
/// let s = sampling_pipeline(&[1.0, 1.0, 0.0], 1.0, 1, 1.0, 0.0);
/// assert_eq!(s.probs, vec![0.5, 0.5, 0.0]);
/// ```
pub fn sampling_pipeline(
    logits: &[f64],
    temperature: f64,
    top_k: usize,
    top_p: f64,
    min_p: f64,
) -> SamplingStages {
    let kept_by_top_k = top_k_mask(logits, top_k);
    let before_top_p = softmax_where(logits, temperature, Some(&kept_by_top_k));
    let kept_by_top_p: Vec<bool> = top_p_mask(&before_top_p, top_p)
        .into_iter()
        .zip(&kept_by_top_k)
        .map(|(p, &k)| p && k)
        .collect();
    let after_top_p = renormalise(&before_top_p, &kept_by_top_p);
    let kept_by_min_p: Vec<bool> = min_p_mask(&after_top_p, min_p)
        .into_iter()
        .zip(&kept_by_top_p)
        .map(|(m, &k)| m && k)
        .collect();
    // Renormalised again only when min-p removed something (no rounding otherwise).
    let probs = if kept_by_min_p == kept_by_top_p {
        after_top_p
    } else {
        renormalise(&after_top_p, &kept_by_min_p)
    };
    SamplingStages {
        before_top_p,
        kept_by_top_k,
        kept_by_top_p,
        kept_by_min_p,
        probs,
    }
}

/// The distribution actually sampled from, in the Hugging Face / vLLM order: `z / T` -> top-k ->
/// softmax -> top-p -> min-p -> renormalise; removed tokens get exactly 0.0.
///
/// Edge cases as [`sampling_pipeline`]: sums to 1 within rounding for any non-empty input,
/// empty -> empty.
///
/// ```
/// use softmax_lab::math::sampling_distribution;
/// let p = sampling_distribution(&[3.0, 1.0, 0.0], 1.0, 0, 0.9, 0.0);
/// assert_eq!(p[2], 0.0);
/// assert!((p[0] - 0.844 / (0.844 + 0.114)).abs() < 1e-3);
/// assert_eq!(sampling_distribution(&[3.0, 1.0, 0.0], 0.0, 0, 1.0, 0.0), vec![1.0, 0.0, 0.0]);
/// ```
pub fn sampling_distribution(
    logits: &[f64],
    temperature: f64,
    top_k: usize,
    top_p: f64,
    min_p: f64,
) -> Vec<f64> {
    sampling_pipeline(logits, temperature, top_k, top_p, min_p).probs
}

/// The llama.cpp default order: top-k, top-p and min-p choose the tokens on the `T = 1`
/// distribution, then temperature is applied last, as `softmax(z / T)` over what was kept;
/// removed tokens 0.0.
///
/// It differs from [`sampling_distribution`] because the nucleus is chosen before `T` reshapes
/// the distribution: a high `T` cannot let more tokens in. Edge cases as [`sampling_pipeline`].
///
/// ```
/// use softmax_lab::math::{sampling_distribution, sampling_distribution_temperature_last};
/// let z = [3.0, 1.0, 0.0];
/// assert_eq!(sampling_distribution_temperature_last(&z, 2.0, 0, 0.9, 0.0)[2], 0.0);
/// assert!(sampling_distribution(&z, 2.0, 0, 0.9, 0.0)[2] > 0.0);
/// ```
pub fn sampling_distribution_temperature_last(
    logits: &[f64],
    temperature: f64,
    top_k: usize,
    top_p: f64,
    min_p: f64,
) -> Vec<f64> {
    let stages = sampling_pipeline(logits, 1.0, top_k, top_p, min_p);
    softmax_where(logits, temperature, Some(&stages.kept_by_min_p))
}

/// `q_i = p_i / sum_{kept} p_j` on kept tokens, exactly 0.0 elsewhere.
fn renormalise(probs: &[f64], keep: &[bool]) -> Vec<f64> {
    let total: f64 = probs
        .iter()
        .zip(keep)
        .filter(|(_, &k)| k)
        .map(|(p, _)| p)
        .sum();
    probs
        .iter()
        .zip(keep)
        .map(|(&p, &k)| if k && total > 0.0 { p / total } else { 0.0 })
        .collect()
}
