//! Targets that are not one-hot: label smoothing (a little probability for every token) and a
//! distillation teacher's softened distribution, with the losses trained against them.

use super::softmax::{apply_temperature, log_softmax};

/// The label-smoothed target over `n` tokens: `y_i = (1 - e) [i == target] + e / n`, as PyTorch's
/// `CrossEntropyLoss(label_smoothing = e)` builds it.
///
/// `e` is clamped to `[0, 1]` (NaN counts as 0); `n = 0` gives an empty vector; an out-of-range
/// `target` gives every token `e / n` (the vector then sums to `e`).
///
/// ```
/// use softmax_lab::math::smoothed_target;
/// let y = smoothed_target(3, 0, 0.1);
/// assert!((y[0] - 0.93333).abs() < 1e-5 && (y[1] - 0.03333).abs() < 1e-5);
/// assert_eq!(smoothed_target(2, 1, 0.0), [0.0, 1.0]);
/// ```
pub fn smoothed_target(n: usize, target: usize, e: f64) -> Vec<f64> {
    let e = if e.is_nan() { 0.0 } else { e.clamp(0.0, 1.0) };
    let share = e / n.max(1) as f64;
    (0..n)
        .map(|i| if i == target { 1.0 - e + share } else { share })
        .collect()
}

/// Each token's term of the cross-entropy against a soft target, from the logits:
/// `-y_i ln softmax(z)_i = y_i (logsumexp(z) - z_i)`, without ever forming a tiny probability.
///
/// Pairs are taken up to the shorter slice; a token with `y_i <= 0` (or NaN) adds 0, a token with
/// `y_i > 0` and a `-inf` logit adds `+inf`.
///
/// ```
/// use softmax_lab::math::soft_cross_entropy_terms;
/// let t = soft_cross_entropy_terms(&[0.0, 0.0], &[0.5, 0.5]);
/// assert!((t[0] - 0.5 * 2f64.ln()).abs() < 1e-12);
/// ```
pub fn soft_cross_entropy_terms(logits: &[f64], y: &[f64]) -> Vec<f64> {
    log_softmax(logits)
        .iter()
        .zip(y)
        .map(|(l, &yi)| if yi > 0.0 { -yi * l } else { 0.0 })
        .collect()
}

/// Cross-entropy of the logits against a soft target: `H(y, p) = -sum_i y_i ln softmax(z)_i`,
/// the sum of [`soft_cross_entropy_terms`]. It is never below the entropy of `y` (reached at
/// `p = y`), and with label smoothing that floor is above 0.
///
/// ```
/// use softmax_lab::math::{smoothed_target, soft_cross_entropy};
/// // LESSON.md: logits [3, 1, 0], target refund, label smoothing 0.1 -> loss 0.3365.
/// let l = soft_cross_entropy(&[3.0, 1.0, 0.0], &smoothed_target(3, 0, 0.1));
/// assert!((l - 0.3365).abs() < 5e-5);
/// ```
pub fn soft_cross_entropy(logits: &[f64], y: &[f64]) -> f64 {
    soft_cross_entropy_terms(logits, y).iter().sum()
}

/// How far the right logit must lead every other one for the smoothed loss to be lowest:
/// at `p = y` the logits differ by `ln(y_right / y_other) = ln((1 - e + e/n) / (e/n))`.
///
/// `e <= 0` (or NaN) gives `+inf`: a one-hot target keeps pushing the right logit up forever.
/// `n < 2` gives 0.
///
/// ```
/// use softmax_lab::math::smoothing_logit_gap;
/// assert!((smoothing_logit_gap(3, 0.1) - 28f64.ln()).abs() < 1e-12);
/// assert_eq!(smoothing_logit_gap(3, 0.0), f64::INFINITY);
/// ```
pub fn smoothing_logit_gap(n: usize, e: f64) -> f64 {
    if n < 2 {
        return 0.0;
    }
    if e.is_nan() || e <= 0.0 {
        return f64::INFINITY;
    }
    let y = smoothed_target(n, 0, e);
    (y[0] / y[1]).ln()
}

/// Kullback-Leibler divergence between the softmaxes of two logit vectors at temperature `t`:
/// `KL(q_T || p_T) = sum_i q_i (ln q_i - ln p_i)` with `q_T = softmax(teacher / t)` and
/// `p_T = softmax(student / t)`, computed from log-softmaxes. Never negative; 0 when the two
/// give the same distribution.
///
/// Pairs are taken up to the shorter slice (after the softmaxes of the whole vectors); tokens
/// with `q_i = 0` add nothing. A `t` that is not finite and positive counts as 1.
///
/// ```
/// use softmax_lab::math::softened_kl;
/// assert!(softened_kl(&[2.0, 0.0], &[2.0, 0.0], 3.0).abs() < 1e-15);
/// let kl = softened_kl(&[0.0, 0.0], &[1.0, 0.0], 1.0);
/// assert!((kl - (0.5f64.ln() - 0.5 * ((1f64 / (1.0 + 1f64.exp())).ln() + (1f64.exp() / (1.0 + 1f64.exp())).ln()))).abs() < 1e-12);
/// ```
pub fn softened_kl(teacher: &[f64], student: &[f64], t: f64) -> f64 {
    let (lq, lp) = softened_log_probs(teacher, student, t);
    let kl: f64 = lq
        .iter()
        .zip(&lp)
        .filter(|(q, _)| **q > f64::NEG_INFINITY)
        .map(|(q, p)| q.exp() * (q - p))
        .sum();
    kl.max(0.0)
}

/// The distillation loss a student minimises against a teacher at temperature `t`:
/// `T^2 KL(q_T || p_T)` (Hinton, Vinyals & Dean 2015). The `T^2` keeps its gradient about as
/// large as the hard loss's at any `T` (see [`distillation_grad`]).
///
/// ```
/// use softmax_lab::math::{distillation_loss, softened_kl};
/// let (teacher, student) = ([3.0, 1.0, 0.0], [0.0, 0.0, 0.0]);
/// assert!((distillation_loss(&teacher, &student, 4.0) - 16.0 * softened_kl(&teacher, &student, 4.0)).abs() < 1e-12);
/// ```
pub fn distillation_loss(teacher: &[f64], student: &[f64], t: f64) -> f64 {
    let t = distillation_temperature(t);
    t * t * softened_kl(teacher, student, t)
}

/// Gradient of [`distillation_loss`] with respect to the student's logits:
/// `dL/ds_i = T (p_T,i - q_T,i)`. Without the `T^2` it would be `(p_T,i - q_T,i) / T`, and since
/// `p_T - q_T` itself shrinks about as `1/T`, it would fade as `1/T^2`.
///
/// Pairs are taken up to the shorter vector; a `t` that is not finite and positive counts as 1.
///
/// ```
/// use softmax_lab::math::distillation_grad;
/// let g = distillation_grad(&[2.0, 0.0], &[0.0, 0.0], 2.0);
/// let q0 = 1.0 / (1.0 + (-1f64).exp());
/// assert!((g[0] - 2.0 * (0.5 - q0)).abs() < 1e-12);
/// assert!((g[0] + g[1]).abs() < 1e-12);
/// ```
pub fn distillation_grad(teacher: &[f64], student: &[f64], t: f64) -> Vec<f64> {
    let t = distillation_temperature(t);
    let (q, p) = softened_log_probs(teacher, student, t);
    q.iter()
        .zip(&p)
        .map(|(q, p)| t * (p.exp() - q.exp()))
        .collect()
}

/// A distillation temperature as used: `t` when finite and positive, else 1.
fn distillation_temperature(t: f64) -> f64 {
    if t.is_finite() && t > 0.0 {
        t
    } else {
        1.0
    }
}

/// `(ln q_T, ln p_T)`: the log-softmaxes of the teacher's and the student's logits over `t`.
fn softened_log_probs(teacher: &[f64], student: &[f64], t: f64) -> (Vec<f64>, Vec<f64>) {
    let t = distillation_temperature(t);
    (
        log_softmax(&apply_temperature(teacher, t)),
        log_softmax(&apply_temperature(student, t)),
    )
}
