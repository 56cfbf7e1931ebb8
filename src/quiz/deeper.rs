//! Generators for sections 4 to 8: the gradient p - y and the step it gives, the loss of the
//! answer when fine-tuning and overfitting on the loss curves, where e^z overflows and log-sum-exp, the scaled score and the leak of a mask of zeros, softmax applied
//! twice and sigmoid against softmax. Each works its answer out with [`crate::math`], like those
//! of `generators.rs`.

use super::generators::{choice, halves, three, three_logits, token, two_decimals, worked};
use super::Question;
use crate::format::fixed;
use crate::math::{self, MaskMode, Precision, Rng};
use crate::text::keys::{quiz as k, worked as w};
use crate::text::t;
use crate::{later, tr};

/// dL/dz_i = p_i - y_i for one token, the correct word drawn separately.
pub(super) fn gradient_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let (target, asked) = (r.below(3), r.below(3));
    let p = math::softmax(&z);
    let g = math::grad_logits(&z, target);
    let y = if asked == target { 1.0 } else { 0.0 };
    let [zc, zd, zb] = three(&z, 1);
    let [pc, pd, pb] = three(&p, 3);
    let (correct, asked_word) = (token(target), token(asked));
    worked(
        "gradient",
        tr!(k::GRADIENT_PROMPT, zc, zd, zb, &correct, &asked_word),
        two_decimals(g[asked]),
        later!(
            w::GRADIENT_REASON,
            pc,
            pd,
            pb,
            correct,
            asked_word,
            fixed(p[asked], 3),
            fixed(y, 0),
            fixed(g[asked], 3)
        ),
    )
}

/// One gradient step z <- z - lr (p - y): the wrong favourite falls most.
pub(super) fn step_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let mut target = r.below(3);
    // With dog and bird tied and cat correct, no single logit would fall most.
    if target == 0 && z[1] == z[2] {
        target = 1;
    }
    let g = math::grad_logits(&z, target);
    let falls = (0..3)
        .filter(|&i| i != target)
        .max_by(|&a, &b| g[a].total_cmp(&g[b]))
        .unwrap_or(0);
    let others: Vec<usize> = (0..3).filter(|&i| i != falls).collect();
    let option = |i: usize| tr!(k::STEP_OPTION_LOGIT, token(i));
    let answer = choice(
        r,
        [
            option(falls),
            option(others[0]),
            option(others[1]),
            t(k::STEP_OPTION_NONE),
        ],
    );
    let [zc, zd, zb] = three(&z, 1);
    let [gc, gd, gb] = three(&g, 3);
    let correct = token(target);
    worked(
        "step",
        tr!(k::STEP_PROMPT, zc, zd, zb, &correct),
        answer,
        later!(w::STEP_REASON, gc, gd, gb, correct, token(falls)),
    )
}

/// The mean loss over the answer's positions only, as supervised fine-tuning counts it.
pub(super) fn answer_loss_question(r: &mut Rng) -> Question {
    let losses: Vec<f64> = (0..5).map(|_| (5 + r.below(40)) as f64 / 10.0).collect();
    let counted = [false, false, true, true, true];
    let mean = math::masked_mean(&losses, &counted);
    let all = math::masked_mean(&losses, &[true; 5]);
    let shown: Vec<String> = losses.iter().map(|l| fixed(*l, 1)).collect();
    worked(
        "answer",
        tr!(
            k::ANSWER_PROMPT,
            &shown[0],
            &shown[1],
            &shown[2],
            &shown[3],
            &shown[4]
        ),
        two_decimals(mean),
        later!(
            w::ANSWER_REASON,
            &shown[2],
            &shown[3],
            &shown[4],
            fixed(mean, 3),
            fixed(all, 3)
        ),
    )
}

/// Reading the loss curves: validation turning up while training falls is overfitting.
pub(super) fn overfit_question(r: &mut Rng) -> Question {
    let best = (100 * (2 + r.below(8))) as f64;
    let now = best + (100 * (3 + r.below(10))) as f64;
    let low = (15 + r.below(15)) as f64 / 10.0;
    let risen = low + (1 + r.below(9)) as f64 / 10.0;
    let answer = choice(
        r,
        [
            t(k::OVERFIT_OPTION_OVERFITTING),
            t(k::OVERFIT_OPTION_LEARNING_RATE),
            t(k::OVERFIT_OPTION_UNDERFITTING),
            t(k::OVERFIT_OPTION_LEAK),
        ],
    );
    // Steps are written as numbers, not counts: 1200, as on the loss curves' axis.
    let best_step = fixed(best, 0);
    worked(
        "overfit",
        tr!(
            k::OVERFIT_PROMPT,
            &best_step,
            fixed(low, 1),
            fixed(risen, 1),
            fixed(now, 0)
        ),
        answer,
        later!(w::OVERFIT_REASON, best_step),
    )
}

/// Where a naive e^z overflows: past ln(max float), 88.72 in f32 and 709.78 in f64.
pub(super) fn overflow_question(r: &mut Rng) -> Question {
    let (precision, name) = if r.below(2) == 0 {
        (Precision::F32, "f32")
    } else {
        (Precision::F64, "f64")
    };
    let limit = math::exp_overflow_limit(precision);
    // One logit just past the limit, three below it, all whole numbers.
    let unit = limit / 8.0;
    let below = |r: &mut Rng, units: f64| (unit * (units + r.next_f64())).floor();
    let over = limit.ceil() + r.below((unit * 3.0) as usize) as f64;
    let logits = [
        over,
        below(r, 1.0),
        below(r, 4.0),
        (limit - 1.0 - r.below(unit as usize / 2) as f64).max(1.0),
    ];
    // "z = 89": a formula, the same in every language.
    let answer = choice(r, logits.map(|z| format!("z = {}", fixed(z, 0))));
    worked(
        "overflow",
        tr!(k::OVERFLOW_PROMPT, name),
        answer,
        later!(w::OVERFLOW_REASON, name, fixed(limit, 2), fixed(over, 0)),
    )
}

/// log-sum-exp of large logits, by taking the largest out first.
pub(super) fn logsumexp_question(r: &mut Rng) -> Question {
    let m = (100 * (2 + r.below(9))) as f64;
    let z = [m, m - halves(r, 0.5, 4), m - halves(r, 1.0, 6)];
    let lse = math::logsumexp(&z);
    let inner: f64 = z.iter().map(|x| (x - m).exp()).sum();
    let reason = if m > math::LN_F64_MAX {
        w::LOGSUMEXP_REASON_F64
    } else {
        w::LOGSUMEXP_REASON_F32
    };
    let [z1, z2, z3] = three(&z, 1);
    worked(
        "logsumexp",
        tr!(k::LOGSUMEXP_PROMPT, &z1, z2, z3),
        two_decimals(lse),
        later!(
            reason,
            z1,
            fixed(z[1] - m, 1),
            fixed(z[2] - m, 1),
            fixed(inner, 3),
            fixed(lse, 3),
            fixed(m, 0)
        ),
    )
}

/// The score softmax sees: q . k / sqrt(d_k).
pub(super) fn scaled_score_question(r: &mut Rng) -> Question {
    let dk = [16.0, 36.0, 64.0, 100.0, 144.0, 256.0, 576.0, 1024.0][r.below(8)];
    let raw = (4 + r.below(37)) as f64;
    let factor = math::attention_scale(dk, true);
    let (score, root) = (fixed(raw, 0), fixed(1.0 / factor, 0));
    worked(
        "scaled",
        // d_k written as a number, not a count: 1024, as in the attention section.
        tr!(k::SCALED_PROMPT, &score, fixed(dk, 0)),
        two_decimals(raw * factor),
        later!(w::SCALED_REASON, root, score, fixed(raw * factor, 3)),
    )
}

/// The weight that leaks to the future when masked scores are set to 0 instead of -inf.
pub(super) fn leak_question(r: &mut Rng) -> Question {
    let s = (5 + r.below(31)) as f64 / 10.0;
    // Five words; only the first row matters, whose four future scores the mask replaces.
    let scores = vec![vec![s, 9.0, 9.0, 9.0, 9.0]; 5];
    let leak = math::future_weight(&math::attention_weights(
        &scores,
        1.0,
        false,
        MaskMode::Zero,
    ))[0];
    let score = fixed(s, 1);
    worked(
        "leak",
        tr!(k::LEAK_PROMPT, &score),
        two_decimals(leak),
        later!(w::LEAK_REASON, score, fixed(s.exp(), 3), fixed(leak, 3)),
    )
}

/// The loss when probabilities are passed to a loss that applies softmax again.
pub(super) fn twice_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let target = r.below(3);
    let p = math::softmax(&z);
    let twice = math::softmax_twice_loss(&z, target);
    let [zc, zd, zb] = three(&z, 1);
    let [pc, pd, pb] = three(&p, 3);
    let correct = token(target);
    worked(
        "twice",
        tr!(k::TWICE_PROMPT, zc, zd, zb, &correct),
        two_decimals(twice),
        later!(
            w::TWICE_REASON,
            pc,
            pd,
            pb,
            correct,
            fixed(math::softmax(&p)[target], 3),
            fixed(twice, 3),
            fixed(math::cross_entropy(&z, target), 3)
        ),
    )
}

/// Several labels that can all be true: independent sigmoids, not one softmax.
pub(super) fn sigmoid_question(r: &mut Rng) -> Question {
    let z = [halves(r, 1.5, 5), halves(r, 1.5, 5)];
    let s = math::sigmoid_all(&z);
    let p = math::softmax(&z);
    let (zc, zd) = (fixed(z[0], 1), fixed(z[1], 1));
    let (sc, sd) = (fixed(s[0], 2), fixed(s[1], 2));
    let (pc, pd) = (fixed(p[0], 2), fixed(p[1], 2));
    let answer = choice(
        r,
        [
            tr!(k::SIGMOID_OPTION_SIGMOID, &sc, &sd),
            tr!(k::SIGMOID_OPTION_SOFTMAX, &pc, &pd),
            tr!(k::SIGMOID_OPTION_LOGITS, &zc, &zd),
            t(k::SIGMOID_OPTION_TEMPERATURE),
        ],
    );
    worked(
        "sigmoid",
        tr!(k::SIGMOID_PROMPT, zc, zd),
        answer,
        later!(w::SIGMOID_REASON, pc, pd, sc, sd),
    )
}
