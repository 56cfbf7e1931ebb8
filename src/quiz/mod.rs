//! "Check yourself": eight questions drawn from a seed, their answers computed by [`crate::math`],
//! and the grading of what a student types or picks. Pure: no browser calls.
//!
//! The same seed gives the same questions, so a shared link gives a class the same quiz. Each
//! section of the lesson has a pool of kinds of question ([`PLAN`]); a seed draws from every pool.
//! The generators, one per kind, are in `generators.rs` (sections 1 to 3) and `deeper.rs`.

mod deeper;
mod generators;

use crate::format::fixed;
use crate::math::Rng;
use crate::params::Section;
use deeper::*;
use generators::*;

/// The share of questions a student must get right to pass (LESSON.md: 75% or more).
pub const PASS_SHARE: f64 = 0.75;

/// How many questions [`questions`] draws.
pub const QUESTION_COUNT: usize = 8;

/// What counts as a right answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// One of `options`; `right` is the index of the correct one.
    Choice {
        /// The options in the order shown.
        options: Vec<String>,
        /// Index of the correct option.
        right: usize,
    },
    /// A number within `tolerance` of `value` (inclusive), asked for to `decimals` decimals.
    Number {
        /// The exact answer.
        value: f64,
        /// How many decimals the question asks for (the solution is shown to as many).
        decimals: usize,
        /// How far a typed answer may be from `value` and still be right: one unit in the last
        /// asked-for decimal, so a truncated answer counts as well as a rounded one.
        tolerance: f64,
    },
}

/// One question with its answer and the reasoning shown after it is answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// What the question checks (`softmax`, `shift`, `temperature`, `placement`, `top-p`, `min-p`,
    /// `loss`, `perplexity`, `ranking`, `smoothing`, `distillation`, `gradient`, `step`,
    /// `overflow`, `logsumexp`, `twice`, `answer`, `overfit`, `scaled`, `leak`, `sigmoid`): a
    /// stable name for tests and styling.
    pub kind: &'static str,
    /// The section of the lesson that teaches what it checks.
    pub section: Section,
    /// The question, as plain text.
    pub prompt: String,
    /// What counts as right.
    pub answer: Answer,
    /// Why the answer is what it is, with the numbers worked out: written when it is shown, once
    /// the worked answers' text file has loaded (with the first check).
    pub reason: crate::text::Later,
}

/// The outcome of checking one response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The response is right.
    Right,
    /// The response is readable and wrong.
    Wrong,
    /// Nothing was picked, or the text is not a number: not graded, the student may try again.
    Unreadable,
}

impl Question {
    /// Grades `response`: the index of the picked option for a choice, the typed text for a
    /// number. Typed numbers may use a comma or a Unicode minus (`−0,89` reads as `-0.89`).
    ///
    /// ```
    /// use softmax_lab::{params::Section, quiz::{Answer, Question, Verdict}};
    /// use softmax_lab::{later, text::keys::worked};
    /// let reason = later!(worked::LOSS_REASON, "0.5", "0.693");
    /// let q = Question { kind: "loss", section: Section::Loss, prompt: String::new(), reason,
    ///     answer: Answer::Number { value: 0.693, decimals: 2, tolerance: 0.01 } };
    /// assert_eq!(q.grade("0.69"), Verdict::Right);
    /// assert_eq!(q.grade("0,7"), Verdict::Right);
    /// assert_eq!(q.grade("0.71"), Verdict::Wrong);
    /// assert_eq!(q.grade("ln 2"), Verdict::Unreadable);
    /// ```
    pub fn grade(&self, response: &str) -> Verdict {
        let verdict = |right: bool| {
            if right {
                Verdict::Right
            } else {
                Verdict::Wrong
            }
        };
        match &self.answer {
            Answer::Choice { options, right } => match response.trim().parse::<usize>() {
                Ok(i) if i < options.len() => verdict(i == *right),
                _ => Verdict::Unreadable,
            },
            Answer::Number {
                value, tolerance, ..
            } => match crate::number::parse_typed(response) {
                Some(x) => verdict((x - value).abs() <= *tolerance),
                _ => Verdict::Unreadable,
            },
        }
    }

    /// The right answer as a student would write it: the option's text, or the number rounded
    /// as the question asks.
    pub fn solution(&self) -> String {
        match &self.answer {
            Answer::Choice { options, right } => options[*right].clone(),
            Answer::Number {
                value, decimals, ..
            } => fixed(*value, *decimals),
        }
    }
}

/// Whether `right` correct answers out of `total` pass: `right / total >= PASS_SHARE`.
///
/// ```
/// use softmax_lab::quiz::passes;
/// assert!(passes(6, 8));
/// assert!(!passes(5, 8));
/// assert!(!passes(0, 0));
/// ```
pub fn passes(right: usize, total: usize) -> bool {
    total > 0 && right as f64 >= PASS_SHARE * total as f64
}

/// Makes one question from the quiz's generator.
type Generator = fn(&mut Rng) -> Question;

/// The sections the quiz asks about, in lesson order: how many questions each gets and the
/// pool of kinds they are drawn from: one question from every section, [`QUESTION_COUNT`] in all.
pub const PLAN: [(Section, usize, &[Generator]); 8] = [
    (Section::Softmax, 1, &[softmax_question, shift_question]),
    (
        Section::Sampling,
        1,
        &[
            temperature_question,
            placement_question,
            top_p_question,
            min_p_question,
        ],
    ),
    (
        Section::Loss,
        1,
        &[
            loss_question,
            perplexity_question,
            ranking_question,
            smoothing_question,
            distillation_question,
        ],
    ),
    (Section::Gradients, 1, &[gradient_question, step_question]),
    (
        Section::Training,
        1,
        &[answer_loss_question, overfit_question],
    ),
    (
        Section::Stability,
        1,
        &[overflow_question, logsumexp_question],
    ),
    (
        Section::Attention,
        1,
        &[scaled_score_question, leak_question],
    ),
    (Section::Pitfalls, 1, &[twice_question, sigmoid_question]),
];

/// The quiz for `seed`: [`QUESTION_COUNT`] questions, each section of [`PLAN`] with its count of
/// distinct kinds from its pool, in lesson order, each with fresh numbers from `Rng::new(seed)`.
///
/// ```
/// use softmax_lab::quiz::{questions, QUESTION_COUNT};
/// assert_eq!(questions(7), questions(7));
/// assert_eq!(questions(7).len(), QUESTION_COUNT);
/// assert_ne!(questions(7), questions(8));
/// ```
pub fn questions(seed: u64) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(QUESTION_COUNT);
    for (section, count, pool) in PLAN {
        // Which kinds: `count` of the pool's indices by a partial Fisher-Yates, kept in pool order.
        let mut picks: Vec<usize> = (0..pool.len()).collect();
        for i in 0..count.min(pool.len()) {
            let j = i + rng.below(pool.len() - i);
            picks.swap(i, j);
        }
        // In pool order (a flag per kind: no sort routine for one list of a few numbers).
        let mut picked = vec![false; pool.len()];
        for &i in &picks[..count.min(pool.len())] {
            picked[i] = true;
        }
        for i in (0..pool.len()).filter(|&i| picked[i]) {
            out.push(Question {
                section,
                ..pool[i](&mut rng)
            });
        }
    }
    out
}
