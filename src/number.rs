//! Reading a decimal number typed by a person or found in a link.
//!
//! One strict grammar for every platform: an optional sign, digits with at most one decimal point
//! (`.`), an optional exponent (`e-3`). Nothing else: no `inf`, `NaN`, hex, spaces inside or
//! trailing text. In the browser the JavaScript engine's own correctly rounded parser does the
//! conversion, so the wasm carries none of Rust's float-parsing tables (about 10 KB compressed);
//! natively Rust's parser does it. Both round correctly, so both give the same `f64`.

/// Whether `text` is a plain decimal number: `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
pub fn is_decimal(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        digits += i - frac_start;
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// The number `text` spells (surrounding spaces allowed), or `None` when it is not a plain
/// decimal. The result may be ±inf when the exponent is huge (`1e999`): callers check finiteness.
///
/// ```
/// use softmax_lab::number::parse_decimal;
/// assert_eq!(parse_decimal(" -2.5 "), Some(-2.5));
/// assert_eq!(parse_decimal("1e-3"), Some(0.001));
/// assert_eq!(parse_decimal("1e999"), Some(f64::INFINITY));
/// assert_eq!(parse_decimal("NaN"), None);
/// assert_eq!(parse_decimal("0x10"), None);
/// assert_eq!(parse_decimal("3 apples"), None);
/// ```
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    if !is_decimal(text) {
        return None;
    }
    Some(convert(text))
}

#[cfg(target_arch = "wasm32")]
fn convert(text: &str) -> f64 {
    js_sys::Number::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn convert(text: &str) -> f64 {
    // The grammar above is a subset of what Rust accepts, so this cannot fail.
    text.parse().unwrap_or(f64::NAN)
}
