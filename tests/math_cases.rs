//! The worked numbers of LESSON.md, section by section, plus hand-checked edge cases.

use softmax_lab::math::*;
use softmax_lab::sections::training::model::corpus;

/// LESSON facts are printed to 3 decimals.
const FACT_TOL: f64 = 5e-4;
/// The squared-error comparison in section 4 is printed to 4 decimals.
const FACT4_TOL: f64 = 5e-5;
/// Probabilities must sum to 1 this closely.
const SUM_TOL: f64 = 1e-12;
/// Finite differences at eps = 1e-5 agree with the analytic gradient this closely (LESSON 4).
const FD_TOL: f64 = 1e-6;
/// Loose equality for values computed two ways in floating point.
const CALC_TOL: f64 = 1e-12;

/// The running example: refund, reship, escalate.
const SUPPORT: [f64; 3] = [3.0, 1.0, 0.0];
const RESHIP: usize = 1;

fn assert_close(actual: &[f64], expected: &[f64], tol: f64) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(
            (a - e).abs() <= tol,
            "{actual:?} vs {expected:?} (tol {tol})"
        );
    }
}

fn assert_distribution(p: &[f64]) {
    assert!(
        p.iter().all(|x| x.is_finite() && (0.0..=1.0).contains(x)),
        "{p:?}"
    );
    assert!((p.iter().sum::<f64>() - 1.0).abs() <= SUM_TOL, "{p:?}");
}

// ---- Section 1: logits and softmax ----

#[test]
// 2.718 is the lesson's printed e^1, a fact to check, not a stand-in for the constant E.
#[allow(clippy::approx_constant)]
fn s1_exponentials_sum_and_probabilities() {
    let z = [2.0, 1.0, 0.5, -1.0];
    let e = exp_terms(&z);
    assert_close(&e, &[7.389, 2.718, 1.649, 0.368], FACT_TOL);
    assert!((e.iter().sum::<f64>() - 12.124).abs() <= FACT_TOL);
    let p = softmax(&z);
    assert_close(&p, &[0.609, 0.224, 0.136, 0.030], FACT_TOL);
    assert_distribution(&p);
    let by_hand: Vec<f64> = e.iter().map(|x| x / e.iter().sum::<f64>()).collect();
    assert_close(&p, &by_hand, CALC_TOL);
}

#[test]
fn s1_shifted_terms_normalise_to_softmax() {
    let z = [2.0, 1.0, 0.5, -1.0];
    let s = shifted_exp_terms(&z);
    assert_eq!(s[0], 1.0);
    let sum: f64 = s.iter().sum();
    let p: Vec<f64> = s.iter().map(|x| x / sum).collect();
    assert_close(&p, &softmax(&z), CALC_TOL);
}

#[test]
fn s1_shift_invariance_and_presets() {
    let z = [2.0, 1.0, 0.5, -1.0];
    let shifted: Vec<f64> = z.iter().map(|x| x + 5.0).collect();
    assert_close(&softmax(&shifted), &softmax(&z), CALC_TOL);
    assert_close(&softmax(&[1.5; 4]), &[0.25; 4], CALC_TOL);
    let tied = softmax(&[3.0, 3.0, 0.0]);
    assert_eq!(tied[0], tied[1]);
}

#[test]
fn s1_exponential_ratio() {
    // A logit gap of 2 is a probability ratio of e^2 ~ 7.39.
    let p = softmax(&[3.0, 1.0]);
    assert!((p[0] / p[1] - 7.389).abs() <= FACT_TOL);
}

// ---- Section 2: temperature, top-k, top-p, sampling ----

#[test]
fn s2_temperatures_on_support_example() {
    assert_close(&softmax_t(&SUPPORT, 0.5), &[0.980, 0.018, 0.002], FACT_TOL);
    assert_close(&softmax_t(&SUPPORT, 1.0), &[0.844, 0.114, 0.042], FACT_TOL);
    assert_close(&softmax_t(&SUPPORT, 2.0), &[0.629, 0.231, 0.140], FACT_TOL);
    assert_eq!(softmax_t(&SUPPORT, 1.0), softmax(&SUPPORT));
}

#[test]
fn s2_top_p_keeps_exactly_first_two() {
    let probs = [0.5, 0.3, 0.1, 0.1];
    assert_eq!(top_p_mask(&probs, 0.8), vec![true, true, false, false]);
    assert_eq!(nucleus_size(&probs, 0.8), 2);
}

#[test]
fn s2_temperature_divides_logits_not_probabilities() {
    assert_eq!(apply_temperature(&SUPPORT, 2.0), vec![1.5, 0.5, 0.0]);
    assert_close(
        &softmax(&apply_temperature(&SUPPORT, 2.0)),
        &softmax_t(&SUPPORT, 2.0),
        CALC_TOL,
    );
}

#[test]
fn s2_pipeline_orders_differ() {
    // HF order lets T = 2 widen the nucleus; llama.cpp picks the nucleus at T = 1 first.
    let hf = sampling_distribution(&SUPPORT, 2.0, 0, 0.9, 0.0);
    let llama = sampling_distribution_temperature_last(&SUPPORT, 2.0, 0, 0.9, 0.0);
    assert!(hf[2] > 0.0);
    assert_eq!(llama[2], 0.0);
    assert_distribution(&hf);
    assert_distribution(&llama);
    let t2 = softmax_t(&SUPPORT[..2], 2.0);
    assert_close(&llama[..2], &t2, CALC_TOL);
}

#[test]
fn s2_pipeline_stages_and_renormalisation() {
    let z = [3.0, 1.0, 0.0, -2.0];
    let s = sampling_pipeline(&z, 1.0, 3, 0.9, 0.0);
    assert_eq!(s.kept_by_top_k, vec![true, true, true, false]);
    assert_eq!(s.before_top_p[3], 0.0);
    assert_close(&s.before_top_p[..3], &softmax(&z[..3]), CALC_TOL);
    assert_eq!(s.kept_by_top_p, vec![true, true, false, false]);
    let mass = s.before_top_p[0] + s.before_top_p[1];
    assert_close(
        &s.probs,
        &[s.before_top_p[0] / mass, s.before_top_p[1] / mass, 0.0, 0.0],
        CALC_TOL,
    );
    assert_eq!(sampling_distribution(&z, 1.0, 3, 0.9, 0.0), s.probs);
}

#[test]
fn s2_min_p_lesson_fact_keeps_the_two_above_a_quarter_of_the_top() {
    // LESSON: p = [0.5, 0.3, 0.1, 0.1], min-p 0.25: threshold 0.125 keeps {0.5, 0.3}.
    assert_eq!(
        min_p_mask(&[0.5, 0.3, 0.1, 0.1], 0.25),
        vec![true, true, false, false]
    );
    // Exactly on the bar is kept (>=), as Hugging Face removes only what is below it.
    assert_eq!(
        min_p_mask(&[0.5, 0.125, 0.1], 0.25),
        vec![true, true, false]
    );
    // Off, or above 1: everything, or the top token and its ties only.
    assert_eq!(min_p_mask(&[0.5, 0.3], f64::NAN), vec![true, true]);
    assert_eq!(min_p_mask(&[0.4, 0.4, 0.2], 5.0), vec![true, true, false]);
    assert!(min_p_mask(&[], 0.5).is_empty());
}

#[test]
fn s2_min_p_in_the_pipeline_against_a_hand_computation() {
    // Logits the lesson never shows; T = 0.8, top-p 0.95, min-p 0.3, worked out here.
    let z = [2.0, 1.5, 0.2, -0.4, 1.9];
    let e: Vec<f64> = z.iter().map(|x: &f64| (x / 0.8).exp()).collect();
    let total: f64 = e.iter().sum();
    let p: Vec<f64> = e.iter().map(|x| x / total).collect();
    // Descending: 2.0, 1.9, 1.5, 0.2, -0.4; the running total reaches 0.95 at the fourth token.
    let order = [0, 4, 1, 2, 3];
    let mut run = 0.0;
    let nucleus = order
        .iter()
        .position(|&i| {
            run += p[i];
            run >= 0.95
        })
        .unwrap()
        + 1;
    let in_nucleus: Vec<usize> = order[..nucleus].to_vec();
    let mass: f64 = in_nucleus.iter().map(|&i| p[i]).sum();
    let bar = 0.3 * p[0] / mass;
    let kept: Vec<usize> = in_nucleus
        .iter()
        .copied()
        .filter(|&i| p[i] / mass >= bar)
        .collect();
    let kept_mass: f64 = kept.iter().map(|&i| p[i]).sum();
    let expected: Vec<f64> = (0..5)
        .map(|i| {
            if kept.contains(&i) {
                p[i] / kept_mass
            } else {
                0.0
            }
        })
        .collect();
    let s = sampling_pipeline(&z, 0.8, 0, 0.95, 0.3);
    assert_close(&s.probs, &expected, CALC_TOL);
    assert_eq!(kept.len(), 3, "2.0, 1.9 and 1.5 pass min-p; 0.2 does not");
    assert_eq!(s.kept_by_top_p.iter().filter(|&&k| k).count(), 4);
    assert_eq!(s.kept_by_min_p, vec![true, true, false, false, true]);
    // llama.cpp's chain chooses the same tokens on T = 1, then applies T to those alone.
    let last = sampling_distribution_temperature_last(&z, 0.8, 0, 0.95, 0.3);
    let chosen = sampling_pipeline(&z, 1.0, 0, 0.95, 0.3).kept_by_min_p;
    let w: Vec<f64> = (0..5).map(|i| if chosen[i] { e[i] } else { 0.0 }).collect();
    let w_total: f64 = w.iter().sum();
    let by_hand: Vec<f64> = w.iter().map(|x| x / w_total).collect();
    assert_close(&last, &by_hand, CALC_TOL);
}

#[test]
fn s2_pipeline_off_is_plain_softmax() {
    assert_close(
        &sampling_distribution(&SUPPORT, 0.7, 0, 1.0, 0.0),
        &softmax_t(&SUPPORT, 0.7),
        CALC_TOL,
    );
}

#[test]
fn s2_readouts() {
    let p = softmax(&SUPPORT);
    let h = entropy(&p);
    assert!((entropy_bits(&p) - h / std::f64::consts::LN_2).abs() < CALC_TOL);
    assert!((effective_choices(&p) - h.exp()).abs() < CALC_TOL);
    assert!(effective_choices(&p) > 1.0 && effective_choices(&p) < 3.0);
    assert!((entropy(&[0.25; 4]) - 4f64.ln()).abs() < CALC_TOL);
    assert_eq!(entropy(&[0.0, 1.0, 0.0]), 0.0);
}

#[test]
fn s2_sampling_is_seeded_and_converges() {
    let p = softmax(&SUPPORT);
    let a = draw_counts(&p, 1000, &mut Rng::new(2024));
    let b = draw_counts(&p, 1000, &mut Rng::new(2024));
    assert_eq!(a, b);
    assert_eq!(a.iter().sum::<u64>(), 1000);
    let samples = draw_samples(&p, 1000, &mut Rng::new(2024));
    for (i, &c) in a.iter().enumerate() {
        assert_eq!(c, samples.iter().filter(|&&s| s == i).count() as u64);
    }
    let big = draw_counts(&p, 100_000, &mut Rng::new(1));
    for (c, q) in big.iter().zip(&p) {
        assert!((*c as f64 / 100_000.0 - q).abs() < 0.01);
    }
}

#[test]
fn s2_rng_known_values() {
    // SplitMix64 reference outputs for seed 0: the same on every platform.
    let mut r = Rng::new(0);
    assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    assert_eq!(r.next_u64(), 0x06C4_5D18_8009_454F);
}

// ---- Section 3: cross-entropy ----

#[test]
fn s3_neg_log_and_perplexity_table() {
    let table = [
        (1.0, 0.0),
        (0.9, 0.105),
        (0.609, 0.496),
        (0.5, 0.693),
        (0.25, 1.386),
        (0.1, 2.303),
        (0.03, 3.507),
        (0.01, 4.605),
    ];
    for (p, loss) in table {
        assert!((neg_log(p) - loss).abs() <= FACT_TOL, "p = {p}");
        assert!((perplexity(neg_log(p)) - 1.0 / p).abs() < 1e-9);
        assert!((perplexity_of_prob(p) - 1.0 / p).abs() < 1e-9);
    }
    assert!((perplexity_of_prob(0.5) - 2.0).abs() < CALC_TOL);
    assert!((perplexity_of_prob(0.01) - 100.0).abs() < 1e-9);
    assert!((perplexity(neg_log(0.01)) - 100.0).abs() <= FACT_TOL);
}

#[test]
fn s3_one_hot_view() {
    let probs = [0.1, 0.6, 0.2, 0.1];
    let y = one_hot(4, 1);
    assert_eq!(y, vec![0.0, 1.0, 0.0, 0.0]);
    let terms = cross_entropy_terms(&probs, &y);
    assert_eq!(terms[0], 0.0);
    assert_eq!(terms[2], 0.0);
    assert!((terms[1] + 0.6f64.ln()).abs() < CALC_TOL);
    assert!((cross_entropy_soft(&probs, &y) - cross_entropy_probs(&probs, 1)).abs() < CALC_TOL);
}

#[test]
fn s3_scenarios() {
    let confident_right = cross_entropy_probs(&[0.9, 0.05, 0.03, 0.02], 0);
    let uncertain = cross_entropy_probs(&[0.25; 4], 0);
    let confident_wrong = cross_entropy_probs(&[0.9, 0.05, 0.03, 0.02], 1);
    assert!((confident_right - 0.105).abs() <= FACT_TOL);
    assert!((uncertain - 1.386).abs() <= FACT_TOL);
    assert!(confident_wrong > uncertain && uncertain > confident_right);
}

// ---- Section 4: gradients and one training step ----

#[test]
fn s4_loss_and_gradient() {
    assert!((cross_entropy(&SUPPORT, RESHIP) - 2.170).abs() <= FACT_TOL);
    assert!(
        (cross_entropy(&SUPPORT, RESHIP) - (logsumexp(&SUPPORT) - SUPPORT[RESHIP])).abs()
            < CALC_TOL
    );
    let g = grad_logits(&SUPPORT, RESHIP);
    assert_close(&g, &[0.844, -0.886, 0.042], FACT_TOL);
    assert!(g.iter().sum::<f64>().abs() < CALC_TOL);
}

#[test]
fn s4_one_step_at_lr_half() {
    let z = gradient_step(&SUPPORT, RESHIP, 0.5);
    assert!((softmax(&SUPPORT)[RESHIP] - 0.114).abs() <= FACT_TOL);
    assert!((softmax(&z)[RESHIP] - 0.230).abs() <= FACT_TOL);
    assert!((cross_entropy(&z, RESHIP) - 1.469).abs() <= FACT_TOL);
}

#[test]
fn s4_repeated_steps_lower_the_loss() {
    let mut z = SUPPORT.to_vec();
    let mut last = cross_entropy(&z, RESHIP);
    for _ in 0..20 {
        z = gradient_step(&z, RESHIP, 0.5);
        let now = cross_entropy(&z, RESHIP);
        assert!(now < last);
        last = now;
    }
}

#[test]
fn s4_finite_difference_agrees_then_drifts() {
    let analytic = grad_logits(&SUPPORT, RESHIP);
    assert_close(
        &finite_difference_grad(&SUPPORT, RESHIP, 1e-5),
        &analytic,
        FD_TOL,
    );
    let max_err = |eps: f64| {
        finite_difference_grad(&SUPPORT, RESHIP, eps)
            .iter()
            .zip(&analytic)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max)
    };
    assert!(max_err(1.0) > 1e-3, "truncation error at large eps");
    assert!(max_err(1e-13) > max_err(1e-5), "rounding error at tiny eps");
    assert_eq!(finite_difference_grad(&SUPPORT, RESHIP, 0.0), vec![0.0; 3]);
}

#[test]
fn s4_squared_error_vs_cross_entropy() {
    let z = [8.0, 0.0, 0.0];
    assert_close(&softmax(&z), &[0.9993, 0.0003, 0.0003], FACT4_TOL);
    assert_close(
        &grad_logits(&z, RESHIP),
        &[0.9993, -0.9997, 0.0003],
        FACT4_TOL,
    );
    let se = squared_error_grad_logits(&z, RESHIP);
    assert_close(&se, &[0.0010, -0.0007, -0.0003], FACT4_TOL);
    // It is the gradient of squared_error(softmax(z)): check by central differences.
    let eps = 1e-6;
    for i in 0..3 {
        let (mut up, mut down) = (z, z);
        up[i] += eps;
        down[i] -= eps;
        let num = (squared_error(&softmax(&up), RESHIP) - squared_error(&softmax(&down), RESHIP))
            / (2.0 * eps);
        assert!((num - se[i]).abs() < 1e-8, "{i}: {num} vs {}", se[i]);
    }
    // As the wrong logit grows, the squared-error signal vanishes; cross-entropy's does not.
    let big = [20.0, 0.0, 0.0];
    assert!(squared_error_grad_logits(&big, RESHIP)[RESHIP].abs() < 1e-8);
    assert!((grad_logits(&big, RESHIP)[RESHIP] + 1.0).abs() < 1e-8);
}

// ---- Section 5: training loop and per-position loss ----

#[test]
fn s5_per_position_losses() {
    let rows = vec![SUPPORT.to_vec(), vec![0.5, 0.0, 2.0]];
    let targets = [1, 2];
    assert_close(&row_losses(&rows, &targets), &[2.170, 0.306], FACT_TOL);
    assert!((mean_cross_entropy(&rows, &targets) - 1.238).abs() <= FACT_TOL);
    // Fine-tuning toggle: loss on the second (answer) position only.
    let losses = row_losses(&rows, &targets);
    assert_eq!(masked_mean(&losses, &[false, true]), losses[1]);
}

#[test]
fn s5_bigram_starts_uniform_and_learns() {
    let mut m = BigramModel::new(&corpus(), 7, 30);
    let v = m.vocab().len() as f64;
    assert!((m.train_loss() - v.ln()).abs() < CALC_TOL);
    assert!((m.val_loss() - v.ln()).abs() < CALC_TOL);
    let curve = m.train(2.0, 100);
    for w in curve.windows(2) {
        assert!(w[1].0 < w[0].0, "training loss must fall every step");
    }
    assert!(
        curve[99].1 < v.ln(),
        "validation improves at first with 30 sentences"
    );
}

#[test]
fn s5_bigram_overfits_small_training_set() {
    let mut m = BigramModel::new(&corpus(), 1, 5);
    let curve = m.train(2.0, 600);
    for w in curve.windows(2) {
        assert!(w[1].0 < w[0].0, "training loss must keep falling");
    }
    let (best_step, best_val) = curve.iter().enumerate().fold(
        (0, f64::INFINITY),
        |best, (i, &(_, v))| {
            if v < best.1 {
                (i, v)
            } else {
                best
            }
        },
    );
    let (final_train, final_val) = curve[curve.len() - 1];
    assert!(
        best_step > 0 && best_step < 300,
        "validation turns up (min at {best_step})"
    );
    assert!(
        final_val > best_val + 0.5,
        "validation rose: {best_val} -> {final_val}"
    );
    assert!(final_train < 1.0 && final_val > final_train + 2.0);
}

#[test]
fn s5_bigram_is_deterministic_and_splits_by_sentence() {
    let mut a = BigramModel::new(&corpus(), 42, 10);
    let mut b = BigramModel::new(&corpus(), 42, 10);
    assert_eq!(a.train(3.0, 50), b.train(3.0, 50));
    let small = BigramModel::new(&corpus(), 42, 5);
    let full = BigramModel::new(&corpus(), 42, 30);
    assert_eq!(small.val_sentences(), full.val_sentences());
    assert_eq!(small.train_sentences(), &full.train_sentences()[..5]);
    assert_eq!(full.train_sentences().len(), MAX_TRAIN_SENTENCES);
    let mut all: Vec<usize> = full
        .train_sentences()
        .iter()
        .chain(full.val_sentences())
        .copied()
        .collect();
    all.sort_unstable();
    assert_eq!(all, (0..CORPUS_SENTENCES).collect::<Vec<_>>());
    assert_ne!(
        BigramModel::new(&corpus(), 43, 10).val_sentences(),
        a.val_sentences()
    );
}

#[test]
fn s5_bigram_views() {
    let mut m = BigramModel::new(&corpus(), 0, 30);
    m.train(2.0, 300);
    let ids = m.vocab().encode("The cat sat on the mat.");
    let losses = m.sequence_losses(&ids);
    assert_eq!(losses.len(), ids.len() - 1);
    assert!(losses.iter().all(|l| l.is_finite() && *l >= 0.0));
    let the = m.vocab().id("the").unwrap_or(usize::MAX);
    assert_distribution(&m.next_token_probs(the, 1.0));
    assert!(m.next_token_probs(usize::MAX, 1.0).is_empty());
    let s1 = m.generate(&mut Rng::new(5), 1.0, 30);
    assert_eq!(s1, m.generate(&mut Rng::new(5), 1.0, 30));
    assert!(!s1.contains(&0));
    assert!(m.generate(&mut Rng::new(5), 1.0, 0).is_empty());
    m.step(f64::INFINITY);
    assert!(m.train_loss().is_finite());
}

#[test]
fn s5_corpus_and_tokenizer() {
    // The lesson's English training text (natively the English text is built in).
    let corpus = corpus();
    let sentences: Vec<&str> = corpus.iter().map(String::as_str).collect();
    assert_eq!(sentences.len(), 40);
    assert!(sentences.iter().all(|s| s.ends_with('.')));
    let vocab = Vocab::from_sentences(&sentences);
    assert!(
        vocab.len() >= 20 && vocab.len() <= 80,
        "V = {}",
        vocab.len()
    );
    assert_eq!(tokenize("The cat, sat!"), vec!["the", "cat", "sat", "."]);
    assert_eq!(tokenize(""), vec!["."]);
    assert_eq!(tokenize("..."), vec!["."]);
    assert_eq!(vocab.encode("zebra"), vec![0, 1]);
}

// ---- Section 6: numerical stability ----

#[test]
fn s6_large_logits_stable_vs_naive() {
    let z = [1000.0, 998.0, 997.0];
    assert_close(&softmax(&z), &[0.844, 0.114, 0.042], FACT_TOL);
    assert!(naive_softmax_f64(&z).iter().any(|p| !p.is_finite()));
    assert!(naive_softmax_f32(&z).iter().any(|p| !p.is_finite()));
}

#[test]
fn s6_overflow_thresholds() {
    assert!((LN_F64_MAX - f64::MAX.ln()).abs() < CALC_TOL);
    assert!((LN_F32_MAX - f64::from(f32::MAX).ln()).abs() < 1e-9);
    assert!((LN_F64_MAX - 709.78).abs() < 5e-3);
    assert!((LN_F32_MAX - 88.72).abs() < 5e-3);
    let base = [0.0, -1.0];
    let at = |c: f64| -> Vec<f64> { base.iter().map(|z| z + c).collect() };
    assert!(naive_softmax_f64(&at(709.0)).iter().all(|p| p.is_finite()));
    assert!(naive_softmax_f64(&at(710.0)).iter().any(|p| !p.is_finite()));
    assert!(naive_softmax_f32(&at(88.0)).iter().all(|p| p.is_finite()));
    assert!(naive_softmax_f32(&at(89.0)).iter().any(|p| !p.is_finite()));
    assert_eq!(
        naive_softmax(&at(89.0), Precision::F64),
        naive_softmax_f64(&at(89.0))
    );
    assert!((overflow_offset(&base, Precision::F64) - LN_F64_MAX).abs() < CALC_TOL);
    assert!((overflow_offset(&base, Precision::F32) - LN_F32_MAX).abs() < CALC_TOL);
    // The stable softmax does not move at any offset.
    for c in [0.0, 100.0, 709.0, 710.0, 1000.0] {
        assert_close(&softmax(&at(c)), &softmax(&base), 1e-12);
    }
}

#[test]
fn s6_log_softmax_vs_naive_neg_log() {
    let z = [0.0, -800.0];
    assert_eq!(naive_neg_log_softmax(&z)[1], f64::INFINITY);
    assert_eq!(neg_log_softmax(&z)[1], 800.0);
    assert_eq!(log_softmax(&z)[1], -800.0);
    assert_eq!(cross_entropy(&z, 1), 800.0);
    assert!((logsumexp(&[1000.0, 1000.0]) - (1000.0 + 2f64.ln())).abs() < 1e-9);
    let ls = log_softmax(&SUPPORT);
    assert_close(
        &ls.iter().map(|l| l.exp()).collect::<Vec<_>>(),
        &softmax(&SUPPORT),
        CALC_TOL,
    );
}

// ---- Section 7: attention ----

fn scores() -> Vec<Vec<f64>> {
    vec![
        vec![1.0, 0.5, -0.3, 2.0, 0.1],
        vec![0.2, 1.5, 0.7, -1.0, 0.4],
        vec![-0.5, 0.3, 1.2, 0.8, 2.2],
        vec![1.1, -0.2, 0.6, 0.9, -1.3],
        vec![0.0, 0.4, -0.8, 1.7, 0.5],
    ]
}

#[test]
fn s7_rows_sum_to_one() {
    for mask in [MaskMode::None, MaskMode::Zero, MaskMode::NegInf] {
        for scale in [false, true] {
            for row in attention_weights(&scores(), 16.0, scale, mask) {
                assert_distribution(&row);
            }
        }
    }
}

#[test]
fn s7_neg_inf_mask_gives_exactly_zero_future_weight() {
    let w = attention_weights(&scores(), 4.0, true, MaskMode::NegInf);
    for (i, row) in w.iter().enumerate() {
        assert!(row[i + 1..].iter().all(|&x| x == 0.0), "row {i}: {row:?}");
    }
    assert_eq!(w[0][0], 1.0);
    assert_eq!(future_weight(&w), vec![0.0; 5]);
    // Even a row whose visible scores are all -inf keeps the future at exactly 0.
    let dead = vec![vec![f64::NEG_INFINITY, 5.0], vec![1.0, 2.0]];
    assert_eq!(
        attention_weights(&dead, 1.0, false, MaskMode::NegInf)[0],
        vec![1.0, 0.0]
    );
}

#[test]
fn s7_zero_mask_leaks() {
    let w = attention_weights(&scores(), 4.0, true, MaskMode::Zero);
    let leak = future_weight(&w);
    assert!(leak[..4].iter().all(|&x| x > 0.01), "{leak:?}");
    assert_eq!(leak[4], 0.0);
}

#[test]
fn s7_scaling_flattens() {
    let s = scores();
    let plain = attention_weights(&s, 64.0, false, MaskMode::None);
    let scaled = attention_weights(&s, 64.0, true, MaskMode::None);
    assert!(entropy(&scaled[0]) > entropy(&plain[0]));
    assert_close(&scaled[0], &softmax_t(&s[0], 8.0), CALC_TOL);
    assert_eq!(attention_weights(&s, 0.0, true, MaskMode::None), plain);
}

// ---- Section 8: pitfalls ----

#[test]
fn s8_softmax_twice() {
    assert!((softmax_twice_loss(&SUPPORT, RESHIP) - 1.387).abs() <= FACT_TOL);
    assert!((cross_entropy(&SUPPORT, RESHIP) - 2.170).abs() <= FACT_TOL);
    let wrong = softmax_twice_grad(&SUPPORT, RESHIP);
    let right = grad_logits(&SUPPORT, RESHIP);
    assert!((wrong[RESHIP] + 0.127).abs() <= FACT_TOL);
    assert!((right[RESHIP] + 0.886).abs() <= FACT_TOL);
    let shrink = right[RESHIP] / wrong[RESHIP];
    assert!((6.5..7.5).contains(&shrink), "shrinks ~7x, got {shrink}");
    // Check the chain rule against a finite difference of the double-softmax loss.
    let eps = 1e-6;
    for i in 0..3 {
        let (mut up, mut down) = (SUPPORT, SUPPORT);
        up[i] += eps;
        down[i] -= eps;
        let num =
            (softmax_twice_loss(&up, RESHIP) - softmax_twice_loss(&down, RESHIP)) / (2.0 * eps);
        assert!((num - wrong[i]).abs() < 1e-8);
    }
}

#[test]
fn s8_sigmoid_vs_softmax() {
    let z = [3.0, 3.0, -2.0];
    let sig = sigmoid_all(&z);
    assert!(
        sig.iter().sum::<f64>() > 1.5,
        "independent labels need not sum to 1"
    );
    assert!((sigmoid(3.0) - 1.0 / (1.0 + (-3f64).exp())).abs() < CALC_TOL);
    assert_eq!(sigmoid(800.0), 1.0);
    assert_eq!(sigmoid(-800.0), 0.0);
    assert!((sigmoid(-30.0) - (-30f64).exp() / (1.0 + (-30f64).exp())).abs() < 1e-25);
    assert!((sigmoid(2.0) + sigmoid(-2.0) - 1.0).abs() < CALC_TOL);
}

// ---- Edge cases ----

#[test]
fn edge_temperature_to_zero_shares_ties() {
    let z = [1.0, 3.0, 3.0, 2.0];
    let argmax = vec![0.0, 0.5, 0.5, 0.0];
    assert_eq!(softmax_t(&z, 0.0), argmax);
    assert_eq!(softmax_t(&z, -1.0), argmax);
    assert_eq!(softmax_t(&z, f64::NAN), argmax);
    assert_eq!(softmax_t(&z, 1e-300), argmax);
    assert_eq!(softmax_t(&z, f64::MIN_POSITIVE), argmax);
    assert_eq!(sampling_distribution(&z, 0.0, 0, 1.0, 0.0), argmax);
    // z / T overflows here, yet the result is the arg-max limit, not NaN.
    assert_eq!(softmax_t(&[1e300, -1e300], 1e-10), vec![1.0, 0.0]);
    assert_close(&softmax_t(&z, 1e-3), &argmax, 1e-12);
    assert_eq!(
        apply_temperature(&[2.0, 0.0, -2.0], 0.0),
        vec![f64::INFINITY, 0.0, f64::NEG_INFINITY]
    );
}

#[test]
fn edge_temperature_infinite_is_uniform() {
    assert_close(
        &softmax_t(&[5.0, -3.0, 1e300], f64::INFINITY),
        &[1.0 / 3.0; 3],
        CALC_TOL,
    );
    assert_eq!(
        softmax_t(&[0.0, f64::NEG_INFINITY], f64::INFINITY),
        vec![1.0, 0.0]
    );
}

#[test]
fn edge_top_k_ties_and_limits() {
    assert_eq!(
        top_k_mask(&[1.0, 2.0, 2.0, 0.0], 1),
        vec![false, true, true, false]
    );
    assert_eq!(
        top_k_mask(&[1.0, 2.0, 2.0, 0.0], 2),
        vec![false, true, true, false]
    );
    assert_eq!(
        top_k_mask(&[1.0, 2.0, 2.0, 0.0], 3),
        vec![true, true, true, false]
    );
    assert_eq!(top_k_mask(&[5.0, 5.0, 5.0], 1), vec![true; 3]);
    assert_eq!(top_k_mask(&[1.0, 2.0], 0), vec![true; 2]);
    assert_eq!(top_k_mask(&[1.0, 2.0], usize::MAX), vec![true; 2]);
    assert!(top_k_mask(&[], 3).is_empty());
    assert_eq!(
        top_k_mask(&[f64::NAN, 1.0, 0.0], 2),
        vec![false, true, true]
    );
    assert_eq!(
        top_k_mask(&[f64::NAN, f64::NAN, 1.0], 2),
        vec![true, true, true]
    );
    assert_eq!(top_k_mask(&[0.0, -0.0, -1.0], 1), vec![true, true, false]);
    let p = sampling_distribution(&[1.0, 2.0, 2.0, 0.0], 1.0, 1, 1.0, 0.0);
    assert_eq!(p, vec![0.0, 0.5, 0.5, 0.0]);
}

#[test]
fn edge_top_p_limits_and_ties() {
    let p = [0.2, 0.4, 0.4];
    assert_eq!(top_p_mask(&p, 0.0), vec![false, true, false]);
    assert_eq!(top_p_mask(&p, -3.0), vec![false, true, false]);
    assert_eq!(top_p_mask(&p, f64::NAN), vec![false, true, false]);
    assert_eq!(top_p_mask(&p, 1.0), vec![true; 3]);
    assert_eq!(top_p_mask(&p, 7.0), vec![true; 3]);
    // Ties: the lower index goes first.
    assert_eq!(top_p_mask(&p, 0.3), vec![false, true, false]);
    assert_eq!(top_p_mask(&p, 0.5), vec![false, true, true]);
    assert_eq!(top_p_mask(&[0.25; 4], 0.5), vec![true, true, false, false]);
    assert_eq!(top_p_mask(&[0.25; 4], 0.51), vec![true, true, true, false]);
    // The crossing token is kept; exact hits stop there.
    assert_eq!(top_p_mask(&[0.5, 0.3, 0.2], 0.5), vec![true, false, false]);
    assert_eq!(
        top_p_mask(&[0.5, 0.3, 0.2], 0.5000001),
        vec![true, true, false]
    );
    // Unnormalised input that never reaches p keeps everything.
    assert_eq!(top_p_mask(&[0.1, 0.1], 0.9), vec![true, true]);
    assert_eq!(top_p_mask(&[0.0, 0.0], 0.5), vec![true, true]);
    assert_eq!(
        top_p_mask(&[f64::NAN, 0.9, 0.1], 0.5),
        vec![false, true, false]
    );
    assert!(top_p_mask(&[], 0.5).is_empty());
    assert_eq!(nucleus_size(&[], 0.5), 0);
    assert_eq!(nucleus_size(&[1.0], 0.0), 1);
}

#[test]
fn edge_top_p_zero_mass_tokens_never_needed() {
    let p = [0.0, 0.7, 0.0, 0.3];
    assert_eq!(top_p_mask(&p, 0.99), vec![false, true, false, true]);
    assert_eq!(
        sorted_cumulative(&p),
        vec![(1, 0.7), (3, 1.0), (0, 1.0), (2, 1.0)]
    );
}

#[test]
fn edge_empty_input() {
    assert!(softmax(&[]).is_empty());
    assert!(softmax_t(&[], 0.0).is_empty());
    assert!(log_softmax(&[]).is_empty());
    assert_eq!(logsumexp(&[]), f64::NEG_INFINITY);
    assert_eq!(cross_entropy(&[], 0), f64::INFINITY);
    assert!(grad_logits(&[], 0).is_empty());
    assert_eq!(entropy(&[]), 0.0);
    assert_eq!(effective_choices(&[]), 1.0);
    assert!(sampling_distribution(&[], 1.0, 5, 0.5, 0.0).is_empty());
    assert!(sampling_distribution_temperature_last(&[], 1.0, 5, 0.5, 0.0).is_empty());
    assert_eq!(sample_index(&[], 0.5), 0);
    assert!(draw_counts(&[], 10, &mut Rng::new(0)).is_empty());
    assert!(draw_samples(&[], 10, &mut Rng::new(0)).is_empty());
    assert!(attention_weights(&[], 1.0, true, MaskMode::NegInf).is_empty());
    assert_eq!(
        attention_weights(&[vec![]], 1.0, true, MaskMode::NegInf),
        vec![Vec::<f64>::new()]
    );
    assert!(naive_softmax_f64(&[]).is_empty());
    assert!(naive_softmax_f32(&[]).is_empty());
    assert_eq!(mean_cross_entropy(&[], &[]), 0.0);
    assert!(top_n_indices(&[], 4).is_empty());
    assert!(zipf_logits(0, 1).is_empty());
    assert!(finite_difference_grad(&[], 0, 1e-5).is_empty());
    assert!(gradient_step(&[], 0, 1.0).is_empty());
    assert_eq!(squared_error(&[], 0), 0.0);
    let s = summarize_vocab(&[], 1.0, 0.9, 5);
    assert_eq!(
        (s.entropy_nats, s.effective_choices, s.nucleus_size),
        (0.0, 1.0, 0)
    );
    assert!(s.top.is_empty());
}

#[test]
fn edge_nan_logits_count_as_neg_inf() {
    let z = [f64::NAN, 1.0, 1.0];
    assert_eq!(softmax(&z), vec![0.0, 0.5, 0.5]);
    assert_eq!(log_softmax(&z)[0], f64::NEG_INFINITY);
    assert!((logsumexp(&z) - (1.0 + 2f64.ln())).abs() < CALC_TOL);
    assert_eq!(cross_entropy(&z, 0), f64::INFINITY);
    assert!((cross_entropy(&z, 1) - 2f64.ln()).abs() < CALC_TOL);
    assert_eq!(grad_logits(&z, 1), vec![0.0, -0.5, 0.5]);
    let all_nan = [f64::NAN; 4];
    assert_eq!(softmax(&all_nan), vec![0.25; 4]);
    assert_eq!(softmax_t(&all_nan, 0.0), vec![0.25; 4]);
    assert_eq!(log_softmax(&all_nan), vec![-(4f64.ln()); 4]);
    assert!((cross_entropy(&all_nan, 2) - 4f64.ln()).abs() < CALC_TOL);
    // Top-k keeps all (the 2nd largest is -inf); top-p then takes the first two of a uniform row.
    assert_eq!(
        sampling_distribution(&all_nan, 1.0, 2, 0.5, 0.0),
        vec![0.5, 0.5, 0.0, 0.0]
    );
    let p = sampling_distribution(&[f64::NAN, 2.0, 1.0], 0.7, 2, 0.9, 0.0);
    assert_eq!(p[0], 0.0);
    assert_distribution(&p);
    assert_eq!(sample_index(&[f64::NAN, 0.0, 1.0], 0.0), 2);
    assert_eq!(sample_index(&[0.5, 0.5], f64::NAN), 0);
    assert_eq!(entropy(&[f64::NAN, 1.0]), 0.0);
    assert_eq!(neg_log(f64::NAN), f64::INFINITY);
    assert_eq!(perplexity_of_prob(f64::NAN), f64::INFINITY);
}

#[test]
fn edge_infinite_logits() {
    let z = [f64::INFINITY, 0.0, f64::INFINITY, f64::NEG_INFINITY];
    assert_eq!(softmax(&z), vec![0.5, 0.0, 0.5, 0.0]);
    assert_eq!(softmax_t(&z, 3.0), vec![0.5, 0.0, 0.5, 0.0]);
    assert_eq!(logsumexp(&z), f64::INFINITY);
    assert_eq!(
        log_softmax(&z),
        vec![
            -(2f64.ln()),
            f64::NEG_INFINITY,
            -(2f64.ln()),
            f64::NEG_INFINITY
        ]
    );
    assert!((cross_entropy(&z, 0) - 2f64.ln()).abs() < CALC_TOL);
    assert_eq!(cross_entropy(&z, 1), f64::INFINITY);
    assert_eq!(shifted_exp_terms(&z), vec![1.0, 0.0, 1.0, 0.0]);
    let neg = [f64::NEG_INFINITY; 3];
    assert_close(&softmax(&neg), &[1.0 / 3.0; 3], CALC_TOL);
    assert_eq!(logsumexp(&neg), f64::NEG_INFINITY);
    assert_eq!(softmax(&[f64::NEG_INFINITY, 0.0]), vec![0.0, 1.0]);
    assert_eq!(cross_entropy(&[f64::NEG_INFINITY, 0.0], 0), f64::INFINITY);
    assert_distribution(&sampling_distribution(&z, 1.0, 1, 0.5, 0.0));
}

#[test]
fn edge_extreme_finite_logits() {
    let z = [1e300, -1e300, 0.0, 1e300];
    let p = softmax(&z);
    assert_eq!(p, vec![0.5, 0.0, 0.0, 0.5]);
    assert_eq!(logsumexp(&z), 1e300);
    assert!(log_softmax(&z).iter().all(|l| l.is_finite()));
    assert!(cross_entropy(&z, 1).is_finite());
    assert!((cross_entropy(&z, 0) - 2f64.ln()).abs() < CALC_TOL);
    assert_eq!(grad_logits(&z, 0), vec![-0.5, 0.0, 0.0, 0.5]);
    let huge = [f64::MAX, -f64::MAX];
    assert_eq!(softmax(&huge), vec![1.0, 0.0]);
    assert_eq!(cross_entropy(&huge, 1), f64::INFINITY);
    assert_distribution(&sampling_distribution(&z, 0.37, 2, 0.3, 0.0));
    assert_distribution(&sampling_distribution_temperature_last(
        &z, 123.0, 0, 0.9, 0.0,
    ));
    for row in attention_weights(&[z.to_vec(), z.to_vec()], 1e6, true, MaskMode::Zero) {
        assert_distribution(&row);
    }
}

#[test]
fn edge_out_of_range_targets() {
    assert_eq!(cross_entropy(&SUPPORT, 3), f64::INFINITY);
    assert_eq!(grad_logits(&SUPPORT, 3), softmax(&SUPPORT));
    assert_eq!(cross_entropy_probs(&[0.5, 0.5], usize::MAX), f64::INFINITY);
    assert_eq!(one_hot(3, 9), vec![0.0; 3]);
    assert_eq!(one_hot(usize::MAX, 0).len(), MAX_VOCAB);
    assert!((squared_error(&[0.5, 0.5], 9) - 0.25).abs() < CALC_TOL);
    assert_eq!(row_losses(&[SUPPORT.to_vec()], &[10]), vec![f64::INFINITY]);
    assert_eq!(
        mean_cross_entropy(&[SUPPORT.to_vec()], &[10]),
        f64::INFINITY
    );
    assert_eq!(gradient_step(&SUPPORT, 1, f64::NAN), SUPPORT.to_vec());
}

#[test]
fn edge_sampling_index_never_picks_zero_mass() {
    let p = [0.0, 0.3, 0.0, 0.7, 0.0];
    for k in 0..=1000 {
        let i = sample_index(&p, k as f64 / 1000.0);
        assert!(p[i] > 0.0, "u = {k}/1000 picked {i}");
    }
    assert_eq!(sample_index(&p, -5.0), 1);
    assert_eq!(sample_index(&p, 5.0), 3);
    assert_eq!(sample_index(&[0.0, 0.0], 0.5), 0);
    assert_eq!(sample_index(&[1.0, f64::INFINITY, -1.0], 0.99), 0);
    assert_eq!(sample_index(&[f64::MAX, f64::MAX, 0.0], 0.99), 0);
    let counts = draw_counts(&p, 5000, &mut Rng::new(8));
    assert_eq!((counts[0], counts[2], counts[4]), (0, 0, 0));
    assert_eq!(draw_counts(&[0.0, 0.0], 5, &mut Rng::new(1)), vec![0, 0]);
}

#[test]
fn edge_rng_ranges() {
    let mut r = Rng::new(u64::MAX);
    for _ in 0..10_000 {
        let u = r.next_f64();
        assert!((0.0..1.0).contains(&u));
        assert!(r.normal().is_finite());
        assert!(r.below(3) < 3);
    }
    assert_eq!(r.below(0), 0);
    let mut a = Rng::new(99);
    a.next_u64();
    let mut b = Rng::new(a.state());
    assert_eq!(a.next_u64(), b.next_u64());
}

// ---- Large vocabulary ----

#[test]
fn large_vocab_zipf_shape() {
    let z = zipf_logits(128_000, 3);
    assert_eq!(z.len(), 128_000);
    assert_eq!(z, zipf_logits(128_000, 3));
    assert_ne!(z, zipf_logits(128_000, 4));
    let p = softmax(&z);
    assert_distribution(&p);
    let s = summarize_vocab(&z, 1.0, 0.9, 10);
    assert!(
        s.top[0].1 > 0.05 && s.top[0].1 < 0.9,
        "a clear favourite: {:?}",
        s.top[0]
    );
    assert!(s.nucleus_size > 10 && s.nucleus_size < 128_000 / 2);
    assert!((s.entropy_nats - entropy(&p)).abs() < CALC_TOL);
    assert_eq!(s.nucleus_size, nucleus_size(&p, 0.9));
    assert!(s.top.windows(2).all(|w| w[0].1 >= w[1].1));
    // Ids are shuffled: the favourite is not simply token 0.
    assert_ne!(top_n_indices(&z, 5), vec![0, 1, 2, 3, 4]);
    let hot = summarize_vocab(&z, 2.0, 0.9, 1);
    assert!(hot.entropy_nats > s.entropy_nats && hot.nucleus_size > s.nucleus_size);
}

#[test]
fn large_vocab_fast_paths_match_sorting() {
    let z = zipf_logits(20_000, 11);
    let p = softmax_t(&z, 0.8);
    let mut order: Vec<usize> = (0..p.len()).collect();
    order.sort_by(|&a, &b| p[b].total_cmp(&p[a]).then(a.cmp(&b)));
    assert_eq!(top_n_indices(&p, 50), order[..50].to_vec());
    let mut total = 0.0;
    let mut size = 0;
    for &i in &order {
        total += p[i];
        size += 1;
        if total >= 0.95 {
            break;
        }
    }
    assert_eq!(nucleus_size(&p, 0.95), size);
    let mask = top_p_mask(&p, 0.95);
    assert!(order[..size].iter().all(|&i| mask[i]));
    let k = top_k_mask(&z, 40);
    assert_eq!(k.iter().filter(|&&b| b).count(), 40);
    assert!(order.iter().take(40).all(|&i| k[i]));
}

/// LESSON 3, soft targets: [3, 1, 0], target refund, label smoothing 0.1.
#[test]
fn lesson_label_smoothing_fact() {
    let y = smoothed_target(3, 0, 0.1);
    assert_close(&y, &[0.9333, 0.0333, 0.0333], FACT4_TOL);
    assert!((soft_cross_entropy(&SUPPORT, &y) - 0.3365).abs() < FACT4_TOL);
    // Worked here from the definition: -sum y_i ln p_i with p = softmax written out.
    let e: Vec<f64> = SUPPORT.iter().map(|z| z.exp()).collect();
    let s: f64 = e.iter().sum();
    let by_hand: f64 = y.iter().zip(&e).map(|(y, e)| -y * (e / s).ln()).sum();
    assert!((soft_cross_entropy(&SUPPORT, &y) - by_hand).abs() < CALC_TOL);
    // With no smoothing it is the ordinary loss.
    assert!(
        (soft_cross_entropy(&SUPPORT, &smoothed_target(3, 0, 0.0)) - cross_entropy(&SUPPORT, 0))
            .abs()
            < CALC_TOL
    );
}

/// Label smoothing on a case the lesson never shows, worked by hand: 5 tokens, e = 0.2, the
/// right token 3: y = 0.04 each and 0.84; the best lead is ln(0.84 / 0.04) = ln 21.
#[test]
fn label_smoothing_by_hand() {
    let y = smoothed_target(5, 3, 0.2);
    assert_close(&y, &[0.04, 0.04, 0.04, 0.84, 0.04], CALC_TOL);
    assert!((smoothing_logit_gap(5, 0.2) - 21f64.ln()).abs() < CALC_TOL);
    // At logits with exactly that lead, p = y and the loss equals its floor, the entropy of y.
    let z = [0.0, 0.0, 0.0, 21f64.ln(), 0.0];
    assert!((soft_cross_entropy(&z, &y) - entropy(&y)).abs() < CALC_TOL);
    // Edge cases: NaN and out-of-range e are clamped, an empty vocabulary is empty.
    assert_eq!(smoothed_target(2, 0, f64::NAN), [1.0, 0.0]);
    assert_eq!(smoothed_target(2, 0, 7.0), [0.5, 0.5]);
    assert!(smoothed_target(0, 0, 0.1).is_empty());
    assert_eq!(smoothing_logit_gap(1, 0.1), 0.0);
}

/// Distillation on logits the lesson never shows, worked by hand: teacher [2, 0], an untrained
/// student [0, 0], T = 2: q = softmax([1, 0]), p = [0.5, 0.5].
#[test]
fn distillation_by_hand() {
    let q0 = 1.0 / (1.0 + (-1f64).exp());
    let q = [q0, 1.0 - q0];
    let kl = q[0] * (q[0] / 0.5).ln() + q[1] * (q[1] / 0.5).ln();
    assert!((softened_kl(&[2.0, 0.0], &[0.0, 0.0], 2.0) - kl).abs() < CALC_TOL);
    assert!((distillation_loss(&[2.0, 0.0], &[0.0, 0.0], 2.0) - 4.0 * kl).abs() < CALC_TOL);
    let g = distillation_grad(&[2.0, 0.0], &[0.0, 0.0], 2.0);
    assert_close(&g, &[2.0 * (0.5 - q[0]), 2.0 * (0.5 - q[1])], CALC_TOL);
    // A temperature that is not finite and positive counts as 1.
    assert_eq!(
        distillation_loss(&[2.0, 0.0], &[0.0, 0.0], f64::NAN),
        softened_kl(&[2.0, 0.0], &[0.0, 0.0], 1.0)
    );
    assert_eq!(
        distillation_grad(&[2.0, 0.0], &[0.0, 0.0], -3.0),
        distillation_grad(&[2.0, 0.0], &[0.0, 0.0], 1.0)
    );
}
