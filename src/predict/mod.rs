//! Predict first: the lesson's predictions and challenges (LESSON.md, "Predict first") as data
//! and pure functions, shared by the page and the native tests.
//!
//! A [`Prediction`] asks a question before the lesson shows the answer: its set-up is a query
//! read like a shared link, its answer is computed by [`crate::math`] from those settings (never
//! typed in), and a guess is graded in bands ([`grade`]), neutrally. A [`Challenge`] is a goal
//! reached by moving the lesson's own controls; its check reads the live settings ([`Live`]).
//! Nothing here touches the page: the words are in the text files, the cards in
//! `crate::predict_box`.

mod challenges;
mod grade;
mod interaction;
mod predictions;

pub use crate::sections::attention::model::sentence as attention_words;
pub use crate::sections::pitfalls::model::temperature_change;
pub use crate::sections::stability::model::precision_name;
pub use crate::sections::training::model::{overfitting, MAX_STEPS};
pub use challenges::{
    challenge, infinite_naive_loss, uniform_row, validation_minimum, Challenge, Live, CHALLENGES,
    STOP_WITHIN, VISIBLE_CHANGE,
};
pub use grade::{grade, Verdict};
pub use interaction::{choice_letter, interaction, numeric_response, Kind};
pub use predictions::{loss_after, prediction, watched, Prediction, PREDICTIONS, WATCHED_STEPS};

use crate::params::{Params, Section};

/// What a prediction asks the student to commit to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ask {
    /// A number on a slider or in a box, in `[min, max]` by `step`. A guess within `close` of
    /// the answer is close, within `near` near, else far.
    Value {
        /// Lowest guess.
        min: f64,
        /// Highest guess.
        max: f64,
        /// Slider step.
        step: f64,
        /// Half-width of the close band.
        close: f64,
        /// Half-width of the near band (wider than `close`).
        near: f64,
        /// Decimals a guess and the answer are written with.
        decimals: usize,
    },
    /// One of `options` choices, in the order the text file lists them.
    Choice {
        /// Number of choices.
        options: usize,
    },
}

/// A guess, or the answer the math gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// A number.
    Value(f64),
    /// The index of a choice.
    Choice(usize),
}

/// The settings a prompt's set-up query loads, read as a shared link is (its section added).
///
/// ```
/// use softmax_lab::params::Section;
/// use softmax_lab::predict::settings;
/// let p = settings(Section::Softmax, "logits=1,2");
/// assert_eq!(p.logits, vec![1.0, 2.0]);
/// assert_eq!(p.section, Section::Softmax);
/// ```
pub fn settings(section: Section, setup: &str) -> Params {
    let (mut p, _) = Params::from_query(setup);
    p.section = section;
    p
}
