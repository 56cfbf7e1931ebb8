//! Top-k, top-p (nucleus) and min-p filtering, each in expected linear time.

use super::rank::mass;
use super::ranked::larger_first;
use super::softmax::key;

/// Slack allowed when comparing a cumulative probability with `p` in top-p:
/// a prefix qualifies when its mass is `>= p - CUMULATIVE_SLACK`.
///
/// Summation rounding (a sum of 0.5 and 0.3 stored as 0.7999...) must not add a token.
///
/// ```
/// use softmax_lab::math::{top_p_mask, CUMULATIVE_SLACK};
/// assert!(CUMULATIVE_SLACK < 1e-9);
/// assert_eq!(top_p_mask(&[0.1 + 0.2, 0.7], 0.3), vec![false, true]);
/// ```
pub const CUMULATIVE_SLACK: f64 = 1e-12;

/// Top-k mask: keep every token whose logit is `>= v_k`, the k-th largest logit (counting
/// repeats), so tokens tied with the k-th are all kept and at least `k` survive.
///
/// `k = 0` (off) or `k >= len` keeps all; empty -> empty. NaN ranks as `-inf`: it is kept only if
/// the k-th largest is itself `-inf`/NaN. Expected `O(V)` (partial selection, no full sort).
///
/// ```
/// use softmax_lab::math::top_k_mask;
/// assert_eq!(top_k_mask(&[3.0, 1.0, 0.0], 1), vec![true, false, false]);
/// assert_eq!(top_k_mask(&[2.0, 1.0, 1.0, 0.0], 2), vec![true, true, true, false]);
/// assert_eq!(top_k_mask(&[2.0, 1.0], 0), vec![true, true]);
/// assert_eq!(top_k_mask(&[2.0, 1.0], usize::MAX), vec![true, true]);
/// ```
pub fn top_k_mask(logits: &[f64], k: usize) -> Vec<bool> {
    let n = logits.len();
    if k == 0 || k >= n {
        return vec![true; n];
    }
    let mut ids: Vec<u32> = (0..n as u32).collect();
    let (_, &mut at_k, _) = ids.select_nth_unstable_by(k - 1, larger_first(logits));
    let kth = key(logits[at_k as usize]);
    logits.iter().map(|&z| key(z) >= kth).collect()
}

/// Top-p (nucleus) mask: sort by probability descending (ties: lower index first) and keep the
/// shortest prefix whose cumulative mass is `>= p` (within [`CUMULATIVE_SLACK`]); the token that
/// crosses the threshold is kept.
///
/// Always keeps at least one token for non-empty input. `p >= 1` keeps all; `p <= 0` or NaN
/// keeps only the single most probable (lowest index among ties). If the whole mass falls short
/// of `p` (input not normalised) every token is kept. NaN or negative entries count as 0 mass;
/// the input is not renormalised. Empty -> empty. Expected `O(V)`: the threshold is found by
/// quickselect on the values, not by sorting all of them.
///
/// ```
/// use softmax_lab::math::top_p_mask;
/// assert_eq!(top_p_mask(&[0.5, 0.3, 0.1, 0.1], 0.8), vec![true, true, false, false]);
/// assert_eq!(top_p_mask(&[0.5, 0.3, 0.1, 0.1], 0.81), vec![true, true, true, false]);
/// assert_eq!(top_p_mask(&[0.4, 0.6], 0.0), vec![false, true]);
/// assert_eq!(top_p_mask(&[0.4, 0.6], 1.0), vec![true, true]);
/// ```
pub fn top_p_mask(probs: &[f64], p: f64) -> Vec<bool> {
    let n = probs.len();
    if n == 0 || p >= 1.0 {
        return vec![true; n];
    }
    let mut keep = vec![false; n];
    // A target at or below 0 is met by the first token alone.
    if p.is_nan() || p <= CUMULATIVE_SLACK {
        let best = (0..n)
            .min_by(|&a, &b| descending_mass(probs, a, b))
            .unwrap_or(0);
        keep[best] = true;
        return keep;
    }
    let Some((tau, mut ties)) = nucleus_threshold(probs, p - CUMULATIVE_SLACK) else {
        return vec![true; n];
    };
    for (k, &q) in keep.iter_mut().zip(probs) {
        let q = mass(q);
        if q > tau {
            *k = true;
        } else if q == tau && ties > 0 {
            *k = true;
            ties -= 1;
        }
    }
    keep
}

/// Size of the nucleus: the number of tokens [`top_p_mask`] keeps (so `>= 1` unless empty).
///
/// ```
/// use softmax_lab::math::nucleus_size;
/// assert_eq!(nucleus_size(&[0.5, 0.3, 0.1, 0.1], 0.8), 2);
/// assert_eq!(nucleus_size(&[0.25; 4], 1.0), 4);
/// assert_eq!(nucleus_size(&[], 0.5), 0);
/// ```
pub fn nucleus_size(probs: &[f64], p: f64) -> usize {
    top_p_mask(probs, p).iter().filter(|&&k| k).count()
}

/// `b` before `a` when larger: one named comparator, so both selections share one instantiation.
fn descending_mass(probs: &[f64], a: usize, b: usize) -> std::cmp::Ordering {
    mass(probs[b]).total_cmp(&mass(probs[a])).then(a.cmp(&b))
}

/// Finds the mass `tau` of the token that crosses `target` in descending order, and how many
/// tokens of mass exactly `tau` (lowest indices first) the nucleus takes. `None`: never crossed.
///
/// Quickselect on the values: each round splits the candidates at their median into
/// above / equal / below and keeps only the side where the crossing happens, carrying the mass
/// already passed. Rounds shrink by half, so the whole search is `O(V)`.
fn nucleus_threshold(probs: &[f64], target: f64) -> Option<(f64, usize)> {
    // Indices into the masses, so the selection is the one every ordering of tokens uses.
    let masses: Vec<f64> = probs.iter().map(|&q| mass(q)).collect();
    let mut work: Vec<u32> = (0..masses.len() as u32).collect();
    let mut passed = 0.0;
    while !work.is_empty() {
        let mid = work.len() / 2;
        let (_, &mut at_mid, _) = work.select_nth_unstable_by(mid, larger_first(&masses));
        let pivot = masses[at_mid as usize];
        let (above, equal) =
            work.iter()
                .map(|&i| masses[i as usize])
                .fold((0.0, 0usize), |(s, c), q| {
                    if q > pivot {
                        (s + q, c)
                    } else if q == pivot {
                        (s, c + 1)
                    } else {
                        (s, c)
                    }
                });
        if passed + above >= target {
            work.retain(|&i| masses[i as usize] > pivot);
            continue;
        }
        let mut total = passed + above;
        for taken in 1..=equal {
            total += pivot;
            if total >= target {
                return Some((pivot, taken));
            }
        }
        passed = total;
        work.retain(|&i| masses[i as usize] < pivot);
    }
    None
}

/// Min-p mask (Nguyen et al., 2025): keep every token with `p_i >= min_p * max_j p_j`, a bar
/// that rises and falls with the top token's probability. Hugging Face's `MinPLogitsWarper`.
///
/// `min_p <= 0` or NaN keeps all; the most probable token always survives (`min_p > 1` keeps
/// just it and its ties). NaN or negative entries count as 0 mass. Empty -> empty. `O(V)`.
///
/// ```
/// use softmax_lab::math::min_p_mask;
/// // LESSON: threshold 0.25 x 0.5 = 0.125 keeps 0.5 and 0.3.
/// assert_eq!(min_p_mask(&[0.5, 0.3, 0.1, 0.1], 0.25), vec![true, true, false, false]);
/// assert_eq!(min_p_mask(&[0.5, 0.3, 0.1, 0.1], 0.0), vec![true; 4]);
/// assert_eq!(min_p_mask(&[0.4, 0.6], 1.0), vec![false, true]);
/// ```
pub fn min_p_mask(probs: &[f64], min_p: f64) -> Vec<bool> {
    if min_p.is_nan() || min_p <= 0.0 {
        return vec![true; probs.len()];
    }
    let top = probs.iter().map(|&q| mass(q)).fold(0.0, f64::max);
    let bar = min_p.min(1.0) * top;
    probs.iter().map(|&q| mass(q) >= bar).collect()
}
