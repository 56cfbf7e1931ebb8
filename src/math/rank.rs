//! Ordering tokens by score: partial selection for the top few, full sort only when asked.

use super::ranked::larger_first;

/// Indices of the `n` largest values, largest first; ties keep the lower index first.
///
/// Uses partial selection (`select_nth_unstable_by`, expected `O(V)`) and sorts only the `n`
/// winners, so asking for the top 20 of 128,000 logits does not sort them all. NaN ranks as
/// `-inf` (last). `n = 0` or empty input -> empty; `n >= len` -> every index, fully sorted.
///
/// ```
/// use softmax_lab::math::top_n_indices;
/// assert_eq!(top_n_indices(&[0.1, 0.7, 0.1, 0.5], 3), vec![1, 3, 0]);
/// assert_eq!(top_n_indices(&[f64::NAN, 1.0], 9), vec![1, 0]);
/// assert!(top_n_indices(&[1.0], 0).is_empty());
/// ```
pub fn top_n_indices(values: &[f64], n: usize) -> Vec<usize> {
    let n = n.min(values.len());
    if n == 0 {
        return Vec::new();
    }
    let mut idx: Vec<u32> = (0..values.len() as u32).collect();
    if n < idx.len() {
        idx.select_nth_unstable_by(n - 1, larger_first(values));
        idx.truncate(n);
    }
    idx.sort_unstable_by(larger_first(values));
    idx.into_iter().map(|i| i as usize).collect()
}

/// Every index sorted by probability (descending, ties lower index first) with the running
/// total: `(i, sum of probs up to and including i in that order)`, for the cumulative line drawn
/// against the top-p threshold.
///
/// NaN or negative entries count as 0 mass (NaN sorts last). `O(V log V)`: meant for the
/// lesson's small vocabularies; empty -> empty.
///
/// ```
/// use softmax_lab::math::sorted_cumulative;
/// let c = sorted_cumulative(&[0.1, 0.5, 0.4]);
/// assert_eq!(c[0], (1, 0.5));
/// assert_eq!(c[1].0, 2);
/// assert!((c[2].1 - 1.0).abs() < 1e-12);
/// ```
pub fn sorted_cumulative(probs: &[f64]) -> Vec<(usize, f64)> {
    let order = top_n_indices(probs, probs.len());
    let mut total = 0.0;
    order
        .into_iter()
        .map(|i| {
            total += mass(probs[i]);
            (i, total)
        })
        .collect()
}

/// A probability as mass: NaN and negatives count as 0.
pub(crate) fn mass(p: f64) -> f64 {
    if p > 0.0 {
        p
    } else {
        0.0
    }
}
