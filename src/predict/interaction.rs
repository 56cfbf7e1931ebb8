//! A prediction or a challenge as a SCORM 1.2 interaction (`cmi.interactions.n.*`), for the
//! learning management system the SCORM package runs in. Predictions are written with the
//! result `neutral` and challenges with `correct` once met: neither touches the quiz's status
//! or score.

/// How the student answered, in SCORM 1.2's `cmi.interactions.n.type` vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A number (`numeric`): the response is the number, with a decimal point.
    Numeric,
    /// One of a few choices (`choice`): the response is its letter, `a` for the first.
    Choice,
    /// A goal reached with the controls (`performance`): the response is what met it.
    Performance,
}

impl Kind {
    /// The spec's word for it.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Numeric => "numeric",
            Kind::Choice => "choice",
            Kind::Performance => "performance",
        }
    }
}

/// The letter a choice is written as: `a` for the first (SCORM 1.2 takes one character per
/// choice; at most 26).
///
/// ```
/// use softmax_lab::predict::choice_letter;
/// assert_eq!(choice_letter(0), "a");
/// assert_eq!(choice_letter(2), "c");
/// ```
pub fn choice_letter(i: usize) -> String {
    char::from(b'a' + (i.min(25) as u8)).to_string()
}

/// The `LMSSetValue` calls, `(element, value)`, that write interaction number `n`: its id (the
/// prediction's or challenge's, which is a CMIIdentifier: letters, digits and hyphens), type,
/// the student's response (at most 255 characters, longer is cut) and result (`neutral` for a
/// prediction, `correct` for a met challenge).
///
/// ```
/// use softmax_lab::predict::{interaction, Kind};
/// let calls = interaction(2, "softmax-add", Kind::Numeric, "0.7", "neutral");
/// assert_eq!(calls[0], ("cmi.interactions.2.id".to_string(), "softmax-add".to_string()));
/// assert_eq!(calls[1].1, "numeric");
/// assert_eq!(calls[3], ("cmi.interactions.2.result".to_string(), "neutral".to_string()));
/// ```
pub fn interaction(
    n: usize,
    id: &str,
    kind: Kind,
    response: &str,
    result: &str,
) -> Vec<(String, String)> {
    let at = |field: &str| format!("cmi.interactions.{n}.{field}");
    let response: String = response.chars().take(255).collect();
    vec![
        (at("id"), id.to_string()),
        (at("type"), kind.word().to_string()),
        (at("student_response"), response),
        (at("result"), result.to_string()),
    ]
}

/// A number as a numeric response: a decimal point, at most six decimals, no exponent.
///
/// ```
/// use softmax_lab::predict::numeric_response;
/// assert_eq!(numeric_response(0.7), "0.7");
/// assert_eq!(numeric_response(-0.0100000001), "-0.01");
/// ```
pub fn numeric_response(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}
