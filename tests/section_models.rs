//! The sections' pure models: what the sampling and cross-entropy sections compute for their
//! charts, tables and readouts, checked against numbers worked out here independently.

use softmax_lab::math;
use softmax_lab::sections::loss::model::{logits_for, Scenario, REFERENCE_PROBS};
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
    let o = token_outcome(&names(&["a", "b", "c", "d"]), &z, &base, 0.7, 0, 0.8);
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
    let base = vocab.view(1.0, 0, 1.0, VOCAB_SHOWN, &ranks);
    let o = vocab_outcome(&vocab, &base, 1.0, 0, 0.9, &ranks);
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
