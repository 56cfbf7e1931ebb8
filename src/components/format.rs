//! Number formatting shared by tables, readouts and labels.

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

/// `text` safe as HTML text or inside a quoted attribute: `&`, `<`, `>`, `"` and `'` escaped.
///
/// ```
/// use softmax_lab::components::format::escape_html;
/// assert_eq!(escape_html("<img src=x onerror='a(1)'> & \"b\""), "&lt;img src=x onerror=&#39;a(1)&#39;&gt; &amp; &quot;b&quot;");
/// ```
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
