//! Generators for sections 1 to 3, and the helpers all generators share. Each draws its
//! numbers from the quiz's generator, works the answer out with [`crate::math`] and writes the
//! prompt and the reason from the same numbers.

use super::{Answer, Question};
use crate::format::fixed;
use crate::math::{self, Rng};
use crate::params::Section;

/// The three tokens the numeric questions score.
pub(super) const TOKENS: [&str; 3] = ["cat", "dog", "bird"];

/// `template` with its holes filled: `#` followed by two digits `i d` is `nums[i]` written with
/// `d` decimals (by [`fixed`]), and `@` is `word`. One small filler instead of a `format!` per
/// sentence keeps the quiz's share of the wasm small.
///
/// ```text
/// fill("#01 and #12 for @", &[2.0, 0.5], "cat") == "2.0 and 0.50 for cat"
/// ```
pub(super) fn fill(template: &str, nums: &[f64], word: &str) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                let mut digit = || chars.next().and_then(|d| d.to_digit(10)).unwrap_or(0) as usize;
                let (i, d) = (digit(), digit());
                out += &fixed(nums.get(i).copied().unwrap_or(f64::NAN), d);
            }
            '@' => out += word,
            _ => out.push(c),
        }
    }
    out
}

/// A question whose prompt and reason are templates filled (by [`fill`]) from the same numbers
/// and word.
pub(super) fn worked(
    kind: &'static str,
    nums: &[f64],
    word: &str,
    prompt: &str,
    answer: Answer,
    reason: &str,
) -> Question {
    Question {
        kind,
        // Placed in its section by `questions`, which knows which pool it was drawn from.
        section: Section::Quiz,
        prompt: fill(prompt, nums, word),
        answer,
        reason: fill(reason, nums, word),
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
/// lands; holes filled from `nums` as in [`fill`].
pub(super) fn choice(r: &mut Rng, options: [&str; 4], nums: &[f64]) -> Answer {
    let mut options: Vec<String> = options.iter().map(|o| fill(o, nums, "")).collect();
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

/// p_i = e^(z_i) / sum_j e^(z_j) for one of three tokens.
pub(super) fn softmax_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let i = r.below(3);
    let e = math::exp_terms(&z);
    let sum: f64 = e.iter().sum();
    let p = math::softmax(&z)[i];
    let nums = [z[0], z[1], z[2], e[0], e[1], e[2], sum, e[i], p];
    worked(
        "softmax",
        &nums,
        TOKENS[i],
        "The logits for cat, dog and bird are #01, #11 and #21. What probability does softmax give @? Two decimals are enough.",
        two_decimals(p),
        "e^z is #33, #43 and #53, which sum to #63. So @ gets #73 / #63 = #83.",
    )
}

/// Shift invariance: softmax(z + c) = softmax(z).
pub(super) fn shift_question(r: &mut Rng) -> Question {
    let c = (1 + r.below(9)) as f64;
    let z = three_logits(r);
    let p = math::softmax(&z);
    let q = math::softmax(&[z[0] + c, z[1] + c, z[2] + c]);
    let nums = [z[0], z[1], z[2], c, p[0], p[1], p[2], q[0], q[1], q[2]];
    worked(
        "shift",
        &nums,
        "",
        "The logits #01, #11 and #21 all go up by #30. What happens to the probabilities?",
        choice(
            r,
            [
                "They stay exactly the same",
                "They all go up",
                "They move toward uniform",
                "The largest one grows and the others shrink",
            ],
            &nums,
        ),
        "e^(z + #30) = e^#30 \u{00b7} e^z: the same factor multiplies every term and their sum, so it cancels. Before: #43, #53 and #63; after: #73, #83 and #93.",
    )
}

/// softmax(z / T) for the most likely token.
pub(super) fn temperature_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let t = [0.5, 0.8, 1.5, 2.0][r.below(4)];
    let p = math::softmax_t(&z, t)[0];
    let nums = [
        z[0],
        z[1],
        z[2],
        t,
        z[0] / t,
        z[1] / t,
        z[2] / t,
        p,
        math::softmax(&z)[0],
    ];
    worked(
        "temperature",
        &nums,
        if t < 1.0 {
                "a temperature below 1 sharpens the distribution"
            } else {
                "a temperature above 1 flattens the distribution"
            },
        "The logits for cat, dog and bird are #01, #11 and #21. With temperature T = #31, what probability does cat get? Two decimals are enough.",
        two_decimals(p),
        "Divide the logits by T first: #42, #52 and #62. Softmax of those gives cat #73, against #83 at T = 1: @.",
    )
}

/// Where temperature acts: on the logits, before softmax.
pub(super) fn placement_question(r: &mut Rng) -> Question {
    let t = [0.5, 0.7, 2.0][r.below(3)];
    let p = math::softmax(&three_logits(r));
    let again = math::plain_normalise(&[p[0] / t, p[1] / t, p[2] / t]);
    let nums = [t, p[0], p[1], p[2], again[0], again[1], again[2]];
    worked(
        "placement",
        &nums,
        "",
        "A sampler uses temperature T = #01. Where in the pipeline does T act?",
        choice(
            r,
            [
                "It divides the logits, before softmax",
                "It divides the probabilities, after softmax",
                "It is added to every logit",
                "It only changes the loss",
            ],
            &nums,
        ),
        "Dividing the probabilities #13, #23 and #33 by T and renormalising gives #43, #53 and #63 again: nothing changes. T must divide the logits, where it changes their gaps.",
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

/// The nucleus: the shortest sorted prefix whose mass reaches p.
pub(super) fn top_p_question(r: &mut Rng) -> Question {
    // p in odd twentieths, so a running total of fiftieths never equals p and no reader has to
    // think about ties with the threshold.
    let mut nums = five_shares(r);
    let p = [0.55, 0.65, 0.75, 0.85, 0.95][r.below(5)];
    let kept = math::nucleus_size(&nums, p);
    nums.push(p);
    nums.push(kept as f64);
    // The running totals up to the token that crosses p.
    let mut total = 0.0;
    let running: Vec<String> = nums[..kept]
        .iter()
        .map(|q| {
            total += q;
            fixed(total, 2)
        })
        .collect();
    worked(
        "top-p",
        &nums,
        &running.join(", "),
        "Five tokens have probabilities #02, #12, #22, #32 and #42. How many tokens does top-p with p = #52 keep?",
        Answer::Number {
            value: kept as f64,
            decimals: 0,
            // Any other whole number is wrong.
            tolerance: 0.4,
        },
        "The running totals are @: the first to reach #52 is number #60, and the token that crosses the threshold is kept.",
    )
}

/// Min-p: the tokens with at least min_p times the top token's probability.
pub(super) fn min_p_question(r: &mut Rng) -> Question {
    let mut nums = five_shares(r);
    // min_p in odd hundredths: min_p x (whole fiftieths) is never a whole fiftieth, so no
    // probability sits exactly on the bar.
    let m = [0.13, 0.17, 0.23, 0.27, 0.33, 0.41][r.below(6)];
    let kept = math::min_p_mask(&nums, m).iter().filter(|&&k| k).count();
    let bar = m * nums[0];
    nums.extend([m, bar, kept as f64]);
    worked(
        "min-p",
        &nums,
        "",
        "Five tokens have probabilities #02, #12, #22, #32 and #42. How many tokens does min-p with min_p = #52 keep?",
        Answer::Number {
            value: kept as f64,
            decimals: 0,
            // Any other whole number is wrong.
            tolerance: 0.4,
        },
        "Min-p's bar is #52 \u{d7} #02 = #64, a share of the top token's probability; the #70 tokens at or above it are kept.",
    )
}

/// Cross-entropy for one token: -ln p.
pub(super) fn loss_question(r: &mut Rng) -> Question {
    let p = (1 + r.below(98)) as f64 / 100.0;
    let loss = math::neg_log(p);
    let nums = [p, loss];
    worked(
        "loss",
        &nums,
        "",
        "In \u{201c}The cat sat\u{201d}, the model gives the correct word \u{201c}sat\u{201d} probability #02. What is the cross-entropy loss, in nats? Two decimals are enough.",
        two_decimals(loss),
        "The loss is \u{2212}ln p = \u{2212}ln #02 = #13 nats. It is 0 only when p = 1 and grows without limit as p falls to 0.",
    )
}

/// Perplexity = exp(mean loss in nats).
pub(super) fn perplexity_question(r: &mut Rng) -> Question {
    let mean = (2 + r.below(29)) as f64 / 10.0;
    let ppl = math::perplexity(mean);
    let nums = [mean, ppl];
    worked(
        "perplexity",
        &nums,
        "",
        "Over a sentence, the mean cross-entropy is #01 nats per token. What is the perplexity? One decimal is enough.",
        Answer::Number {
            value: ppl,
            decimals: 1,
            tolerance: 0.1,
        },
        "Perplexity = e^(mean loss) = e^#01 = #12: the model is as unsure as if it picked evenly among about #10 words.",
    )
}

/// The three scenarios of section 3, ranked by -ln p(correct).
pub(super) fn ranking_question(r: &mut Rng) -> Question {
    let sure = (85 + r.below(14)) as f64 / 100.0;
    let n = (3 + r.below(4)) as f64;
    let wrong = (1 + r.below(6)) as f64 / 100.0;
    let favourite = (80 + r.below(10)) as f64 / 100.0;
    let nums = [
        favourite,
        wrong,
        sure,
        n,
        math::neg_log(sure),
        math::neg_log(1.0 / n),
        math::neg_log(wrong),
    ];
    worked(
        "ranking",
        &nums,
        "",
        "Three models predict the next word. Which prediction has the largest cross-entropy loss?",
        choice(
            r,
            [
                "Probability #02 on a wrong word and #12 on the correct one",
                "Probability #22 on the correct word",
                "Probability 1/#30 on each of #30 words, the correct one among them",
                "All three have the same loss",
            ],
            &nums,
        ),
        "The loss is \u{2212}ln p of the correct word: \u{2212}ln #22 = #43, \u{2212}ln(1/#30) = #53 and \u{2212}ln #12 = #63 nats. Confident and wrong costs the most.",
    )
}

/// Label smoothing: the target probability of the correct class, 1 - e + e/K.
pub(super) fn smoothing_question(r: &mut Rng) -> Question {
    let k = 3 + r.below(8);
    let e = [0.05, 0.1, 0.15, 0.2, 0.3][r.below(5)];
    let y = math::smoothed_target(k, 0, e);
    let nums = [k as f64, e, y[0], y[1]];
    worked(
        "smoothing",
        &nums,
        "",
        "A classifier over #00 classes is trained with label smoothing \u{3b5} = #12, the way PyTorch's label_smoothing does it. What target probability does the correct class get? Two decimals are enough.",
        two_decimals(y[0]),
        "Every class gets \u{3b5}/K = #12/#00 = #34, and the correct one gets 1 \u{2212} \u{3b5} on top: 1 \u{2212} #12 + #34 = #23. The loss against this target can never reach 0.",
    )
}

/// Distillation: a ratio of two soft targets is e^(gap / T).
pub(super) fn distillation_question(r: &mut Rng) -> Question {
    let low = halves(r, 0.0, 4);
    let gap = halves(r, 1.0, 4);
    let t = [2.0, 4.0, 5.0, 10.0][r.below(4)];
    let soft = math::softmax_t(&[low + gap, low], t);
    let nums = [low + gap, low, t, gap.exp(), soft[0] / soft[1]];
    worked(
        "distillation",
        &nums,
        "",
        "A teacher gives two wrong words, \u{201c}dog\u{201d} and \u{201c}bird\u{201d}, logits #01 and #11. In its soft targets at distillation temperature T = #20, how many times as likely as \u{201c}bird\u{201d} is \u{201c}dog\u{201d}? Two decimals are enough.",
        two_decimals(nums[4]),
        "A ratio of softmax probabilities depends only on the gap of the logits: e^((#01 \u{2212} #11)/#20) = #43, down from e^(#01 \u{2212} #11) = #32 at T = 1. A higher T brings the wrong words' probabilities closer, so the student sees how the teacher ranks them.",
    )
}
