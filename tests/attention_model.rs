//! The attention section's model: scores, scaling, masks and the words that describe them,
//! checked against softmax worked out here from the raw scores.

use softmax_lab::math::MaskMode;
use softmax_lab::sections::attention::model::{
    attention, comparison, mask_words, saturation_curves, scale_words, WORDS,
};

const MASKS: [MaskMode; 3] = [MaskMode::NegInf, MaskMode::Zero, MaskMode::None];

/// softmax of one row, the plain way, `-inf` entries getting weight 0.
fn reference(row: &[f64]) -> Vec<f64> {
    let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = row.iter().map(|x| (x - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|x| x / s).collect()
}

#[test]
fn weights_are_the_masked_softmax_of_the_scaled_scores() {
    let n = WORDS;
    for seed in [1, 42, 777] {
        for dk in [1, 3, 64, 1000] {
            for scale in [true, false] {
                for mask in MASKS {
                    let a = attention(dk, scale, mask, seed, 1.0);
                    let factor = if scale { 1.0 / (dk as f64).sqrt() } else { 1.0 };
                    for i in 0..n {
                        let row: Vec<f64> = (0..n)
                            .map(|j| match mask {
                                MaskMode::NegInf if j > i => f64::NEG_INFINITY,
                                MaskMode::Zero if j > i => 0.0,
                                _ => a.raw[i][j] * factor,
                            })
                            .collect();
                        let want = reference(&row);
                        for (j, w) in want.iter().enumerate() {
                            assert!((a.weights[i][j] - w).abs() < 1e-12, "{dk} {mask:?} {i} {j}");
                            assert_eq!(a.masked[i][j], mask != MaskMode::None && j > i);
                        }
                        assert!((a.weights[i].iter().sum::<f64>() - 1.0).abs() < 1e-12);
                        assert_eq!(a.seen[i], row, "the scores softmax sees");
                    }
                }
            }
        }
    }
}

#[test]
fn the_right_mask_gives_the_future_exactly_nothing_and_zero_leaks() {
    for seed in 0..20 {
        let right = attention(64, true, MaskMode::NegInf, seed, 1.0);
        assert!(right.future.iter().all(|&f| f == 0.0));
        for (i, row) in right.weights.iter().enumerate() {
            assert!(row[i + 1..].iter().all(|&w| w == 0.0));
        }
        let leaky = attention(64, true, MaskMode::Zero, seed, 1.0);
        // The first word sees itself (score s) and four zeros: e^0 = 1 each.
        let s = leaky.raw[0][0] / 8.0;
        let leak = 4.0 / (s.exp() + 4.0);
        assert!((leaky.future[0] - leak).abs() < 1e-12);
        assert_eq!(leaky.future[4], 0.0, "the last word has no future");
        let words = mask_words(MaskMode::Zero, &leaky);
        assert!(words.contains(&format!("{:.1}%", leak * 100.0)), "{words}");
    }
}

#[test]
fn scores_spread_like_the_square_root_of_d_k() {
    for dk in [4u64, 64, 1024] {
        let mean: f64 = (0..40)
            .map(|seed| attention(dk, true, MaskMode::None, seed, 1.0).spread)
            .sum::<f64>()
            / 40.0;
        let ratio = mean / (dk as f64).sqrt();
        assert!(
            (0.85..1.15).contains(&ratio),
            "d_k {dk}: spread / sqrt(d_k) = {ratio}"
        );
    }
}

#[test]
fn growing_d_k_by_one_adds_one_product_to_each_score() {
    let (a, b) = (
        attention(100, false, MaskMode::None, 9, 1.0),
        attention(101, false, MaskMode::None, 9, 1.0),
    );
    for (ra, rb) in a.raw.iter().zip(&b.raw) {
        for (x, y) in ra.iter().zip(rb) {
            // One product of two standard normals: almost surely below 20 in size.
            assert!((x - y).abs() < 20.0 && x != y);
        }
    }
    assert_eq!(
        attention(5000, false, MaskMode::None, 9, 1.0),
        attention(1024, false, MaskMode::None, 9, 1.0)
    );
}

#[test]
fn unscaled_rows_saturate_as_d_k_grows_and_scaled_rows_do_not() {
    let (mut scaled, mut unscaled) = (0.0, 0.0);
    for seed in 0..20 {
        let (on, off) = saturation_curves(MaskMode::None, seed, 1.0);
        assert_eq!(on.len(), off.len());
        assert_eq!((on[0].0, on.last().unwrap().0), (1.0, 1024.0));
        // At d_k = 1 scaling changes nothing.
        assert_eq!(on[0].1, off[0].1);
        scaled += on.last().unwrap().1 / 20.0;
        unscaled += off.last().unwrap().1 / 20.0;
    }
    assert!(unscaled > 0.9, "unscaled at d_k = 1024: {unscaled}");
    assert!(scaled < 0.8, "scaled at d_k = 1024: {scaled}");
    let a = attention(1024, false, MaskMode::None, 3, 1.0);
    assert!(a.saturated >= 3, "{} rows saturated", a.saturated);
    assert!(scale_words(1024, false, &a).contains(&format!("{} of the 5 rows", a.saturated)));
    assert!(
        scale_words(1, true, &attention(1, true, MaskMode::None, 3, 1.0))
            .contains("changes nothing")
    );
}

#[test]
fn the_query_scale_multiplies_every_score_and_a_zero_query_attends_evenly() {
    let (one, half) = (
        attention(64, true, MaskMode::None, 3, 1.0),
        attention(64, true, MaskMode::None, 3, 0.5),
    );
    for (a, b) in one.raw.iter().flatten().zip(half.raw.iter().flatten()) {
        assert!((a * 0.5 - b).abs() < 1e-12);
    }
    let words = scale_words(64, true, &half);
    assert!(
        words.contains("0.50 × √d_k = 4.0") && words.contains("about 0.50"),
        "{words}"
    );
    assert!(scale_words(64, true, &one)
        .contains("√d_k = 8.0. Divided by √d_k they come back to about 1 "));
    let zero = attention(64, true, MaskMode::NegInf, 3, 0.0);
    for (i, row) in zero.weights.iter().enumerate() {
        let share = 1.0 / (i + 1) as f64;
        assert!(
            row[..=i].iter().all(|w| (w - share).abs() < 1e-12),
            "row {i}: {row:?}"
        );
    }
}

#[test]
fn the_comparison_names_both_sizes() {
    let rows = comparison();
    let size = rows.iter().find(|r| r[0] == "Size").unwrap();
    assert!(size[1].starts_with("5 here"), "{size:?}");
    assert!(size[2].starts_with("128,000"), "{size:?}");
    assert!(rows.iter().all(|r| r.iter().all(|c| !c.is_empty())));
}
