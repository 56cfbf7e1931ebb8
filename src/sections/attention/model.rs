//! What the attention section computes: the raw scores of random query and key vectors, the
//! scores softmax sees after scaling and masking, the attention weights row by row, and what the
//! current settings do, in words. Pure.

use crate::format::{fixed, grouped};
use crate::math::{self, MaskMode};

/// The sentence whose words attend to each other: queries are rows, keys are columns.
pub const SENTENCE: [&str; 5] = ["Softmax", "turns", "scores", "into", "weights"];

/// A row puts more than this share on one key: it is saturated (softmax acts as argmax).
pub const SATURATED: f64 = 0.99;

/// Everything the section shows for one setting.
#[derive(Clone, Debug, PartialEq)]
pub struct Attention {
    /// Raw scores q_i . k_j (rows: queries, columns: keys).
    pub raw: Vec<Vec<f64>>,
    /// The scores softmax sees: scaled, future entries replaced as the mask says.
    pub seen: Vec<Vec<f64>>,
    /// Row-wise softmax of `seen`: every row sums to 1.
    pub weights: Vec<Vec<f64>>,
    /// Which cells the mask touches (the future: column after row).
    pub masked: Vec<Vec<bool>>,
    /// Weight each row gives to future words.
    pub future: Vec<f64>,
    /// Root mean square of the raw scores (their spread around 0).
    pub spread: f64,
    /// The mean over rows of the largest weight.
    pub mean_max: f64,
    /// Rows with more than [`SATURATED`] on one key.
    pub saturated: usize,
}

/// The section's numbers for key dimension `dk`, scaling on or off, `mask`, and `seed`.
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::attention;
/// let a = attention(64, true, MaskMode::NegInf, 42);
/// assert_eq!(a.weights[0][1], 0.0);
/// assert!(a.weights.iter().all(|r| (r.iter().sum::<f64>() - 1.0).abs() < 1e-12));
/// ```
pub fn attention(dk: u64, scale: bool, mask: MaskMode, seed: u64) -> Attention {
    let n = SENTENCE.len();
    let raw = math::dot_product_scores(n, dk as usize, seed);
    let seen = math::attention_scores(&raw, dk as f64, scale, mask);
    let weights = math::attention_weights(&raw, dk as f64, scale, mask);
    let masked = (0..n)
        .map(|i| (0..n).map(|j| mask != MaskMode::None && j > i).collect())
        .collect();
    let cells = raw.iter().flatten();
    let spread = (cells.map(|s| s * s).sum::<f64>() / (n * n) as f64).sqrt();
    let saturated = weights
        .iter()
        .filter(|row| row.iter().any(|&w| w > SATURATED))
        .count();
    Attention {
        future: math::future_weight(&weights),
        mean_max: math::mean_row_max(&weights),
        raw,
        seen,
        weights,
        masked,
        spread,
        saturated,
    }
}

/// A score as the tables show it: two decimals, `−∞` for a masked one.
///
/// ```
/// use softmax_lab::sections::attention::model::score_text;
/// assert_eq!(score_text(f64::NEG_INFINITY), "\u{2212}\u{221e}");
/// assert_eq!(score_text(-1.5), "\u{2212}1.50");
/// ```
pub fn score_text(s: f64) -> String {
    if s == f64::NEG_INFINITY {
        "\u{2212}\u{221e}".into()
    } else {
        fixed(s, 2)
    }
}

/// What the mask does with the current numbers, in words.
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::{attention, mask_words};
/// let a = attention(64, true, MaskMode::Zero, 42);
/// assert!(mask_words(MaskMode::Zero, &a).contains("leak"));
/// ```
pub fn mask_words(mask: MaskMode, a: &Attention) -> String {
    let n = SENTENCE.len();
    match mask {
        MaskMode::NegInf => "Future scores are set to \u{2212}\u{221e}, and e^\u{2212}\u{221e} = 0: each word reads \
             only itself and the words before it. Every weight above the diagonal is exactly 0, and what is left \
             in each row still sums to 1. This is how a decoder such as GPT is kept from reading the word it has \
             to predict."
            .into(),
        MaskMode::Zero => {
            let leak: f64 = a.future.iter().sum::<f64>() / (n - 1) as f64;
            format!(
                "Future scores are set to 0 instead of \u{2212}\u{221e}. But e^0 = 1, so the future still gets weight: \
                 \u{201c}{}\u{201d} gives {}% of its attention to words it has not read yet, and the first {} rows leak \
                 {}% on average. Only \u{2212}\u{221e} hides a word.",
                SENTENCE[0],
                fixed(a.future[0] * 100.0, 1),
                n - 1,
                fixed(leak * 100.0, 1)
            )
        }
        MaskMode::None => "No mask: every word attends to every word, before and after it, as in an encoder \
             such as BERT. A decoder trained this way could copy the next word instead of learning to predict it."
            .into(),
    }
}

/// What scaling by 1/sqrt(d_k) does with the current numbers, in words.
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::{attention, scale_words};
/// let a = attention(1024, false, MaskMode::None, 42);
/// assert!(scale_words(1024, false, &a).contains("saturate"));
/// ```
pub fn scale_words(dk: u64, scale: bool, a: &Attention) -> String {
    let root = (dk as f64).sqrt();
    let spread = format!(
        "The raw scores have a root mean square of {}, where theory expects about \u{221a}d_k = {}",
        fixed(a.spread, 1),
        fixed(root, 1)
    );
    let rows = SENTENCE.len();
    if dk == 1 {
        format!("{spread}. With d_k = 1 dividing by \u{221a}d_k changes nothing.")
    } else if scale {
        format!(
            "{spread}. Divided by \u{221a}d_k they come back to about 1 whatever d_k is, so softmax stays soft: \
             the largest weight in a row averages {}, and {} of the {rows} rows put more than 99% on one word.",
            fixed(a.mean_max, 2),
            a.saturated
        )
    } else {
        format!(
            "{spread}. Unscaled, softmax sees gaps that wide, and the rows saturate as d_k grows: the largest \
             weight in a row averages {}, and {} of the {rows} rows put more than 99% on one word. A saturated row \
             acts like argmax and passes almost no gradient back, so it stops learning.",
            fixed(a.mean_max, 2),
            a.saturated
        )
    }
}

/// Points (d_k, value) of one line of the saturation chart.
pub type Curve = Vec<(f64, f64)>;

/// Key dimensions the saturation chart samples: 1 to [`math::MAX_KEY_DIM`], four per octave.
pub fn chart_dims() -> Vec<u64> {
    let top = math::MAX_KEY_DIM as f64;
    let mut dims: Vec<u64> = (0..=40)
        .map(|i| (top.ln() * i as f64 / 40.0).exp().round() as u64)
        .collect();
    dims.dedup();
    dims
}

/// The mean largest weight per row against d_k, scaled and unscaled, for `mask` and `seed`.
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::saturation_curves;
/// let (scaled, unscaled) = saturation_curves(MaskMode::None, 42);
/// assert!(unscaled.last().unwrap().1 > scaled.last().unwrap().1);
/// ```
pub fn saturation_curves(mask: MaskMode, seed: u64) -> (Curve, Curve) {
    let dims = chart_dims();
    let sizes: Vec<usize> = dims.iter().map(|&d| d as usize).collect();
    let scores = math::dot_product_scores_at(SENTENCE.len(), &sizes, seed);
    dims.into_iter()
        .zip(scores)
        .map(|(dk, raw)| {
            let x = dk as f64;
            let on = math::mean_row_max(&math::attention_weights(&raw, x, true, mask));
            let off = math::mean_row_max(&math::attention_weights(&raw, x, false, mask));
            ((x, on), (x, off))
        })
        .unzip()
}

/// The rows of the comparison of attention softmax and output softmax: what, attention, output.
///
/// ```
/// use softmax_lab::sections::attention::model::comparison;
/// assert!(comparison().iter().any(|r| r[2].contains("128,000")));
/// ```
pub fn comparison() -> Vec<[String; 3]> {
    let n = SENTENCE.len();
    let v = grouped(math::ModelSizes::TYPICAL.vocab);
    [
        [
            "Input",
            "Scores q \u{00b7} k / \u{221a}d_k of one query against every key",
            "Logits: the last hidden state times the output matrix",
        ],
        [
            "Size",
            &format!("{n} here: one per token of the context, up to the context length"),
            &format!("{v}: one per token of the vocabulary"),
        ],
        [
            "Meaning",
            "How much each token contributes to this token\u{2019}s new representation",
            "How likely each token is to come next",
        ],
        [
            "Temperature",
            "Fixed: 1/\u{221a}d_k plays that part, chosen so the scores spread about 1",
            "Chosen when sampling: T divides the logits",
        ],
        [
            "Loss",
            "None of its own: it learns only from the loss at the output",
            "Cross-entropy against the true next token",
        ],
        [
            "Where",
            "One row per query token, in every head of every layer",
            "Once per position, at the very end of the model",
        ],
    ]
    .map(|r| r.map(str::to_string))
    .into()
}
