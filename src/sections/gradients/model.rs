//! What the gradients section computes for its cards: the loss in its log-sum-exp form, which
//! token each gradient bar pushes, the finite-difference check across step sizes, the
//! saturation of squared error, and the in-between logits of a step's animation. Pure.

use crate::math;
use crate::params::LOGIT_RANGE;

/// Step sizes of the finite-difference valley: 10^-12 to 10^0, this many per decade.
pub const VALLEY_PER_DECADE: usize = 4;
/// The smallest error the valley chart shows (an exact 0 has no place on a log axis).
pub const ERROR_FLOOR: f64 = 1e-17;
/// The wrong logit of the saturation chart runs from 0 to this.
pub const SATURATION_MAX: f64 = 10.0;
/// Frames a step's animation lasts, in milliseconds.
pub const STEP_ANIMATION_MS: f64 = 240.0;

/// The loss written from the logits: `L = logsumexp(z) - z_c`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossParts {
    /// `ln sum_j e^(z_j)`.
    pub lse: f64,
    /// The correct token's logit.
    pub z_target: f64,
    /// Their difference, the cross-entropy in nats.
    pub loss: f64,
}

/// The parts of `L = logsumexp(z) - z_c` (an out-of-range `c` reads its logit as 0).
///
/// ```
/// use softmax_lab::sections::gradients::model::loss_parts;
/// let l = loss_parts(&[3.0, 1.0, 0.0], 1);
/// assert!((l.lse - 3.170).abs() < 5e-4 && (l.loss - 2.170).abs() < 5e-4);
/// ```
pub fn loss_parts(z: &[f64], c: usize) -> LossParts {
    let lse = math::logsumexp(z);
    let z_target = z.get(c).copied().unwrap_or(0.0);
    LossParts {
        lse,
        z_target,
        loss: math::cross_entropy(z, c),
    }
}

/// The wrong token the model favours most: the largest probability other than the target's
/// (the first of equals), or `None` with fewer than two tokens.
///
/// ```
/// use softmax_lab::sections::gradients::model::wrong_favourite;
/// assert_eq!(wrong_favourite(&[0.844, 0.114, 0.042], 1), Some(0));
/// assert_eq!(wrong_favourite(&[0.844, 0.114, 0.042], 0), Some(1));
/// ```
pub fn wrong_favourite(probs: &[f64], target: usize) -> Option<usize> {
    (0..probs.len())
        .filter(|&i| i != target)
        .fold(None, |best: Option<usize>, i| match best {
            Some(b) if probs[b] >= probs[i] => Some(b),
            _ => Some(i),
        })
}

/// The largest gap between the central finite difference with step `eps` and the analytic
/// gradient `p - y`: `max_i |num_i - (p_i - y_i)|`.
///
/// ```
/// use softmax_lab::sections::gradients::model::largest_error;
/// assert!(largest_error(&[3.0, 1.0, 0.0], 1, 1e-5) < 1e-6);
/// assert!(largest_error(&[3.0, 1.0, 0.0], 1, 1.0) > 1e-2);
/// ```
pub fn largest_error(z: &[f64], c: usize, eps: f64) -> f64 {
    let numeric = math::finite_difference_grad(z, c, eps);
    let analytic = math::grad_logits(z, c);
    numeric
        .iter()
        .zip(&analytic)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max)
}

/// `(eps, largest error)` for eps from 1e-12 to 1, [`VALLEY_PER_DECADE`] per decade, errors
/// floored at [`ERROR_FLOOR`]. Too large a step measures the curve's bend (truncation, about
/// eps^2); too small a step divides rounding noise by eps (about 1e-16 / eps).
pub fn error_valley(z: &[f64], c: usize) -> Vec<(f64, f64)> {
    let steps = 12 * VALLEY_PER_DECADE;
    (0..=steps)
        .map(|k| {
            let decades = -12.0 + k as f64 / VALLEY_PER_DECADE as f64;
            let eps = (decades * std::f64::consts::LN_10).exp();
            (eps, largest_error(z, c, eps).max(ERROR_FLOOR))
        })
        .collect()
}

/// The point of `valley` with the smallest error.
pub fn valley_floor(valley: &[(f64, f64)]) -> Option<(f64, f64)> {
    valley
        .iter()
        .copied()
        .fold(None, |best: Option<(f64, f64)>, p| match best {
            Some(b) if b.1 <= p.1 => Some(b),
            _ => Some(p),
        })
}

/// What the error of a finite difference is mostly made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCause {
    /// The step is so wide that the difference measures the curve's bend, not only its slope.
    Truncation,
    /// The two losses agree in almost every digit, and dividing their tiny difference by a tiny
    /// step magnifies the rounding.
    RoundOff,
    /// Near the sweet spot, where truncation and round-off balance.
    Balanced,
}

/// What the error at `eps` is mostly made of, given the step `floor_eps` of the smallest error
/// (within a factor of 3 of it counts as the sweet spot).
///
/// ```
/// use softmax_lab::sections::gradients::model::{error_cause, ErrorCause};
/// assert_eq!(error_cause(1.0, 1e-5), ErrorCause::Truncation);
/// assert_eq!(error_cause(1e-10, 1e-5), ErrorCause::RoundOff);
/// assert_eq!(error_cause(2e-5, 1e-5), ErrorCause::Balanced);
/// ```
pub fn error_cause(eps: f64, floor_eps: f64) -> ErrorCause {
    if eps > floor_eps * 3.0 {
        ErrorCause::Truncation
    } else if eps < floor_eps / 3.0 {
        ErrorCause::RoundOff
    } else {
        ErrorCause::Balanced
    }
}

/// The size of the gradient on the correct logit as the wrong logit grows: logits `[x, 0, 0]`,
/// target 1, `x` from 0 to [`SATURATION_MAX`]. Returns `(x, |cross-entropy gradient|,
/// |squared-error gradient|)`.
///
/// ```
/// use softmax_lab::sections::gradients::model::saturation;
/// let s = saturation(11);
/// let (x, ce, se) = s[8];
/// assert_eq!(x, 8.0);
/// assert!((ce - 0.9997).abs() < 5e-5 && (se - 0.0007).abs() < 5e-5);
/// ```
pub fn saturation(points: usize) -> Vec<(f64, f64, f64)> {
    let n = points.max(2);
    (0..n)
        .map(|k| {
            let x = SATURATION_MAX * k as f64 / (n - 1) as f64;
            let z = [x, 0.0, 0.0];
            let ce = math::grad_logits(&z, 1)[1].abs();
            let se = math::squared_error_grad_logits(&z, 1)[1].abs();
            (x, ce, se)
        })
        .collect()
}

/// The logits `t` of the way from `from` to `to` (`t` clamped to 0..1; a length mismatch gives
/// `to`), for the frames of a step's animation.
///
/// ```
/// use softmax_lab::sections::gradients::model::between;
/// assert_eq!(between(&[0.0, 2.0], &[1.0, 0.0], 0.5), [0.5, 1.0]);
/// assert_eq!(between(&[0.0], &[1.0, 0.0], 0.5), [1.0, 0.0]);
/// ```
pub fn between(from: &[f64], to: &[f64], t: f64) -> Vec<f64> {
    if from.len() != to.len() {
        return to.to_vec();
    }
    let t = t.clamp(0.0, 1.0);
    from.iter().zip(to).map(|(a, b)| a + (b - a) * t).collect()
}

/// Logits after each step from a start: `trail[0]` is the start, `trail[k]` the logits after k
/// steps. Kept only while the lesson's logits are its last entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trail(pub Vec<Vec<f64>>);

impl Trail {
    /// The trail that ends at `current`: this one if it does, otherwise a fresh one from `current`
    /// (the logits were changed some other way since the last step).
    pub fn ending_at(&self, current: &[f64]) -> Trail {
        match self.0.last() {
            Some(last) if last.as_slice() == current => self.clone(),
            _ => Trail(vec![current.to_vec()]),
        }
    }

    /// The same trail with one more step of gradient descent: `z <- z - lr (p - y)`, each logit
    /// kept inside the playground's range ([`LOGIT_RANGE`]) so the link can carry it.
    ///
    /// ```
    /// use softmax_lab::sections::gradients::model::Trail;
    /// let t = Trail(vec![vec![3.0, 1.0, 0.0]]).step(1, 0.5);
    /// assert_eq!(t.steps(), 1);
    /// let p = softmax_lab::math::softmax(t.0.last().unwrap());
    /// assert!((p[1] - 0.230).abs() < 5e-4);
    /// ```
    pub fn step(&self, target: usize, lr: f64) -> Trail {
        let mut t = self.clone();
        if let Some(last) = t.0.last() {
            let next = math::gradient_step(last, target, lr)
                .into_iter()
                .map(|x| x.clamp(LOGIT_RANGE.0, LOGIT_RANGE.1))
                .collect();
            t.0.push(next);
        }
        t
    }

    /// Steps taken.
    pub fn steps(&self) -> usize {
        self.0.len().saturating_sub(1)
    }

    /// `(step, loss, p(target))` after each step, the start as step 0.
    pub fn losses(&self, target: usize) -> Vec<(usize, f64, f64)> {
        self.0
            .iter()
            .enumerate()
            .map(|(k, z)| {
                let p = math::softmax(z).get(target).copied().unwrap_or(0.0);
                (k, math::cross_entropy(z, target), p)
            })
            .collect()
    }
}
