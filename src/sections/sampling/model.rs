//! What the sampling section computes for its charts, tables and readouts, for the playground's
//! tokens or the 128,000-token vocabulary. Pure: no Leptos, no browser; natively tested.

use crate::format::grouped;
use crate::math;

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
    /// Kept by top-k and top-p.
    pub kept: Vec<bool>,
    /// Tokens in the vocabulary.
    pub size: usize,
    /// Tokens that survive top-k and top-p.
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

/// The playground's tokens through the pipeline, sorted by logit (an order no setting changes).
pub fn token_outcome(
    names: &[String],
    z: &[f64],
    base: &[f64],
    t: f64,
    k: usize,
    p: f64,
) -> Outcome {
    let stages = math::sampling_pipeline(z, t, k, p);
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
        kept: order.iter().map(|&i| stages.kept_by_top_p[i]).collect(),
        size: z.len(),
        kept_count: stages.kept_by_top_p.iter().filter(|&&k| k).count(),
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
    t: f64,
    k: usize,
    p: f64,
    ranks: &[usize],
) -> Outcome {
    let v = vocab.view(t, k, p, VOCAB_SHOWN, ranks);
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
    let mut names: Vec<String> = v.top.iter().map(|x| format!("token {}", x.id)).collect();
    names.push(format!("one of the other {}", grouped(rest)));
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
        sampled: with_other(v.top.iter().map(|x| x.sampled).collect(), v.other_sampled),
        kept: (0..=v.top.len())
            .map(|r| r < v.kept || (r == v.top.len() && v.kept > VOCAB_SHOWN))
            .collect(),
        size: vocab.len(),
        kept_count: v.kept,
        entropy: v.entropy,
        curve: Some((floor(&v.curve), floor(&base.curve))),
        counts: Vec::new(),
        last: None,
    }
}
