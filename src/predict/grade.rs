//! How far a guess is from the answer, said neutrally: bands for a number, right or not for a
//! choice. Never a score.

use super::{Answer, Ask};

/// Where a guess landed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A number within the close band: `|guess − answer| <= close`.
    Close,
    /// A number within the near band: `close < |guess − answer| <= near`.
    Near,
    /// A number further off: `|guess − answer| > near`.
    Far,
    /// The choice the math gives.
    Right,
    /// Another choice.
    Other,
}

/// The verdict on `guess` for a prompt that asks `ask` and whose answer is `answer`. A guess
/// of the other kind than the answer (a number for a choice) is [`Verdict::Other`] or
/// [`Verdict::Far`]; a non-finite number is far.
///
/// ```
/// use softmax_lab::predict::{grade, Answer, Ask, Verdict};
/// let ask = Ask::Value { min: 0.0, max: 1.0, step: 0.01, close: 0.02, near: 0.1, decimals: 2 };
/// assert_eq!(grade(ask, Answer::Value(0.62), Answer::Value(0.609)), Verdict::Close);
/// assert_eq!(grade(ask, Answer::Value(0.70), Answer::Value(0.609)), Verdict::Near);
/// assert_eq!(grade(ask, Answer::Value(0.90), Answer::Value(0.609)), Verdict::Far);
/// let choose = Ask::Choice { options: 3 };
/// assert_eq!(grade(choose, Answer::Choice(2), Answer::Choice(2)), Verdict::Right);
/// assert_eq!(grade(choose, Answer::Choice(0), Answer::Choice(2)), Verdict::Other);
/// ```
pub fn grade(ask: Ask, guess: Answer, answer: Answer) -> Verdict {
    match (ask, guess, answer) {
        (Ask::Value { close, near, .. }, Answer::Value(g), Answer::Value(a)) => {
            // A hair of slack, so a guess exactly on a band's edge (0.63 for 0.61 ± 0.02) is in.
            let gap = (g - a).abs() - 1e-9;
            if !gap.is_finite() {
                Verdict::Far
            } else if gap <= close {
                Verdict::Close
            } else if gap <= near {
                Verdict::Near
            } else {
                Verdict::Far
            }
        }
        (Ask::Choice { .. }, Answer::Choice(g), Answer::Choice(a)) if g == a => Verdict::Right,
        (Ask::Choice { .. }, _, _) => Verdict::Other,
        (Ask::Value { .. }, _, _) => Verdict::Far,
    }
}
