//! Plain text: `token 2.0`, `token: -0.41`, `token, 3`, `token<TAB>1e-2`, one per line, or
//! bare numbers (one per line, or several on a line separated by commas or spaces).

use super::{place, Candidate};
use crate::number::parse_decimal;
use crate::text::keys::paste as k;
use crate::tr;

/// What may stand between a token and its number.
const SEPARATORS: [char; 5] = [' ', '\t', ':', ',', '='];

/// The tokens of plain lines, and whether any line named its token (bare numbers are `t1`,
/// `t2`, … by their place). Blank lines and lines starting with `#` are skipped.
pub(super) fn read_lines(text: &str) -> Result<(Vec<Candidate>, bool), String> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut named = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let n = i + 1;
        let fields: Vec<&str> = line
            .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .filter(|f| !f.is_empty())
            .collect();
        let bare: Option<Vec<f64>> = fields.iter().map(|f| parse_decimal(f)).collect();
        if let Some(values) = bare {
            for value in values {
                check_finite(n, value, line)?;
                let token = format!("t{}", out.len() + 1);
                out.push(Candidate { token, value });
            }
            continue;
        }
        let Some(cut) = line.rfind(SEPARATORS) else {
            return Err(tr!(k::LINE_NO_NUMBER, place(n), clip(line)));
        };
        let number = &line[cut + 1..];
        let head = line[..cut].trim();
        let name = head.trim_end_matches([':', ',', '=']).trim();
        let name = if name.is_empty() { head } else { name };
        if number.is_empty() {
            return Err(tr!(k::LINE_NO_NUMBER_AFTER, place(n), clip(name)));
        }
        let Some(value) = parse_decimal(number) else {
            return Err(tr!(k::LINE_NOT_NUMBER, place(n), clip(number)));
        };
        check_finite(n, value, number)?;
        named = true;
        out.push(Candidate {
            token: unquote(name).to_string(),
            value,
        });
    }
    Ok((out, named))
}

fn check_finite(n: usize, value: f64, text: &str) -> Result<(), String> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(tr!(k::LINE_TOO_LARGE, place(n), clip(text)))
    }
}

/// `"␣the"` written with quotes keeps its spaces: `" the"`.
fn unquote(name: &str) -> &str {
    name.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(name)
}

/// At most 30 characters of `text`, for quoting it in a message.
pub(super) fn clip(text: &str) -> String {
    if text.chars().count() > 30 {
        let head: String = text.chars().take(29).collect();
        format!("{head}\u{2026}")
    } else {
        text.to_string()
    }
}
