//! What each prediction and challenge says once its card is open, from `predict.ftl`, with the
//! numbers the math computes put into the sentences.

use crate::format::fixed;
use crate::math;
use crate::text::keys::predict as k;
use crate::text::t;
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

/// The words of prediction `id` (empty for an id this build does not know).
pub(super) fn prediction(id: &str) -> PredictionWords {
    match id {
        "softmax-add" => PredictionWords {
            try_it: t(k::SOFTMAX_ADD_TRY),
            why: t(k::SOFTMAX_ADD_WHY),
            myth: t(k::SOFTMAX_ADD_MYTH),
            choices: Vec::new(),
        },
        "softmax-double" => {
            // How many times the first token is likelier than the second, before and after.
            let z = crate::params::default_logits();
            let lead = |p: Vec<f64>| fixed(p[0] / p[1], 1);
            let before = lead(math::softmax(&z));
            let after = lead(math::softmax(
                &z.iter().map(|x| 2.0 * x).collect::<Vec<_>>(),
            ));
            PredictionWords {
                try_it: t(k::SOFTMAX_DOUBLE_TRY),
                why: tr!(k::SOFTMAX_DOUBLE_WHY, before, after),
                myth: t(k::SOFTMAX_DOUBLE_MYTH),
                choices: Vec::new(),
            }
        }
        _ => PredictionWords {
            try_it: String::new(),
            why: String::new(),
            myth: String::new(),
            choices: Vec::new(),
        },
    }
}

/// A challenge's hint and solution.
pub(super) struct ChallengeWords {
    /// Shown after a while, or on request.
    pub hint: String,
    /// Shown on request.
    pub solution: String,
}

/// The words of challenge `id`.
pub(super) fn challenge(id: &str) -> ChallengeWords {
    match id {
        "softmax-forty" => {
            let gap = 2f64.ln();
            let p = math::softmax(&[1.0, 1.0, 1.0 - gap]);
            ChallengeWords {
                hint: tr!(k::SOFTMAX_FORTY_HINT, fixed(gap, 2)),
                solution: tr!(
                    k::SOFTMAX_FORTY_SOLUTION,
                    fixed(1.0 - gap, 2),
                    fixed(p[0], 3),
                    fixed(p[2], 3)
                ),
            }
        }
        _ => ChallengeWords {
            hint: String::new(),
            solution: String::new(),
        },
    }
}

/// What challenge `id` says once met, with the `numbers` that met it.
pub(super) fn met(id: &str, numbers: &[f64]) -> String {
    let n = |i: usize| numbers.get(i).copied().unwrap_or(f64::NAN);
    match id {
        "softmax-forty" => tr!(k::SOFTMAX_FORTY_MET, fixed(n(0), 3), fixed(n(1), 3)),
        _ => String::new(),
    }
}
