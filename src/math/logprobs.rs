//! A real model's output in the playground: log-probabilities, probabilities and the slider range.

use super::softmax::logsumexp;

/// The probability the listed tokens held: `sum_i e^(lp_i) = e^(logsumexp(lp))` for
/// log-probabilities `lp_i = z_i - logsumexp(z over the whole vocabulary)`.
///
/// It is at most 1 for the log-probabilities of one distribution (1 when every token is listed);
/// the rest of the vocabulary held `1 - mass`. Empty input -> 0.
///
/// ```
/// use softmax_lab::math::listed_mass;
/// let lp = [0.5f64.ln(), 0.25f64.ln()];
/// assert!((listed_mass(&lp) - 0.75).abs() < 1e-12);
/// assert_eq!(listed_mass(&[]), 0.0);
/// ```
pub fn listed_mass(logprobs: &[f64]) -> f64 {
    logsumexp(logprobs).exp()
}

/// The mean loss per token of an answer, in nats: `-(1/n) sum_j ln p_j` over the
/// log-probabilities `ln p_j` the model gave the tokens it chose. Its `e^x` is the answer's
/// perplexity ([`super::perplexity`]). Empty input -> NaN.
///
/// ```
/// use softmax_lab::math::mean_surprisal;
/// let lp = [0.5f64.ln(), 0.25f64.ln()];
/// assert!((mean_surprisal(&lp) - 1.5 * 2f64.ln()).abs() < 1e-12);
/// assert!(mean_surprisal(&[]).is_nan());
/// ```
pub fn mean_surprisal(logprobs: &[f64]) -> f64 {
    -logprobs.iter().sum::<f64>() / logprobs.len() as f64
}

/// Logits for probabilities: `z_i = ln p_i`. Softmax gives the `p_i` back, renormalised over the
/// listed ones (`e^(ln p_i) / sum_j p_j`). `p = 0` -> `-inf`; negative or NaN -> NaN.
///
/// ```
/// use softmax_lab::math::logits_from_probs;
/// assert_eq!(logits_from_probs(&[1.0, 0.0]), vec![0.0, f64::NEG_INFINITY]);
/// ```
pub fn logits_from_probs(probs: &[f64]) -> Vec<f64> {
    probs.iter().map(|p| p.ln()).collect()
}

/// Logits moved into `[lo, hi]` without changing their softmax where possible: when any falls
/// outside, all move by the same `c = hi - max z` (softmax is shift-invariant), then those still
/// below `lo` are raised to it. Returns (logits rounded to 6 decimals, c, how many were raised).
/// Non-finite input is the caller's to remove first.
///
/// ```
/// use softmax_lab::math::fit_to_range;
/// assert_eq!(fit_to_range(&[-0.5, -3.0], -10.0, 10.0), (vec![-0.5, -3.0], 0.0, 0));
/// assert_eq!(fit_to_range(&[-1.0, -15.0, -40.0], -10.0, 10.0), (vec![10.0, -4.0, -10.0], 11.0, 1));
/// ```
pub fn fit_to_range(logits: &[f64], lo: f64, hi: f64) -> (Vec<f64>, f64, usize) {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let inside = logits.iter().all(|z| (lo..=hi).contains(z));
    let moves = !inside && max.is_finite();
    let shift = if moves { hi - max } else { 0.0 };
    let mut raised = 0;
    let fitted = logits
        .iter()
        .map(|z| {
            // (z - max) + hi, not z + (hi - max): the latter loses z entirely when max is huge.
            let moved = if moves { (z - max) + hi } else { *z };
            let moved = (moved * 1e6).round() / 1e6;
            if moved < lo {
                raised += 1;
                lo
            } else {
                moved.min(hi)
            }
        })
        .collect();
    (fitted, shift, raised)
}
