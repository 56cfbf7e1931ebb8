//! What the numerical-stability section computes: the naive and the stable softmax of the
//! shifted logits side by side, what went wrong in words, how large e^(z + c) gets against the
//! largest float, and the underflow of -ln softmax. Pure.

use crate::format::fixed;
use crate::math::{self, Precision};
use crate::text::keys::stability as k;
use crate::tr;

/// Logits of the underflow example: one token far below the others.
pub const UNDERFLOW_LOGITS: [f64; 3] = [0.0, -50.0, -800.0];

/// One token of the side-by-side table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// The shifted logit z + c.
    pub shifted: f64,
    /// e^(z + c) in the chosen precision (widened to f64; may be +inf).
    pub exp: f64,
    /// The naive softmax in that precision (NaN once something overflowed).
    pub naive: f64,
    /// The stable softmax, max subtracted first (never moves with c).
    pub stable: f64,
}

/// The rows for logits `z` shifted by `c`, the naive path computed in `precision`.
///
/// ```
/// use softmax_lab::math::Precision;
/// use softmax_lab::sections::stability::model::rows;
/// let r = rows(&[3.0, 1.0, 0.0], 997.0, Precision::F64);
/// assert_eq!(r[0].shifted, 1000.0);
/// assert!(r[0].exp.is_infinite() && r[0].naive.is_nan());
/// assert!((r[0].stable - 0.844).abs() < 5e-4);
/// ```
pub fn rows(z: &[f64], c: f64, precision: Precision) -> Vec<Row> {
    let shifted: Vec<f64> = z.iter().map(|x| x + c).collect();
    let naive = math::naive_softmax(&shifted, precision);
    let stable = math::softmax(&shifted);
    shifted
        .iter()
        .zip(naive.iter().zip(&stable))
        .map(|(&s, (&n, &st))| Row {
            shifted: s,
            exp: match precision {
                Precision::F32 => f64::from((s as f32).exp()),
                Precision::F64 => s.exp(),
            },
            naive: n,
            stable: st,
        })
        .collect()
}

/// The precision's name as a reader sees it.
pub fn precision_name(precision: Precision) -> &'static str {
    match precision {
        Precision::F32 => "f32",
        Precision::F64 => "f64",
    }
}

/// What happened to the naive formula, in words, or `None` when every number is fine.
///
/// ```
/// use softmax_lab::math::Precision;
/// use softmax_lab::sections::stability::model::{rows, verdict};
/// let r = rows(&[3.0, 1.0, 0.0], 90.0, Precision::F32);
/// assert!(verdict(&r, Precision::F32).unwrap().starts_with("Overflow"));
/// assert_eq!(verdict(&rows(&[3.0, 1.0, 0.0], 90.0, Precision::F64), Precision::F64), None);
/// ```
pub fn verdict(rows: &[Row], precision: Precision) -> Option<String> {
    let name = precision_name(precision);
    let limit = math::exp_overflow_limit(precision);
    let over = rows.iter().filter(|r| r.exp.is_infinite()).count();
    if over > 0 {
        return Some(tr!(k::VERDICT_OVERFLOW, name, fixed(limit, 2), over));
    }
    let sum = match precision {
        Precision::F32 => f64::from(rows.iter().map(|r| r.exp as f32).sum::<f32>()),
        Precision::F64 => rows.iter().map(|r| r.exp).sum(),
    };
    if sum.is_infinite() {
        return Some(tr!(k::VERDICT_SUM_OVERFLOW, name));
    }
    if rows.iter().any(|r| !r.naive.is_finite()) {
        return Some(tr!(k::VERDICT_UNDERFLOW, name));
    }
    None
}

/// The digits of the naive denominator, log10 sum_j e^(z_j + c) = (top + c) / ln 10 with
/// `top` = logsumexp(z), for c over the whole offset range, cut where it overflows; and the
/// largest float's digits, log10(MAX), the ceiling.
///
/// ```
/// use softmax_lab::math::Precision;
/// use softmax_lab::sections::stability::model::digits_curve;
/// let (curve, ceiling) = digits_curve(2.0, Precision::F64, 1000.0);
/// assert!((ceiling - 308.25).abs() < 0.01);
/// assert!(curve.last().unwrap().1 <= ceiling && curve.last().unwrap().0 < 708.0);
/// ```
pub fn digits_curve(top: f64, precision: Precision, c_max: f64) -> (Vec<(f64, f64)>, f64) {
    let limit = math::exp_overflow_limit(precision);
    let ceiling = limit / std::f64::consts::LN_10;
    let end = (limit - top).min(c_max);
    let mut curve: Vec<(f64, f64)> = (0..=100)
        .map(|k| c_max * k as f64 / 100.0)
        .filter(|c| *c <= end)
        .map(|c| (c, (top + c) / std::f64::consts::LN_10))
        .collect();
    if end >= 0.0 && curve.last().is_none_or(|p| p.0 < end) {
        curve.push((end, (top + end) / std::f64::consts::LN_10));
    }
    (curve, ceiling)
}

/// The underflow example: `(z, -ln softmax(z) computed naively, -log_softmax(z) computed stably)`
/// for [`UNDERFLOW_LOGITS`].
///
/// ```
/// use softmax_lab::sections::stability::model::underflow_rows;
/// let r = underflow_rows();
/// assert_eq!(r[2].1, f64::INFINITY);
/// assert_eq!(r[2].2, 800.0);
/// ```
pub fn underflow_rows() -> Vec<(f64, f64, f64)> {
    let naive = math::naive_neg_log_softmax(&UNDERFLOW_LOGITS);
    let stable = math::neg_log_softmax(&UNDERFLOW_LOGITS);
    UNDERFLOW_LOGITS
        .iter()
        .zip(naive.iter().zip(&stable))
        .map(|(&z, (&n, &s))| (z, n, s))
        .collect()
}
