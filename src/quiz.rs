//! "Check yourself": eight questions drawn from a seed, their answers computed by [`crate::math`],
//! and the grading of what a student types or picks. Pure: no browser calls.
//!
//! The same seed gives the same questions, so a shared link gives a class the same quiz.

use crate::components::format::fixed;
use crate::math::{self, Rng};
use crate::number::parse_decimal;

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
    /// What the question checks (`softmax`, `shift`, `temperature`, `placement`, `top-p`,
    /// `loss`, `perplexity`, `ranking`): a stable name for tests and styling.
    pub kind: &'static str,
    /// The question, as plain text.
    pub prompt: String,
    /// What counts as right.
    pub answer: Answer,
    /// Why the answer is what it is, with the numbers worked out.
    pub reason: String,
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
    /// use softmax_lab::quiz::{Answer, Question, Verdict};
    /// let q = Question { kind: "loss", prompt: String::new(), reason: String::new(),
    ///     answer: Answer::Number { value: 0.693, decimals: 2, tolerance: 0.01 } };
    /// assert_eq!(q.grade("0.69"), Verdict::Right);
    /// assert_eq!(q.grade("0,7"), Verdict::Right);
    /// assert_eq!(q.grade("0.71"), Verdict::Wrong);
    /// assert_eq!(q.grade("ln 2"), Verdict::Unreadable);
    /// ```
    pub fn grade(&self, response: &str) -> Verdict {
        let verdict = |right: bool| if right { Verdict::Right } else { Verdict::Wrong };
        match &self.answer {
            Answer::Choice { options, right } => match response.trim().parse::<usize>() {
                Ok(i) if i < options.len() => verdict(i == *right),
                _ => Verdict::Unreadable,
            },
            Answer::Number {
                value, tolerance, ..
            } => {
                let typed = response.replace(',', ".").replace('\u{2212}', "-");
                match parse_decimal(&typed) {
                    Some(x) if x.is_finite() => verdict((x - value).abs() <= *tolerance),
                    _ => Verdict::Unreadable,
                }
            }
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

/// The quiz for `seed`: [`QUESTION_COUNT`] questions, one per idea of sections 1 to 3, each
/// with fresh numbers drawn from `Rng::new(seed)`.
///
/// ```
/// use softmax_lab::quiz::{questions, QUESTION_COUNT};
/// assert_eq!(questions(7), questions(7));
/// assert_eq!(questions(7).len(), QUESTION_COUNT);
/// assert_ne!(questions(7), questions(8));
/// ```
pub fn questions(seed: u64) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let r = &mut rng;
    vec![
        softmax_question(r),
        shift_question(r),
        temperature_question(r),
        placement_question(r),
        top_p_question(r),
        loss_question(r),
        perplexity_question(r),
        ranking_question(r),
    ]
}

/// The three tokens the numeric questions score.
const TOKENS: [&str; 3] = ["cat", "dog", "bird"];

/// A multiple of 0.5 in `[lo, hi]`.
fn halves(r: &mut Rng, lo: i32, hi: i32) -> f64 {
    f64::from(lo * 2 + r.below(((hi - lo) * 2 + 1) as usize) as i32) / 2.0
}

/// A number asked for to two decimals: rounded or truncated answers both count.
fn two_decimals(value: f64) -> Answer {
    Answer::Number {
        value,
        decimals: 2,
        tolerance: 0.01,
    }
}

/// `options` shuffled (Fisher–Yates), following where the first one, the right one, lands.
fn choice(r: &mut Rng, mut options: Vec<String>) -> Answer {
    let mut right = 0;
    for i in (1..options.len()).rev() {
        let j = r.below(i + 1);
        options.swap(i, j);
        if right == i {
            right = j;
        } else if right == j {
            right = i;
        }
    }
    Answer::Choice { options, right }
}

/// Numbers as a reader writes a list: `2.0, 1.0 and 0.5`.
fn listed(xs: &[f64], decimals: usize) -> String {
    let parts: Vec<String> = xs.iter().map(|&x| fixed(x, decimals)).collect();
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => parts.concat(),
    }
}

/// Three logits for cat, dog and bird, in descending order: `[1..4, -1..2, -2..1]` in halves.
fn three_logits(r: &mut Rng) -> Vec<f64> {
    let mut z = vec![halves(r, 1, 4), halves(r, -1, 2), halves(r, -2, 1)];
    z.sort_by(|a, b| b.total_cmp(a));
    z
}

/// p_i = e^(z_i) / sum_j e^(z_j) for one of three tokens.
fn softmax_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let i = r.below(3);
    let e = math::exp_terms(&z);
    let sum: f64 = e.iter().sum();
    let p = math::softmax(&z)[i];
    Question {
        kind: "softmax",
        prompt: format!(
            "The logits for cat, dog and bird are {}. What probability does softmax give {}? Two decimals are enough.",
            listed(&z, 1),
            TOKENS[i]
        ),
        answer: two_decimals(p),
        reason: format!(
            "e^z is {}, which sum to {}. So {} gets {} / {} = {}.",
            listed(&e, 3),
            fixed(sum, 3),
            TOKENS[i],
            fixed(e[i], 3),
            fixed(sum, 3),
            fixed(p, 3)
        ),
    }
}

/// Shift invariance: softmax(z + c) = softmax(z).
fn shift_question(r: &mut Rng) -> Question {
    let c = 1 + r.below(9);
    let z = three_logits(r);
    let moved: Vec<f64> = z.iter().map(|x| x + c as f64).collect();
    let (p, q) = (math::softmax(&z), math::softmax(&moved));
    Question {
        kind: "shift",
        prompt: format!(
            "The logits {} all go up by {c}. What happens to the probabilities?",
            listed(&z, 1)
        ),
        answer: choice(
            r,
            vec![
                "They stay exactly the same".into(),
                "They all go up".into(),
                "They move toward uniform".into(),
                "The largest one grows and the others shrink".into(),
            ],
        ),
        reason: format!(
            "e^(z + {c}) = e^{c} \u{00b7} e^z: the same factor multiplies every term and their sum, so it cancels. Before: {}; after: {}.",
            listed(&p, 3),
            listed(&q, 3)
        ),
    }
}

/// softmax(z / T) for the most likely token.
fn temperature_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let t = [0.5, 0.8, 1.5, 2.0][r.below(4)];
    let scaled = math::apply_temperature(&z, t);
    let p = math::softmax_t(&z, t)[0];
    let p1 = math::softmax(&z)[0];
    Question {
        kind: "temperature",
        prompt: format!(
            "The logits for cat, dog and bird are {}. With temperature T = {}, what probability does cat get? Two decimals are enough.",
            listed(&z, 1),
            fixed(t, 1)
        ),
        answer: two_decimals(p),
        reason: format!(
            "Divide the logits by T first: {}. Softmax of those gives cat {}, against {} at T = 1: a temperature {} 1 {} the distribution.",
            listed(&scaled, 2),
            fixed(p, 3),
            fixed(p1, 3),
            if t < 1.0 { "below" } else { "above" },
            if t < 1.0 { "sharpens" } else { "flattens" }
        ),
    }
}

/// Where temperature acts: on the logits, before softmax.
fn placement_question(r: &mut Rng) -> Question {
    let t = [0.5, 0.7, 2.0][r.below(3)];
    let p = math::softmax(&three_logits(r));
    let divided: Vec<f64> = p.iter().map(|x| x / t).collect();
    let renormalised = math::plain_normalise(&divided);
    Question {
        kind: "placement",
        prompt: format!(
            "A sampler uses temperature T = {}. Where in the pipeline does T act?",
            fixed(t, 1)
        ),
        answer: choice(
            r,
            vec![
                "It divides the logits, before softmax".into(),
                "It divides the probabilities, after softmax".into(),
                "It is added to every logit".into(),
                "It only changes the loss".into(),
            ],
        ),
        reason: format!(
            "Dividing the probabilities by T and renormalising changes nothing ({} stays {}): T must divide the logits, where it changes their gaps.",
            listed(&p, 3),
            listed(&renormalised, 3)
        ),
    }
}

/// The nucleus: the shortest sorted prefix whose mass reaches p.
fn top_p_question(r: &mut Rng) -> Question {
    // Five probabilities in steps of 0.02 (whole fiftieths) and p in odd twentieths, so a
    // running total never equals p and no reader has to think about ties with the threshold.
    let mut fiftieths: Vec<usize> = (0..5).map(|_| 1 + r.below(12)).collect();
    let drawn: usize = fiftieths.iter().sum();
    for f in fiftieths.iter_mut() {
        *f = (*f * 50 / drawn).max(1);
    }
    fiftieths.sort_unstable_by(|a, b| b.cmp(a));
    let rest: usize = fiftieths[1..].iter().sum();
    fiftieths[0] = 50 - rest;
    let probs: Vec<f64> = fiftieths.iter().map(|&f| f as f64 / 50.0).collect();
    let p = [0.55, 0.65, 0.75, 0.85, 0.95][r.below(5)];
    let kept = math::nucleus_size(&probs, p);
    let running: Vec<f64> = probs
        .iter()
        .scan(0.0, |s, q| {
            *s += q;
            Some(*s)
        })
        .take(kept)
        .collect();
    Question {
        kind: "top-p",
        prompt: format!(
            "Five tokens have probabilities {}. How many tokens does top-p with p = {} keep?",
            listed(&probs, 2),
            fixed(p, 2)
        ),
        answer: Answer::Number {
            value: kept as f64,
            decimals: 0,
            // Any other whole number is wrong.
            tolerance: 0.4,
        },
        reason: format!(
            "The running totals are {}: the first to reach {} is number {kept}, and the token that crosses the threshold is kept.",
            listed(&running, 2),
            fixed(p, 2)
        ),
    }
}

/// Cross-entropy for one token: -ln p.
fn loss_question(r: &mut Rng) -> Question {
    let p = (1 + r.below(98)) as f64 / 100.0;
    let loss = math::neg_log(p);
    Question {
        kind: "loss",
        prompt: format!(
            "In \u{201c}The cat sat\u{201d}, the model gives the correct word \u{201c}sat\u{201d} probability {}. What is the cross-entropy loss, in nats? Two decimals are enough.",
            fixed(p, 2)
        ),
        answer: two_decimals(loss),
        reason: format!(
            "The loss is \u{2212}ln p = \u{2212}ln {} = {} nats. It is 0 only when p = 1 and grows without limit as p falls to 0.",
            fixed(p, 2),
            fixed(loss, 3)
        ),
    }
}

/// Perplexity = exp(mean loss in nats).
fn perplexity_question(r: &mut Rng) -> Question {
    let mean = (2 + r.below(29)) as f64 / 10.0;
    let ppl = math::perplexity(mean);
    Question {
        kind: "perplexity",
        prompt: format!(
            "Over a sentence, the mean cross-entropy is {} nats per token. What is the perplexity? One decimal is enough.",
            fixed(mean, 1)
        ),
        answer: Answer::Number {
            value: ppl,
            decimals: 1,
            tolerance: 0.1,
        },
        reason: format!(
            "Perplexity = e^(mean loss) = e^{} = {}: the model is as unsure as if it picked evenly among about {} words.",
            fixed(mean, 1),
            fixed(ppl, 2),
            fixed(ppl, 0)
        ),
    }
}

/// The three scenarios of section 3, ranked by -ln p(correct).
fn ranking_question(r: &mut Rng) -> Question {
    let sure = (85 + r.below(14)) as f64 / 100.0;
    let n = 3 + r.below(4);
    let even = 1.0 / n as f64;
    let wrong = (1 + r.below(6)) as f64 / 100.0;
    let favourite = (80 + r.below(10)) as f64 / 100.0;
    Question {
        kind: "ranking",
        prompt: "Three models predict the next word. Which prediction has the largest cross-entropy loss?".into(),
        answer: choice(
            r,
            vec![
                format!(
                    "Probability {} on a wrong word and {} on the correct one",
                    fixed(favourite, 2),
                    fixed(wrong, 2)
                ),
                format!("Probability {} on the correct word", fixed(sure, 2)),
                format!("Probability 1/{n} on each of {n} words, the correct one among them"),
            ],
        ),
        reason: format!(
            "The loss is \u{2212}ln p of the correct word: \u{2212}ln {} = {}, \u{2212}ln(1/{n}) = {} and \u{2212}ln {} = {} nats. Confident and wrong costs the most.",
            fixed(sure, 2),
            fixed(math::neg_log(sure), 3),
            fixed(math::neg_log(even), 3),
            fixed(wrong, 2),
            fixed(math::neg_log(wrong), 3)
        ),
    }
}
