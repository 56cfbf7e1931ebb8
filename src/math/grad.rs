//! Gradients of the losses with respect to the logits, and one gradient-descent step.

use super::loss::cross_entropy;
use super::softmax::softmax;

/// Gradient of cross-entropy w.r.t. the logits: `dL/dz_i = p_i - y_i`, `p = softmax(z)`,
/// `y = one_hot(target)`.
///
/// It sums to 0: raising the true logit and lowering the others. Out-of-range `target` gives
/// `p` alone (no true token to pull up). Edge cases of `p` as in [`softmax`]; empty -> empty.
///
/// ```
/// use softmax_lab::math::grad_logits;
/// let g = grad_logits(&[3.0, 1.0, 0.0], 1);
/// assert!((g[1] + 0.886).abs() < 5e-4);
/// assert!(g.iter().sum::<f64>().abs() < 1e-12);
/// ```
pub fn grad_logits(logits: &[f64], target: usize) -> Vec<f64> {
    let mut g = softmax(logits);
    if let Some(gc) = g.get_mut(target) {
        *gc -= 1.0;
    }
    g
}

/// Central finite difference of [`cross_entropy`]:
/// `g_i = (L(z + e_i eps) - L(z - e_i eps)) / (2 eps)`.
///
/// Agrees with [`grad_logits`] to ~1e-6 at `eps = 1e-5` for moderate logits; large `eps` adds
/// truncation error and tiny `eps` rounding error (the point of the demo). `eps` is used as
/// `|eps|`; if that is 0, NaN or infinite every entry is 0.0. An entry is NaN if the loss is
/// infinite on both sides (e.g. a `-inf` target logit). Empty -> empty.
///
/// ```
/// use softmax_lab::math::{finite_difference_grad, grad_logits};
/// let z = [3.0, 1.0, 0.0];
/// let (num, ana) = (finite_difference_grad(&z, 1, 1e-5), grad_logits(&z, 1));
/// assert!(num.iter().zip(&ana).all(|(a, b)| (a - b).abs() < 1e-6));
/// ```
pub fn finite_difference_grad(logits: &[f64], target: usize, eps: f64) -> Vec<f64> {
    let eps = eps.abs();
    if eps == 0.0 || !eps.is_finite() {
        return vec![0.0; logits.len()];
    }
    let mut z = logits.to_vec();
    (0..logits.len())
        .map(|i| {
            let zi = logits[i];
            z[i] = zi + eps;
            let up = cross_entropy(&z, target);
            z[i] = zi - eps;
            let down = cross_entropy(&z, target);
            z[i] = zi;
            (up - down) / (2.0 * eps)
        })
        .collect()
}

/// One gradient-descent step on cross-entropy: `z' = z - lr (p - y)`.
///
/// `lr` must be finite; a NaN or infinite `lr` returns the logits unchanged. Out-of-range
/// `target` uses the gradient `p` (see [`grad_logits`]).
///
/// ```
/// use softmax_lab::math::{cross_entropy, gradient_step, softmax};
/// let z = gradient_step(&[3.0, 1.0, 0.0], 1, 0.5);
/// assert!((softmax(&z)[1] - 0.230).abs() < 5e-4);
/// assert!((cross_entropy(&z, 1) - 1.469).abs() < 5e-4);
/// ```
pub fn gradient_step(logits: &[f64], target: usize, lr: f64) -> Vec<f64> {
    if !lr.is_finite() {
        return logits.to_vec();
    }
    logits
        .iter()
        .zip(grad_logits(logits, target))
        .map(|(z, g)| z - lr * g)
        .collect()
}

/// Vector-Jacobian product through softmax: given `g = dL/dp` at `p = softmax(z)`, returns
/// `dL/dz_j = sum_i g_i p_i (delta_ij - p_j) = p_j (g_j - sum_i g_i p_i)`.
///
/// Pairs are taken up to the shorter slice. NaN in `g` propagates.
///
/// ```
/// use softmax_lab::math::softmax_vjp;
/// // L = p_0, so dL/dp = [1, 0] and dL/dz = [p_0 (1 - p_0), -p_0 p_1].
/// let v = softmax_vjp(&[0.5, 0.5], &[1.0, 0.0]);
/// assert_eq!(v, vec![0.25, -0.25]);
/// ```
pub fn softmax_vjp(probs: &[f64], g: &[f64]) -> Vec<f64> {
    let dot: f64 = probs.iter().zip(g).map(|(p, gi)| p * gi).sum();
    probs.iter().zip(g).map(|(p, gi)| p * (gi - dot)).collect()
}

/// Squared error between probabilities and the one-hot target:
/// `L = 1/2 sum_i (p_i - y_i)^2`.
///
/// The conventional 1/2 cancels the 2 of the derivative (the lesson's figures use it). An
/// out-of-range `target` compares against all zeros. Empty -> 0.0.
///
/// ```
/// use softmax_lab::math::squared_error;
/// assert_eq!(squared_error(&[0.5, 0.5], 0), 0.25);
/// ```
pub fn squared_error(probs: &[f64], target: usize) -> f64 {
    0.5 * probs
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let d = p - if i == target { 1.0 } else { 0.0 };
            d * d
        })
        .sum::<f64>()
}

/// Gradient of [`squared_error`] of `softmax(z)` w.r.t. the logits, through the softmax Jacobian:
/// `dL/dz_j = p_j (d_j - sum_i d_i p_i)` with `d = p - y`.
///
/// It vanishes as `p` saturates, even when the prediction is confidently wrong: `[8, 0, 0]` with
/// target 1 gives ~`[0.0010, -0.0007, -0.0003]` against cross-entropy's ~`[1, -1, 0]`.
/// Out-of-range `target` compares against all zeros. Empty -> empty.
///
/// ```
/// use softmax_lab::math::squared_error_grad_logits;
/// let g = squared_error_grad_logits(&[8.0, 0.0, 0.0], 1);
/// assert!((g[0] - 0.0010).abs() < 5e-5 && (g[1] + 0.0007).abs() < 5e-5);
/// ```
pub fn squared_error_grad_logits(logits: &[f64], target: usize) -> Vec<f64> {
    let p = softmax(logits);
    let d: Vec<f64> = p
        .iter()
        .enumerate()
        .map(|(i, &pi)| pi - if i == target { 1.0 } else { 0.0 })
        .collect();
    softmax_vjp(&p, &d)
}

/// Gradient w.r.t. the original logits of the "softmax applied twice" loss
/// `cross_entropy(softmax(z), c)`: `J_softmax(z)^T (softmax(p) - y)` with `p = softmax(z)`.
///
/// About 7x weaker than [`grad_logits`] on `[3, 1, 0]`, target 1 (`-0.127` vs `-0.886`).
/// Out-of-range `target` uses `softmax(p)` alone. Empty -> empty.
///
/// ```
/// use softmax_lab::math::softmax_twice_grad;
/// assert!((softmax_twice_grad(&[3.0, 1.0, 0.0], 1)[1] + 0.127).abs() < 5e-4);
/// ```
pub fn softmax_twice_grad(logits: &[f64], target: usize) -> Vec<f64> {
    let p = softmax(logits);
    softmax_vjp(&p, &grad_logits(&p, target))
}
