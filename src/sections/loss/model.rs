//! What the cross-entropy section computes besides the math itself: the scenarios and the
//! logits that produce a chosen distribution, and the soft targets' cards. Pure: natively tested.

use crate::math;
use crate::text::keys::loss as k;
use crate::text::Msg;

/// Probabilities whose losses LESSON.md lists: the curve's table, so every figure can be checked.
pub const REFERENCE_PROBS: [f64; 8] = [1.0, 0.9, 0.609, 0.5, 0.25, 0.1, 0.03, 0.01];

/// The scenario presets, in the order of their buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// 0.9 on the correct token, the rest shared.
    ConfidentRight,
    /// The same probability for every token.
    Uncertain,
    /// 0.9 on a wrong token, the rest shared.
    ConfidentWrong,
}

impl Scenario {
    /// Every scenario, in button order.
    pub const ALL: [Scenario; 3] = [
        Scenario::ConfidentRight,
        Scenario::Uncertain,
        Scenario::ConfidentWrong,
    ];

    /// The button's text.
    pub fn label(self) -> Msg<0> {
        match self {
            Scenario::ConfidentRight => k::SCENARIO_CONFIDENT_RIGHT,
            Scenario::Uncertain => k::SCENARIO_UNCERTAIN,
            Scenario::ConfidentWrong => k::SCENARIO_CONFIDENT_WRONG,
        }
    }

    /// Probabilities for `n` tokens with the correct one at `target`: 0.9 on the favourite and
    /// 0.1 shared by the rest, or 1/n each. The wrong favourite is token 0, or 1 when 0 is right.
    ///
    /// ```
    /// use softmax_lab::sections::loss::model::Scenario;
    /// assert_eq!(Scenario::Uncertain.probs(4, 2), [0.25; 4]);
    /// let p = Scenario::ConfidentWrong.probs(3, 0);
    /// assert_eq!(p[1], 0.9);
    /// assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    /// ```
    pub fn probs(self, n: usize, target: usize) -> Vec<f64> {
        let rest = 0.1 / (n.max(2) - 1) as f64;
        let wrong = if target == 0 { 1 } else { 0 };
        (0..n)
            .map(|i| match self {
                Scenario::ConfidentRight if i == target => 0.9,
                Scenario::Uncertain => 1.0 / n as f64,
                Scenario::ConfidentWrong if i == wrong => 0.9,
                _ => rest,
            })
            .collect()
    }
}

/// Logits that give each token the probability in `probs`: z_i = ln p_i, so softmax(z) = p
/// when the p_i sum to 1.
///
/// ```
/// use softmax_lab::sections::loss::model::logits_for;
/// assert_eq!(logits_for(&[1.0, 0.5]), [0.0, 0.5f64.ln()]);
/// ```
pub fn logits_for(probs: &[f64]) -> Vec<f64> {
    probs.iter().map(|p| p.ln()).collect()
}

/// What the label-smoothing card shows for the playground's logits, its correct token and a
/// smoothing `e`: the target, the prediction, each term of the loss and where the loss bottoms out.
#[derive(Clone, Debug, PartialEq)]
pub struct Smoothed {
    /// The model's probabilities, softmax(z).
    pub p: Vec<f64>,
    /// The smoothed target, `(1 - e) one-hot + e / K`.
    pub y: Vec<f64>,
    /// Each token's term of the loss, `-y_i ln p_i`.
    pub terms: Vec<f64>,
    /// The loss, `-sum y_i ln p_i` (nats).
    pub loss: f64,
    /// The lowest loss any prediction can reach: the entropy of `y`, at `p = y`.
    pub floor: f64,
    /// How far the right logit leads the others at that lowest loss (`+inf` when one-hot).
    pub gap: f64,
    /// The gradient on the right logit, `p_c - y_c`: negative pushes it up, positive down.
    pub push: f64,
}

impl Smoothed {
    /// The card's numbers for `logits`, correct token `target` (clamped to the last token) and
    /// smoothing `e`.
    ///
    /// ```
    /// use softmax_lab::sections::loss::model::Smoothed;
    /// let s = Smoothed::new(&[3.0, 1.0, 0.0], 0, 0.1);
    /// assert!((s.loss - 0.3365).abs() < 5e-5);
    /// assert!(s.floor > 0.0 && s.loss > s.floor);
    /// ```
    pub fn new(logits: &[f64], target: usize, e: f64) -> Self {
        let n = logits.len();
        let c = target.min(n.saturating_sub(1));
        let y = math::smoothed_target(n, c, e);
        let p = math::softmax(logits);
        let terms = math::soft_cross_entropy_terms(logits, &y);
        let push = p.get(c).zip(y.get(c)).map_or(0.0, |(p, y)| p - y);
        Smoothed {
            loss: terms.iter().sum(),
            floor: math::entropy(&y),
            gap: math::smoothing_logit_gap(n, e),
            push,
            p,
            y,
            terms,
        }
    }
}

/// What the distillation card shows for the playground's logits as a teacher's, softened by `t`,
/// and a student that has learnt nothing yet (every logit 0).
#[derive(Clone, Debug, PartialEq)]
pub struct Distilled {
    /// The teacher's probabilities at T = 1.
    pub hard: Vec<f64>,
    /// Its soft targets, softmax(z / T).
    pub soft: Vec<f64>,
    /// The teacher's favourite token (the first of equals).
    pub top: usize,
    /// The other tokens, likeliest first.
    pub others: Vec<usize>,
    /// The student's gradient, `T (p_T - q_T)`, per token.
    pub push: Vec<f64>,
    /// The student's loss, `T^2 KL(q_T || p_T)` (nats).
    pub loss: f64,
    /// The largest `|T (p_T - q_T)|`: the push with the `T^2` factor.
    pub with_factor: f64,
    /// The largest `|(p_T - q_T) / T|`: the push of the plain KL.
    pub without_factor: f64,
}

impl Distilled {
    /// The card's numbers for the teacher `logits` at temperature `t`.
    ///
    /// ```
    /// use softmax_lab::sections::loss::model::Distilled;
    /// let d = Distilled::new(&[3.0, 1.0, 0.0], 4.0);
    /// assert_eq!((d.top, d.others.clone()), (0, vec![1, 2]));
    /// assert!(d.soft[1] > d.hard[1]);
    /// assert!((d.with_factor - 16.0 * d.without_factor).abs() < 1e-12);
    /// ```
    pub fn new(logits: &[f64], t: f64) -> Self {
        let student = vec![0.0; logits.len()];
        let push = math::distillation_grad(logits, &student, t);
        let largest = push.iter().fold(0.0f64, |m, g| m.max(g.abs()));
        let order = math::descending_order(logits);
        Distilled {
            hard: math::softmax(logits),
            soft: math::softmax_t(logits, t),
            top: order.first().map_or(0, |&i| i as usize),
            others: order.iter().skip(1).map(|&i| i as usize).collect(),
            loss: math::distillation_loss(logits, &student, t),
            with_factor: largest,
            without_factor: largest / (t * t),
            push,
        }
    }

    /// The share of probability on tokens other than the favourite, at T = 1 and at T.
    pub fn others_mass(&self) -> (f64, f64) {
        let rest = |q: &[f64]| 1.0 - q.get(self.top).copied().unwrap_or(1.0);
        (rest(&self.hard), rest(&self.soft))
    }
}
