//! The textbook formulas without the max shift, kept on purpose for the overflow demo.

use super::softmax::{log_softmax, max_key, softmax};

/// `ln(f64::MAX)`: `e^x` overflows to `+inf` in f64 for any `x` above this.
///
/// ```
/// use softmax_lab::math::LN_F64_MAX;
/// assert!((LN_F64_MAX - f64::MAX.ln()).abs() < 1e-12);
/// assert!((LN_F64_MAX - 0.01).exp().is_finite() && (LN_F64_MAX + 0.01).exp().is_infinite());
/// ```
pub const LN_F64_MAX: f64 = 709.782_712_893_384;

/// `ln(f32::MAX)`: `e^x` overflows to `+inf` in f32 for any `x` above this.
///
/// ```
/// use softmax_lab::math::LN_F32_MAX;
/// assert!((LN_F32_MAX - f64::from(f32::MAX).ln()).abs() < 1e-9);
/// assert!((LN_F32_MAX as f32 + 0.01).exp().is_infinite());
/// ```
pub const LN_F32_MAX: f64 = 88.722_839_052_068_35;

/// Floating-point precision for the overflow demo.
///
/// ```
/// use softmax_lab::math::{exp_overflow_limit, Precision};
/// assert!(exp_overflow_limit(Precision::F32) < exp_overflow_limit(Precision::F64));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Precision {
    /// 32-bit floats: `e^x` overflows past ~88.72.
    F32,
    /// 64-bit floats: `e^x` overflows past ~709.78.
    #[default]
    F64,
}

/// The largest `x` whose `e^x` is finite in `precision`: [`LN_F32_MAX`] or [`LN_F64_MAX`].
///
/// ```
/// use softmax_lab::math::{exp_overflow_limit, Precision, LN_F64_MAX};
/// assert_eq!(exp_overflow_limit(Precision::F64), LN_F64_MAX);
/// ```
pub fn exp_overflow_limit(precision: Precision) -> f64 {
    match precision {
        Precision::F32 => LN_F32_MAX,
        Precision::F64 => LN_F64_MAX,
    }
}

/// The offset `c` past which naive softmax of `z + c` overflows: `limit - max_i z_i`.
///
/// NaN logits are ignored; empty or all `-inf`/NaN input -> `+inf` (no offset overflows);
/// a `+inf` logit -> `-inf` (it has overflowed already).
///
/// ```
/// use softmax_lab::math::{overflow_offset, Precision};
/// let c = overflow_offset(&[2.0, 1.0, 0.5, -1.0], Precision::F64);
/// assert!((c - 707.7827).abs() < 1e-4);
/// ```
pub fn overflow_offset(logits: &[f64], precision: Precision) -> f64 {
    exp_overflow_limit(precision) - max_key(logits)
}

/// Naive softmax in f64: `e^(z_i) / sum_j e^(z_j)`, with no max shift.
///
/// Overflows on purpose: any logit above ~709.78 gives `inf / inf = NaN` entries; logits all
/// below ~-745 underflow to `0 / 0 = NaN`. Empty -> empty. Never panics.
///
/// ```
/// use softmax_lab::math::naive_softmax_f64;
/// assert!((naive_softmax_f64(&[2.0, 1.0])[0] - 0.7311).abs() < 1e-4);
/// assert!(naive_softmax_f64(&[1000.0, 998.0, 997.0]).iter().all(|p| !p.is_finite()));
/// ```
pub fn naive_softmax_f64(logits: &[f64]) -> Vec<f64> {
    let e: Vec<f64> = logits.iter().map(|z| z.exp()).collect();
    let sum: f64 = e.iter().sum();
    e.into_iter().map(|x| x / sum).collect()
}

/// Naive softmax in f32: each logit is cast to `f32`, then `e^(z_i) / sum_j e^(z_j)` in f32.
///
/// Overflows on purpose past ~88.72 (NaN entries). Logits beyond the f32 range become `+-inf`
/// when cast. Empty -> empty. Never panics.
///
/// ```
/// use softmax_lab::math::naive_softmax_f32;
/// assert!(naive_softmax_f32(&[88.0, 0.0]).iter().all(|p| p.is_finite()));
/// assert!(naive_softmax_f32(&[89.0, 0.0])[0].is_nan());
/// ```
pub fn naive_softmax_f32(logits: &[f64]) -> Vec<f32> {
    let e: Vec<f32> = logits.iter().map(|&z| (z as f32).exp()).collect();
    let sum: f32 = e.iter().sum();
    e.into_iter().map(|x| x / sum).collect()
}

/// Naive softmax in the chosen precision, widened to f64 for display (see [`naive_softmax_f64`]
/// and [`naive_softmax_f32`]).
///
/// ```
/// use softmax_lab::math::{naive_softmax, Precision};
/// assert!(naive_softmax(&[100.0, 0.0], Precision::F32)[0].is_nan());
/// assert_eq!(naive_softmax(&[100.0, 0.0], Precision::F64)[0], 1.0);
/// ```
pub fn naive_softmax(logits: &[f64], precision: Precision) -> Vec<f64> {
    match precision {
        Precision::F32 => naive_softmax_f32(logits)
            .into_iter()
            .map(f64::from)
            .collect(),
        Precision::F64 => naive_softmax_f64(logits),
    }
}

/// Naive loss per token: `-ln(softmax(z)_i)`, taking `ln` of a probability that may have
/// underflowed to 0.
///
/// For very negative logits (e.g. `[0, -800]`) the probability underflows and the result is
/// `+inf`, where [`neg_log_softmax`] stays finite (800). Edge cases as in [`softmax`].
///
/// ```
/// use softmax_lab::math::naive_neg_log_softmax;
/// assert_eq!(naive_neg_log_softmax(&[0.0, -800.0])[1], f64::INFINITY);
/// ```
pub fn naive_neg_log_softmax(logits: &[f64]) -> Vec<f64> {
    // `0.0 - x` rather than `-x` so a certain token reads 0, not -0.
    softmax(logits).into_iter().map(|p| 0.0 - p.ln()).collect()
}

/// Stable loss per token: `-log_softmax(z)_i = logsumexp(z) - z_i`; finite for finite logits.
///
/// Edge cases as in [`log_softmax`] (negated): NaN or `-inf` logits give `+inf`.
///
/// ```
/// use softmax_lab::math::neg_log_softmax;
/// assert_eq!(neg_log_softmax(&[0.0, -800.0])[1], 800.0);
/// ```
pub fn neg_log_softmax(logits: &[f64]) -> Vec<f64> {
    log_softmax(logits).into_iter().map(|l| 0.0 - l).collect()
}
