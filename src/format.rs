//! Numbers written for a student: fixed decimals with a real minus sign, signed values, counts
//! with thousands separators. Pure (std only), beside [`crate::number`], which reads them back.

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
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s.replacen('-', "\u{2212}", 1)
    }
}

/// A signed value with an explicit plus sign (`+1.0`, `−0.5`), for shifts and gradients.
pub fn signed(x: f64, decimals: usize) -> String {
    let s = fixed(x, decimals);
    if x > 0.0 && !s.starts_with('\u{2212}') && s.chars().any(|c| c != '0' && c != '.') {
        format!("+{s}")
    } else {
        s
    }
}

/// A count with thousands separators: `127980` -> `127,980`.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
