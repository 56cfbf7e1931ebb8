//! Small helpers the lesson prose leans on: the top token, the "plain division" that softmax
//! replaces, and the model sizes quoted in the big picture.

/// Index of the largest value (the first one among ties); NaN values are skipped.
/// Empty input, or only NaN, gives 0.
///
/// ```
/// use softmax_lab::math::argmax;
/// assert_eq!(argmax(&[0.2, 0.7, 0.7]), 1);
/// assert_eq!(argmax(&[]), 0);
/// ```
pub fn argmax(values: &[f64]) -> usize {
    let mut best: Option<(usize, f64)> = None;
    for (i, &v) in values.iter().enumerate() {
        if v.is_nan() {
            continue;
        }
        if best.is_none_or(|(_, b)| v > b) {
            best = Some((i, v));
        }
    }
    best.map(|(i, _)| i).unwrap_or(0)
}

/// Plain division by the sum, `z_i / Σ_j z_j`: what softmax is *not*. Negative scores give
/// negative "probabilities", and a zero sum gives ±inf or NaN; that is the point of showing it.
///
/// ```
/// use softmax_lab::math::plain_normalise;
/// assert_eq!(plain_normalise(&[3.0, 1.0]), vec![0.75, 0.25]);
/// assert!(plain_normalise(&[2.0, -1.0]).iter().any(|p| *p < 0.0));
/// ```
pub fn plain_normalise(values: &[f64]) -> Vec<f64> {
    let total: f64 = values.iter().sum();
    values.iter().map(|v| v / total).collect()
}

/// Typical sizes of a current large language model, quoted by the big picture.
///
/// ```
/// use softmax_lab::math::ModelSizes;
/// let m = ModelSizes::TYPICAL;
/// assert_eq!((m.hidden, m.vocab), (4096, 128_000));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelSizes {
    /// Width of the hidden state, D.
    pub hidden: usize,
    /// Vocabulary size, V: one logit each.
    pub vocab: usize,
}

impl ModelSizes {
    /// D = 4,096 and V = 128,000, as in current 8-billion-parameter models.
    ///
    /// ```
    /// assert_eq!(softmax_lab::math::ModelSizes::TYPICAL.vocab, 128_000);
    /// ```
    pub const TYPICAL: ModelSizes = ModelSizes {
        hidden: 4096,
        vocab: 128_000,
    };

    /// Number of weights in the final projection, D × V (about half a billion for TYPICAL).
    ///
    /// ```
    /// use softmax_lab::math::ModelSizes;
    /// assert_eq!(ModelSizes::TYPICAL.projection_weights(), 524_288_000);
    /// ```
    pub fn projection_weights(self) -> usize {
        self.hidden.saturating_mul(self.vocab)
    }
}
