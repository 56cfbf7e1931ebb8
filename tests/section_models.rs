//! The sections' pure models: what the sampling and cross-entropy sections compute for their
//! charts, tables and readouts, checked against numbers worked out here independently.

use softmax_lab::math;
use softmax_lab::sections::loss::model::{
    logits_for, Distilled, Scenario, Smoothed, REFERENCE_PROBS,
};
use softmax_lab::sections::sampling::model::{token_outcome, vocab_outcome, VOCAB_SHOWN};

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// softmax(z / t), computed the plain way for these small, safe logits.
fn reference(z: &[f64], t: f64) -> Vec<f64> {
    let e: Vec<f64> = z.iter().map(|x| (x / t).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|x| x / s).collect()
}

#[test]
fn token_outcome_lists_tokens_most_likely_first_with_the_pipeline_numbers() {
    // Logits the lesson never shows, in no particular order.
    let z = [0.3, 2.2, -1.4, 1.1];
    let base = reference(&z, 1.0);
    let o = token_outcome(&names(&["a", "b", "c", "d"]), &z, &base, (0.7, 0, 0.8, 0.0));
    assert_eq!(o.names, ["b", "d", "a", "c"]);
    let scaled = reference(&[2.2, 1.1, 0.3, -1.4], 0.7);
    for (got, want) in o.scaled.iter().zip(&scaled) {
        assert!((got - want).abs() < 1e-12);
    }
    // Top-p 0.8: b alone is below 0.8, b + d reaches it.
    assert!(scaled[0] < 0.8 && scaled[0] + scaled[1] >= 0.8);
    assert_eq!(o.kept, [true, true, false, false]);
    assert_eq!(o.kept_count, 2);
    let mass = scaled[0] + scaled[1];
    assert!((o.sampled[0] - scaled[0] / mass).abs() < 1e-12);
    assert_eq!(o.sampled[2], 0.0);
    let h: f64 = o
        .sampled
        .iter()
        .filter(|p| **p > 0.0)
        .map(|p| -p * p.ln())
        .sum();
    assert!((o.entropy - h).abs() < 1e-12);
    assert_eq!(o.base[0], base[1], "the ghost bars follow the same order");
}

#[test]
fn vocab_outcome_shows_the_top_twenty_and_one_bar_for_the_rest() {
    let vocab = math::RankedVocab::new(&math::zipf_logits(2_000, 5));
    let ranks = math::log_spaced_ranks(2_000, 12);
    let base = vocab.view(1.0, 0, 1.0, 0.0, VOCAB_SHOWN, &ranks);
    let o = vocab_outcome(&vocab, &base, (1.0, 0, 0.9, 0.0), &ranks);
    assert_eq!(o.labels.len(), VOCAB_SHOWN + 1);
    assert_eq!(o.names.last().unwrap(), "one of the other 1,980");
    assert_eq!(o.labels[0], "1");
    assert_eq!(o.labels[4], "5");
    assert_eq!(o.labels[1], "", "only ranks 1, 5, 10, ... are labelled");
    let total: f64 = o.sampled.iter().sum();
    assert!(
        (total - 1.0).abs() < 1e-9,
        "the bars with the rest hold all of it"
    );
    assert_eq!(o.size, 2_000);
    assert!(
        o.kept_count > VOCAB_SHOWN,
        "a Zipf tail needs more than 20 tokens for 0.9"
    );
    assert!(o.kept.iter().all(|k| *k), "every bar holds kept tokens");
    let (now, _) = o.curve.unwrap();
    assert!(now.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 >= w[1].1));
}

#[test]
fn scenarios_are_distributions_with_the_promised_favourite() {
    for n in 2..=12 {
        for target in 0..n {
            for s in Scenario::ALL {
                let p = s.probs(n, target);
                assert_eq!(p.len(), n);
                assert!(
                    (p.iter().sum::<f64>() - 1.0).abs() < 1e-12,
                    "{s:?} {n} {target}"
                );
                let z = logits_for(&p);
                let back = math::softmax(&z);
                for (a, b) in back.iter().zip(&p) {
                    assert!((a - b).abs() < 1e-12);
                }
                let loss = math::cross_entropy(&z, target);
                let want = match s {
                    Scenario::ConfidentRight => -(0.9f64.ln()),
                    Scenario::Uncertain => (n as f64).ln(),
                    Scenario::ConfidentWrong => -((0.1 / (n - 1) as f64).ln()),
                };
                assert!(
                    (loss - want).abs() < 1e-9,
                    "{s:?} {n} {target}: {loss} vs {want}"
                );
            }
        }
    }
    // LESSON's figures for four tokens: 0.105, 1.386, and 0.1/3 on the truth.
    assert!((-(0.9f64.ln()) - 0.105).abs() < 5e-4);
    assert_eq!(REFERENCE_PROBS.len(), 8);
}

mod gradients {
    use softmax_lab::math;
    use softmax_lab::sections::gradients::model::{
        between, error_valley, largest_error, loss_parts, saturation, valley_floor,
        wrong_favourite, Trail, ERROR_FLOOR,
    };

    #[test]
    fn lesson_facts_for_three_one_zero() {
        let z = [3.0, 1.0, 0.0];
        let l = loss_parts(&z, 1);
        assert!((l.loss - 2.170).abs() < 5e-4);
        assert!((l.lse - l.z_target - l.loss).abs() < 1e-12);
        let g = math::grad_logits(&z, 1);
        for (got, want) in g.iter().zip([0.844, -0.886, 0.042]) {
            assert!((got - want).abs() < 5e-4, "{g:?}");
        }
        let t = Trail(vec![z.to_vec()]).step(1, 0.5);
        let losses = t.losses(1);
        assert_eq!(losses.len(), 2);
        assert!((losses[0].2 - 0.114).abs() < 5e-4 && (losses[1].2 - 0.230).abs() < 5e-4);
        assert!((losses[1].1 - 1.469).abs() < 5e-4);
    }

    #[test]
    fn loss_parts_match_a_plain_computation_on_other_logits() {
        let z = [0.7, -2.3, 1.9, 0.0, -0.4];
        for c in 0..z.len() {
            let lse = z.iter().map(|x: &f64| x.exp()).sum::<f64>().ln();
            let l = loss_parts(&z, c);
            assert!((l.lse - lse).abs() < 1e-12);
            assert!((l.loss - (lse - z[c])).abs() < 1e-12);
        }
    }

    #[test]
    fn the_wrong_favourite_is_the_likeliest_other_token() {
        let p = math::softmax(&[0.2, 2.0, 1.5, 2.0]);
        assert_eq!(wrong_favourite(&p, 1), Some(3));
        assert_eq!(wrong_favourite(&p, 3), Some(1));
        assert_eq!(wrong_favourite(&p, 0), Some(1), "the first of equals");
        assert_eq!(wrong_favourite(&[1.0], 0), None);
    }

    #[test]
    fn the_error_valley_falls_then_rises_with_its_floor_near_a_thousandth_of_a_percent() {
        let z = [1.3, -0.6, 0.4, 2.2];
        let v = error_valley(&z, 2);
        assert_eq!(v.len(), 49);
        assert!((v[0].0 - 1e-12).abs() < 1e-24 && (v[48].0 - 1.0).abs() < 1e-12);
        let (best, err) = valley_floor(&v).unwrap();
        assert!((1e-7..=1e-3).contains(&best), "floor at {best}");
        assert!(err < 1e-8, "{err}");
        assert!(v[0].1 > 100.0 * err, "tiny steps: round-off");
        assert!(v[48].1 > 1e-3, "a step of 1: truncation");
        assert!(v.iter().all(|p| p.1 >= ERROR_FLOOR));
        // Truncation shrinks like e^2 on the right of the floor.
        let (e1, e2) = (largest_error(&z, 2, 0.1), largest_error(&z, 2, 0.01));
        assert!((e1 / e2 - 100.0).abs() < 10.0, "{e1} / {e2}");
    }

    #[test]
    fn squared_error_fades_as_the_model_grows_sure_of_the_wrong_word() {
        let s = saturation(41);
        assert_eq!(s.first().unwrap().0, 0.0);
        assert_eq!(s.last().unwrap().0, 10.0);
        assert!(
            s.windows(2).all(|w| w[1].1 >= w[0].1),
            "cross-entropy keeps pulling harder"
        );
        let peak = s.iter().map(|r| r.2).fold(0.0, f64::max);
        assert!(
            s.last().unwrap().2 < peak / 20.0,
            "squared error has all but given up"
        );
        let g = math::squared_error_grad_logits(&[8.0, 0.0, 0.0], 1);
        for (got, want) in g.iter().zip([0.0010, -0.0007, -0.0003]) {
            assert!((got - want).abs() < 5e-5, "{g:?}");
        }
    }

    #[test]
    fn a_trail_survives_only_while_it_ends_at_the_lesson_logits() {
        let t = Trail(vec![vec![0.0, 1.0]]).step(0, 1.0).step(0, 1.0);
        assert_eq!(t.steps(), 2);
        let last = t.0.last().unwrap().clone();
        assert_eq!(t.ending_at(&last), t);
        assert_eq!(t.ending_at(&[5.0, 5.0]), Trail(vec![vec![5.0, 5.0]]));
        // Steps keep the logits in the playground's range.
        let far = (0..200).fold(Trail(vec![vec![9.9, -9.9]]), |t, _| t.step(1, 5.0));
        assert!(far.0.iter().flatten().all(|x| (-10.0..=10.0).contains(x)));
        assert_eq!(between(&[0.0, 1.0], &[1.0, 3.0], 2.0), [1.0, 3.0]);
    }
}

mod stability {
    use softmax_lab::math::Precision;
    use softmax_lab::sections::stability::model::{digits_curve, rows, underflow_rows, verdict};

    /// softmax the textbook way, for logits small enough not to overflow.
    fn plain(z: &[f64]) -> Vec<f64> {
        let e: Vec<f64> = z.iter().map(|x| x.exp()).collect();
        let s: f64 = e.iter().sum();
        e.iter().map(|x| x / s).collect()
    }

    #[test]
    fn lesson_facts_one_thousand_nine_nine_eight_nine_nine_seven() {
        let r = rows(&[3.0, 1.0, 0.0], 997.0, Precision::F64);
        let stable: Vec<f64> = r.iter().map(|x| x.stable).collect();
        for (got, want) in stable.iter().zip([0.844, 0.114, 0.042]) {
            assert!((got - want).abs() < 5e-4);
        }
        assert!(r.iter().all(|x| !x.naive.is_finite()));
        assert!(verdict(&r, Precision::F64)
            .unwrap()
            .contains("too large for f64"));
        // Just below the limit each term fits but their sum does not: every naive p is 0.
        let r = rows(&[3.0, 1.0, 0.0], 706.7, Precision::F64);
        assert!(r.iter().all(|x| x.exp.is_finite() && x.naive == 0.0));
        assert!(verdict(&r, Precision::F64)
            .unwrap()
            .starts_with("Overflow in the sum"));
    }

    #[test]
    fn the_stable_column_never_moves_and_the_naive_one_breaks_exactly_past_the_limit() {
        let z = [1.7, -0.4, 0.9, -3.2];
        let want = plain(&z);
        for (precision, limit) in [(Precision::F64, 709.78), (Precision::F32, 88.72)] {
            for c in [0.0, 50.0, limit - 1.7 - 0.05, limit - 1.7 + 0.05, 1000.0] {
                let r = rows(&z, c, precision);
                for (row, w) in r.iter().zip(&want) {
                    assert!((row.stable - w).abs() < 1e-12, "{c}");
                }
                // Fine while the sum of the terms fits, worked out here in the same precision.
                let fine = match precision {
                    Precision::F32 => z
                        .iter()
                        .map(|x| ((x + c) as f32).exp())
                        .sum::<f32>()
                        .is_finite(),
                    Precision::F64 => z.iter().map(|x| (x + c).exp()).sum::<f64>().is_finite(),
                };
                if c == limit - 1.7 + 0.05 {
                    assert!(!fine, "past the limit the largest term alone overflows");
                }
                assert_eq!(
                    verdict(&r, precision).is_none(),
                    fine,
                    "{precision:?} at c = {c}"
                );
                if fine {
                    for (row, w) in r.iter().zip(&want) {
                        let tol = if precision == Precision::F32 {
                            1e-5
                        } else {
                            1e-9
                        };
                        assert!(
                            (row.naive - w).abs() < tol,
                            "{precision:?} {c}: {} vs {w}",
                            row.naive
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_digits_curve_climbs_to_the_ceiling_and_stops() {
        let (curve, ceiling) = digits_curve(3.0, Precision::F32, 1000.0);
        assert!((ceiling - 38.53).abs() < 0.01);
        let last = curve.last().unwrap();
        assert!((last.0 - (88.7228 - 3.0)).abs() < 1e-3 && (last.1 - ceiling).abs() < 1e-9);
        assert!(curve.windows(2).all(|w| w[1].0 > w[0].0 && w[1].1 > w[0].1));
        let (full, _) = digits_curve(-10.0, Precision::F64, 1000.0);
        assert_eq!(
            full.last().unwrap().0,
            719.782_712_893_384,
            "cut at the overflow, not at 1,000"
        );
    }

    #[test]
    fn naive_minus_log_softmax_underflows_where_the_stable_one_does_not() {
        let r = underflow_rows();
        assert_eq!(r.len(), 3);
        assert!((r[1].2 - 50.0).abs() < 1e-9 && (r[1].1 - 50.0).abs() < 1e-6);
        assert!(r[2].1.is_infinite() && r[2].2 == 800.0);
        assert!(r[0].1.abs() < 1e-12 && r[0].2.abs() < 1e-12);
    }
}

mod pitfalls {
    use softmax_lab::math;
    use softmax_lab::sections::pitfalls::model::{
        not_a_distribution, plain_share, sigmoids, temperature_after, twice, weakening,
    };

    #[test]
    fn softmax_twice_on_lesson_and_other_logits() {
        let t = twice(&[3.0, 1.0, 0.0], 1);
        assert!((t.loss - 2.170).abs() < 5e-4 && (t.loss_twice - 1.387).abs() < 5e-4);
        assert!((t.grad + 0.886).abs() < 5e-4 && (t.grad_twice + 0.127).abs() < 5e-4);
        // Independently: softmax twice is cross-entropy of softmax(p); its gradient by finite differences.
        let z = [0.4, 2.6, -1.1, 1.0];
        let c = 2;
        let loss2 = |z: &[f64]| {
            let p = math::softmax(z);
            let q = math::softmax(&p);
            -q[c].ln()
        };
        let t = twice(&z, c);
        assert!((t.loss_twice - loss2(&z)).abs() < 1e-12);
        let e = 1e-6;
        let (mut up, mut down) = (z.to_vec(), z.to_vec());
        up[c] += e;
        down[c] -= e;
        let numeric = (loss2(&up) - loss2(&down)) / (2.0 * e);
        assert!(
            (t.grad_twice - numeric).abs() < 1e-7,
            "{} vs {numeric}",
            t.grad_twice
        );
        assert!(
            t.grad.abs() > 3.0 * t.grad_twice.abs(),
            "the double softmax pushes much less"
        );
    }

    #[test]
    fn the_double_softmax_stays_weak_across_the_right_logit() {
        let w = weakening(&[3.0, 1.0, 0.0], 1, 57);
        assert_eq!(w.len(), 57);
        assert!(w.iter().all(|(_, once, twice)| twice < once));
        let peak = w.iter().map(|r| r.2).fold(0.0, f64::max);
        assert!(peak < 0.26, "never much more than a quarter: {peak}");
        // However right the model gets, the loss never falls below ln(1 + (n - 1) / e).
        let floor = (1.0 + 2.0 / std::f64::consts::E).ln();
        let sure = twice(&[-10.0, 10.0, -10.0], 1);
        assert!(
            sure.loss < 1e-8 && (sure.loss_twice - floor).abs() < 1e-6,
            "{}",
            sure.loss_twice
        );
        assert!(weakening(&[1.0], 3, 10).is_empty());
    }

    #[test]
    fn sigmoids_are_independent_and_softmax_shares_one() {
        let z = [2.0, 1.5, -1.0];
        let (s, total) = sigmoids(&z);
        for (x, zi) in s.iter().zip(z) {
            assert!((x - 1.0 / (1.0 + (-zi).exp())).abs() < 1e-12);
        }
        assert!(total > 1.0);
        assert!((math::softmax(&z).iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn raw_logits_and_their_share_are_not_distributions() {
        let z = [2.0, 1.0, 0.5, -1.0];
        let f = not_a_distribution(&z).unwrap();
        assert!(
            f.contains("1 negative") && f.contains("1 above 1") && f.contains("sum to 2.500"),
            "{f}"
        );
        let share = plain_share(&z);
        assert!((share[3] + 0.4).abs() < 1e-12, "a negative share");
        assert!(not_a_distribution(&share).unwrap().contains("negative"));
        assert_eq!(not_a_distribution(&math::softmax(&z)), None);
    }

    #[test]
    fn temperature_on_probabilities_changes_nothing_and_on_logits_it_does() {
        let z = [2.0, 1.0, 0.5, -1.0];
        let p = math::softmax(&z);
        for t in [0.05, 0.5, 2.0, 5.0] {
            let after = temperature_after(&p, t);
            assert!(after.iter().zip(&p).all(|(a, b)| (a - b).abs() < 1e-12));
            let before = math::softmax_t(&z, t);
            // p^(1/T) renormalised is the same as dividing the logits.
            let powered: Vec<f64> = p.iter().map(|x| x.powf(1.0 / t)).collect();
            let s: f64 = powered.iter().sum();
            for (a, b) in before.iter().zip(&powered) {
                assert!((a - b / s).abs() < 1e-9, "{t}");
            }
        }
    }
}

#[test]
fn label_smoothing_card_works_its_numbers_from_the_definition() {
    // Four tokens, the right one third, e = 0.2, logits the lesson never shows.
    let z = [0.5, -1.0, 2.0, 1.5];
    let s = Smoothed::new(&z, 2, 0.2);
    let p = reference(&z, 1.0);
    let y = [0.05, 0.05, 0.85, 0.05];
    for i in 0..4 {
        assert!((s.p[i] - p[i]).abs() < 1e-12);
        assert!((s.y[i] - y[i]).abs() < 1e-12);
        assert!((s.terms[i] + y[i] * p[i].ln()).abs() < 1e-12);
    }
    let loss: f64 = (0..4).map(|i| -y[i] * p[i].ln()).sum();
    assert!((s.loss - loss).abs() < 1e-12);
    let floor: f64 = y.iter().map(|v| -v * v.ln()).sum();
    assert!((s.floor - floor).abs() < 1e-12);
    assert!((s.gap - 17f64.ln()).abs() < 1e-12);
    assert!((s.push - (p[2] - 0.85)).abs() < 1e-12);
    // A target past the last token counts as the last one; no smoothing means no floor.
    let one_hot = Smoothed::new(&z, 9, 0.0);
    assert_eq!(one_hot.y, [0.0, 0.0, 0.0, 1.0]);
    assert_eq!((one_hot.floor, one_hot.gap), (0.0, f64::INFINITY));
}

#[test]
fn distillation_card_softens_the_teacher_and_scales_the_push() {
    let z = [1.0, 4.0, -2.0, 2.5];
    let d = Distilled::new(&z, 5.0);
    assert_eq!((d.top, d.others.clone()), (1, vec![3, 0, 2]));
    let (hard, soft) = (reference(&z, 1.0), reference(&z, 5.0));
    for i in 0..4 {
        assert!((d.hard[i] - hard[i]).abs() < 1e-12 && (d.soft[i] - soft[i]).abs() < 1e-12);
        // The student knows nothing: p_T is uniform, and the push is T (1/4 - q_T).
        assert!((d.push[i] - 5.0 * (0.25 - soft[i])).abs() < 1e-12);
    }
    let kl: f64 = soft.iter().map(|q| q * (q / 0.25).ln()).sum();
    assert!((d.loss - 25.0 * kl).abs() < 1e-12);
    let (at_one, at_t) = d.others_mass();
    assert!((at_one - (1.0 - hard[1])).abs() < 1e-12 && (at_t - (1.0 - soft[1])).abs() < 1e-12);
    assert!(at_t > at_one);
    // Why the T^2: from T = 4 to T = 16 the push with it stays within 20%, without it falls 16-fold.
    let (a, b) = (Distilled::new(&z, 4.0), Distilled::new(&z, 16.0));
    assert!(
        (b.with_factor / a.with_factor - 1.0).abs() < 0.2,
        "{} {}",
        a.with_factor,
        b.with_factor
    );
    assert!(b.without_factor < a.without_factor / 10.0);
}
