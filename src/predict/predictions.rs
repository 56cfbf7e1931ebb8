//! The seventeen predictions: one in the big picture, two in each of sections 1 to 8 (LESSON.md,
//! "Predict first"). Each answer is computed from its set-up's settings by `crate::math`.

use super::{settings, Answer, Ask};
use crate::math::{self, MaskMode, Precision};
use crate::params::{Params, Section};
use crate::sections::pitfalls::model::temperature_after;
use crate::sections::training::model::{overfitting, Run};

/// One question asked before the lesson shows its answer.
#[derive(Clone, Copy, Debug)]
pub struct Prediction {
    /// Its name: the text file's keys start with it, progress is kept under it.
    pub id: &'static str,
    /// The section it is in.
    pub section: Section,
    /// The id of the card whose demonstration it is about; the prediction stands at its top.
    pub card: &'static str,
    /// The settings "Set it up" loads, as a query read like a shared link.
    pub setup: &'static str,
    /// What the student commits to.
    pub ask: Ask,
    /// The answer for the set-up's settings.
    pub answer: fn(&Params) -> Answer,
    /// The `data-testid` of the chart that shows the answer, where a faint marker shows the
    /// guess (a value on a probability bar chart: the first token's bar).
    pub chart: Option<&'static str>,
}

impl Prediction {
    /// The answer the math gives for this prediction's own set-up.
    ///
    /// ```
    /// use softmax_lab::predict::{prediction, Answer};
    /// let Answer::Value(p) = prediction("softmax-add").unwrap().solve() else { panic!() };
    /// assert!((p - 0.609).abs() < 5e-4);
    /// ```
    pub fn solve(&self) -> Answer {
        (self.answer)(&settings(self.section, self.setup))
    }
}

/// A probability guessed on a slider from 0 to 1: close within 0.03, near within 0.1.
const PROBABILITY: Ask = Ask::Value {
    min: 0.0,
    max: 1.0,
    step: 0.01,
    close: 0.03,
    near: 0.1,
    decimals: 2,
};

/// `z` with every logit changed by `f`.
fn each(z: &[f64], f: impl Fn(f64) -> f64) -> Vec<f64> {
    z.iter().map(|&x| f(x)).collect()
}

/// The index of `true` among `cases`, else the last choice (`cases.len()`).
fn first_true(cases: &[bool]) -> Answer {
    Answer::Choice(cases.iter().position(|&c| c).unwrap_or(cases.len()))
}

/// Tokens min-p keeps at temperature `t` (top-k and top-p off).
fn kept_by_min_p(p: &Params, t: f64) -> usize {
    math::sampling_pipeline(&p.logits, t, 0, 1.0, p.min_p)
        .kept_by_min_p
        .iter()
        .filter(|&&k| k)
        .count()
}

/// Steps the training predictions look at: enough, at their set-ups, to see the validation
/// loss's lowest point and its rise (step 155 with 5 sentences), and short enough (a tenth of a
/// second in the browser) not to hold up the page when a guess is locked in.
pub const WATCHED_STEPS: usize = 1000;

/// `(training loss, validation loss)` over the first [`WATCHED_STEPS`] of a run at rate `lr`.
pub fn watched(p: &Params, lr: f64) -> Vec<(f64, f64)> {
    let mut r = Run::new(p.seed, p.train as usize);
    for _ in 0..WATCHED_STEPS {
        r.step(lr);
    }
    r.history().to_vec()
}

/// The training loss after `steps` steps at rate `lr` from `p`'s untrained model, and whether it
/// rose at any step on the way.
pub fn loss_after(p: &Params, lr: f64, steps: usize) -> (f64, bool) {
    let mut r = Run::new(p.seed, p.train as usize);
    for _ in 0..steps {
        r.step(lr);
    }
    let h = r.history();
    let rose = h.windows(2).any(|w| w[1].0 > w[0].0 + 1e-9);
    (h[h.len() - 1].0, rose)
}

/// Every prediction, section by section.
pub const PREDICTIONS: [Prediction; 17] = [
    // 0. Which step turns scores into probabilities? Choices, the pipeline's steps: transformer
    // blocks, hidden state, the linear layer (logits), softmax, sampling. A softmax's output sums to 1; the logits do not.
    Prediction {
        id: "overview-step",
        section: Section::Overview,
        card: "pipeline",
        setup: "",
        ask: Ask::Choice { options: 5 },
        answer: |p| {
            let (z, probs) = (&p.logits, math::softmax(&p.logits));
            let sums_to_one = |v: &[f64]| (v.iter().sum::<f64>() - 1.0).abs() < 1e-9;
            first_true(&[false, false, sums_to_one(z), sums_to_one(&probs)])
        },
        chart: None,
    },
    // 1. Add 10 to every logit: p(first token)? Nothing changes (0.609). Set up 5 below the
    // default (the same gaps), so ten steps of "+1 to every logit" stay within the range.
    Prediction {
        id: "softmax-add",
        section: Section::Softmax,
        card: "why-exp",
        setup: "logits=-3,-4,-4.5,-6",
        ask: PROBABILITY,
        answer: |p| Answer::Value(math::softmax(&each(&p.logits, |x| x + 10.0))[0]),
        chart: Some("chart-probs"),
    },
    // 1. Double every logit: p(first token)? 0.842: softmax is not linear in the logits.
    Prediction {
        id: "softmax-double",
        section: Section::Softmax,
        card: "playground",
        setup: "logits=2,1,0.5,-1",
        ask: PROBABILITY,
        answer: |p| Answer::Value(math::softmax(&each(&p.logits, |x| 2.0 * x))[0]),
        chart: Some("chart-probs"),
    },
    // 2. Temperature towards 0.05: p(first token)? Choices: towards 1, towards 1/V (every token
    // alike), towards 0, stays. At 0.05 the favourite takes it all (T = 0 is not random).
    Prediction {
        id: "sampling-cold",
        section: Section::Sampling,
        card: "sampling-controls",
        setup: "logits=2,1,0.5,-1",
        ask: Ask::Choice { options: 4 },
        answer: |p| {
            let (cold, now) = (math::softmax_t(&p.logits, 0.05)[0], p.logits.len() as f64);
            first_true(&[cold > 0.99, (cold - 1.0 / now).abs() < 0.01, cold < 0.01])
        },
        chart: None,
    },
    // 2. Min-p 0.1 while T rises from 0.5 to 2: tokens kept? Choices: the same throughout,
    // more as T rises, fewer as T rises. Hugging Face applies T first: 2, 3, 4.
    Prediction {
        id: "sampling-min-p",
        section: Section::Sampling,
        card: "sampling-controls",
        setup: "logits=2,1,0.5,-1&min_p=0.1&top_p=1",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let k = [0.5, 1.0, 2.0].map(|t| kept_by_min_p(p, t));
            first_true(&[k[0] == k[2], k[0] < k[1] && k[1] < k[2], k[0] > k[2]])
        },
        chart: None,
    },
    // 3. A model that knows nothing, over GPT-2's 50,257 tokens: its loss? ln 50,257 = 10.82.
    Prediction {
        id: "loss-uniform",
        section: Section::Loss,
        card: "confidence",
        setup: "",
        ask: Ask::Value {
            min: 0.0,
            max: 20.0,
            step: 0.1,
            close: 0.5,
            near: 2.0,
            decimals: 1,
        },
        answer: |_| Answer::Value(math::neg_log(1.0 / 50_257.0)),
        chart: None,
    },
    // 3. p of the right word 0.9 -> 0.5, or 0.1 -> 0.01: which costs more? Choices: the first,
    // the second, the same. +0.588 against +2.303 nats.
    Prediction {
        id: "loss-drops",
        section: Section::Loss,
        card: "confidence",
        setup: "p_true=0.9",
        ask: Ask::Choice { options: 3 },
        answer: |_| {
            let first = math::neg_log(0.5) - math::neg_log(0.9);
            let second = math::neg_log(0.01) - math::neg_log(0.1);
            first_true(&[first > second + 1e-9, second > first + 1e-9])
        },
        chart: None,
    },
    // 4. [3, 1, 0], target the second: the sum of the gradient's entries? 0.
    Prediction {
        id: "gradients-sum",
        section: Section::Gradients,
        card: "gradient-bars",
        setup: "logits=3,1,0&target=1",
        ask: Ask::Value {
            min: -2.0,
            max: 2.0,
            step: 0.05,
            close: 0.05,
            near: 0.3,
            decimals: 2,
        },
        answer: |p| Answer::Value(math::grad_logits(&p.logits, p.target).iter().sum()),
        chart: None,
    },
    // 4. The right word at p = 0.99: its gradient? −0.01: a sure, right model is barely pushed.
    Prediction {
        id: "gradients-sure",
        section: Section::Gradients,
        card: "gradient-bars",
        // ln(0.99 / 0.005) with two others at 0: the right word's p is 0.99.
        setup: "logits=5.288,0,0&target=0",
        ask: Ask::Value {
            min: -1.0,
            max: 0.0,
            step: 0.01,
            close: 0.02,
            near: 0.1,
            decimals: 2,
        },
        answer: |p| Answer::Value(math::grad_logits(&p.logits, p.target)[p.target]),
        chart: None,
    },
    // 5. Train with 5 sentences: the validation loss? Choices: keeps falling, falls then rises
    // while the training loss keeps falling, stays flat.
    Prediction {
        id: "training-few",
        section: Section::Training,
        card: "train-loop",
        setup: "train=5",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let h = watched(p, p.lr);
            let falls = h.last().map(|l| l.1) < h.first().map(|f| f.1);
            first_true(&[
                falls && overfitting(&h).is_none(),
                overfitting(&h).is_some(),
            ])
        },
        chart: None,
    },
    // 5. Learning rate ten times larger: the training curve? Choices: faster and as smooth,
    // jumps or diverges, no change.
    Prediction {
        id: "training-rate",
        section: Section::Training,
        card: "train-loop",
        setup: "lr=0.5",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let h = watched(p, 10.0 * p.lr);
            let jumps = h
                .windows(2)
                .any(|w| w[1].0 > w[0].0 + 1e-9 || !w[1].0.is_finite());
            first_true(&[!jumps, jumps])
        },
        chart: None,
    },
    // 6. [1000, 999] naively: p? Choices: [0.731, 0.269], not finite, [0.5, 0.5].
    Prediction {
        id: "stability-naive",
        section: Section::Stability,
        card: "push-logits",
        setup: "logits=2,1&offset=998",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let z = each(&p.logits, |x| x + p.offset);
            let naive = math::naive_softmax(&z, Precision::F64);
            first_true(&[
                (naive[0] - 0.731).abs() < 5e-4,
                naive.iter().any(|x| !x.is_finite()),
            ])
        },
        chart: None,
    },
    // 6. The largest logit whose e^z is finite in f32? ln(f32::MAX) = 88.72.
    Prediction {
        id: "stability-f32",
        section: Section::Stability,
        card: "push-logits",
        setup: "float=f32",
        ask: Ask::Value {
            min: 0.0,
            max: 1000.0,
            step: 1.0,
            close: 5.0,
            near: 30.0,
            decimals: 0,
        },
        answer: |p| Answer::Value(math::exp_overflow_limit(p.float)),
        chart: Some("chart-overflow"),
    },
    // 7. Without 1/√d_k, d_k from 4 to 256: the rows? Choices: stay as they are, turn one-hot,
    // turn uniform. The mean of each row's largest weight rises towards 1.
    Prediction {
        id: "attention-unscaled",
        section: Section::Attention,
        card: "raw-scores",
        setup: "scale=0&dk=4",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let top = |dk: usize| {
                let s = math::dot_product_scores(5, dk, p.seed);
                math::mean_row_max(&math::attention_weights(&s, dk as f64, false, p.mask))
            };
            let (small, large) = (top(4), top(256));
            first_true(&[(large - small).abs() < 0.05, large > 0.9 && large > small])
        },
        chart: Some("chart-saturation"),
    },
    // 7. Masked with 0 instead of −∞, scores [1, 2, 0, 0], the last two masked: their weight?
    // 0.083 each: e^0 = 1 is not nothing.
    Prediction {
        id: "attention-zero-mask",
        section: Section::Attention,
        card: "attention-weights",
        setup: "mask=zero",
        ask: Ask::Value {
            min: 0.0,
            max: 0.5,
            step: 0.01,
            close: 0.01,
            near: 0.05,
            decimals: 2,
        },
        answer: |_| {
            // Row 1 sees keys 0 and 1 (scores 1 and 2); keys 2 and 3 are its future, whatever
            // their scores (5 and 7 here), so the mask makes them 0.
            let scores = vec![vec![1.0, 2.0, 5.0, 7.0]; 2];
            Answer::Value(math::attention_weights(&scores, 1.0, false, MaskMode::Zero)[1][2])
        },
        chart: None,
    },
    // 8. Softmax twice on [2, 1, 0]: the result? Choices: the same as once, flatter, sharper.
    // [0.451, 0.296, 0.253]: no two outputs differ by more than a factor e.
    Prediction {
        id: "pitfalls-twice",
        section: Section::Pitfalls,
        card: "softmax-twice",
        setup: "logits=2,1,0",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let (once, twice) = (
                math::softmax(&p.logits),
                math::softmax(&math::softmax(&p.logits)),
            );
            let spread = |v: &[f64]| {
                v.iter().copied().fold(0.0, f64::max) - v.iter().copied().fold(1.0, f64::min)
            };
            first_true(&[
                spread(&twice) == spread(&once),
                spread(&twice) < spread(&once),
                spread(&twice) > spread(&once),
            ])
        },
        chart: None,
    },
    // 8. "Temperature" dividing the probabilities by T and renormalising: what changes?
    // Choices: nothing, the same as softmax(z / T), something else. p / T renormalised is p.
    Prediction {
        id: "pitfalls-after",
        section: Section::Pitfalls,
        card: "temperature-after",
        setup: "logits=2,1,0.5,-1&t=2",
        ask: Ask::Choice { options: 3 },
        answer: |p| {
            let probs = math::softmax(&p.logits);
            let after = temperature_after(&probs, p.temperature);
            let before = math::softmax_t(&p.logits, p.temperature);
            let same = |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-12);
            first_true(&[same(&after, &probs), same(&after, &before)])
        },
        chart: None,
    },
];

/// The prediction called `id`.
///
/// ```
/// use softmax_lab::predict::prediction;
/// assert!(prediction("softmax-double").is_some());
/// assert!(prediction("nothing").is_none());
/// ```
pub fn prediction(id: &str) -> Option<&'static Prediction> {
    PREDICTIONS.iter().find(|p| p.id == id)
}
