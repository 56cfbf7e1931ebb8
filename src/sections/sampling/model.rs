//! What the sampling section computes for its charts, tables and readouts, for the playground's
//! tokens or the 128,000-token vocabulary. Pure: no Leptos, no browser; natively tested.

use crate::math;
use crate::text::keys::sampling as k;
use crate::tr;

/// Tokens shown one by one in the large-vocabulary chart; the rest form one "other" bar.
pub const VOCAB_SHOWN: usize = 20;
/// Points per decade of the rank-probability curve.
pub const CURVE_DENSITY: usize = 12;
/// Lowest probability on the rank-probability chart's log axis.
pub const CURVE_FLOOR: f64 = 1e-9;

/// `(rank, probability)` points of the rank-probability curve.
pub type Points = Vec<(f64, f64)>;

/// What the section shows for the current settings, tokens in chart order (most likely first).
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Bar labels.
    pub labels: Vec<String>,
    /// Token names for the sentence and the tables.
    pub names: Vec<String>,
    /// The `T = 1` probabilities (the ghost bars).
    pub base: Vec<f64>,
    /// `softmax(z / T)` over what top-k kept: the distribution top-p looks at.
    pub scaled: Vec<f64>,
    /// The distribution sampled from.
    pub sampled: Vec<f64>,
    /// Kept by top-k, top-p and min-p.
    pub kept: Vec<bool>,
    /// The filter that removed each token (`"top-k"`, `"top-p"` or `"min-p"`), `""` if kept.
    pub removed_by: Vec<&'static str>,
    /// Min-p's bar in the sampled distribution, `min_p x` its top probability (when on).
    pub min_p_bar: Option<f64>,
    /// Tokens in the vocabulary.
    pub size: usize,
    /// Tokens that survive top-k, top-p and min-p.
    pub kept_count: usize,
    /// Entropy of the sampled distribution, nats.
    pub entropy: f64,
    /// Large-vocabulary mode: the last bar is every other token, and the rank curve.
    pub curve: Option<(Points, Points)>,
    /// The student's draws so far (replayed from the seed), per token.
    pub counts: Vec<u64>,
    /// The latest draw.
    pub last: Option<usize>,
}

/// The filters a token meets, in order, and the name of the first that removes it (`""`: none).
fn removed_by(by_top_k: bool, by_top_p: bool, by_min_p: bool) -> &'static str {
    match (by_top_k, by_top_p, by_min_p) {
        (false, _, _) => "top-k",
        (true, false, _) => "top-p",
        (true, true, false) => "min-p",
        _ => "",
    }
}

/// Min-p's bar in the sampled distribution `q`: `min_p x max q`, when min-p is on.
fn min_p_bar(min_p: f64, q: &[f64]) -> Option<f64> {
    (min_p > 0.0).then(|| min_p.min(1.0) * q.iter().copied().fold(0.0, f64::max))
}

/// The playground's tokens through the pipeline, sorted by logit (an order no setting changes).
pub fn token_outcome(
    names: &[String],
    z: &[f64],
    base: &[f64],
    (t, k, p, min_p): (f64, usize, f64, f64),
) -> Outcome {
    let stages = math::sampling_pipeline(z, t, k, p, min_p);
    let order: Vec<usize> = math::descending_order(z)
        .into_iter()
        .map(|i| i as usize)
        .collect();
    let pick = |v: &[f64]| order.iter().map(|&i| v[i]).collect::<Vec<f64>>();
    let names: Vec<String> = order.iter().map(|&i| names[i].clone()).collect();
    Outcome {
        labels: names.clone(),
        names,
        base: pick(base),
        scaled: pick(&stages.before_top_p),
        sampled: pick(&stages.probs),
        kept: order.iter().map(|&i| stages.kept_by_min_p[i]).collect(),
        removed_by: order
            .iter()
            .map(|&i| {
                removed_by(
                    stages.kept_by_top_k[i],
                    stages.kept_by_top_p[i],
                    stages.kept_by_min_p[i],
                )
            })
            .collect(),
        min_p_bar: min_p_bar(min_p, &stages.probs),
        size: z.len(),
        kept_count: stages.kept_by_min_p.iter().filter(|&&k| k).count(),
        entropy: math::entropy(&stages.probs),
        curve: None,
        counts: Vec::new(),
        last: None,
    }
}

/// The large vocabulary's top tokens plus one bar for all the others.
pub fn vocab_outcome(
    vocab: &math::RankedVocab,
    base: &math::RankedView,
    (t, k, p, min_p): (f64, usize, f64, f64),
    ranks: &[usize],
) -> Outcome {
    let v = vocab.view(t, k, p, min_p, VOCAB_SHOWN, ranks);
    let sampled: Vec<f64> = v.top.iter().map(|x| x.sampled).collect();
    let bar = min_p_bar(min_p, &sampled);
    let rest = vocab.len().saturating_sub(VOCAB_SHOWN);
    // 21 bars share the width: label ranks 1, 5, 10, ... only, so the labels never collide; the
    // last bar (every other token) is named in the caption and the table.
    let mut labels: Vec<String> = (1..=v.top.len())
        .map(|r| {
            if r == 1 || r % 5 == 0 {
                r.to_string()
            } else {
                String::new()
            }
        })
        .collect();
    labels.push(String::new());
    let mut names: Vec<String> = v
        .top
        .iter()
        .map(|x| tr!(k::VOCAB_TOKEN, x.id.to_string()))
        .collect();
    names.push(tr!(k::VOCAB_OTHER, rest));
    let with_other = |mut xs: Vec<f64>, other: f64| {
        xs.push(other);
        xs
    };
    let floor = |pts: &[(f64, f64)]| -> Vec<(f64, f64)> {
        pts.iter()
            .copied()
            .filter(|&(_, q)| q >= CURVE_FLOOR)
            .collect()
    };
    Outcome {
        labels,
        names,
        base: with_other(
            base.top.iter().map(|x| x.scaled).collect(),
            base.other_scaled,
        ),
        scaled: with_other(v.top.iter().map(|x| x.scaled).collect(), v.other_scaled),
        sampled: with_other(sampled, v.other_sampled),
        kept: (0..=v.top.len())
            .map(|r| r < v.kept || (r == v.top.len() && v.kept > VOCAB_SHOWN))
            .collect(),
        // The last bar (every other token) is named by the filter that removes the first of them.
        removed_by: (0..=v.top.len())
            .map(|r| removed_by(r < v.kept_by_top_k, r < v.kept_by_top_p, r < v.kept))
            .collect(),
        min_p_bar: bar,
        size: vocab.len(),
        kept_count: v.kept,
        entropy: v.entropy,
        curve: Some((floor(&v.curve), floor(&base.curve))),
        counts: Vec::new(),
        last: None,
    }
}

/// A confident model: one token well ahead, ten equal ones behind (logits).
pub const CONFIDENT: [f64; 11] = [3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
/// An unsure model: eleven tokens close together (logits).
pub const UNSURE: [f64; 11] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0];

/// What min-p and top-p keep of one example at `T = 1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Adapts {
    /// The top token's probability.
    pub top: f64,
    /// The last (least likely) token's probability.
    pub last: f64,
    /// Tokens min-p keeps.
    pub by_min_p: usize,
    /// Tokens top-p keeps.
    pub by_top_p: usize,
}

/// Why a bar relative to the top token adapts: `z` at `T = 1` through min-p `m` alone and top-p
/// `p` alone.
///
/// ```
/// use softmax_lab::sections::sampling::model::{adapts, CONFIDENT, UNSURE};
/// let sure = adapts(&CONFIDENT, 0.1, 0.9);
/// assert_eq!((sure.by_min_p, sure.by_top_p), (1, 8));
/// let unsure = adapts(&UNSURE, 0.1, 0.9);
/// assert_eq!(unsure.by_min_p, 11);
/// ```
pub fn adapts(z: &[f64], m: f64, p: f64) -> Adapts {
    let q = math::softmax(z);
    let count = |mask: Vec<bool>| mask.iter().filter(|&&k| k).count();
    Adapts {
        top: q.iter().copied().fold(0.0, f64::max),
        last: q.iter().copied().fold(1.0, f64::min),
        by_min_p: count(math::min_p_mask(&q, m)),
        by_top_p: math::nucleus_size(&q, p),
    }
}
