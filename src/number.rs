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

/// A number as a student types it: a decimal comma (`0,25`), point or Arabic mark (`٫`), a real
/// minus sign (`−1`) or a hyphen, Latin, Arabic-Indic (`٠٫٢٥`), Persian or full-width (`０.５`)
/// digits, bidi marks and spaces around; `None` for anything else or a number that is not finite.
///
/// ```
/// use softmax_lab::number::parse_typed;
/// assert_eq!(parse_typed(" 0,25 "), Some(0.25));
/// assert_eq!(parse_typed("\u{2212}1.5"), Some(-1.5));
/// assert_eq!(parse_typed("\u{660}\u{66b}\u{662}\u{665}"), Some(0.25));
/// assert_eq!(parse_typed("1e999"), None);
/// ```
pub fn parse_typed(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{2066}'..='\u{2069}'
            )
        })
        .map(|c| match c {
            ',' | '\u{66b}' | '\u{ff0c}' | '\u{ff0e}' | '\u{3002}' => '.',
            '\u{2212}' | '\u{ff0d}' => '-',
            '\u{ff0b}' => '+',
            // Arabic-Indic, Persian and full-width digits: ten in a row each.
            '\u{660}'..='\u{669}' => digit(c, 0x660),
            '\u{6f0}'..='\u{6f9}' => digit(c, 0x6f0),
            '\u{ff10}'..='\u{ff19}' => digit(c, 0xff10),
            _ => c,
        })
        .collect();
    parse_decimal(&cleaned).filter(|x| x.is_finite())
}

/// The ASCII digit of `c`, a digit of the script whose zero is `zero`.
fn digit(c: char, zero: u32) -> char {
    char::from_digit(c as u32 - zero, 10).unwrap_or(c)
}

/// [`parse_decimal`] for many numbers at a time (a pasted response has tens of thousands):
/// a decimal of at most 15 significant digits within 10^±22 is converted here, exactly, as
/// `m × 10^e` or `m / 10^e` (both operands are exact in f64, so the one rounding is correct);
/// any other goes to [`parse_decimal`]. One call into JavaScript per number costs more than the
/// parse, and Rust's full conversion would add 14 KB to the paste box.
pub fn parse_decimal_here(text: &str) -> Option<f64> {
    let text = text.trim();
    if !is_decimal(text) {
        return None;
    }
    parse_decimal_fast(text).or_else(|| parse_decimal(text))
}

/// The exact fast path of [`parse_decimal_here`] for `text`, a plain decimal (see
/// [`is_decimal`]): `None` when it has more than 15 significant digits or its power of ten is
/// beyond 10^±22, for [`convert_decimals`] or [`parse_decimal`] to convert.
pub fn parse_decimal_fast(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (digits, exp) = match body.find(['e', 'E']) {
        Some(k) => (&body[..k], body[k + 1..].parse::<i32>().ok()),
        None => (body, Some(0)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all = int.bytes().chain(frac.bytes()).skip_while(|b| *b == b'0');
    let mut mantissa: u64 = 0;
    let mut count = 0;
    for b in all {
        mantissa = mantissa * 10 + u64::from(b - b'0');
        count += 1;
        if count > 15 {
            return None;
        }
    }
    let e = exp?.checked_sub(frac.len() as i32)?;
    const TENS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    let x = match e {
        0..=22 => m * TENS[e as usize],
        -22..=-1 => m / TENS[(-e) as usize],
        _ if mantissa == 0 => 0.0,
        _ => return None,
    };
    Some(if negative { -x } else { x })
}

/// Whether `text`, a plain decimal (see [`is_decimal`]), is also a JSON number: no `+`, no
/// leading zero before other digits, a digit on both sides of the point.
fn is_json_number(text: &str) -> bool {
    let b = text.strip_prefix('-').unwrap_or(text).as_bytes();
    let int = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let after = b.get(int).copied();
    int > 0
        && !(b[0] == b'0' && int > 1)
        && (after != Some(b'.') || b.get(int + 1).is_some_and(u8::is_ascii_digit))
}

/// The numbers `texts` spell, each a plain decimal (see [`is_decimal`]), converted together: in
/// the browser in one call into JavaScript instead of one each (a pasted response has thousands
/// of logprobs with 17 significant digits, beyond [`parse_decimal_here`]'s exact path, and a
/// call each held the page for tens of milliseconds).
///
/// ```
/// use softmax_lab::number::convert_decimals;
/// assert_eq!(convert_decimals(&["-0.30000000000000004", "+1", ".5", "1e999"]),
///            vec![-0.30000000000000004, 1.0, 0.5, f64::INFINITY]);
/// ```
pub fn convert_decimals(texts: &[&str]) -> Vec<f64> {
    // JSON's grammar is stricter than ours: the rare `+1`, `.5` or `01` goes on its own.
    let mut list = String::from("[");
    let mut out: Vec<f64> = texts.iter().map(|_| f64::NAN).collect();
    let mut batched = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        if is_json_number(text) {
            if !batched.is_empty() {
                list.push(',');
            }
            list.push_str(text);
            batched.push(i);
        } else {
            out[i] = convert(text);
        }
    }
    list.push(']');
    let values = convert_json_list(&list);
    if values.len() == batched.len() {
        for (i, v) in batched.into_iter().zip(values) {
            out[i] = v;
        }
    } else {
        for i in batched {
            out[i] = convert(texts[i]);
        }
    }
    out
}

/// The numbers of `list`, a JSON array of numbers, or none if it is not one.
#[cfg(target_arch = "wasm32")]
fn convert_json_list(list: &str) -> Vec<f64> {
    js_sys::JSON::parse(list)
        .map(|array| js_sys::Float64Array::new(&array).to_vec())
        .unwrap_or_default()
}

/// The numbers of `list`, a JSON array of numbers, or none if it is not one.
#[cfg(not(target_arch = "wasm32"))]
fn convert_json_list(list: &str) -> Vec<f64> {
    let inside = list.trim_start_matches('[').trim_end_matches(']');
    if inside.is_empty() {
        return Vec::new();
    }
    inside.split(',').map(convert).collect()
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
