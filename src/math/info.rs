//! Entropy, bits vs nats, perplexity and the "effective number of choices".

use std::f64::consts::LN_2;

/// Shannon entropy in nats: `H(p) = -sum_i p_i ln p_i`, with `0 ln 0 = 0`.
///
/// Lies in `[0, ln n]` for a distribution over `n` tokens. Entries that are NaN, `<= 0` or
/// infinite contribute nothing; the input is not renormalised; the result is never negative.
/// Empty -> 0.0.
///
/// ```
/// use softmax_lab::math::entropy;
/// assert!((entropy(&[0.25; 4]) - 4f64.ln()).abs() < 1e-12);
/// assert_eq!(entropy(&[1.0, 0.0]), 0.0);
/// assert_eq!(entropy(&[]), 0.0);
/// ```
pub fn entropy(probs: &[f64]) -> f64 {
    let h: f64 = probs
        .iter()
        .filter(|p| p.is_finite() && **p > 0.0)
        .map(|&p| -p * p.ln())
        .sum();
    h.max(0.0)
}

/// Converts nats to bits: `x / ln 2`. NaN and infinities pass through.
///
/// ```
/// use softmax_lab::math::nats_to_bits;
/// assert!((nats_to_bits(2f64.ln()) - 1.0).abs() < 1e-15);
/// ```
pub fn nats_to_bits(nats: f64) -> f64 {
    nats / LN_2
}

/// Entropy in bits: `H_2(p) = -sum_i p_i log2 p_i = entropy(p) / ln 2`. Edge cases as [`entropy`].
///
/// ```
/// use softmax_lab::math::entropy_bits;
/// assert!((entropy_bits(&[0.25; 4]) - 2.0).abs() < 1e-12);
/// ```
pub fn entropy_bits(probs: &[f64]) -> f64 {
    nats_to_bits(entropy(probs))
}

/// Effective number of choices: `exp(H(p))`, the size of a uniform distribution with the same
/// entropy. Between 1 and `n`; empty input -> 1.0.
///
/// ```
/// use softmax_lab::math::effective_choices;
/// assert!((effective_choices(&[0.25; 4]) - 4.0).abs() < 1e-12);
/// assert_eq!(effective_choices(&[1.0]), 1.0);
/// ```
pub fn effective_choices(probs: &[f64]) -> f64 {
    entropy(probs).exp()
}

/// Perplexity from a mean loss in nats: `PPL = exp(mean loss)`.
///
/// Overflows to `+inf` for a mean above ~709.78; `+inf` -> `+inf`; NaN -> NaN (no loss to
/// report). A negative mean (not a real cross-entropy) gives a value below 1.
///
/// ```
/// use softmax_lab::math::perplexity;
/// assert!((perplexity(2f64.ln()) - 2.0).abs() < 1e-12);
/// assert_eq!(perplexity(0.0), 1.0);
/// ```
pub fn perplexity(mean_loss_nats: f64) -> f64 {
    mean_loss_nats.exp()
}

/// Perplexity of a single token predicted with probability `p`: `1 / p = exp(-ln p)`.
///
/// `p <= 0` or NaN -> `+inf`; `p >= 1` -> 1.0 (values above 1 are clamped).
///
/// ```
/// use softmax_lab::math::perplexity_of_prob;
/// assert_eq!(perplexity_of_prob(0.5), 2.0);
/// assert!((perplexity_of_prob(0.01) - 100.0).abs() < 1e-9);
/// assert_eq!(perplexity_of_prob(0.0), f64::INFINITY);
/// ```
pub fn perplexity_of_prob(p: f64) -> f64 {
    if p.is_nan() || p <= 0.0 {
        f64::INFINITY
    } else if p >= 1.0 {
        1.0
    } else {
        1.0 / p
    }
}
