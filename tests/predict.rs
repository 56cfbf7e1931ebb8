//! Predict first: each prediction's answer from the math against LESSON.md's facts, the bands
//! a guess is graded in, and each challenge's goal met and not met.

use softmax_lab::params::{Params, Section};
use softmax_lab::predict::{
    challenge, grade, prediction, settings, validation_minimum, Answer, Ask, Live, Verdict,
    CHALLENGES, PREDICTIONS,
};

fn value(id: &str) -> f64 {
    match prediction(id).unwrap().solve() {
        Answer::Value(v) => v,
        other => panic!("{id}: a number expected, got {other:?}"),
    }
}

fn choice(id: &str) -> usize {
    match prediction(id).unwrap().solve() {
        Answer::Choice(c) => c,
        other => panic!("{id}: a choice expected, got {other:?}"),
    }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn seventeen_predictions_one_in_the_big_picture_two_in_each_later_section() {
    assert_eq!(PREDICTIONS.len(), 17);
    for s in Section::AVAILABLE {
        let n = PREDICTIONS.iter().filter(|p| p.section == s).count();
        let want = match s {
            Section::Overview => 1,
            Section::Quiz => 0,
            _ => 2,
        };
        assert_eq!(n, want, "{s:?}");
    }
    let mut ids: Vec<&str> = PREDICTIONS.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 17, "every id once");
}

#[test]
fn every_set_up_is_a_clean_link_and_every_answer_fits_its_question() {
    for p in &PREDICTIONS {
        let (_, notices) = Params::from_query(p.setup);
        assert!(notices.is_empty(), "{}: {:?}", p.id, notices);
        match (p.ask, p.solve()) {
            (
                Ask::Value {
                    min,
                    max,
                    close,
                    near,
                    ..
                },
                Answer::Value(v),
            ) => {
                assert!(
                    v.is_finite() && (min..=max).contains(&v),
                    "{}: {v} in [{min}, {max}]",
                    p.id
                );
                assert!(0.0 < close && close < near, "{}", p.id);
            }
            (Ask::Choice { options }, Answer::Choice(c)) => {
                assert!(c < options, "{}: choice {c} of {options}", p.id)
            }
            (ask, answer) => panic!("{}: {ask:?} answered with {answer:?}", p.id),
        }
    }
}

#[test]
fn the_answers_are_lessons_facts() {
    // Adding 10 changes nothing; doubling sharpens: 0.609 and 0.842.
    assert!(close(value("softmax-add"), 0.609, 5e-4));
    assert!(close(value("softmax-double"), 0.842, 5e-4));
    // T towards 0: the favourite takes it all (choice 0: towards 1).
    assert_eq!(choice("sampling-cold"), 0);
    // Min-p 0.1 keeps 2, 3, 4 tokens at T = 0.5, 1, 2 (choice 1: more as T rises).
    assert_eq!(choice("sampling-min-p"), 1);
    // ln 50,257 = 10.82 nats.
    assert!(close(value("loss-uniform"), 10.82, 5e-3));
    // 0.1 -> 0.01 (+2.303) costs more than 0.9 -> 0.5 (+0.588): choice 1.
    assert_eq!(choice("loss-drops"), 1);
    // The gradient's entries sum to 0; at p = 0.99 the right word's is −0.01.
    assert!(close(value("gradients-sum"), 0.0, 1e-12));
    assert!(close(value("gradients-sure"), -0.01, 5e-4));
    // [1000, 999] naively is not finite (choice 1); f32's e^z overflows past 88.72.
    assert_eq!(choice("stability-naive"), 1);
    assert!(close(value("stability-f32"), 88.72, 5e-3));
    // Unscaled, rows turn one-hot as d_k grows (choice 1); masked with 0, each gets 0.083.
    assert_eq!(choice("attention-unscaled"), 1);
    assert!(close(value("attention-zero-mask"), 0.083, 5e-4));
    // Softmax twice flattens (choice 1); dividing probabilities by T changes nothing (choice 0).
    assert_eq!(choice("pitfalls-twice"), 1);
    assert_eq!(choice("pitfalls-after"), 0);
    // The big picture: softmax is the step whose output sums to 1 (choice 3).
    assert_eq!(choice("overview-step"), 3);
}

#[test]
fn training_answers_come_from_a_whole_run() {
    // Five sentences: the validation loss falls, then rises (choice 1).
    assert_eq!(choice("training-few"), 1);
    // Ten times the rate (0.5 to 5): this small model's full-batch descent stays smooth and
    // gets faster (choice 0); LESSON.md expects jumps, which only come past the slider's range.
    assert_eq!(choice("training-rate"), 0);
}

#[test]
fn a_value_is_graded_in_three_bands_and_a_choice_right_or_not() {
    let p = prediction("softmax-double").unwrap();
    let answer = p.solve();
    let Answer::Value(a) = answer else {
        unreachable!()
    };
    let Ask::Value { close, near, .. } = p.ask else {
        unreachable!()
    };
    assert_eq!(grade(p.ask, Answer::Value(a), answer), Verdict::Close);
    assert_eq!(
        grade(p.ask, Answer::Value(a + close), answer),
        Verdict::Close,
        "the edge is in"
    );
    assert_eq!(
        grade(p.ask, Answer::Value(a - close - 0.01), answer),
        Verdict::Near
    );
    assert_eq!(grade(p.ask, Answer::Value(a - near), answer), Verdict::Near);
    assert_eq!(
        grade(p.ask, Answer::Value(a - near - 0.01), answer),
        Verdict::Far
    );
    assert_eq!(grade(p.ask, Answer::Value(f64::NAN), answer), Verdict::Far);
    let c = prediction("loss-drops").unwrap();
    assert_eq!(grade(c.ask, Answer::Choice(1), c.solve()), Verdict::Right);
    assert_eq!(grade(c.ask, Answer::Choice(0), c.solve()), Verdict::Other);
    assert_eq!(grade(c.ask, Answer::Value(1.0), c.solve()), Verdict::Other);
}

fn live(section: Section, query: &str, facts: &str) -> Live {
    Live::new(settings(section, query), facts)
}

fn met(id: &str, l: &Live) -> Option<Vec<f64>> {
    (challenge(id).unwrap().goal)(l)
}

#[test]
fn softmax_two_tokens_at_forty_percent() {
    let s = Section::Softmax;
    assert_eq!(
        met("softmax-forty", &live(s, "", "")),
        None,
        "the default is not it"
    );
    // Two tied logits and a third at the tie − ln 2 (LESSON's way): 0.4, 0.4, 0.2.
    let l = live(s, &format!("logits=1,1,{}", 1.0 - 2f64.ln()), "");
    let numbers = met("softmax-forty", &l).expect("met");
    assert!(
        numbers.iter().all(|p| (p - 0.4).abs() < 5e-4),
        "{numbers:?}"
    );
    assert_eq!(met("softmax-forty", &live(s, "logits=1,1,0.2", "")), None);
}

#[test]
fn sampling_three_tokens_by_top_p_alone() {
    let s = Section::Sampling;
    // 0.834 < top-p <= 0.970 keeps three of the default four.
    let numbers = met("sampling-three", &live(s, "top_p=0.9", "")).expect("met");
    assert_eq!(numbers[0], 0.9);
    assert!((numbers[1] - 0.970).abs() < 5e-4, "{numbers:?}");
    assert_eq!(
        met("sampling-three", &live(s, "top_p=0.8", "")),
        None,
        "two kept"
    );
    assert_eq!(
        met("sampling-three", &live(s, "top_p=0.99", "")),
        None,
        "four kept"
    );
    assert_eq!(
        met("sampling-three", &live(s, "top_p=0.9&top_k=3", "")),
        None,
        "top-k helped"
    );
    assert_eq!(
        met("sampling-three", &live(s, "top_p=0.9&t=1.2", "")),
        None,
        "T moved"
    );
}

#[test]
fn loss_under_a_tenth_of_a_nat() {
    let s = Section::Loss;
    assert_eq!(
        met("loss-under", &live(s, "p_true=0.9", "")),
        None,
        "−ln 0.9 = 0.105"
    );
    let numbers = met("loss-under", &live(s, "p_true=0.91", "")).expect("met");
    assert!((numbers[1] - 0.0943).abs() < 5e-4, "{numbers:?}");
}

#[test]
fn gradients_right_word_at_minus_a_half() {
    let s = Section::Gradients;
    assert_eq!(
        met("gradients-half", &live(s, "logits=3,1,0&target=1", "")),
        None
    );
    // p(right) = 0.5 when its logit equals ln of the others' e^z sum: ln(e^1 + e^0).
    let z0 = (1f64.exp() + 1.0).ln();
    let numbers = met(
        "gradients-half",
        &live(s, &format!("logits={z0},1,0&target=0"), ""),
    )
    .expect("met");
    assert!(
        (numbers[0] + 0.5).abs() < 5e-4 && (numbers[1] - 0.5).abs() < 5e-4,
        "{numbers:?}"
    );
    // As the table writes it with two decimals: p = 0.496 shows −0.50, p = 0.494 shows −0.51.
    let at = |p: f64| {
        let z0 = (p / (1.0 - p) * (1f64.exp() + 1.0)).ln();
        met(
            "gradients-half",
            &live(s, &format!("logits={z0},1,0&target=0"), ""),
        )
    };
    assert!(at(0.496).is_some() && at(0.504).is_some());
    assert!(at(0.494).is_none() && at(0.506).is_none());
}

#[test]
fn training_stopped_near_the_validation_minimum() {
    let s = Section::Training;
    let settings_now = settings(s, "train=5");
    let best = validation_minimum(&settings_now);
    assert!(
        best > 0 && best < 5000,
        "five sentences overfit: the minimum is inside the run ({best})"
    );
    let at =
        |steps: usize, running: u8| live(s, "train=5", &format!("steps={steps}&running={running}"));
    assert_eq!(
        met("training-stop", &at(best + 50, 0)),
        Some(vec![(best + 50) as f64, best as f64])
    );
    assert!(met("training-stop", &at(best.saturating_sub(50).max(1), 0)).is_some());
    assert_eq!(met("training-stop", &at(best + 51, 0)), None, "too late");
    assert_eq!(met("training-stop", &at(best, 1)), None, "still running");
    assert_eq!(
        met("training-stop", &live(s, "train=5", "")),
        None,
        "no facts, no verdict"
    );
}

#[test]
fn stability_an_infinite_naive_loss_from_finite_logits() {
    let s = Section::Stability;
    let at = |query: &str| met("stability-infinite", &live(s, query, ""));
    assert_eq!(at(""), None);
    // f64: at c = 707 the sum still fits (logsumexp 709.50 < 709.78); at 707.5 it overflows while
    // every term fits, so every naive p is 0: cat's loss is infinite, log-softmax's 0.496.
    assert_eq!(at("offset=707"), None);
    let numbers = at("offset=707.5").expect("the sum overflows");
    assert_eq!(numbers[..2], [707.5, 0.0]);
    assert!((numbers[2] - 0.4953).abs() < 1e-3, "{numbers:?}");
    // Past every term's overflow the naive p are all NaN, not 0: no infinite loss to show.
    assert_eq!(at("offset=1000"), None);
    // f32 breaks far sooner.
    assert_eq!(at("offset=88&float=f32").map(|n| n[1]), Some(2.0));
    assert_eq!(at("offset=80&float=f32"), None);
}

#[test]
fn attention_one_row_uniform() {
    let s = Section::Attention;
    let at = |query: &str| met("attention-uniform", &live(s, query, ""));
    assert_eq!(at(""), None);
    assert_eq!(at("query=0.5"), None);
    // Every score 0: with the causal mask the first row takes in one word only, so the first
    // uniform row is the second, at one half each.
    assert_eq!(at("query=0"), Some(vec![1.0, 0.5, 2.0]));
    assert_eq!(at("query=0&mask=none"), Some(vec![0.0, 0.2, 5.0]));
    assert_eq!(at("query=0&mask=zero"), Some(vec![0.0, 0.2, 5.0]));
}

#[test]
fn pitfalls_temperature_moved_before_softmax() {
    let s = Section::Pitfalls;
    let at = |query: &str| met("pitfalls-before", &live(s, query, ""));
    assert_eq!(at(""), None);
    assert_eq!(at("t=0.5"), None, "after softmax, T changes nothing");
    assert_eq!(at("t_logits=1"), None, "at T = 1 nothing moves");
    assert_eq!(at("t_logits=1&t=1.01"), None, "too small to see");
    let numbers = at("t_logits=1&t=0.5").expect("the bars move");
    assert_eq!(numbers[0], 0.5);
    // cat: 0.609 at T = 1, 0.842 at T = 0.5.
    assert!((numbers[1] - 0.2326).abs() < 1e-3, "{numbers:?}");
    assert_eq!(CHALLENGES.len(), 8);
}

#[test]
fn the_cards_on_the_page_are_the_ones_progress_counts() {
    use softmax_lab::progress::ON_THE_PAGE;
    // Every id the sections place: predict_slots(&["…"]), and KeepInView's predict=&["…"] and
    // challenge=&["…"].
    let mut slots: Vec<String> = Vec::new();
    for entry in walk(std::path::Path::new("src/sections")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        for opening in ["predict_slots(&[", "predict=&[", "challenge=&["] {
            for piece in text.split(opening).skip(1) {
                let list = &piece[..piece.find(']').unwrap()];
                slots.extend(
                    list.split(',')
                        .map(|id| id.trim().trim_matches('"').to_string()),
                );
            }
        }
    }
    slots.sort();
    let mut counted: Vec<String> = ON_THE_PAGE.iter().map(|s| s.id.to_string()).collect();
    counted.sort();
    assert_eq!(
        slots, counted,
        "the section list counts exactly the cards on the page"
    );
    for slot in &ON_THE_PAGE {
        let (id, section) = (slot.id, slot.section);
        let known = prediction(id)
            .map(|p| p.section)
            .or(challenge(id).map(|c| c.section));
        assert_eq!(
            known,
            Some(section),
            "{id} is a prediction or challenge of {section:?}"
        );
        assert_eq!(slot.challenge, challenge(id).is_some(), "{id}: its kind");
    }
}

/// Every .rs file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn an_interaction_is_scorm_1_2() {
    use softmax_lab::predict::{interaction, numeric_response, Kind};
    let calls = interaction(0, "softmax-forty", Kind::Performance, "0.4,0.4", "correct");
    let fields: Vec<&str> = calls.iter().map(|(e, _)| e.as_str()).collect();
    assert_eq!(
        fields,
        [
            "cmi.interactions.0.id",
            "cmi.interactions.0.type",
            "cmi.interactions.0.student_response",
            "cmi.interactions.0.result"
        ]
    );
    for p in &PREDICTIONS {
        // An id is a CMIIdentifier: no spaces, at most 255 characters.
        assert!(p.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && p.id.len() <= 255);
    }
    let long = "9".repeat(300);
    assert_eq!(
        interaction(1, "x", Kind::Numeric, &long, "neutral")[2]
            .1
            .len(),
        255
    );
    assert_eq!(numeric_response(0.609), "0.609");
}
