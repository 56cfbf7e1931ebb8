//! Generators for sections 1 to 3, and the helpers all generators share. Each draws its
//! numbers from the quiz's generator, works the answer out with [`crate::math`] and writes the
//! prompt and the reason from the same numbers, as the messages of `quiz.ftl` with their
//! placeholders filled.

use super::{Answer, Question};
use crate::format::fixed;
use crate::math::{self, Rng};
use crate::params::Section;
use crate::text::keys::{quiz as k, worked as w};
use crate::text::{t, Later, Msg};
use crate::{later, tr};

/// The three tokens the numeric questions score, in the language on screen.
const TOKENS: [Msg<0>; 3] = [k::TOKEN_CAT, k::TOKEN_DOG, k::TOKEN_BIRD];

/// Token `i` of cat, dog and bird, as the questions write it.
pub(super) fn token(i: usize) -> String {
    t(TOKENS[i])
}

/// A question from its prompt, answer and reason.
pub(super) fn worked(
    kind: &'static str,
    prompt: String,
    answer: Answer,
    reason: Later,
) -> Question {
    Question {
        kind,
        // Placed in its section by `questions`, which knows which pool it was drawn from.
        section: Section::Quiz,
        prompt,
        answer,
        reason,
    }
}

/// A multiple of 0.5 in `[lo, lo + span / 2]`.
pub(super) fn halves(r: &mut Rng, lo: f64, span: usize) -> f64 {
    lo + r.below(span + 1) as f64 / 2.0
}

/// A number asked for to two decimals: rounded or truncated answers both count.
pub(super) fn two_decimals(value: f64) -> Answer {
    Answer::Number {
        value,
        decimals: 2,
        tolerance: 0.01,
    }
}

/// The `options` (the right one first) shuffled by Fisher–Yates, following where the right one
/// lands.
pub(super) fn choice(r: &mut Rng, options: [String; 4]) -> Answer {
    let mut options = Vec::from(options);
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

/// Three logits for cat, dog and bird in descending order: the first in 1..4, each next one
/// 0.5..2.5 and 0..2 lower, all in halves.
pub(super) fn three_logits(r: &mut Rng) -> [f64; 3] {
    let a = halves(r, 1.0, 6);
    let b = a - halves(r, 0.5, 4);
    [a, b, b - halves(r, 0.0, 4)]
}

/// Three logits (or other numbers) written with `decimals` decimals.
pub(super) fn three(z: &[f64], decimals: usize) -> [String; 3] {
    [
        fixed(z[0], decimals),
        fixed(z[1], decimals),
        fixed(z[2], decimals),
    ]
}

/// p_i = e^(z_i) / sum_j e^(z_j) for one of three tokens.
pub(super) fn softmax_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let i = r.below(3);
    let e = math::exp_terms(&z);
    let sum: f64 = e.iter().sum();
    let p = math::softmax(&z)[i];
    let [zc, zd, zb] = three(&z, 1);
    let [ec, ed, eb] = three(&e, 3);
    let (word, sum) = (token(i), fixed(sum, 3));
    worked(
        "softmax",
        tr!(k::SOFTMAX_PROMPT, zc, zd, zb, &word),
        two_decimals(p),
        later!(
            w::SOFTMAX_REASON,
            ec,
            ed,
            eb,
            &sum,
            word,
            fixed(e[i], 3),
            fixed(p, 3)
        ),
    )
}

/// Shift invariance: softmax(z + c) = softmax(z).
pub(super) fn shift_question(r: &mut Rng) -> Question {
    let c = (1 + r.below(9)) as f64;
    let z = three_logits(r);
    let p = math::softmax(&z);
    let q = math::softmax(&[z[0] + c, z[1] + c, z[2] + c]);
    let [z1, z2, z3] = three(&z, 1);
    let [p1, p2, p3] = three(&p, 3);
    let [q1, q2, q3] = three(&q, 3);
    let shift = fixed(c, 0);
    worked(
        "shift",
        tr!(k::SHIFT_PROMPT, z1, z2, z3, &shift),
        choice(
            r,
            [
                t(k::SHIFT_OPTION_SAME),
                t(k::SHIFT_OPTION_UP),
                t(k::SHIFT_OPTION_UNIFORM),
                t(k::SHIFT_OPTION_SHARPER),
            ],
        ),
        later!(w::SHIFT_REASON, shift, p1, p2, p3, q1, q2, q3),
    )
}

/// softmax(z / T) for the most likely token.
pub(super) fn temperature_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let temp = [0.5, 0.8, 1.5, 2.0][r.below(4)];
    let p = math::softmax_t(&z, temp)[0];
    let [zc, zd, zb] = three(&z, 1);
    let [sc, sd, sb] = three(&[z[0] / temp, z[1] / temp, z[2] / temp], 2);
    let reason = if temp < 1.0 {
        w::TEMPERATURE_REASON_SHARPENS
    } else {
        w::TEMPERATURE_REASON_FLATTENS
    };
    worked(
        "temperature",
        tr!(k::TEMPERATURE_PROMPT, zc, zd, zb, fixed(temp, 1)),
        two_decimals(p),
        later!(
            reason,
            sc,
            sd,
            sb,
            fixed(p, 3),
            fixed(math::softmax(&z)[0], 3)
        ),
    )
}

/// Where temperature acts: on the logits, before softmax.
pub(super) fn placement_question(r: &mut Rng) -> Question {
    let temp = [0.5, 0.7, 2.0][r.below(3)];
    let p = math::softmax(&three_logits(r));
    let again = math::plain_normalise(&[p[0] / temp, p[1] / temp, p[2] / temp]);
    let [p1, p2, p3] = three(&p, 3);
    let [a1, a2, a3] = three(&again, 3);
    worked(
        "placement",
        tr!(k::PLACEMENT_PROMPT, fixed(temp, 1)),
        choice(
            r,
            [
                t(k::PLACEMENT_OPTION_LOGITS),
                t(k::PLACEMENT_OPTION_PROBABILITIES),
                t(k::PLACEMENT_OPTION_ADDED),
                t(k::PLACEMENT_OPTION_LOSS),
            ],
        ),
        later!(w::PLACEMENT_REASON, p1, p2, p3, a1, a2, a3),
    )
}

/// Five probabilities in steps of 0.02 (whole fiftieths), largest first, summing to 1.
fn five_shares(r: &mut Rng) -> Vec<f64> {
    let mut fiftieths: Vec<usize> = (0..5).map(|_| 1 + r.below(12)).collect();
    let drawn: usize = fiftieths.iter().sum();
    for f in fiftieths.iter_mut() {
        *f = (*f * 50 / drawn).max(1);
    }
    // Largest first: five numbers, by insertion (no sort routine in the wasm for them).
    for i in 1..fiftieths.len() {
        let mut j = i;
        while j > 0 && fiftieths[j - 1] < fiftieths[j] {
            fiftieths.swap(j - 1, j);
            j -= 1;
        }
    }
    let rest: usize = fiftieths[1..].iter().sum();
    fiftieths[0] = 50 - rest;
    fiftieths.iter().map(|&f| f as f64 / 50.0).collect()
}

/// Five probabilities written with two decimals.
fn five(p: &[f64]) -> [String; 5] {
    [
        fixed(p[0], 2),
        fixed(p[1], 2),
        fixed(p[2], 2),
        fixed(p[3], 2),
        fixed(p[4], 2),
    ]
}

/// The nucleus: the shortest sorted prefix whose mass reaches p.
pub(super) fn top_p_question(r: &mut Rng) -> Question {
    // p in odd twentieths, so a running total of fiftieths never equals p and no reader has to
    // think about ties with the threshold.
    let shares = five_shares(r);
    let p = [0.55, 0.65, 0.75, 0.85, 0.95][r.below(5)];
    let kept = math::nucleus_size(&shares, p);
    // The running totals up to the token that crosses p.
    let mut total = 0.0;
    let running: Vec<String> = shares[..kept]
        .iter()
        .map(|q| {
            total += q;
            fixed(total, 2)
        })
        .collect();
    let [p1, p2, p3, p4, p5] = five(&shares);
    let top_p = fixed(p, 2);
    worked(
        "top-p",
        tr!(k::TOP_P_PROMPT, p1, p2, p3, p4, p5, &top_p),
        Answer::Number {
            value: kept as f64,
            decimals: 0,
            // Any other whole number is wrong.
            tolerance: 0.4,
        },
        later!(
            w::TOP_P_REASON,
            running.join(&t(k::TOP_P_TOTALS_SEPARATOR)),
            top_p,
            kept
        ),
    )
}

/// Min-p: the tokens with at least min_p times the top token's probability.
pub(super) fn min_p_question(r: &mut Rng) -> Question {
    let shares = five_shares(r);
    // min_p in odd hundredths: min_p x (whole fiftieths) is never a whole fiftieth, so no
    // probability sits exactly on the bar.
    let m = [0.13, 0.17, 0.23, 0.27, 0.33, 0.41][r.below(6)];
    let kept = math::min_p_mask(&shares, m)
        .iter()
        .filter(|&&keep| keep)
        .count();
    let bar = m * shares[0];
    let [p1, p2, p3, p4, p5] = five(&shares);
    let min_p = fixed(m, 2);
    worked(
        "min-p",
        tr!(k::MIN_P_PROMPT, &p1, p2, p3, p4, p5, &min_p),
        Answer::Number {
            value: kept as f64,
            decimals: 0,
            // Any other whole number is wrong.
            tolerance: 0.4,
        },
        later!(w::MIN_P_REASON, min_p, p1, fixed(bar, 4), kept),
    )
}

/// Cross-entropy for one token: -ln p.
pub(super) fn loss_question(r: &mut Rng) -> Question {
    let p = (1 + r.below(98)) as f64 / 100.0;
    let loss = math::neg_log(p);
    let shown = fixed(p, 2);
    worked(
        "loss",
        tr!(k::LOSS_PROMPT, &shown),
        two_decimals(loss),
        later!(w::LOSS_REASON, shown, fixed(loss, 3)),
    )
}

/// Perplexity = exp(mean loss in nats).
pub(super) fn perplexity_question(r: &mut Rng) -> Question {
    let mean = (2 + r.below(29)) as f64 / 10.0;
    let ppl = math::perplexity(mean);
    let shown = fixed(mean, 1);
    worked(
        "perplexity",
        tr!(k::PERPLEXITY_PROMPT, &shown),
        Answer::Number {
            value: ppl,
            decimals: 1,
            tolerance: 0.1,
        },
        later!(w::PERPLEXITY_REASON, shown, fixed(ppl, 2), fixed(ppl, 0)),
    )
}

/// The three scenarios of section 3, ranked by -ln p(correct).
pub(super) fn ranking_question(r: &mut Rng) -> Question {
    let sure = (85 + r.below(14)) as f64 / 100.0;
    let n = 3 + r.below(4);
    let wrong = (1 + r.below(6)) as f64 / 100.0;
    let favourite = (80 + r.below(10)) as f64 / 100.0;
    let (sure_shown, wrong_shown) = (fixed(sure, 2), fixed(wrong, 2));
    worked(
        "ranking",
        t(k::RANKING_PROMPT),
        choice(
            r,
            [
                tr!(k::RANKING_OPTION_WRONG, fixed(favourite, 2), &wrong_shown),
                tr!(k::RANKING_OPTION_SURE, &sure_shown),
                tr!(k::RANKING_OPTION_EVEN, n),
                t(k::RANKING_OPTION_SAME),
            ],
        ),
        later!(
            w::RANKING_REASON,
            sure_shown,
            fixed(math::neg_log(sure), 3),
            n,
            fixed(math::neg_log(1.0 / n as f64), 3),
            wrong_shown,
            fixed(math::neg_log(wrong), 3)
        ),
    )
}

/// Label smoothing: the target probability of the correct class, 1 - e + e/K.
pub(super) fn smoothing_question(r: &mut Rng) -> Question {
    let classes = 3 + r.below(8);
    let e = [0.05, 0.1, 0.15, 0.2, 0.3][r.below(5)];
    let y = math::smoothed_target(classes, 0, e);
    let epsilon = fixed(e, 2);
    worked(
        "smoothing",
        tr!(k::SMOOTHING_PROMPT, classes, &epsilon),
        two_decimals(y[0]),
        later!(
            w::SMOOTHING_REASON,
            epsilon,
            classes,
            fixed(y[1], 4),
            fixed(y[0], 3)
        ),
    )
}

/// Distillation: a ratio of two soft targets is e^(gap / T).
pub(super) fn distillation_question(r: &mut Rng) -> Question {
    let low = halves(r, 0.0, 4);
    let gap = halves(r, 1.0, 4);
    let temp = [2.0, 4.0, 5.0, 10.0][r.below(4)];
    let soft = math::softmax_t(&[low + gap, low], temp);
    let ratio = soft[0] / soft[1];
    let (dog, bird, temp) = (fixed(low + gap, 1), fixed(low, 1), fixed(temp, 0));
    worked(
        "distillation",
        tr!(k::DISTILLATION_PROMPT, &dog, &bird, &temp),
        two_decimals(ratio),
        later!(
            w::DISTILLATION_REASON,
            dog,
            bird,
            temp,
            fixed(ratio, 3),
            fixed(gap.exp(), 2)
        ),
    )
}
