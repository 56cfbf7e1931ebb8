//! Softmax, log-softmax, log-sum-exp and temperature, all computed stably.
//!
//! Conventions shared by every function here and reused by the rest of `math`:
//! - a NaN logit counts as `-inf` (probability 0), so one bad value cannot poison the rest;
//! - if every logit is `-inf` or NaN nothing singles a token out, so the mass is shared uniformly;
//! - tokens at `+inf` share the whole mass equally and every finite token gets 0;
//! - empty input gives an empty `Vec`.

/// A logit as an ordering key: NaN behaves as `-inf`, and `-0.0` as `0.0` so equal values tie.
pub(crate) fn key(z: f64) -> f64 {
    if z.is_nan() {
        f64::NEG_INFINITY
    } else if z == 0.0 {
        0.0
    } else {
        z
    }
}

/// Largest key, `-inf` for empty input.
pub(crate) fn max_key(logits: &[f64]) -> f64 {
    logits
        .iter()
        .map(|&z| key(z))
        .fold(f64::NEG_INFINITY, f64::max)
}

/// `softmax(z / T)` restricted to the tokens with `keep[i] == true` (removed tokens get exactly 0).
///
/// The temperature divides the *max-shifted* logits `(z_i - max) / T`: the result is the same
/// mathematically, but the shifted values are never positive, so a tiny `T` can only underflow
/// `e^x` towards 0 (the `T -> 0` limit) and never overflow. `T <= 0` or NaN takes that limit
/// directly. A `keep` slice that keeps nothing (or is `None`) keeps everything, so the result always
/// sums to 1 for non-empty input.
pub(crate) fn softmax_where(logits: &[f64], temperature: f64, keep: Option<&[bool]>) -> Vec<f64> {
    let n = logits.len();
    let mut out = vec![0.0; n];
    if n == 0 {
        return out;
    }
    let keep = keep.filter(|k| k.iter().take(n).any(|&b| b));
    let kept = |i: usize| keep.is_none_or(|k| k.get(i).copied().unwrap_or(false));
    let m = (0..n)
        .filter(|&i| kept(i))
        .map(|i| key(logits[i]))
        .fold(f64::NEG_INFINITY, f64::max);
    let limit = temperature.is_nan() || temperature <= 0.0;
    for (i, slot) in out.iter_mut().enumerate() {
        if !kept(i) {
            continue;
        }
        let z = key(logits[i]);
        *slot = if m == f64::NEG_INFINITY {
            1.0
        } else if m == f64::INFINITY || limit {
            if z == m {
                1.0
            } else {
                0.0
            }
        } else {
            let d = z - m;
            if d == f64::NEG_INFINITY {
                0.0
            } else {
                (d / temperature).exp()
            }
        };
    }
    // The arg-max token contributes e^0 = 1, so the sum is >= 1 and the division is safe.
    let sum: f64 = out.iter().sum();
    for p in &mut out {
        *p /= sum;
    }
    out
}

/// Softmax: `p_i = e^(z_i - m) / sum_j e^(z_j - m)` with `m = max_j z_j` (shift first, so it is
/// stable).
///
/// Edge cases: empty input -> empty `Vec`; NaN counts as `-inf` (probability 0); all `-inf`/NaN ->
/// uniform; tokens at `+inf` share the mass equally. For any finite logits (even +-1e300) every
/// entry is finite, in `[0, 1]`, and the sum is 1 within rounding.
///
/// ```
/// use softmax_lab::math::softmax;
/// let p = softmax(&[2.0, 1.0, 0.5, -1.0]);
/// assert!((p[0] - 0.609).abs() < 5e-4);
/// assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
/// assert_eq!(softmax(&[1e300, -1e300]), vec![1.0, 0.0]);
/// assert_eq!(softmax(&[f64::NAN, 0.0]), vec![0.0, 1.0]);
/// assert!(softmax(&[]).is_empty());
/// ```
pub fn softmax(logits: &[f64]) -> Vec<f64> {
    softmax_where(logits, 1.0, None)
}

/// Softmax with temperature: `p_i = softmax(z / T)_i`, computed as `e^((z_i - m) / T)` normalised.
///
/// `T > 1` flattens, `T < 1` sharpens. `T <= 0` or NaN gives the `T -> 0` limit: the mass is
/// shared equally among the tokens tied for the largest logit (arg-max). A positive `T` so small
/// that `z / T` would overflow still works, because `T` divides the max-shifted logits, which can
/// only underflow: distinct logits then get exactly that arg-max limit. `T = +inf` gives uniform
/// over the finite logits. Other edge cases as in [`softmax`].
///
/// ```
/// use softmax_lab::math::softmax_t;
/// let p = softmax_t(&[3.0, 1.0, 0.0], 2.0);
/// assert!((p[0] - 0.629).abs() < 5e-4);
/// assert_eq!(softmax_t(&[1.0, 3.0, 3.0], 0.0), vec![0.0, 0.5, 0.5]);
/// assert_eq!(softmax_t(&[1.0, 3.0], 1e-300), vec![0.0, 1.0]);
/// ```
pub fn softmax_t(logits: &[f64], temperature: f64) -> Vec<f64> {
    softmax_where(logits, temperature, None)
}

/// Log-softmax: `ln p_i = (z_i - m) - ln sum_j e^(z_j - m)`, never `ln` of an underflowed `p_i`.
///
/// Stays finite for finite logits even where `p_i` underflows to 0 (e.g. `-800` next to `0`).
/// Edge cases: empty -> empty; NaN counts as `-inf` (result `-inf`); all `-inf`/NaN -> `ln(1/n)`
/// each (uniform, as [`softmax`]); with `+inf` logits those get `ln(1/count)` and the rest `-inf`.
///
/// ```
/// use softmax_lab::math::log_softmax;
/// let l = log_softmax(&[0.0, -800.0]);
/// assert_eq!(l[0], 0.0);
/// assert_eq!(l[1], -800.0);
/// assert_eq!(log_softmax(&[f64::NAN, f64::NAN])[0], -(2f64.ln()));
/// ```
pub fn log_softmax(logits: &[f64]) -> Vec<f64> {
    let n = logits.len();
    let m = max_key(logits);
    if n == 0 {
        return Vec::new();
    }
    if m == f64::NEG_INFINITY {
        return vec![-(n as f64).ln(); n];
    }
    if m == f64::INFINITY {
        let ties = logits.iter().filter(|&&z| z == f64::INFINITY).count() as f64;
        return logits
            .iter()
            .map(|&z| {
                if z == f64::INFINITY {
                    -ties.ln()
                } else {
                    f64::NEG_INFINITY
                }
            })
            .collect();
    }
    let ln_sum = shifted_sum(logits, m).ln();
    logits.iter().map(|&z| (key(z) - m) - ln_sum).collect()
}

/// `sum_j e^(z_j - m)` for a finite `m`; it is >= 1 because the max term is `e^0`.
pub(crate) fn shifted_sum(logits: &[f64], m: f64) -> f64 {
    logits.iter().map(|&z| (key(z) - m).exp()).sum()
}

/// Log-sum-exp: `ln sum_i e^(z_i) = m + ln sum_i e^(z_i - m)`, with `m = max_i z_i`.
///
/// Always `>= max_i z_i` and `<= max + ln n`. Edge cases: empty input -> `-inf` (the log of an
/// empty sum, 0); NaN counts as `-inf`; all `-inf`/NaN -> `-inf`; any `+inf` -> `+inf`. Only a
/// logit within `ln n` of `f64::MAX` can make the result overflow to `+inf`.
///
/// ```
/// use softmax_lab::math::logsumexp;
/// assert!((logsumexp(&[0.0, 0.0]) - 2f64.ln()).abs() < 1e-15);
/// assert_eq!(logsumexp(&[1e300, 0.0]), 1e300);
/// assert_eq!(logsumexp(&[]), f64::NEG_INFINITY);
/// ```
pub fn logsumexp(logits: &[f64]) -> f64 {
    let m = max_key(logits);
    if m.is_infinite() {
        return m;
    }
    m + shifted_sum(logits, m).ln()
}

/// The raw exponentials `e^(z_i)`, unshifted: the numbers the step-by-step view shows.
///
/// Deliberately naive: `z > ~709.78` gives `+inf`, NaN gives NaN, `-inf` gives 0. Never panics.
///
/// ```
/// use softmax_lab::math::exp_terms;
/// let e = exp_terms(&[2.0, 1.0, 0.5, -1.0]);
/// assert!((e[0] - 7.389).abs() < 5e-4);
/// assert!((e.iter().sum::<f64>() - 12.124).abs() < 5e-4);
/// assert_eq!(exp_terms(&[1000.0])[0], f64::INFINITY);
/// ```
pub fn exp_terms(logits: &[f64]) -> Vec<f64> {
    logits.iter().map(|z| z.exp()).collect()
}

/// The shifted exponentials `e^(z_i - m)`, `m = max_j z_j`: the largest is exactly 1, none
/// overflows, and `softmax = shifted / sum(shifted)`.
///
/// Edge cases follow [`softmax`]: empty -> empty; NaN -> 0; all `-inf`/NaN -> all 1 (uniform after
/// normalising); with `+inf` logits those get 1 and the rest 0.
///
/// ```
/// use softmax_lab::math::shifted_exp_terms;
/// assert_eq!(shifted_exp_terms(&[1000.0, 1000.0]), vec![1.0, 1.0]);
/// assert!((shifted_exp_terms(&[2.0, 1.0])[1] - (-1f64).exp()).abs() < 1e-15);
/// ```
pub fn shifted_exp_terms(logits: &[f64]) -> Vec<f64> {
    let m = max_key(logits);
    logits
        .iter()
        .map(|&z| {
            let z = key(z);
            if m.is_infinite() {
                if z == m {
                    1.0
                } else {
                    0.0
                }
            } else {
                (z - m).exp()
            }
        })
        .collect()
}

/// Temperature scaling of the logits themselves: `z_i / T` (what the softmax then sees).
///
/// For `T > 0`: `z_i / T`; infinite logits keep their sign, NaN stays NaN, and a tiny `T` can
/// overflow finite logits to `+-inf` (display only: [`softmax_t`] does not divide unshifted
/// logits). `T = +inf` sends finite logits to 0. `T <= 0` or NaN gives the `T -> 0+` limit of
/// `z / T`: `+inf` for positive, `-inf` for negative logits, 0 stays 0.
///
/// ```
/// use softmax_lab::math::apply_temperature;
/// assert_eq!(apply_temperature(&[3.0, -1.0], 0.5), vec![6.0, -2.0]);
/// assert_eq!(apply_temperature(&[3.0, 0.0, -1.0], 0.0), vec![f64::INFINITY, 0.0, f64::NEG_INFINITY]);
/// ```
pub fn apply_temperature(logits: &[f64], temperature: f64) -> Vec<f64> {
    if temperature > 0.0 {
        logits
            .iter()
            .map(|&z| if z.is_infinite() { z } else { z / temperature })
            .collect()
    } else {
        logits
            .iter()
            .map(|&z| {
                if z > 0.0 {
                    f64::INFINITY
                } else if z < 0.0 {
                    f64::NEG_INFINITY
                } else {
                    z
                }
            })
            .collect()
    }
}
