//! What each challenge says: its hint, its solution for the lesson as it is now, and what it
//! says once met, from `predict.ftl`, with the numbers the math computes put into the sentences.

use crate::format::fixed;
use crate::math;
use crate::params::{default_logits, Params};
use crate::predict::MAX_STEPS;
use crate::predict::{attention_words, infinite_naive_loss, precision_name, STOP_WITHIN};
use crate::text::keys::predict as k;
use crate::text::t;
use crate::tr;

/// The hint of challenge `id`: shown after a while, or on request.
pub(super) fn hint(id: &str) -> String {
    match id {
        "softmax-forty" => tr!(k::SOFTMAX_FORTY_HINT, fixed(2f64.ln(), 2)),
        "sampling-three" => t(k::SAMPLING_THREE_HINT),
        "loss-under" => tr!(k::LOSS_UNDER_HINT, fixed((-0.1f64).exp(), 3)),
        "gradients-half" => t(k::GRADIENTS_HALF_HINT),
        "training-stop" => t(k::TRAINING_STOP_HINT),
        "stability-infinite" => t(k::STABILITY_INFINITE_HINT),
        "attention-uniform" => t(k::ATTENTION_UNIFORM_HINT),
        "pitfalls-before" => t(k::PITFALLS_BEFORE_HINT),
        _ => String::new(),
    }
}

/// The solution of challenge `id` for the settings `now` (shown on request).
pub(super) fn solution(id: &str, now: &Params) -> String {
    let z = default_logits();
    match id {
        "softmax-forty" => {
            let gap = 2f64.ln();
            let p = math::softmax(&[1.0, 1.0, 1.0 - gap]);
            tr!(
                k::SOFTMAX_FORTY_SOLUTION,
                fixed(1.0 - gap, 2),
                fixed(p[0], 3),
                fixed(p[2], 3)
            )
        }
        "sampling-three" => {
            let cumulative = math::sorted_cumulative(&math::softmax(&z));
            let sum = |n: usize| cumulative.get(n - 1).map_or(1.0, |c| c.1);
            // The slider's hundredths that keep three: above the first two's total, up to the
            // first three's.
            let low = ((sum(2) * 100.0).floor() + 1.0) / 100.0;
            let high = (sum(3) * 100.0).floor() / 100.0;
            tr!(
                k::SAMPLING_THREE_SOLUTION,
                fixed(sum(2), 3),
                fixed(sum(3), 3),
                fixed(low, 2),
                fixed(high, 2)
            )
        }
        "loss-under" => {
            // The lowest p, on the slider's 0.001 steps, whose loss is under 0.1.
            let p = ((-0.1f64).exp() * 1000.0).ceil() / 1000.0;
            tr!(
                k::LOSS_UNDER_SOLUTION,
                fixed(p, 3),
                fixed(math::neg_log(p), 4)
            )
        }
        "gradients-half" => {
            // The likeliest word below one half, in the lesson as it is now.
            let p = math::softmax(&now.logits);
            let below = (0..p.len())
                .filter(|&i| p[i] < 0.5)
                .max_by(|&a, &b| p[a].total_cmp(&p[b]))
                .unwrap_or(0);
            let word = now.tokens.get(below).cloned().unwrap_or_default();
            tr!(k::GRADIENTS_HALF_SOLUTION, word, fixed(p[below], 3))
        }
        "training-stop" => {
            let best = crate::predict::validation_minimum(now);
            let (from, to) = (
                best.saturating_sub(STOP_WITHIN),
                (best + STOP_WITHIN).min(MAX_STEPS),
            );
            tr!(k::TRAINING_STOP_SOLUTION, best, from, to)
        }
        "stability-infinite" => {
            // The first c on the slider's half steps that makes a naive loss infinite.
            let mut at = now.clone();
            let found = (0..=2000).find_map(|half| {
                at.offset = half as f64 / 2.0;
                infinite_naive_loss(&at).map(|(i, loss)| (at.offset, i, loss))
            });
            let Some((c, i, loss)) = found else {
                return String::new();
            };
            tr!(
                k::STABILITY_INFINITE_SOLUTION,
                precision_name(now.float),
                fixed(c, 1),
                token(now, i),
                fixed(loss, 2)
            )
        }
        "attention-uniform" => {
            // The last row takes in every word, whatever the mask.
            let words = attention_words();
            let n = words.len();
            tr!(
                k::ATTENTION_UNIFORM_SOLUTION,
                &words[n - 1],
                n,
                fixed(1.0 / n as f64, 3)
            )
        }
        "pitfalls-before" => {
            let top = (0..now.logits.len())
                .max_by(|&a, &b| now.logits[a].total_cmp(&now.logits[b]))
                .unwrap_or(0);
            let (one, half) = (
                math::softmax(&now.logits)[top],
                math::softmax_t(&now.logits, 0.5)[top],
            );
            tr!(
                k::PITFALLS_BEFORE_SOLUTION,
                token(now, top),
                fixed(one, 3),
                fixed(half, 3)
            )
        }
        _ => String::new(),
    }
}

/// Token `i`'s name in `now`.
fn token(now: &Params, i: usize) -> String {
    now.tokens.get(i).cloned().unwrap_or_default()
}

/// What challenge `id` says once met, with the `numbers` that met it at the settings `now`.
pub(super) fn met(id: &str, numbers: &[f64], now: &Params) -> String {
    let n = |i: usize| numbers.get(i).copied().unwrap_or(f64::NAN);
    match id {
        "softmax-forty" => tr!(k::SOFTMAX_FORTY_MET, fixed(n(0), 3), fixed(n(1), 3)),
        "sampling-three" => tr!(k::SAMPLING_THREE_MET, fixed(n(0), 2), fixed(n(1), 3)),
        "loss-under" => tr!(k::LOSS_UNDER_MET, fixed(n(0), 3), fixed(n(1), 4)),
        "gradients-half" => tr!(k::GRADIENTS_HALF_MET, fixed(n(0), 2), fixed(n(1), 2)),
        "training-stop" => tr!(k::TRAINING_STOP_MET, n(0) as usize, n(1) as usize),
        "stability-infinite" => tr!(
            k::STABILITY_INFINITE_MET,
            fixed(n(0), 1),
            precision_name(now.float),
            token(now, n(1) as usize),
            fixed(n(2), 2)
        ),
        "attention-uniform" => tr!(
            k::ATTENTION_UNIFORM_MET,
            attention_words()
                .get(n(0) as usize)
                .cloned()
                .unwrap_or_default(),
            n(2) as usize,
            fixed(n(1), 3)
        ),
        "pitfalls-before" => tr!(k::PITFALLS_BEFORE_MET, fixed(n(0), 2), fixed(n(1), 3)),
        _ => String::new(),
    }
}
