//! The logistic sigmoid, for the "several labels can be true" contrast with softmax.

/// Logistic sigmoid `s(x) = 1 / (1 + e^-x)`, computed as `e^x / (1 + e^x)` for `x < 0` so neither
/// branch overflows: stable for any `|x|`, result in `[0, 1]`.
///
/// `+inf` -> 1, `-inf` -> 0; NaN counts as `-inf` (0.0), as logits do elsewhere in `math`.
///
/// ```
/// use softmax_lab::math::sigmoid;
/// assert_eq!(sigmoid(0.0), 0.5);
/// assert_eq!(sigmoid(1e300), 1.0);
/// assert_eq!(sigmoid(-1e300), 0.0);
/// assert_eq!(sigmoid(f64::NAN), 0.0);
/// ```
pub fn sigmoid(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// Independent sigmoids `s(z_i)` per label (multi-label): unlike softmax they need not sum to 1.
///
/// Edge cases as [`sigmoid`]; empty -> empty.
///
/// ```
/// use softmax_lab::math::sigmoid_all;
/// let p = sigmoid_all(&[3.0, 3.0]);
/// assert!(p.iter().sum::<f64>() > 1.9);
/// ```
pub fn sigmoid_all(logits: &[f64]) -> Vec<f64> {
    logits.iter().map(|&z| sigmoid(z)).collect()
}
