//! What the attention section computes: the raw scores of random query and key vectors, the
//! scores softmax sees after scaling and masking, the attention weights row by row, and what the
//! current settings do, in words. Pure.

use crate::format::fixed;
use crate::math::{self, MaskMode};
use crate::text::keys::attention as k;
use crate::text::t;
use crate::tr;

/// Words in the example sentence: queries are rows, keys are columns.
pub const WORDS: usize = 5;

/// The sentence whose words attend to each other, one word per query and key, in the language on
/// screen.
///
/// ```
/// use softmax_lab::sections::attention::model::sentence;
/// assert_eq!(sentence().join(" "), "Softmax turns scores into weights");
/// ```
pub fn sentence() -> [String; WORDS] {
    [
        t(k::SENTENCE_1),
        t(k::SENTENCE_2),
        t(k::SENTENCE_3),
        t(k::SENTENCE_4),
        t(k::SENTENCE_5),
    ]
}

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
    /// What every query was multiplied by.
    pub query: f64,
}

/// The section's numbers for key dimension `dk`, scaling on or off, `mask`, `seed`, and every
/// query times `query` (which multiplies each raw score q·k by the same factor).
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::attention;
/// let a = attention(64, true, MaskMode::NegInf, 42, 1.0);
/// assert_eq!(a.weights[0][1], 0.0);
/// assert!(a.weights.iter().all(|r| (r.iter().sum::<f64>() - 1.0).abs() < 1e-12));
/// ```
pub fn attention(dk: u64, scale: bool, mask: MaskMode, seed: u64, query: f64) -> Attention {
    let n = WORDS;
    let raw = times(math::dot_product_scores(n, dk as usize, seed), query);
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
        query,
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
/// let a = attention(64, true, MaskMode::Zero, 42, 1.0);
/// assert!(mask_words(MaskMode::Zero, &a).contains("leak"));
/// ```
pub fn mask_words(mask: MaskMode, a: &Attention) -> String {
    let n = WORDS;
    match mask {
        MaskMode::NegInf => t(k::MASK_WORDS_NEG_INF),
        MaskMode::Zero => {
            let leak: f64 = a.future.iter().sum::<f64>() / (n - 1) as f64;
            tr!(
                k::MASK_WORDS_ZERO,
                &sentence()[0],
                fixed(a.future[0] * 100.0, 1),
                n - 1,
                fixed(leak * 100.0, 1)
            )
        }
        MaskMode::None => t(k::MASK_WORDS_NONE),
    }
}

/// What scaling by 1/sqrt(d_k) does with the current numbers, in words.
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::{attention, scale_words};
/// let a = attention(1024, false, MaskMode::None, 42, 1.0);
/// assert!(scale_words(1024, false, &a).contains("saturate"));
/// ```
pub fn scale_words(dk: u64, scale: bool, a: &Attention) -> String {
    // Scaling every query by λ scales the scores' spread to λ√d_k.
    let (root, q) = ((dk as f64).sqrt(), a.query);
    let spread = fixed(a.spread, 1);
    let (expected, unit) = if q == 1.0 {
        (format!("√d_k = {}", fixed(root, 1)), "1".into())
    } else {
        let times = fixed(q, 2);
        (format!("{times} × √d_k = {}", fixed(q * root, 1)), times)
    };
    let (max, saturated) = (fixed(a.mean_max, 2), a.saturated);
    if dk == 1 {
        tr!(k::SCALE_WORDS_ONE, spread, expected)
    } else if scale {
        tr!(
            k::SCALE_WORDS_SCALED,
            spread,
            expected,
            unit,
            max,
            saturated,
            WORDS
        )
    } else {
        tr!(
            k::SCALE_WORDS_UNSCALED,
            spread,
            expected,
            max,
            saturated,
            WORDS
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

/// Every score of `raw` times `query`: (λq)·k = λ(q·k).
fn times(mut raw: Vec<Vec<f64>>, query: f64) -> Vec<Vec<f64>> {
    raw.iter_mut().flatten().for_each(|s| *s *= query);
    raw
}

/// The mean largest weight per row against d_k, scaled and unscaled, for `mask`, `seed` and
/// the query scale `query`.
///
/// ```
/// use softmax_lab::math::MaskMode;
/// use softmax_lab::sections::attention::model::saturation_curves;
/// let (scaled, unscaled) = saturation_curves(MaskMode::None, 42, 1.0);
/// assert!(unscaled.last().unwrap().1 > scaled.last().unwrap().1);
/// ```
pub fn saturation_curves(mask: MaskMode, seed: u64, query: f64) -> (Curve, Curve) {
    let dims = chart_dims();
    let sizes: Vec<usize> = dims.iter().map(|&d| d as usize).collect();
    let scores = math::dot_product_scores_at(WORDS, &sizes, seed);
    dims.into_iter()
        .zip(scores)
        .map(|(dk, raw)| {
            let (x, raw) = (dk as f64, times(raw, query));
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
    let vocab = math::ModelSizes::TYPICAL.vocab;
    vec![
        [
            t(k::COMPARE_INPUT),
            t(k::COMPARE_INPUT_ATTENTION),
            t(k::COMPARE_INPUT_OUTPUT),
        ],
        [
            t(k::COMPARE_SIZE),
            tr!(k::COMPARE_SIZE_ATTENTION, WORDS),
            tr!(k::COMPARE_SIZE_OUTPUT, vocab),
        ],
        [
            t(k::COMPARE_MEANING),
            t(k::COMPARE_MEANING_ATTENTION),
            t(k::COMPARE_MEANING_OUTPUT),
        ],
        [
            t(k::COMPARE_TEMPERATURE),
            t(k::COMPARE_TEMPERATURE_ATTENTION),
            t(k::COMPARE_TEMPERATURE_OUTPUT),
        ],
        [
            t(k::COMPARE_LOSS),
            t(k::COMPARE_LOSS_ATTENTION),
            t(k::COMPARE_LOSS_OUTPUT),
        ],
        [
            t(k::COMPARE_WHERE),
            t(k::COMPARE_WHERE_ATTENTION),
            t(k::COMPARE_WHERE_OUTPUT),
        ],
    ]
}
