//! Property tests for the math module: invariants that must hold for every input, checked on
//! random logits from tiny to +-1e300, and fast paths checked against brute-force references.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

use proptest::prelude::*;
use softmax_lab::math::*;
// Named explicitly: the proptest prelude also exports a `Rng` (the rand trait).
use softmax_lab::math::Rng;

/// Probabilities must sum to 1 this closely.
const SUM_TOL: f64 = 1e-12;
/// Shifting moderate logits changes each probability by at most this (rounding of `z_i - max`).
const SHIFT_TOL: f64 = 1e-12;
/// Central differences at eps = 1e-5 match the analytic gradient this closely.
const FD_TOL: f64 = 1e-6;
/// Slack for entropy's upper bound `ln n` (summation rounding).
const ENTROPY_TOL: f64 = 1e-12;

/// Finite logits of every scale, from unit size to +-1e300.
fn wide_logit() -> impl Strategy<Value = f64> {
    prop_oneof![
        -10.0..10.0f64,
        -1e6..1e6f64,
        -1e300..1e300f64,
        prop::sample::select(vec![0.0, -0.0, 1e300, -1e300, 709.8, -745.2, 88.8]),
    ]
}

fn wide_logits() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(wide_logit(), 1..40)
}

fn moderate_logits() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(-8.0..8.0f64, 1..12)
}

/// A probability vector with deliberate ties and zeros: small integer weights, normalised.
fn tied_probs() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0u32..5, 1..30).prop_map(|w| {
        let total: u32 = w.iter().sum();
        if total == 0 {
            vec![1.0 / w.len() as f64; w.len()]
        } else {
            w.iter().map(|&x| f64::from(x) / f64::from(total)).collect()
        }
    })
}

/// Any temperature the UI or a hostile URL could send.
fn temperature() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.05..5.0f64,
        1e-300..1e-3f64,
        1.0..1e300f64,
        prop::sample::select(vec![0.0, -1.0, f64::NAN, f64::INFINITY, f64::MIN_POSITIVE]),
    ]
}

fn top_p() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0..1.0f64,
        prop::sample::select(vec![0.0, 1.0, -0.5, 1.5, f64::NAN, 0.5, 0.8]),
    ]
}

fn is_distribution(p: &[f64]) -> bool {
    p.iter().all(|x| x.is_finite() && (0.0..=1.0).contains(x))
        && (p.iter().sum::<f64>() - 1.0).abs() <= SUM_TOL
}

/// Brute-force nucleus: sort (ties: lower index first), walk the prefix sums.
fn reference_top_p(probs: &[f64], p: f64) -> Vec<bool> {
    let n = probs.len();
    if p >= 1.0 {
        return vec![true; n];
    }
    let mass = |x: f64| if x > 0.0 { x } else { 0.0 };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| mass(probs[b]).total_cmp(&mass(probs[a])).then(a.cmp(&b)));
    let mut keep = vec![false; n];
    let target = if p.is_nan() {
        0.0
    } else {
        p - CUMULATIVE_SLACK
    };
    let mut total = 0.0;
    for (taken, &i) in order.iter().enumerate() {
        total += mass(probs[i]);
        keep[i] = true;
        if taken == 0 && target <= 0.0 {
            return keep;
        }
        if total >= target {
            return keep;
        }
    }
    vec![true; n]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn softmax_is_a_distribution(z in wide_logits()) {
        prop_assert!(is_distribution(&softmax(&z)), "{:?}", softmax(&z));
    }

    #[test]
    fn softmax_t_is_a_distribution(z in wide_logits(), t in temperature()) {
        let p = softmax_t(&z, t);
        prop_assert!(is_distribution(&p), "T = {t}: {p:?}");
    }

    #[test]
    fn shift_invariance(z in moderate_logits(), c in -100.0..100.0f64) {
        let shifted: Vec<f64> = z.iter().map(|x| x + c).collect();
        for (a, b) in softmax(&z).iter().zip(softmax(&shifted)) {
            prop_assert!((a - b).abs() <= SHIFT_TOL);
        }
    }

    #[test]
    fn logsumexp_bounds(z in wide_logits()) {
        let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let lse = logsumexp(&z);
        prop_assert!(lse >= m);
        prop_assert!(lse <= m + (z.len() as f64).ln() + 1e-9 * m.abs().max(1.0));
    }

    #[test]
    fn log_softmax_is_finite_and_consistent(z in wide_logits()) {
        let ls = log_softmax(&z);
        prop_assert!(ls.iter().all(|l| l.is_finite() && *l <= 0.0));
        for (l, p) in ls.iter().zip(softmax(&z)) {
            prop_assert!((l.exp() - p).abs() <= 1e-12);
        }
    }

    #[test]
    fn cross_entropy_is_neg_log_softmax(z in wide_logits(), pick in any::<prop::sample::Index>()) {
        let c = pick.index(z.len());
        let l = cross_entropy(&z, c);
        prop_assert!(l >= 0.0 && l.is_finite());
        prop_assert_eq!(l, -log_softmax(&z)[c]);
    }

    #[test]
    fn gradient_sums_to_zero(z in wide_logits(), pick in any::<prop::sample::Index>()) {
        let g = grad_logits(&z, pick.index(z.len()));
        prop_assert!(g.iter().all(|x| x.is_finite()));
        prop_assert!(g.iter().sum::<f64>().abs() <= SUM_TOL);
    }

    #[test]
    fn gradient_matches_finite_difference(z in moderate_logits(), pick in any::<prop::sample::Index>()) {
        let c = pick.index(z.len());
        let numeric = finite_difference_grad(&z, c, 1e-5);
        for (a, b) in grad_logits(&z, c).iter().zip(&numeric) {
            prop_assert!((a - b).abs() <= FD_TOL, "{a} vs {b}");
        }
    }

    #[test]
    fn gradient_step_lowers_loss(z in moderate_logits(), pick in any::<prop::sample::Index>()) {
        let c = pick.index(z.len());
        let before = cross_entropy(&z, c);
        let after = cross_entropy(&gradient_step(&z, c, 0.1), c);
        prop_assert!(after <= before + 1e-15);
    }

    #[test]
    fn top_p_is_shortest_qualifying_prefix(probs in tied_probs(), p in top_p()) {
        prop_assert_eq!(top_p_mask(&probs, p), reference_top_p(&probs, p));
    }

    #[test]
    fn top_p_on_softmax_matches_reference(z in wide_logits(), p in top_p()) {
        let probs = softmax(&z);
        let mask = top_p_mask(&probs, p);
        prop_assert_eq!(&mask, &reference_top_p(&probs, p));
        prop_assert!(mask.iter().any(|&k| k));
        prop_assert_eq!(nucleus_size(&probs, p), mask.iter().filter(|&&k| k).count());
    }

    #[test]
    fn top_k_keeps_at_least_k_and_the_best(z in wide_logits(), k in 0usize..50) {
        let mask = top_k_mask(&z, k);
        let kept = mask.iter().filter(|&&b| b).count();
        prop_assert!(kept >= k.min(z.len()));
        if k == 0 {
            prop_assert_eq!(kept, z.len());
        }
        let min_kept = z.iter().zip(&mask).filter(|(_, &m)| m).map(|(x, _)| *x).fold(f64::INFINITY, f64::min);
        let max_removed = z.iter().zip(&mask).filter(|(_, &m)| !m).map(|(x, _)| *x).fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(min_kept >= max_removed);
        // Nothing beyond the ties at the k-th value is kept.
        let mut sorted = z.clone();
        sorted.sort_by(|a, b| b.total_cmp(a));
        if k > 0 && k < z.len() {
            let kth = sorted[k - 1];
            prop_assert_eq!(kept, z.iter().filter(|&&x| x >= kth).count());
        }
    }

    #[test]
    fn top_n_indices_is_sorted_prefix(z in wide_logits(), n in 0usize..50) {
        let mut order: Vec<usize> = (0..z.len()).collect();
        order.sort_by(|&a, &b| z[b].total_cmp(&z[a]).then(a.cmp(&b)));
        let expected: Vec<usize> = order.into_iter().take(n).collect();
        // -0.0 and 0.0 tie in top_n_indices but not in total_cmp: compare values, then indices.
        let got = top_n_indices(&z, n);
        prop_assert_eq!(got.len(), expected.len());
        for (g, e) in got.iter().zip(&expected) {
            prop_assert_eq!(z[*g], z[*e]);
        }
    }

    #[test]
    fn sampling_distribution_zero_exactly_where_masked(
        z in wide_logits(), t in temperature(), k in 0usize..10, p in top_p()
    ) {
        let s = sampling_pipeline(&z, t, k, p, 0.0);
        prop_assert!(is_distribution(&s.probs), "{:?}", s.probs);
        prop_assert_eq!(&s.probs, &sampling_distribution(&z, t, k, p, 0.0));
        for ((&by_k, &by_p), &q) in s.kept_by_top_k.iter().zip(&s.kept_by_top_p).zip(&s.probs) {
            prop_assert!(by_k || !by_p);
            if !by_p {
                prop_assert_eq!(q, 0.0);
            }
        }
        let llama = sampling_distribution_temperature_last(&z, t, k, p, 0.0);
        prop_assert!(is_distribution(&llama));
        for (&by_k, &q) in s.kept_by_top_k.iter().zip(&llama) {
            if !by_k {
                prop_assert_eq!(q, 0.0);
            }
        }
    }

    #[test]
    fn sampling_distribution_positive_where_kept(
        z in moderate_logits(), t in 0.2..5.0f64, k in 0usize..10, p in top_p()
    ) {
        let s = sampling_pipeline(&z, t, k, p, 0.0);
        for (&q, &kept) in s.probs.iter().zip(&s.kept_by_top_p) {
            prop_assert_eq!(q > 0.0, kept);
        }
    }

    #[test]
    fn entropy_between_zero_and_ln_n(z in wide_logits(), t in temperature()) {
        let p = softmax_t(&z, t);
        let h = entropy(&p);
        prop_assert!(h >= 0.0);
        prop_assert!(h <= (p.len() as f64).ln() + ENTROPY_TOL);
        let e = effective_choices(&p);
        prop_assert!((1.0..=p.len() as f64 + 1e-9).contains(&e));
    }

    #[test]
    fn same_seed_same_draws(seed in any::<u64>(), z in moderate_logits(), n in 0usize..300) {
        let p = softmax(&z);
        prop_assert_eq!(draw_samples(&p, n, &mut Rng::new(seed)), draw_samples(&p, n, &mut Rng::new(seed)));
        let counts = draw_counts(&p, n, &mut Rng::new(seed));
        prop_assert_eq!(counts.iter().sum::<u64>(), n as u64);
        let mut a = Rng::new(seed);
        let mut b = Rng::new(seed);
        for _ in 0..10 {
            prop_assert_eq!(a.normal().to_bits(), b.normal().to_bits());
        }
    }

    #[test]
    fn sample_index_never_picks_zero_probability(probs in tied_probs(), u in prop_oneof![0.0..1.0f64, Just(0.0), Just(1.0), Just(f64::NAN), -1.0..2.0f64]) {
        let i = sample_index(&probs, u);
        prop_assert!(i < probs.len());
        prop_assert!(probs[i] > 0.0, "u = {u} picked {i} of {probs:?}");
    }

    #[test]
    fn sampled_distribution_draws_only_kept_tokens(z in wide_logits(), seed in any::<u64>(), k in 0usize..5, p in top_p()) {
        let q = sampling_distribution(&z, 0.8, k, p, 0.0);
        let counts = draw_counts(&q, 200, &mut Rng::new(seed));
        for (c, qi) in counts.iter().zip(&q) {
            if *qi == 0.0 {
                prop_assert_eq!(*c, 0);
            }
        }
    }

    #[test]
    fn attention_rows_are_distributions(
        rows in prop::collection::vec(prop::collection::vec(wide_logit(), 1..7), 1..7),
        d_k in prop_oneof![1.0..512.0f64, Just(0.0), Just(f64::NAN)],
        scale in any::<bool>(),
        mask in prop::sample::select(vec![MaskMode::None, MaskMode::Zero, MaskMode::NegInf]),
    ) {
        let w = attention_weights(&rows, d_k, scale, mask);
        for (i, row) in w.iter().enumerate() {
            prop_assert!(is_distribution(row), "{row:?}");
            if mask == MaskMode::NegInf {
                prop_assert!(row.iter().skip(i + 1).all(|&x| x == 0.0));
            }
        }
    }

    #[test]
    fn squared_error_gradient_matches_finite_difference(z in moderate_logits(), pick in any::<prop::sample::Index>()) {
        let c = pick.index(z.len());
        let g = squared_error_grad_logits(&z, c);
        let eps = 1e-5;
        for i in 0..z.len() {
            let (mut up, mut down) = (z.clone(), z.clone());
            up[i] += eps;
            down[i] -= eps;
            let num = (squared_error(&softmax(&up), c) - squared_error(&softmax(&down), c)) / (2.0 * eps);
            prop_assert!((num - g[i]).abs() <= FD_TOL);
        }
    }

    #[test]
    fn sigmoid_is_stable(x in wide_logit()) {
        let s = sigmoid(x);
        prop_assert!((0.0..=1.0).contains(&s));
        prop_assert!((s + sigmoid(-x) - 1.0).abs() <= 1e-15);
    }

    #[test]
    fn min_p_keeps_the_top_token_and_keeps_fewer_as_it_rises(
        z in moderate_logits(), t in 0.05..5.0f64, p in top_p(), m in 0.0..1.0f64, dm in 0.0..0.5f64
    ) {
        let s = sampling_pipeline(&z, t, 0, p, m);
        prop_assert!(is_distribution(&s.probs), "{:?}", s.probs);
        let top = (0..z.len()).max_by(|&a, &b| s.before_top_p[a].total_cmp(&s.before_top_p[b]).then(b.cmp(&a))).unwrap();
        prop_assert!(s.kept_by_min_p[top]);
        let count = |k: &[bool]| k.iter().filter(|&&x| x).count();
        let higher = sampling_pipeline(&z, t, 0, p, m + dm);
        prop_assert!(count(&higher.kept_by_min_p) <= count(&s.kept_by_min_p));
        // Every kept token is at least min-p times the top one, in the distribution sampled.
        let max = s.probs.iter().copied().fold(0.0, f64::max);
        for (&q, &kept) in s.probs.iter().zip(&s.kept_by_min_p) {
            prop_assert!(!kept || q >= m * max * (1.0 - 1e-12));
            prop_assert!(kept || q == 0.0);
        }
        let ranked = RankedVocab::new(&z).view(t, 0, p, m, z.len(), &[]);
        prop_assert_eq!(ranked.kept, count(&s.kept_by_min_p));
    }

    #[test]
    fn ranked_view_matches_the_pipeline(z in moderate_logits(), t in 0.05..5.0f64, k in 0usize..14, p in top_p()) {
        let stages = sampling_pipeline(&z, t, k, p, 0.0);
        let ranked = RankedVocab::new(&z);
        let view = ranked.view(t, k, p, 0.0, z.len(), &[]);
        prop_assert_eq!(view.kept, stages.probs.iter().filter(|&&q| q > 0.0).count());
        for tok in &view.top {
            prop_assert!((tok.sampled - stages.probs[tok.id as usize]).abs() <= 1e-12);
            prop_assert!((tok.scaled - stages.before_top_p[tok.id as usize]).abs() <= 1e-12);
        }
        prop_assert!((view.entropy - entropy(&stages.probs)).abs() <= 1e-9);
        prop_assert!(view.other_sampled == 0.0 && view.other_scaled.abs() <= 1e-12);
    }

    #[test]
    fn smoothed_loss_never_falls_below_the_entropy_of_its_target(
        z in moderate_logits(), pick in any::<prop::sample::Index>(), e in 0.0..1.0f64
    ) {
        let c = pick.index(z.len());
        let y = smoothed_target(z.len(), c, e);
        prop_assert!((y.iter().sum::<f64>() - 1.0).abs() <= SUM_TOL);
        prop_assert!(y[c] >= y.iter().copied().fold(0.0, f64::max) - 1e-15);
        // Gibbs' inequality: H(y, p) >= H(y), equal only at p = y.
        prop_assert!(soft_cross_entropy(&z, &y) >= entropy(&y) - 1e-12);
    }

    #[test]
    fn distillation_is_a_nonnegative_divergence_with_a_t_sized_gradient(
        teacher in moderate_logits(), t in 1.0..20.0f64
    ) {
        let student = vec![0.0; teacher.len()];
        prop_assert!(softened_kl(&teacher, &student, t) >= 0.0);
        prop_assert!(softened_kl(&teacher, &teacher, t) <= 1e-12);
        let g = distillation_grad(&teacher, &student, t);
        // The gradient of T^2 KL sums to 0 (a softmax gradient) and matches central differences.
        prop_assert!(g.iter().sum::<f64>().abs() <= 1e-12);
        let h = 1e-5;
        for i in 0..teacher.len() {
            let (mut up, mut down) = (student.clone(), student.clone());
            up[i] += h;
            down[i] -= h;
            let numeric = (distillation_loss(&teacher, &up, t) - distillation_loss(&teacher, &down, t)) / (2.0 * h);
            prop_assert!((numeric - g[i]).abs() <= 1e-5 * (1.0 + g[i].abs()), "{} vs {}", numeric, g[i]);
        }
    }
}

proptest! {
    /// The page's own scientific notation writes what Rust's `{:.d$e}` writes, but for the last
    /// digit of a tie the two may round apart: same exponent then, mantissas one unit apart.
    #[test]
    fn exponent_form_matches_rust(sign in prop::bool::ANY, exp in -305.0..300.0f64, frac in 0.0..1.0f64, d in 0usize..7) {
        let x = if sign { -1.0 } else { 1.0 } * 10f64.powf(exp + frac);
        let ours = softmax_lab::format::exponent_form(x, d);
        let rust = format!("{x:.d$e}");
        if ours != rust {
            let (m1, e1) = ours.split_once('e').unwrap();
            let (m2, e2) = rust.split_once('e').unwrap();
            prop_assert_eq!(e1, e2, "{} vs {}", ours, rust);
            let gap = (m1.parse::<f64>().unwrap() - m2.parse::<f64>().unwrap()).abs();
            prop_assert!(gap <= 1.0001 * 10f64.powi(-(d as i32)), "{} vs {}", ours, rust);
        }
        let m: f64 = ours.split_once('e').unwrap().0.parse().unwrap();
        prop_assert!((1.0..10.0).contains(&m.abs()), "{}", ours);
    }
}
