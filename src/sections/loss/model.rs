//! What the cross-entropy section computes besides the math itself: the scenarios and the
//! logits that produce a chosen distribution. Pure: natively tested.

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
    pub fn label(self) -> &'static str {
        match self {
            Scenario::ConfidentRight => "Confident and correct",
            Scenario::Uncertain => "Uncertain",
            Scenario::ConfidentWrong => "Confident and wrong",
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
