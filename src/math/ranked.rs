//! A large vocabulary sorted once by logit, so that every temperature, top-k, top-p or min-p move
//! is a single linear pass: dividing by `T > 0` never changes the order of the tokens.

use super::filter::CUMULATIVE_SLACK;
use super::softmax::key;

/// Token ids and logits in descending logit order (ties: lower id first); NaN logits rank as
/// `-inf`.
///
/// ```
/// use softmax_lab::math::RankedVocab;
/// let v = RankedVocab::new(&[0.0, 2.0, 1.0]);
/// assert_eq!(v.ids, vec![1, 2, 0]);
/// assert_eq!(v.logits, vec![2.0, 1.0, 0.0]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RankedVocab {
    /// `ids[r]`: the token id at rank `r` (0 = most likely).
    pub ids: Vec<u32>,
    /// `logits[r]`: that token's logit, descending.
    pub logits: Vec<f64>,
}

/// One token of the large-vocabulary chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankedToken {
    /// Token id.
    pub id: u32,
    /// `softmax(z / T)` over the tokens top-k keeps (what top-p looks at); 0 if top-k removed it.
    pub scaled: f64,
    /// The probability actually sampled with (0 if top-k or top-p removed it).
    pub sampled: f64,
}

/// What the large-vocabulary view shows for one setting of `T`, top-k and top-p.
#[derive(Clone, Debug, PartialEq)]
pub struct RankedView {
    /// The `top_n` most likely tokens, most likely first.
    pub top: Vec<RankedToken>,
    /// Mass of every other token in `softmax(z / T)` over the tokens top-k keeps.
    pub other_scaled: f64,
    /// Mass of every other token in the sampled distribution.
    pub other_sampled: f64,
    /// How many tokens survive top-k, top-p and min-p (the tokens sampled from), `>= 1` unless
    /// empty.
    pub kept: usize,
    /// How many tokens survive top-k and top-p (the nucleus).
    pub kept_by_top_p: usize,
    /// How many tokens top-k keeps (all when off).
    pub kept_by_top_k: usize,
    /// Entropy of the sampled distribution, nats.
    pub entropy: f64,
    /// `(rank, p)` at the requested ranks (1-based), `p` from `softmax(z / T)`.
    pub curve: Vec<(f64, f64)>,
}

impl RankedVocab {
    /// Sorts `logits` once, `O(V log V)`.
    pub fn new(logits: &[f64]) -> Self {
        let ids = descending_order(logits);
        let sorted = ids.iter().map(|&i| key(logits[i as usize])).collect();
        RankedVocab {
            ids,
            logits: sorted,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The pipeline of [`sampling_pipeline`](super::sampling_pipeline) in one pass over the
    /// ranks: `w_r = e^((z_r - z_0) / T)`, top-k keeps ranks below `k` plus ties with rank
    /// `k - 1`, top-p keeps the shortest prefix of the top-k-renormalised `w` with mass
    /// `>= p` (within [`CUMULATIVE_SLACK`]), min-p keeps the ranks of that prefix with
    /// `w_r >= min_p * w_0`, and the sampled `q_r = w_r / sum_kept w`.
    ///
    /// Entropy uses `H = ln W - sum_r q_r ln w_r` with `W = sum_kept w` and `ln w_r` known, so no
    /// logarithm per token. `T <= 0` or NaN is the arg-max limit (ties share). `top_k = 0` is
    /// off; `top_p >= 1` keeps all; `top_p <= 0` keeps rank 0 only; `min_p <= 0` is off. `ranks` are 1-based; ranks
    /// past the end are skipped. `O(V)`.
    ///
    /// ```
    /// use softmax_lab::math::{sampling_pipeline, RankedVocab};
    /// let z = [3.0, 1.0, 0.0, 2.5];
    /// let v = RankedVocab::new(&z).view(0.7, 3, 0.9, 0.3, 2, &[1, 4]);
    /// let s = sampling_pipeline(&z, 0.7, 3, 0.9, 0.3);
    /// assert_eq!(v.kept, s.probs.iter().filter(|&&p| p > 0.0).count());
    /// assert!((v.top[1].sampled - s.probs[3]).abs() < 1e-12);
    /// assert_eq!(v.curve.len(), 2);
    /// ```
    pub fn view(
        &self,
        temperature: f64,
        top_k: usize,
        top_p: f64,
        min_p: f64,
        top_n: usize,
        ranks: &[usize],
    ) -> RankedView {
        let n = self.len();
        let empty = RankedView {
            top: Vec::new(),
            other_scaled: 0.0,
            other_sampled: 0.0,
            kept: 0,
            kept_by_top_p: 0,
            kept_by_top_k: 0,
            entropy: 0.0,
            curve: Vec::new(),
        };
        let Some(&m) = self.logits.first() else {
            return empty;
        };
        let t = if temperature > 0.0 {
            temperature
        } else {
            f64::MIN_POSITIVE
        };
        // ln w_r; the arg-max tokens get exactly 0, every -inf logit -inf.
        let log_w = |r: usize| {
            if self.logits[r] == m {
                0.0
            } else {
                (self.logits[r] - m) / t
            }
        };
        let w: Vec<f64> = (0..n).map(|r| log_w(r).exp()).collect();
        let total: f64 = w.iter().sum();
        let mut k = if top_k == 0 || top_k >= n { n } else { top_k };
        while k < n && self.logits[k] == self.logits[k - 1] {
            k += 1;
        }
        let k_mass: f64 = w[..k].iter().sum();
        let kept = if top_p >= 1.0 {
            k
        } else if top_p.is_nan() || top_p <= CUMULATIVE_SLACK {
            1
        } else {
            let target = (top_p - CUMULATIVE_SLACK) * k_mass;
            let mut run = 0.0;
            let mut kept = k;
            for (r, x) in w[..k].iter().enumerate() {
                run += x;
                if run >= target {
                    kept = r + 1;
                    break;
                }
            }
            kept
        };
        let kept_by_top_p = kept;
        // Ranks are in descending order, so min-p keeps a prefix too; w_0 = 1 is the top token.
        let kept = if min_p > 0.0 {
            let bar = min_p.min(1.0) * w[0];
            w[..kept].iter().take_while(|&&x| x >= bar).count().max(1)
        } else {
            kept
        };
        let kept_mass: f64 = w[..kept].iter().sum();
        let entropy = kept_mass.ln()
            - w[..kept]
                .iter()
                .enumerate()
                .filter(|(_, x)| **x > 0.0)
                .map(|(r, x)| x / kept_mass * log_w(r))
                .sum::<f64>();
        let shown = top_n.min(n);
        let top = (0..shown)
            .map(|r| RankedToken {
                id: self.ids[r],
                scaled: if r < k { w[r] / k_mass } else { 0.0 },
                sampled: if r < kept { w[r] / kept_mass } else { 0.0 },
            })
            .collect();
        let other_scaled = if k > shown {
            w[shown..k].iter().sum::<f64>() / k_mass
        } else {
            0.0
        };
        let other_sampled = if kept > shown {
            w[shown..kept].iter().sum::<f64>() / kept_mass
        } else {
            0.0
        };
        let curve = ranks
            .iter()
            .filter(|&&r| r >= 1 && r <= n)
            .map(|&r| (r as f64, w[r - 1] / total))
            .collect();
        RankedView {
            top,
            other_scaled,
            other_sampled,
            kept,
            kept_by_top_p,
            kept_by_top_k: k,
            entropy: entropy.max(0.0),
            curve,
        }
    }
}

/// Indices of `values` from largest to smallest (ties: lower index first; NaN as `-inf`).
///
/// Every ordering of tokens in the app goes through this one function, so the wasm carries a
/// single sort routine. `O(n log n)`.
///
/// ```
/// use softmax_lab::math::descending_order;
/// assert_eq!(descending_order(&[1.0, 3.0, f64::NAN, 3.0]), vec![1, 3, 0, 2]);
/// ```
pub fn descending_order(values: &[f64]) -> Vec<u32> {
    let mut ids: Vec<u32> = (0..values.len() as u32).collect();
    ids.sort_unstable_by(larger_first(values));
    ids
}

/// The one comparison every sort and selection of token indices uses: larger `values` first,
/// ties by the lower index, NaN as `-inf`. One closure type, so the wasm carries one copy of
/// the sort and selection routines.
pub(crate) fn larger_first(
    values: &[f64],
) -> impl Fn(&u32, &u32) -> std::cmp::Ordering + Copy + '_ {
    move |&a, &b| {
        key(values[b as usize])
            .total_cmp(&key(values[a as usize]))
            .then(a.cmp(&b))
    }
}

/// About `per_decade` ranks per power of ten from 1 to `n` (1-based, increasing, distinct, `n`
/// included): enough points for a smooth rank-probability curve on log axes.
///
/// ```
/// use softmax_lab::math::log_spaced_ranks;
/// let r = log_spaced_ranks(128_000, 10);
/// assert_eq!((r[0], *r.last().unwrap()), (1, 128_000));
/// assert!(r.windows(2).all(|w| w[0] < w[1]));
/// assert!(r.len() < 60);
/// assert!(log_spaced_ranks(0, 10).is_empty());
/// ```
pub fn log_spaced_ranks(n: usize, per_decade: usize) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let steps = ((n as f64).log10() * per_decade.max(1) as f64).ceil() as usize;
    let mut out: Vec<usize> = (0..=steps)
        .map(|i| {
            // e^(x ln 10) rather than powf: the wasm already carries exp, not pow.
            let r = (i as f64 / per_decade.max(1) as f64 * std::f64::consts::LN_10)
                .exp()
                .round() as usize;
            r.clamp(1, n)
        })
        .collect();
    out.push(n);
    out.dedup();
    out
}
