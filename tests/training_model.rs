//! The training section's model: a run falls on the training set, matches finite differences,
//! repeats for a seed, overfits with few sentences, and its tables and positions add up.

use softmax_lab::math::{self, BigramModel};
use softmax_lab::sections::training::model::{
    corpus, mean_loss, next_tokens, overfitting, positions, table_rows, Run, MAX_STEPS,
};

#[test]
fn the_training_loss_falls_and_the_same_seed_gives_the_same_run() {
    let mut a = Run::new(7, 30);
    for _ in 0..300 {
        a.step(0.5);
    }
    let h = a.history();
    assert!(
        h.windows(2).all(|w| w[1].0 <= w[0].0 + 1e-12),
        "full-batch descent never goes up at lr 0.5"
    );
    assert!(h[300].0 < h[0].0 - 1.0);
    let mut b = Run::new(7, 30);
    // The same steps, cut into frames differently, give the same curve.
    let mut taken = 0;
    while taken < 300 {
        taken += b.advance(0.5, 250.0, 37.0).min(300 - taken);
    }
    assert_eq!(&b.history()[..301], &h[..301]);
    assert_ne!(
        Run::new(8, 30).history(),
        Run::new(7, 30).history(),
        "another seed, another split"
    );
}

#[test]
fn the_gradient_of_a_step_matches_finite_differences() {
    // A step moves the weights by -lr g. If g is the true gradient of the training loss, the loss
    // falls by lr |g|^2 to first order: (L(W) - L(W - lr g)) / lr -> g . g as lr -> 0. A wrong g
    // (sign, scale or entries) gives grad L . g instead, which differs.
    for (seed, train) in [(3, 6), (11, 30)] {
        let mut model = BigramModel::new(&corpus(), seed, train);
        model.train(1.0, 20); // away from the symmetric start
        let lr = 1e-5;
        let mut stepped = model.clone();
        stepped.step(lr);
        let v = model.vocab().len();
        let g2: f64 = (0..v)
            .flat_map(|a| {
                let (before, after) = (model.logits(a), stepped.logits(a));
                before
                    .iter()
                    .zip(after)
                    .map(|(x, y)| ((x - y) / lr).powi(2))
                    .collect::<Vec<_>>()
            })
            .sum();
        let fall = (model.train_loss() - stepped.train_loss()) / lr;
        assert!(g2 > 1e-4, "a real gradient");
        assert!(
            (fall - g2).abs() < 1e-3 * g2,
            "seed {seed}: loss fell {fall}, |g|^2 = {g2}"
        );
    }
}

#[test]
fn a_small_training_set_overfits_and_the_chart_says_where() {
    let mut run = Run::new(42, 3);
    for _ in 0..400 {
        run.step(2.0);
    }
    let (at, low) = overfitting(run.history()).expect("three sentences overfit");
    let h = run.history();
    assert_eq!(low, h[at].1);
    assert!(h.iter().all(|x| x.1 >= low));
    assert!(h.last().unwrap().1 > low + 0.5, "validation rose clearly");
    assert!(h.last().unwrap().0 < h[at].0, "while training kept falling");
    assert_eq!(overfitting(&h[..=at]), None, "not before it happens");
}

#[test]
fn the_run_stops_at_its_last_step() {
    let mut run = Run::new(1, 10);
    while run.advance(0.5, 500.0, 1000.0) > 0 {}
    assert_eq!(run.steps(), MAX_STEPS);
    assert!(run.finished());
    run.step(0.5);
    assert_eq!(run.steps(), MAX_STEPS);
    assert_eq!(run.advance(0.5, f64::NAN, 16.0), 0);
    let rows = table_rows(run.history());
    assert_eq!(rows.first().unwrap().0, 0);
    assert_eq!(rows.last().unwrap().0, MAX_STEPS);
    assert!(rows.len() <= 42);
    assert!(rows
        .iter()
        .all(|r| r.1 == run.history()[r.0].0 && r.2 == run.history()[r.0].1));
}

#[test]
fn predictions_and_positions_follow_the_model() {
    let mut run = Run::new(42, 30);
    for _ in 0..500 {
        run.step(2.0);
    }
    let m = run.model();
    let the = m.vocab().id("the").unwrap();
    let top = next_tokens(m, the, 8);
    assert!(
        top.windows(2).all(|w| w[0].2 >= w[1].2),
        "most likely first"
    );
    let p = m.next_token_probs(the, 1.0);
    for (word, z, q) in &top {
        let i = m.vocab().id(word).unwrap();
        assert_eq!((*z, *q), (m.logits(the)[i], p[i]));
    }
    let pos = positions(m);
    let words: Vec<&str> = pos.iter().map(|x| x.next.as_str()).collect();
    assert_eq!(words, ["the", "cat", "sat", "on", "the", "mat", "."]);
    for x in &pos {
        let (a, b) = (
            m.vocab().id(&x.context).unwrap(),
            m.vocab().id(&x.next).unwrap(),
        );
        assert!((x.loss + m.next_token_probs(a, 1.0)[b].ln()).abs() < 1e-9);
    }
    let all: f64 = pos.iter().map(|x| x.loss).sum::<f64>() / 7.0;
    let answer: f64 = pos[2..].iter().map(|x| x.loss).sum::<f64>() / 5.0;
    assert!((mean_loss(&pos, false) - all).abs() < 1e-12);
    assert!((mean_loss(&pos, true) - answer).abs() < 1e-12);
}

#[test]
fn the_lessons_two_positions_average_to_1_238() {
    let rows = vec![vec![3.0, 1.0, 0.0], vec![0.5, 0.0, 2.0]];
    let losses = math::row_losses(&rows, &[1, 2]);
    assert!((losses[0] - 2.170).abs() < 5e-4 && (losses[1] - 0.306).abs() < 5e-4);
    assert!((math::mean_cross_entropy(&rows, &[1, 2]) - 1.238).abs() < 5e-4);
}
