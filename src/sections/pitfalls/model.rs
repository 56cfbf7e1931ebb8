//! What the pitfalls section computes: the loss and gradient with softmax applied once and twice,
//! how the double softmax weakens the push as the right logit grows, sigmoids against softmax,
//! logits read as probabilities, and "temperature" applied after softmax. Pure.

use crate::math;
use crate::text::keys::pitfalls as k;
use crate::text::t;
use crate::tr;

/// The right logit of the weakening chart runs over this range (the other logits stay put).
pub const RIGHT_LOGIT_RANGE: (f64, f64) = (-4.0, 10.0);

/// The loss and the right token's gradient, done right and with softmax applied twice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Twice {
    /// cross_entropy(z, c).
    pub loss: f64,
    /// cross_entropy(softmax(z), c): probabilities fed in as if they were logits.
    pub loss_twice: f64,
    /// dL/dz_c, the right way: p_c - 1.
    pub grad: f64,
    /// The same component when softmax is applied twice.
    pub grad_twice: f64,
}

/// Both ways for logits `z` and target `c` (an out-of-range `c` gives zeros).
///
/// ```
/// use softmax_lab::sections::pitfalls::model::twice;
/// let t = twice(&[3.0, 1.0, 0.0], 1);
/// assert!((t.loss - 2.170).abs() < 5e-4 && (t.loss_twice - 1.387).abs() < 5e-4);
/// assert!((t.grad + 0.886).abs() < 5e-4 && (t.grad_twice + 0.127).abs() < 5e-4);
/// ```
pub fn twice(z: &[f64], c: usize) -> Twice {
    if c >= z.len() {
        return Twice {
            loss: 0.0,
            loss_twice: 0.0,
            grad: 0.0,
            grad_twice: 0.0,
        };
    }
    Twice {
        loss: math::cross_entropy(z, c),
        loss_twice: math::softmax_twice_loss(z, c),
        grad: math::grad_logits(z, c)[c],
        grad_twice: math::softmax_twice_grad(z, c)[c],
    }
}

/// How hard each way pulls the right logit up as it moves over [`RIGHT_LOGIT_RANGE`], the other
/// logits as in `z`: `(z_c, |gradient|, |gradient with softmax twice|)` at `points` places.
pub fn weakening(z: &[f64], c: usize, points: usize) -> Vec<(f64, f64, f64)> {
    let n = points.max(2);
    let (lo, hi) = RIGHT_LOGIT_RANGE;
    (0..n)
        .filter(|_| c < z.len())
        .map(|k| {
            let x = lo + (hi - lo) * k as f64 / (n - 1) as f64;
            let mut zz = z.to_vec();
            zz[c] = x;
            let t = twice(&zz, c);
            (x, t.grad.abs(), t.grad_twice.abs())
        })
        .collect()
}

/// Independent sigmoids of the logits and their sum (each in 0..1; the sum can exceed 1).
///
/// ```
/// use softmax_lab::sections::pitfalls::model::sigmoids;
/// let (s, total) = sigmoids(&[0.0, 2.0]);
/// assert_eq!(s[0], 0.5);
/// assert!((total - 1.3808).abs() < 1e-4);
/// ```
pub fn sigmoids(z: &[f64]) -> (Vec<f64>, f64) {
    let s = math::sigmoid_all(z);
    let total = s.iter().sum();
    (s, total)
}

/// The logits divided by their sum, z_i / sum_j z_j: what "normalising" the raw scores gives.
/// It is not a distribution as soon as a logit is negative (or the sum is near 0).
pub fn plain_share(z: &[f64]) -> Vec<f64> {
    math::plain_normalise(z)
}

/// What is wrong with reading `values` as probabilities, or `None` when they could be read so.
///
/// ```
/// use softmax_lab::sections::pitfalls::model::not_a_distribution;
/// assert!(not_a_distribution(&[2.0, -1.0]).unwrap().contains("negative"));
/// assert_eq!(not_a_distribution(&[0.25, 0.75]), None);
/// ```
pub fn not_a_distribution(values: &[f64]) -> Option<String> {
    let negative = values.iter().filter(|v| **v < 0.0).count();
    let above = values.iter().filter(|v| **v > 1.0).count();
    let sum: f64 = values.iter().sum();
    let mut faults = Vec::new();
    if values.iter().any(|v| !v.is_finite()) {
        faults.push(t(k::FAULT_NOT_FINITE));
    }
    if negative > 0 {
        faults.push(tr!(k::FAULT_NEGATIVE, negative));
    }
    if above > 0 {
        faults.push(tr!(k::FAULT_ABOVE_ONE, above));
    }
    if (sum - 1.0).abs() > 1e-9 {
        faults.push(tr!(k::FAULT_SUM, crate::format::fixed(sum, 3)));
    }
    (!faults.is_empty()).then(|| faults.join(&t(k::FAULT_SEPARATOR)))
}

/// "Temperature" applied the wrong way, to the probabilities: p_i / T renormalised. Dividing
/// every probability by the same T and renormalising gives p back, whatever T is.
///
/// ```
/// use softmax_lab::sections::pitfalls::model::temperature_after;
/// let p = [0.7, 0.2, 0.1];
/// let q = temperature_after(&p, 0.3);
/// assert!(q.iter().zip(&p).all(|(a, b)| (a - b).abs() < 1e-12));
/// ```
pub fn temperature_after(probs: &[f64], t: f64) -> Vec<f64> {
    let scaled: Vec<f64> = probs.iter().map(|p| p / t).collect();
    math::plain_normalise(&scaled)
}

/// The largest change in any probability when the logits are divided by `t`:
/// max_i |softmax(z / t)_i − softmax(z)_i|.
///
/// ```
/// use softmax_lab::sections::pitfalls::model::temperature_change;
/// assert_eq!(temperature_change(&[2.0, 1.0], 1.0), 0.0);
/// assert!((temperature_change(&[2.0, 1.0], 0.5) - 0.1497).abs() < 1e-4);
/// ```
pub fn temperature_change(z: &[f64], t: f64) -> f64 {
    let p = math::softmax(z);
    math::softmax_t(z, t)
        .iter()
        .zip(&p)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max)
}
