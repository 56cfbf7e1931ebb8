//! Pure layout arithmetic for the charts: value-to-pixel scales and "nice" tick values.

/// A map from a value interval onto a pixel interval, linear or logarithmic (base 10).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Value at the start of the domain.
    pub d0: f64,
    /// Value at the end of the domain.
    pub d1: f64,
    /// Pixel where `d0` lands.
    pub r0: f64,
    /// Pixel where `d1` lands.
    pub r1: f64,
    /// Logarithmic when true (domain must then be positive; values <= 0 land on `r0`).
    pub log: bool,
}

impl Scale {
    /// Linear scale: `r0 + (v - d0) / (d1 - d0) * (r1 - r0)`; an empty domain maps to the middle.
    pub fn linear(domain: (f64, f64), range: (f64, f64)) -> Self {
        Scale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
            log: false,
        }
    }

    /// Log-10 scale: the linear scale applied to `log10 v`.
    pub fn log(domain: (f64, f64), range: (f64, f64)) -> Self {
        Scale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
            log: true,
        }
    }

    /// The pixel for value `v`, clamped to the pixel range (NaN maps to `r0`).
    pub fn map(&self, v: f64) -> f64 {
        let (a, b, x) = if self.log {
            let f = |t: f64| {
                if t > 0.0 {
                    t.log10()
                } else {
                    f64::NEG_INFINITY
                }
            };
            (f(self.d0), f(self.d1), f(v))
        } else {
            (self.d0, self.d1, v)
        };
        let span = b - a;
        let t = if span.abs() < f64::EPSILON || !span.is_finite() {
            0.5
        } else {
            (x - a) / span
        };
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        self.r0 + t * (self.r1 - self.r0)
    }
}

/// About `target` round tick values (steps of 1, 2 or 5 × 10^k) covering `[lo, hi]`.
/// Returns an empty list for a non-finite or empty interval.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || target == 0 {
        return Vec::new();
    }
    let raw = (hi - lo) / target as f64;
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last)
        .take(100)
        .map(|i| {
            let v = i as f64 * step;
            if v.abs() < step * 1e-9 {
                0.0
            } else {
                v
            }
        })
        .collect()
}

/// Most labelled powers of ten on a log axis: more would overlap on a phone.
pub const MAX_LOG_TICKS: usize = 6;

/// Powers of ten inside `[lo, hi]` (for log axes), every `k`-th decade when there are more than
/// [`MAX_LOG_TICKS`] (always including the top one); empty unless `0 < lo < hi`.
///
/// ```
/// use softmax_lab::charts::geometry::log_ticks;
/// assert_eq!(log_ticks(1.0, 1000.0), vec![1.0, 10.0, 100.0, 1000.0]);
/// let t = log_ticks(1e-17, 1.0);
/// assert!(t.len() <= 6 && t.contains(&1.0));
/// ```
pub fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    if !(lo > 0.0 && hi > lo && hi.is_finite()) {
        return Vec::new();
    }
    let a = lo.log10().ceil() as i32;
    let b = hi.log10().floor() as i32;
    let decades = (b - a + 1).max(1) as usize;
    let every = decades.div_ceil(MAX_LOG_TICKS) as i32;
    // Counted down from the top decade, so the largest power (often 1) is always labelled.
    let mut ticks: Vec<f64> = (a..=b)
        .rev()
        .step_by(every as usize)
        .take(MAX_LOG_TICKS)
        .map(|e| 10f64.powi(e))
        .collect();
    ticks.reverse();
    ticks
}

/// Tick text with just enough decimals for the step between ticks (`0.25`, `2`, `1e−3`), with a
/// real minus sign, as every other number on the page has.
pub fn tick_label(v: f64, step: f64) -> String {
    if v != 0.0 && (v.abs() < 1e-3 || v.abs() >= 1e5) {
        return crate::format::scientific(v, 0);
    }
    let decimals = if step > 0.0 && step.is_finite() {
        (-step.log10().floor()).clamp(0.0, 6.0) as usize
    } else {
        2
    };
    crate::format::fixed(v, decimals)
}

/// How wide `text` is, in characters of Latin text: a Chinese (or other full-width) character
/// counts as 1.8, about its width against an average Latin letter, so a label's room and cut
/// fit Chinese as they fit English.
///
/// ```
/// use softmax_lab::charts::geometry::width_in_chars;
/// assert_eq!(width_in_chars("cat"), 3.0);
/// assert_eq!(width_in_chars("垫子"), 3.6);
/// ```
pub fn width_in_chars(text: &str) -> f64 {
    text.chars().map(char_width).sum()
}

fn char_width(c: char) -> f64 {
    if matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60)
    {
        1.8
    } else {
        1.0
    }
}

/// Cuts `text` to at most `max` characters of Latin width ([`width_in_chars`]), ending with an
/// ellipsis when cut.
pub fn fit_label(text: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let max = max as f64;
    if width_in_chars(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        // Room for the ellipsis, unless there is room for one character only.
        if used + char_width(c) > (max - 1.0).max(1.0) {
            break;
        }
        used += char_width(c);
        out.push(c);
    }
    if max > 1.0 {
        out.push('\u{2026}');
    }
    out
}
