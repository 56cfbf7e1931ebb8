//! Generators for sections 4 to 8: the gradient p - y and the step it gives, the loss of the
//! answer when fine-tuning and overfitting on the loss curves, where e^z overflows and log-sum-exp, the scaled score and the leak of a mask of zeros, softmax applied
//! twice and sigmoid against softmax. Each works its answer out with [`crate::math`], like those
//! of `generators.rs`.

use super::generators::{choice, halves, three_logits, two_decimals, worked, TOKENS};
use super::Question;
use crate::math::{self, MaskMode, Precision, Rng};

/// dL/dz_i = p_i - y_i for one token, the correct word drawn separately.
pub(super) fn gradient_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let (target, asked) = (r.below(3), r.below(3));
    let p = math::softmax(&z);
    let g = math::grad_logits(&z, target);
    let y = if asked == target { 1.0 } else { 0.0 };
    let nums = [z[0], z[1], z[2], p[0], p[1], p[2], p[asked], y, g[asked]];
    let mut q = worked(
        "gradient",
        &nums,
        TOKENS[target],
        "The logits for cat, dog and bird are #01, #11 and #21, and the correct word is @. What is the gradient of the cross-entropy loss with respect to %'s logit? Two decimals are enough.",
        two_decimals(g[asked]),
        "Softmax gives cat #33, dog #43 and bird #53. The gradient is p \u{2212} y, with y = 1 for @ and 0 for the others: for % it is #63 \u{2212} #70 = #83.",
    );
    q.prompt = q.prompt.replace('%', TOKENS[asked]);
    q.reason = q.reason.replace('%', TOKENS[asked]);
    q
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
    let option = |i: usize| format!("The logit of {}", TOKENS[i]);
    let (right, a, b) = (option(falls), option(others[0]), option(others[1]));
    let nums = [z[0], z[1], z[2], g[0], g[1], g[2]];
    let answer = choice(r, [&right, &a, &b, "None: every logit goes up"], &nums);
    let mut q = worked(
        "step",
        &nums,
        TOKENS[target],
        "The logits for cat, dog and bird are #01, #11 and #21, and the correct word is @. One step of gradient descent subtracts lr \u{00b7} (p \u{2212} y) from every logit. Which logit goes down the most?",
        answer,
        "p \u{2212} y is #33 for cat, #43 for dog and #53 for bird. Only @'s is negative, so only its logit rises; the others fall in proportion to their probability, so the most likely wrong word, %, falls most.",
    );
    q.reason = q.reason.replace('%', TOKENS[falls]);
    q
}

/// The mean loss over the answer's positions only, as supervised fine-tuning counts it.
pub(super) fn answer_loss_question(r: &mut Rng) -> Question {
    let losses: Vec<f64> = (0..5).map(|_| (5 + r.below(40)) as f64 / 10.0).collect();
    let counted = [false, false, true, true, true];
    let mean = math::masked_mean(&losses, &counted);
    let mut nums = losses.clone();
    nums.push(mean);
    nums.push(math::masked_mean(&losses, &[true; 5]));
    worked(
        "answer",
        &nums,
        "",
        "A training example has a two-word prompt and a three-word answer. The losses at its five positions are #01 and #11 (the prompt), then #21, #31 and #41 (the answer). Fine-tuning counts the answer only: what loss does the example give? Two decimals are enough.",
        two_decimals(mean),
        "Only the answer's positions count: (#21 + #31 + #41) / 3 = #53. Counting every position would give #63, and the model would also be trained to write prompts.",
    )
}

/// Reading the loss curves: validation turning up while training falls is overfitting.
pub(super) fn overfit_question(r: &mut Rng) -> Question {
    let best = (100 * (2 + r.below(8))) as f64;
    let now = best + (100 * (3 + r.below(10))) as f64;
    let low = (15 + r.below(15)) as f64 / 10.0;
    let nums = [best, now, low, low + (1 + r.below(9)) as f64 / 10.0];
    let answer = choice(
        r,
        [
            "Overfitting: it is learning its training sentences by heart",
            "The learning rate is too small to make progress",
            "Underfitting: the model is too small for the data",
            "The validation set must have been trained on",
        ],
        &nums,
    );
    worked(
        "overfit",
        &nums,
        "",
        "While a model trains, its training loss keeps falling. Its validation loss was lowest at step #00 (#21 nats) and has risen since, to #31 nats at step #10. What is happening?",
        answer,
        "Falling training loss with rising validation loss is overfitting: the model fits what is peculiar to its training text, which does not carry over. Stop near step #00, or give it more data.",
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
    let below = |r: &mut Rng, k: f64| (unit * (k + r.next_f64())).floor();
    let over = limit.ceil() + r.below((unit * 3.0) as usize) as f64;
    let nums = [
        over,
        below(r, 1.0),
        below(r, 4.0),
        (limit - 1.0 - r.below(unit as usize / 2) as f64).max(1.0),
        limit,
    ];
    let answer = choice(r, ["z = #00", "z = #10", "z = #20", "z = #30"], &nums);
    worked(
        "overflow",
        &nums,
        name,
        "A naive softmax computes e^z of every logit in @ arithmetic. Which of these logits is the only one whose e^z overflows to infinity?",
        answer,
        "e^z overflows once z passes ln of the largest @ number, #42, so only z = #00 does. The stable softmax subtracts the largest logit first, so every term it takes e^ of is at most e^0 = 1.",
    )
}

/// log-sum-exp of large logits, by taking the largest out first.
pub(super) fn logsumexp_question(r: &mut Rng) -> Question {
    let m = (100 * (2 + r.below(9))) as f64;
    let z = [m, m - halves(r, 0.5, 4), m - halves(r, 1.0, 6)];
    let lse = math::logsumexp(&z);
    let inner: f64 = z.iter().map(|x| (x - m).exp()).sum();
    let nums = [z[0], z[1], z[2], z[1] - m, z[2] - m, inner, lse];
    let fits = if m > math::LN_F64_MAX {
        "would overflow even in f64"
    } else {
        "fits in f64 but would overflow in f32"
    };
    worked(
        "logsumexp",
        &nums,
        fits,
        "The logits are #01, #11 and #21. What is their log-sum-exp, ln(e^z\u{2081} + e^z\u{2082} + e^z\u{2083})? Two decimals are enough.",
        two_decimals(lse),
        "Take the largest out first: #01 + ln(e^0 + e^#31 + e^#41) = #01 + ln #53 = #63. Computing e^#00 directly @.",
    )
}

/// The score softmax sees: q . k / sqrt(d_k).
pub(super) fn scaled_score_question(r: &mut Rng) -> Question {
    let dk = [16.0, 36.0, 64.0, 100.0, 144.0, 256.0, 576.0, 1024.0][r.below(8)];
    let raw = (4 + r.below(37)) as f64;
    let factor = math::attention_scale(dk, true);
    let nums = [raw, dk, 1.0 / factor, raw * factor];
    worked(
        "scaled",
        &nums,
        "",
        "A raw attention score q \u{00b7} k is #00, and the query and key vectors have d_k = #10 components. What score does softmax see once it is scaled? Two decimals are enough.",
        two_decimals(raw * factor),
        "Dot products of random vectors spread like \u{221a}d_k = #20, so attention divides by it: #00 / #20 = #33. Unscaled, scores that large would push every row of softmax to a single word.",
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
    let nums = [s, s.exp(), leak];
    worked(
        "leak",
        &nums,
        "",
        "In a decoder, the first word's score for itself (already scaled) is #01. A bug sets the scores of the four words after it to 0 instead of \u{2212}\u{221e}. What share of its attention leaks to those future words? Two decimals are enough.",
        two_decimals(leak),
        "Each future score of 0 still counts e^0 = 1 in the softmax. The row has e^#01 = #13 for the word itself and 4 \u{00d7} 1 for the future, so the future gets 4 / (#13 + 4) = #23. With \u{2212}\u{221e}, e^\u{2212}\u{221e} = 0 and nothing leaks.",
    )
}

/// The loss when probabilities are passed to a loss that applies softmax again.
pub(super) fn twice_question(r: &mut Rng) -> Question {
    let z = three_logits(r);
    let target = r.below(3);
    let p = math::softmax(&z);
    let twice = math::softmax_twice_loss(&z, target);
    let nums = [
        z[0],
        z[1],
        z[2],
        p[0],
        p[1],
        p[2],
        math::softmax(&p)[target],
        twice,
        math::cross_entropy(&z, target),
    ];
    worked(
        "twice",
        &nums,
        TOKENS[target],
        "The logits for cat, dog and bird are #01, #11 and #21, and the correct word is @. A bug applies softmax, then passes the probabilities to a loss that applies softmax again. What loss does it report? Two decimals are enough.",
        two_decimals(twice),
        "The first softmax gives #33, #43 and #53. Between 0 and 1 they are close together, so the second softmax is nearly flat and gives @ #63: the loss is \u{2212}ln #63 = #73 nats, against the right #83.",
    )
}

/// Several labels that can all be true: independent sigmoids, not one softmax.
pub(super) fn sigmoid_question(r: &mut Rng) -> Question {
    let z = [halves(r, 1.5, 5), halves(r, 1.5, 5)];
    let s = math::sigmoid_all(&z);
    let p = math::softmax(&z);
    let nums = [z[0], z[1], s[0], s[1], p[0], p[1]];
    let answer = choice(
        r,
        [
            "A sigmoid per label: cat #22 and dog #32, each on its own",
            "One softmax over both labels: cat #42 and dog #52",
            "The logits themselves: cat #01 and dog #11",
            "One softmax at a higher temperature, to share the probability more evenly",
        ],
        &nums,
    );
    worked(
        "sigmoid",
        &nums,
        "",
        "A photo can show a cat and a dog at the same time. The model's logits for the labels cat and dog are #01 and #11. Which output says how likely each label is?",
        answer,
        "Softmax shares one unit of probability between the labels, so it cannot say both are likely (#42 + #52 = 1), at any temperature, and logits are not probabilities at all. Independent sigmoids 1 / (1 + e^\u{2212}z) answer each yes-or-no question on its own: #22 and #32.",
    )
}
