//! A small seeded PRNG (SplitMix64) and inverse-CDF sampling.
//!
//! SplitMix64 uses only wrapping `u64` arithmetic, so a seed gives the same draws on every
//! platform, wasm32 included: a shared link replays the same samples.

use super::rank::mass;

/// Upper bound on the number of draws one call makes, so a huge `n` cannot hang the page.
///
/// ```
/// use softmax_lab::math::MAX_DRAWS;
/// assert!(MAX_DRAWS >= 1_000_000);
/// ```
pub const MAX_DRAWS: usize = 10_000_000;

/// Seeded SplitMix64 generator: `state += 0x9E3779B97F4A7C15`, then a fixed mix of the state.
///
/// Deterministic for a seed on every platform; not for cryptography.
///
/// ```
/// use softmax_lab::math::Rng;
/// let (mut a, mut b) = (Rng::new(7), Rng::new(7));
/// assert_eq!(a.next_u64(), b.next_u64());
/// assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator whose whole state is `seed` (every `u64`, 0 included, is a good seed).
    ///
    /// ```
    /// use softmax_lab::math::Rng;
    /// assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    /// ```
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The current state; `Rng::new(r.state())` continues exactly where `r` is.
    ///
    /// ```
    /// use softmax_lab::math::Rng;
    /// let mut r = Rng::new(3);
    /// r.next_u64();
    /// let mut copy = Rng::new(r.state());
    /// assert_eq!(copy.next_u64(), r.next_u64());
    /// ```
    pub fn state(&self) -> u64 {
        self.state
    }

    /// The next 64 random bits (SplitMix64 output function).
    ///
    /// ```
    /// use softmax_lab::math::Rng;
    /// let mut r = Rng::new(0);
    /// assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
    /// assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    /// ```
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform `f64` in `[0, 1)`: the top 53 bits of [`next_u64`](Self::next_u64) times `2^-53`.
    ///
    /// ```
    /// use softmax_lab::math::Rng;
    /// let mut r = Rng::new(9);
    /// assert!((0..1000).map(|_| r.next_f64()).all(|u| (0.0..1.0).contains(&u)));
    /// ```
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform integer in `[0, n)` by multiply-high (`floor(u64 * n / 2^64)`); `n = 0` -> 0.
    ///
    /// ```
    /// use softmax_lab::math::Rng;
    /// let mut r = Rng::new(5);
    /// assert!((0..100).all(|_| r.below(6) < 6));
    /// assert_eq!(r.below(0), 0);
    /// ```
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A standard normal draw `N(0, 1)` by Marsaglia's polar method: draw `u, v` uniform in
    /// `(-1, 1)` until `0 < s = u^2 + v^2 < 1`, then return `u sqrt(-2 ln s / s)`. No sine or
    /// cosine (they would add a large argument-reduction routine to the wasm); uses two `u64`
    /// per attempt, about 1.27 attempts on average.
    ///
    /// ```
    /// use softmax_lab::math::Rng;
    /// let mut r = Rng::new(11);
    /// let xs: Vec<f64> = (0..20_000).map(|_| r.normal()).collect();
    /// let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    /// assert!(mean.abs() < 0.05 && xs.iter().all(|x| x.is_finite()));
    /// ```
    pub fn normal(&mut self) -> f64 {
        loop {
            let u = 2.0 * self.next_f64() - 1.0;
            let v = 2.0 * self.next_f64() - 1.0;
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                return u * (-2.0 * s.ln() / s).sqrt();
            }
        }
    }
}

/// Cumulative distribution for repeated inverse-CDF sampling: built once in `O(V)`, each draw is
/// a binary search (`O(log V)`).
///
/// Entries that are NaN, `<= 0` or infinite count as zero mass and can never be drawn. The input
/// need not sum to 1: draws are proportional to the masses.
///
/// ```
/// use softmax_lab::math::Cdf;
/// let cdf = Cdf::new(&[0.0, 0.25, 0.75]);
/// assert_eq!(cdf.sample(0.1), 1);
/// assert_eq!(cdf.sample(0.5), 2);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Cdf {
    cumulative: Vec<f64>,
    last_positive: Option<usize>,
    fallback: Option<usize>,
}

impl Cdf {
    /// Builds `C_i = sum_{j <= i} m_j` from the masses `m_j` (see [`Cdf`] for what counts).
    ///
    /// If the total overflows to `+inf`, sampling falls back to the largest mass.
    ///
    /// ```
    /// use softmax_lab::math::Cdf;
    /// assert!(Cdf::new(&[0.5, 0.5]).can_sample());
    /// ```
    pub fn new(probs: &[f64]) -> Self {
        let masses = probs
            .iter()
            .map(|&p| if p.is_finite() { mass(p) } else { 0.0 });
        let mut total = 0.0;
        let mut last_positive = None;
        let mut best: Option<(usize, f64)> = None;
        let cumulative = masses
            .enumerate()
            .map(|(i, m)| {
                if m > 0.0 {
                    last_positive = Some(i);
                    if best.is_none_or(|(_, b)| m > b) {
                        best = Some((i, m));
                    }
                }
                total += m;
                total
            })
            .collect();
        let fallback = if total.is_finite() {
            None
        } else {
            best.map(|(i, _)| i)
        };
        Self {
            cumulative,
            last_positive,
            fallback,
        }
    }

    /// Whether any token has positive mass (otherwise [`sample`](Self::sample) returns 0).
    ///
    /// ```
    /// use softmax_lab::math::Cdf;
    /// assert!(!Cdf::new(&[0.0, f64::NAN]).can_sample());
    /// ```
    pub fn can_sample(&self) -> bool {
        self.last_positive.is_some()
    }

    /// Inverse CDF: the first index `i` with `C_i > u * C_total`, which always has positive mass.
    ///
    /// `u` is clamped to `[0, 1]` (NaN -> 0); `u = 1` gives the last positive-mass token. If no
    /// token has positive mass (or the input was empty) returns 0, which the caller should treat
    /// as "nothing to draw" (see [`can_sample`](Self::can_sample)).
    ///
    /// ```
    /// use softmax_lab::math::Cdf;
    /// let cdf = Cdf::new(&[0.5, 0.0, 0.5, 0.0]);
    /// assert_eq!(cdf.sample(0.0), 0);
    /// assert_eq!(cdf.sample(0.5), 2);
    /// assert_eq!(cdf.sample(1.0), 2);
    /// assert_eq!(cdf.sample(f64::NAN), 0);
    /// ```
    pub fn sample(&self, u: f64) -> usize {
        let Some(last) = self.last_positive else {
            return 0;
        };
        if let Some(best) = self.fallback {
            return best;
        }
        let u = if u.is_nan() { 0.0 } else { u.clamp(0.0, 1.0) };
        let total = self.cumulative.get(last).copied().unwrap_or(0.0);
        let target = u * total;
        // A zero-mass token repeats the previous total, so it can never be the first above target.
        let i = self.cumulative.partition_point(|&c| c <= target);
        i.min(last)
    }
}

/// Draws one index by inverse CDF for a uniform `u` in `[0, 1)`: the first `i` whose cumulative
/// mass exceeds `u * total` ([`Cdf::sample`]).
///
/// Never returns a token with zero (or NaN / negative / infinite) probability when any token has
/// positive probability; `u` outside `[0, 1]` is clamped, NaN counts as 0. Empty or all-zero
/// input -> 0.
///
/// ```
/// use softmax_lab::math::{sample_index, Rng};
/// assert_eq!(sample_index(&[0.2, 0.0, 0.8], 0.9), 2);
/// let mut rng = Rng::new(42);
/// let i = sample_index(&[0.0, 1.0, 0.0], rng.next_f64());
/// assert_eq!(i, 1);
/// ```
pub fn sample_index(probs: &[f64], u: f64) -> usize {
    Cdf::new(probs).sample(u)
}

/// Draws `n` indices with `rng` (one `next_f64` each, in order) and returns them in draw order.
///
/// `n` is capped at [`MAX_DRAWS`]; empty or all-zero input -> empty. Same seed, same draws.
///
/// ```
/// use softmax_lab::math::{draw_samples, Rng};
/// let a = draw_samples(&[0.5, 0.5], 10, &mut Rng::new(1));
/// assert_eq!(a, draw_samples(&[0.5, 0.5], 10, &mut Rng::new(1)));
/// ```
pub fn draw_samples(probs: &[f64], n: usize, rng: &mut Rng) -> Vec<usize> {
    let cdf = Cdf::new(probs);
    if !cdf.can_sample() {
        return Vec::new();
    }
    (0..n.min(MAX_DRAWS))
        .map(|_| cdf.sample(rng.next_f64()))
        .collect()
}

/// Draws `n` indices with `rng` and counts them per token: `counts[i]` = number of draws of `i`.
///
/// The result has `probs.len()` entries summing to `min(n, MAX_DRAWS)`, or all zeros for
/// all-zero input; zero-probability tokens always count 0. Uses the same draws as
/// [`draw_samples`]. `O(V + n log V)`.
///
/// ```
/// use softmax_lab::math::{draw_counts, Rng};
/// let c = draw_counts(&[0.25, 0.0, 0.75], 1000, &mut Rng::new(3));
/// assert_eq!(c[1], 0);
/// assert_eq!(c.iter().sum::<u64>(), 1000);
/// assert!(c[2] > c[0]);
/// ```
pub fn draw_counts(probs: &[f64], n: usize, rng: &mut Rng) -> Vec<u64> {
    let mut counts = vec![0u64; probs.len()];
    let cdf = Cdf::new(probs);
    if !cdf.can_sample() {
        return counts;
    }
    for _ in 0..n.min(MAX_DRAWS) {
        if let Some(c) = counts.get_mut(cdf.sample(rng.next_f64())) {
            *c += 1;
        }
    }
    counts
}

/// Counts of the first `n` draws of a fresh [`Rng`] seeded with `seed`, and the last token drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// `counts[i]`: how many of the draws were token `i`.
    pub counts: Vec<u64>,
    /// The `n`-th draw, if any.
    pub last: Option<usize>,
}

/// Replays draws `1..=n` from `Rng::new(seed)` over `probs`: the same seed and the same `probs`
/// always give the same tally, and the first `n` draws of a longer run are these `n`.
///
/// `n` is capped at [`MAX_DRAWS`]; empty or all-zero input -> all zeros and no last draw.
///
/// ```
/// use softmax_lab::math::tally_draws;
/// let t = tally_draws(&[0.2, 0.8], 500, 42);
/// assert_eq!(t.counts.iter().sum::<u64>(), 500);
/// assert_eq!(t, tally_draws(&[0.2, 0.8], 500, 42));
/// assert!(t.last.is_some());
/// assert_eq!(tally_draws(&[0.2, 0.8], 0, 42).last, None);
/// ```
pub fn tally_draws(probs: &[f64], n: usize, seed: u64) -> Tally {
    let mut counts = vec![0u64; probs.len()];
    let cdf = Cdf::new(probs);
    let mut rng = Rng::new(seed);
    let mut last = None;
    if cdf.can_sample() {
        for _ in 0..n.min(MAX_DRAWS) {
            let i = cdf.sample(rng.next_f64());
            if let Some(c) = counts.get_mut(i) {
                *c += 1;
                last = Some(i);
            }
        }
    }
    Tally { counts, last }
}
