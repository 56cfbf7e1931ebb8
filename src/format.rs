//! Numbers written for a student: fixed decimals with a real minus sign, signed values, counts
//! with thousands separators, in the marks and digits of the language on screen
//! ([`set_style`]; English until told). Pure (std only), beside [`crate::number`], which reads
//! them back.

use std::cell::Cell;

/// How a language writes numbers, as `Intl.NumberFormat` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    /// The decimal mark (`.` in English, `,` in Spanish).
    pub decimal: char,
    /// The mark between groups of three digits.
    pub group: char,
    /// Digits before the first group mark appears: 1 writes `1,000`, 2 writes `1000` but `10.000`.
    pub min_grouping: u8,
    /// The digit zero; the other digits follow it in Unicode.
    pub zero: char,
    /// Written right to left: a value put into a sentence is isolated (U+2068 … U+2069), so a
    /// number keeps its minus sign at its left and a token name its own direction.
    pub rtl: bool,
}

/// English: `1,234.5`.
pub const ENGLISH: NumberStyle = NumberStyle {
    decimal: '.',
    group: ',',
    min_grouping: 1,
    zero: '0',
    rtl: false,
};

thread_local! {
    static STYLE: Cell<NumberStyle> = const { Cell::new(ENGLISH) };
}

/// Writes every number from now on in `style`'s marks and digits.
pub fn set_style(style: NumberStyle) {
    STYLE.with(|s| s.set(style));
}

/// The style numbers are written in now.
pub fn style() -> NumberStyle {
    STYLE.with(|s| s.get())
}

/// `ascii` (digits, `.` and signs) in the current style's decimal mark and digits.
pub fn localise(ascii: String) -> String {
    let st = style();
    if st == ENGLISH || (st.decimal == '.' && st.zero == '0') {
        return ascii;
    }
    ascii
        .chars()
        .map(|c| match c {
            '.' => st.decimal,
            '0'..='9' if st.zero != '0' => {
                char::from_u32(st.zero as u32 + (c as u32 - '0' as u32)).unwrap_or(c)
            }
            c => c,
        })
        .collect()
}

/// The mark between the numbers of a written list (`[0.49, −1.28]`): `; ` where the decimal mark
/// is a comma (`[0,49; −1,28]`), so a list never reads ambiguously.
pub fn list_separator() -> &'static str {
    if style().decimal == ',' {
        "; "
    } else {
        ", "
    }
}

/// `x` in scientific notation with `decimals` decimals in the mantissa (`2.788e261`), with real
/// minus signs, in the current style's marks and digits.
pub fn scientific(x: f64, decimals: usize) -> String {
    localise(exponent_form(x, decimals).replace('-', "\u{2212}"))
}

/// `x` as `m e k`, `1 <= |m| < 10`, with `decimals` decimals in `m` (`-1.80e-12`), as Rust's
/// `{:.decimals$e}` writes it. Built on the decimal formatting the page uses anyway, so the wasm
/// carries one float formatter, not two.
///
/// ```
/// use softmax_lab::format::exponent_form;
/// assert_eq!(exponent_form(2.788e261, 3), "2.788e261");
/// assert_eq!(exponent_form(-1.8e-12, 2), "-1.80e-12");
/// assert_eq!(exponent_form(9.9996e-6, 3), "1.000e-5");
/// assert_eq!(exponent_form(1e-5, 0), "1e-5");
/// assert_eq!(exponent_form(0.0, 1), "0.0e0");
/// assert_eq!(exponent_form(3e-310, 1), "3.0e-310");
/// ```
pub fn exponent_form(x: f64, decimals: usize) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x:.decimals$}e0");
    }
    let mut e = x.abs().log10().floor() as i32;
    // In two halves: 10^e itself would underflow past 1e-308.
    let mantissa = |e: i32| {
        format!(
            "{:.decimals$}",
            x / 10f64.powi(e / 2) / 10f64.powi(e - e / 2)
        )
    };
    let mut m = mantissa(e);
    // log10 can land a hair off an exact power, and rounding can carry 9.99 up to 10.0.
    if m.trim_start_matches('-').starts_with("10") {
        e += 1;
        m = mantissa(e);
    } else if m.trim_start_matches('-').starts_with('0') {
        e -= 1;
        m = mantissa(e);
    }
    format!("{m}e{e}")
}

/// `x` in the shortest scientific form that keeps up to six significant digits (`1.8e-12`,
/// `1e-5`), for a number box that takes values over many decades.
///
/// ```
/// use softmax_lab::format::exponent_short;
/// assert_eq!(exponent_short(1.8e-12), "1.8e-12");
/// assert_eq!(exponent_short(1e-5), "1e-5");
/// assert_eq!(exponent_short(0.00012345), "1.2345e-4");
/// ```
pub fn exponent_short(x: f64) -> String {
    let s = exponent_form(x, 5);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let m = if m.contains('.') {
        m.trim_end_matches('0').trim_end_matches('.')
    } else {
        m
    };
    format!("{m}e{e}")
}

/// `x` with `decimals` decimals, using a real minus sign; `inf`, `-inf` and `NaN` spelled out.
pub fn fixed(x: f64, decimals: usize) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "\u{221e}".to_string()
        } else {
            "\u{2212}\u{221e}".to_string()
        };
    }
    let s = format!("{x:.decimals$}");
    // "-0.000" reads as a sign error to a student: show it as zero.
    localise(
        if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
            s[1..].to_string()
        } else {
            s.replacen('-', "\u{2212}", 1)
        },
    )
}

/// A signed value with an explicit plus sign (`+1.0`, `−0.5`), for shifts and gradients.
pub fn signed(x: f64, decimals: usize) -> String {
    let s = fixed(x, decimals);
    let zero = style().zero;
    if x > 0.0 && !s.starts_with('\u{2212}') && s.chars().any(|c| c.is_alphanumeric() && c != zero)
    {
        format!("+{s}")
    } else {
        s
    }
}

/// A count with thousands separators: `127980` -> `127,980` (Spanish `127.980`, but `1000`).
pub fn grouped(n: usize) -> String {
    let st = style();
    // The digits first: a group mark may be the character English uses as its decimal point.
    let digits: Vec<char> = localise(n.to_string()).chars().collect();
    let group = digits.len() > 3 + usize::from(st.min_grouping) - 1;
    let mut out = String::with_capacity(digits.len() * 3 / 2);
    for (i, c) in digits.iter().enumerate() {
        if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(st.group);
        }
        out.push(*c);
    }
    out
}
