//! Cross-entropy loss, from logits (stable) and from probabilities (for the lesson's views).

use super::softmax::{key, max_key, shifted_sum, softmax};
use super::vocab::MAX_VOCAB;

/// Cross-entropy of the true token `c`, in nats: `L = logsumexp(z) - z_c = -ln softmax(z)_c`.
///
/// Computed from the logits as `ln sum_j e^(z_j - m) - (z_c - m)`, never as `-ln` of a possibly
/// underflowed probability, so it is finite for any finite logits and always `>= 0`; it equals
/// `-log_softmax(z)[c]` exactly. Edge cases: `target >= len` (including empty input) -> `+inf`
/// (the true token has no probability); a NaN or `-inf` target logit -> `+inf`; all logits
/// `-inf`/NaN -> `ln n` (uniform); `+inf` logits -> `ln(count)` for a target at `+inf`, else `+inf`.
///
/// ```
/// use softmax_lab::math::cross_entropy;
/// assert!((cross_entropy(&[3.0, 1.0, 0.0], 1) - 2.170).abs() < 5e-4);
/// assert_eq!(cross_entropy(&[0.0, -800.0], 1), 800.0);
/// assert_eq!(cross_entropy(&[1.0, 2.0], 7), f64::INFINITY);
/// ```
pub fn cross_entropy(logits: &[f64], target: usize) -> f64 {
    let Some(&zc) = logits.get(target) else {
        return f64::INFINITY;
    };
    let m = max_key(logits);
    if m == f64::NEG_INFINITY {
        return (logits.len() as f64).ln();
    }
    if m == f64::INFINITY {
        if zc == f64::INFINITY {
            let ties = logits.iter().filter(|&&z| z == f64::INFINITY).count();
            return (ties as f64).ln();
        }
        return f64::INFINITY;
    }
    shifted_sum(logits, m).ln() - (key(zc) - m)
}

/// The loss given the probability of the true token: `-ln p`, in nats.
///
/// `p <= 0` or NaN -> `+inf` (the true token was ruled out); `p >= 1` -> `0.0` (values above 1
/// are clamped). `neg_log(0.5) = ln 2 = 0.693`.
///
/// ```
/// use softmax_lab::math::neg_log;
/// assert!((neg_log(0.1) - 2.303).abs() < 5e-4);
/// assert_eq!(neg_log(1.0), 0.0);
/// assert_eq!(neg_log(0.0), f64::INFINITY);
/// assert_eq!(neg_log(f64::NAN), f64::INFINITY);
/// ```
pub fn neg_log(p: f64) -> f64 {
    if p.is_nan() || p <= 0.0 {
        f64::INFINITY
    } else if p >= 1.0 {
        0.0
    } else {
        -p.ln()
    }
}

/// Cross-entropy from a probability vector and the true index: `-sum_i y_i ln p_i = -ln p_c`.
///
/// Out-of-range `target` (or empty input) -> `+inf`; otherwise [`neg_log`] of `probs[target]`.
/// Prefer [`cross_entropy`] on logits: this one inherits any underflow already in `probs`.
///
/// ```
/// use softmax_lab::math::cross_entropy_probs;
/// assert!((cross_entropy_probs(&[0.25; 4], 2) - 1.386).abs() < 5e-4);
/// assert_eq!(cross_entropy_probs(&[1.0], 3), f64::INFINITY);
/// ```
pub fn cross_entropy_probs(probs: &[f64], target: usize) -> f64 {
    probs.get(target).map_or(f64::INFINITY, |&p| neg_log(p))
}

/// The terms `-y_i ln p_i` of cross-entropy, for the one-hot view; `y_i = 0` gives exactly 0.0.
///
/// Pairs are taken up to the shorter slice. A term with `y_i > 0` uses [`neg_log`] (`p_i <= 0`
/// -> `+inf`); a NaN or non-positive `y_i` counts as 0 (`0 ln 0 = 0`).
///
/// ```
/// use softmax_lab::math::cross_entropy_terms;
/// let t = cross_entropy_terms(&[0.7, 0.2, 0.1], &[0.0, 1.0, 0.0]);
/// assert_eq!(t[0], 0.0);
/// assert!((t[1] - 1.609).abs() < 5e-4);
/// ```
pub fn cross_entropy_terms(probs: &[f64], y: &[f64]) -> Vec<f64> {
    probs
        .iter()
        .zip(y)
        .map(|(&p, &yi)| if yi > 0.0 { yi * neg_log(p) } else { 0.0 })
        .collect()
}

/// Cross-entropy against a soft or one-hot target: `H(y, p) = -sum_i y_i ln p_i` (sum of
/// [`cross_entropy_terms`]).
///
/// Empty input -> 0.0; `+inf` if some `y_i > 0` has `p_i <= 0`.
///
/// ```
/// use softmax_lab::math::{cross_entropy_soft, one_hot};
/// let l = cross_entropy_soft(&[0.9, 0.05, 0.05], &one_hot(3, 0));
/// assert!((l - 0.105).abs() < 5e-4);
/// ```
pub fn cross_entropy_soft(probs: &[f64], y: &[f64]) -> f64 {
    cross_entropy_terms(probs, y).iter().sum()
}

/// One-hot vector of length `n` with a 1.0 at `target`: `y_i = [i == target]`.
///
/// An out-of-range `target` gives all zeros; `n` is capped at [`MAX_VOCAB`].
///
/// ```
/// use softmax_lab::math::one_hot;
/// assert_eq!(one_hot(3, 1), vec![0.0, 1.0, 0.0]);
/// assert_eq!(one_hot(2, 5), vec![0.0, 0.0]);
/// ```
pub fn one_hot(n: usize, target: usize) -> Vec<f64> {
    let n = n.min(MAX_VOCAB);
    (0..n)
        .map(|i| if i == target { 1.0 } else { 0.0 })
        .collect()
}

/// Per-position losses: `L_t = cross_entropy(rows[t], targets[t])` for each position `t`.
///
/// Pairs are taken up to the shorter of `rows` and `targets`; each entry has the edge cases of
/// [`cross_entropy`] (out-of-range target -> `+inf`).
///
/// ```
/// use softmax_lab::math::row_losses;
/// let l = row_losses(&[vec![3.0, 1.0, 0.0], vec![0.5, 0.0, 2.0]], &[1, 2]);
/// assert!((l[0] - 2.170).abs() < 5e-4 && (l[1] - 0.306).abs() < 5e-4);
/// ```
pub fn row_losses(rows: &[Vec<f64>], targets: &[usize]) -> Vec<f64> {
    rows.iter()
        .zip(targets)
        .map(|(row, &t)| cross_entropy(row, t))
        .collect()
}

/// Mean cross-entropy over positions: `(1/N) sum_t cross_entropy(rows[t], targets[t])`.
///
/// Uses the first `N = min(rows.len(), targets.len())` pairs; `N = 0` -> 0.0. Any infinite
/// per-position loss makes the mean `+inf`.
///
/// ```
/// use softmax_lab::math::mean_cross_entropy;
/// let m = mean_cross_entropy(&[vec![3.0, 1.0, 0.0], vec![0.5, 0.0, 2.0]], &[1, 2]);
/// assert!((m - 1.238).abs() < 5e-4);
/// assert_eq!(mean_cross_entropy(&[], &[]), 0.0);
/// ```
pub fn mean_cross_entropy(rows: &[Vec<f64>], targets: &[usize]) -> f64 {
    let losses = row_losses(rows, targets);
    if losses.is_empty() {
        return 0.0;
    }
    losses.iter().sum::<f64>() / losses.len() as f64
}

/// Mean of the values whose mask entry is `true` (e.g. loss on the answer tokens only, as in
/// supervised fine-tuning): `sum_{mask_t} L_t / #{mask_t}`.
///
/// Pairs are taken up to the shorter slice; nothing selected -> 0.0.
///
/// ```
/// use softmax_lab::math::masked_mean;
/// assert_eq!(masked_mean(&[4.0, 1.0, 3.0], &[false, true, true]), 2.0);
/// assert_eq!(masked_mean(&[4.0], &[false]), 0.0);
/// ```
pub fn masked_mean(values: &[f64], mask: &[bool]) -> f64 {
    let (sum, count) = values
        .iter()
        .zip(mask)
        .filter(|(_, &m)| m)
        .fold((0.0, 0usize), |(s, c), (&v, _)| (s + v, c + 1));
    if count == 0 {
        0.0
    } else {
        sum / count as f64
    }
}

/// The "softmax applied twice" pitfall: `cross_entropy(softmax(z), c)`, i.e. probabilities fed
/// where logits are expected.
///
/// The inputs to the second softmax lie in `[0, 1]`, so the loss can never drop below
/// `ln(1 + (n-1)/e)` (0.551 for `n = 3`) and its gradient is weak. Edge cases as in [`cross_entropy`].
///
/// ```
/// use softmax_lab::math::softmax_twice_loss;
/// assert!((softmax_twice_loss(&[3.0, 1.0, 0.0], 1) - 1.387).abs() < 5e-4);
/// ```
pub fn softmax_twice_loss(logits: &[f64], target: usize) -> f64 {
    cross_entropy(&softmax(logits), target)
}
