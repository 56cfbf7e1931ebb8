//! What each prediction says once its card is open, from `predict.ftl`, with the
//! numbers the math computes put into the sentences.

use crate::format::{fixed, list_separator, signed};
use crate::math::{self, MaskMode, Precision};
use crate::params::Section;
use crate::params::{default_logits, Params};
use crate::predict::{loss_after, overfitting, settings, watched};
use crate::text::keys::predict as k;
use crate::text::{t, Msg};
use crate::tr;

/// A prediction's own words: how to see the answer live, why, and the belief it is about.
pub(super) struct PredictionWords {
    /// "Press “+1 to every logit” ten times and watch cat’s bar."
    pub try_it: String,
    /// Two sentences on why.
    pub why: String,
    /// The common expectation, after "A common expectation:".
    pub myth: String,
    /// The choices of a choice question, in order (none for a number).
    pub choices: Vec<String>,
}

/// The choices of `keys`, in order.
fn choices(keys: &[Msg<0>]) -> Vec<String> {
    keys.iter().map(|&key| t(key)).collect()
}

/// Words whose how-to-see and belief have no numbers.
fn words(try_it: Msg<0>, why: String, myth: Msg<0>, choices: Vec<String>) -> PredictionWords {
    PredictionWords {
        try_it: t(try_it),
        why,
        myth: t(myth),
        choices,
    }
}

/// `values` written with `decimals` decimals, in the language's list style.
fn list(values: &[f64], decimals: usize) -> String {
    values
        .iter()
        .map(|&v| fixed(v, decimals))
        .collect::<Vec<_>>()
        .join(list_separator())
}

/// The words of prediction `id` (empty for an id this build does not know).
pub(super) fn prediction(id: &str) -> PredictionWords {
    let z = default_logits();
    match id {
        "overview-step" => words(
            k::OVERVIEW_STEP_TRY,
            tr!(k::OVERVIEW_STEP_WHY, fixed(z.iter().sum(), 1)),
            k::OVERVIEW_STEP_MYTH,
            choices(&[
                k::OVERVIEW_STEP_A,
                k::OVERVIEW_STEP_B,
                k::OVERVIEW_STEP_C,
                k::OVERVIEW_STEP_D,
                k::OVERVIEW_STEP_E,
            ]),
        ),
        "softmax-add" => words(
            k::SOFTMAX_ADD_TRY,
            t(k::SOFTMAX_ADD_WHY),
            k::SOFTMAX_ADD_MYTH,
            Vec::new(),
        ),
        "softmax-double" => {
            // How many times the first token is likelier than the second, before and after.
            let lead = |p: Vec<f64>| fixed(p[0] / p[1], 1);
            let before = lead(math::softmax(&z));
            let after = lead(math::softmax(
                &z.iter().map(|x| 2.0 * x).collect::<Vec<_>>(),
            ));
            words(
                k::SOFTMAX_DOUBLE_TRY,
                tr!(k::SOFTMAX_DOUBLE_WHY, before, after),
                k::SOFTMAX_DOUBLE_MYTH,
                Vec::new(),
            )
        }
        "sampling-cold" => {
            let n = z.len();
            let at = |temperature: f64| fixed(math::softmax_t(&z, temperature)[0], 3);
            words(
                k::SAMPLING_COLD_TRY,
                tr!(k::SAMPLING_COLD_WHY, at(0.05), n, at(5.0)),
                k::SAMPLING_COLD_MYTH,
                vec![
                    t(k::SAMPLING_COLD_A),
                    tr!(k::SAMPLING_COLD_B, n),
                    t(k::SAMPLING_COLD_C),
                    tr!(k::SAMPLING_COLD_D, at(1.0)),
                ],
            )
        }
        "sampling-min-p" => {
            let kept = |temperature: f64| {
                math::sampling_pipeline(&z, temperature, 0, 1.0, 0.1)
                    .kept_by_min_p
                    .iter()
                    .filter(|&&k| k)
                    .count()
            };
            // Applied last, the temperature does not change which tokens min-p keeps: T = 1's.
            words(
                k::SAMPLING_MIN_P_TRY,
                tr!(
                    k::SAMPLING_MIN_P_WHY,
                    kept(0.5),
                    kept(1.0),
                    kept(2.0),
                    kept(1.0)
                ),
                k::SAMPLING_MIN_P_MYTH,
                choices(&[
                    k::SAMPLING_MIN_P_A,
                    k::SAMPLING_MIN_P_B,
                    k::SAMPLING_MIN_P_C,
                ]),
            )
        }
        "loss-uniform" => PredictionWords {
            try_it: tr!(
                k::LOSS_UNIFORM_TRY,
                fixed(math::neg_log(crate::params::P_TRUE_RANGE.0), 2),
                fixed(1.0 / 50_257.0, 6)
            ),
            why: tr!(k::LOSS_UNIFORM_WHY, fixed(math::neg_log(1.0 / 50_257.0), 2)),
            myth: t(k::LOSS_UNIFORM_MYTH),
            choices: Vec::new(),
        },
        "loss-drops" => {
            let added = |from: f64, to: f64| fixed(math::neg_log(to) - math::neg_log(from), 3);
            words(
                k::LOSS_DROPS_TRY,
                tr!(k::LOSS_DROPS_WHY, added(0.9, 0.5), added(0.1, 0.01)),
                k::LOSS_DROPS_MYTH,
                choices(&[k::LOSS_DROPS_A, k::LOSS_DROPS_B, k::LOSS_DROPS_C]),
            )
        }
        "gradients-sum" => {
            let g = math::grad_logits(&[3.0, 1.0, 0.0], 1);
            words(
                k::GRADIENTS_SUM_TRY,
                tr!(k::GRADIENTS_SUM_WHY, fixed(g.iter().sum(), 0), list(&g, 3)),
                k::GRADIENTS_SUM_MYTH,
                Vec::new(),
            )
        }
        "gradients-sure" => {
            // The right word at p and two others sharing the rest: its gradient is p − 1.
            let at = |p: f64| {
                let z = [((2.0 * p) / (1.0 - p)).ln(), 0.0, 0.0];
                signed(math::grad_logits(&z, 0)[0], 3)
            };
            words(
                k::GRADIENTS_SURE_TRY,
                tr!(k::GRADIENTS_SURE_WHY, at(0.99), at(0.01)),
                k::GRADIENTS_SURE_MYTH,
                Vec::new(),
            )
        }
        "training-few" => {
            let h = watched(&settings(Section::Training, "train=5"), 0.5);
            let (best, low) = overfitting(&h).unwrap_or((0, f64::NAN));
            words(
                k::TRAINING_FEW_TRY,
                tr!(k::TRAINING_FEW_WHY, best, fixed(low, 3)),
                k::TRAINING_FEW_MYTH,
                choices(&[k::TRAINING_FEW_A, k::TRAINING_FEW_B, k::TRAINING_FEW_C]),
            )
        }
        "training-rate" => {
            let p = settings(Section::Training, "lr=0.5");
            let after = |lr: f64, steps: usize| loss_after(&p, lr, steps);
            let wild = [10.0, 20.0, 50.0, 100.0, 200.0]
                .into_iter()
                .find(|&lr| after(lr, 300).1)
                .unwrap_or(f64::NAN);
            words(
                k::TRAINING_RATE_TRY,
                tr!(
                    k::TRAINING_RATE_WHY,
                    fixed(after(10.0 * p.lr, 100).0, 3),
                    fixed(10.0 * p.lr, 0),
                    fixed(after(p.lr, 100).0, 3),
                    fixed(p.lr, 1),
                    fixed(wild, 0)
                ),
                k::TRAINING_RATE_MYTH,
                choices(&[k::TRAINING_RATE_A, k::TRAINING_RATE_B, k::TRAINING_RATE_C]),
            )
        }
        "stability-naive" => {
            let stable = math::softmax(&[1000.0, 999.0]);
            let limit = fixed(math::exp_overflow_limit(Precision::F64), 2);
            PredictionWords {
                try_it: t(k::STABILITY_NAIVE_TRY),
                why: tr!(k::STABILITY_NAIVE_WHY, limit, list(&stable, 3)),
                myth: t(k::STABILITY_NAIVE_MYTH),
                choices: vec![
                    tr!(k::STABILITY_NAIVE_A, list(&stable, 3)),
                    t(k::STABILITY_NAIVE_B),
                    t(k::STABILITY_NAIVE_C),
                ],
            }
        }
        "stability-f32" => {
            let limit = |p: Precision| fixed(math::exp_overflow_limit(p), 2);
            PredictionWords {
                try_it: tr!(k::STABILITY_F32_TRY, limit(Precision::F32)),
                why: tr!(
                    k::STABILITY_F32_WHY,
                    limit(Precision::F32),
                    limit(Precision::F64)
                ),
                myth: tr!(k::STABILITY_F32_MYTH, limit(Precision::F32)),
                choices: Vec::new(),
            }
        }
        "attention-unscaled" => {
            let seed = Params::default().seed;
            let top = |dk: usize| {
                let s = math::dot_product_scores(5, dk, seed);
                fixed(
                    math::mean_row_max(&math::attention_weights(
                        &s,
                        dk as f64,
                        false,
                        MaskMode::NegInf,
                    )),
                    2,
                )
            };
            let root = |dk: f64| fixed(dk.sqrt(), 0);
            words(
                k::ATTENTION_UNSCALED_TRY,
                tr!(
                    k::ATTENTION_UNSCALED_WHY,
                    root(4.0),
                    root(64.0),
                    root(256.0),
                    top(4),
                    top(256)
                ),
                k::ATTENTION_UNSCALED_MYTH,
                choices(&[
                    k::ATTENTION_UNSCALED_A,
                    k::ATTENTION_UNSCALED_B,
                    k::ATTENTION_UNSCALED_C,
                ]),
            )
        }
        "attention-zero-mask" => {
            let w = math::softmax(&[1.0, 2.0, 0.0, 0.0])[2];
            words(
                k::ATTENTION_ZERO_MASK_TRY,
                tr!(k::ATTENTION_ZERO_MASK_WHY, fixed(w, 3)),
                k::ATTENTION_ZERO_MASK_MYTH,
                Vec::new(),
            )
        }
        "pitfalls-twice" => {
            let z = [2.0, 1.0, 0.0];
            let once = math::softmax(&z);
            words(
                k::PITFALLS_TWICE_TRY,
                tr!(
                    k::PITFALLS_TWICE_WHY,
                    fixed(1f64.exp(), 2),
                    list(&once, 3),
                    list(&math::softmax(&once), 3)
                ),
                k::PITFALLS_TWICE_MYTH,
                choices(&[
                    k::PITFALLS_TWICE_A,
                    k::PITFALLS_TWICE_B,
                    k::PITFALLS_TWICE_C,
                ]),
            )
        }
        "pitfalls-after" => words(
            k::PITFALLS_AFTER_TRY,
            t(k::PITFALLS_AFTER_WHY),
            k::PITFALLS_AFTER_MYTH,
            choices(&[
                k::PITFALLS_AFTER_A,
                k::PITFALLS_AFTER_B,
                k::PITFALLS_AFTER_C,
            ]),
        ),
        _ => PredictionWords {
            try_it: String::new(),
            why: String::new(),
            myth: String::new(),
            choices: Vec::new(),
        },
    }
}
