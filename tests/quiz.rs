//! The quiz's questions against answers worked out here from the numbers in their own text,
//! and the grading of typed and picked responses.

use softmax_lab::params::Section;
use softmax_lab::quiz::{passes, questions, Answer, Question, Verdict, PLAN, QUESTION_COUNT};

const SEEDS: std::ops::Range<u64> = 0..400;

/// Every number written in `text`, in order (`−` read as a minus sign).
fn numbers(text: &str) -> Vec<f64> {
    let text = text.replace('\u{2212}', "-");
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i] == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if b[i].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            out.push(text[start..i].parse().unwrap());
        } else {
            i = start + 1;
        }
    }
    out
}

/// Every question of `kind` over [`SEEDS`]; panics if the kind is drawn too rarely to test.
fn each(kind: &str) -> Vec<Question> {
    let found: Vec<Question> = SEEDS
        .flat_map(questions)
        .filter(|q| q.kind == kind)
        .collect();
    assert!(found.len() > 50, "{kind} drawn only {} times", found.len());
    found
}

fn number(q: &Question) -> f64 {
    match q.answer {
        Answer::Number { value, .. } => value,
        _ => panic!("{} is not a number question", q.kind),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// softmax written out independently of `src/math`.
fn reference_softmax(z: &[f64]) -> Vec<f64> {
    let e: Vec<f64> = z.iter().map(|x| x.exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|x| x / s).collect()
}

/// The word of cat, dog and bird that follows `before` in `text`.
fn word_after(text: &str, before: &str) -> usize {
    let at = text
        .find(before)
        .unwrap_or_else(|| panic!("no {before:?} in {text}"))
        + before.len();
    ["cat", "dog", "bird"]
        .iter()
        .position(|t| text[at..].starts_with(t))
        .unwrap_or_else(|| panic!("no token after {before:?} in {text}"))
}

/// Each kind with the section that teaches it, written here apart from the quiz's own plan.
const KINDS: [(&str, Section); 21] = [
    ("softmax", Section::Softmax),
    ("shift", Section::Softmax),
    ("temperature", Section::Sampling),
    ("placement", Section::Sampling),
    ("top-p", Section::Sampling),
    ("min-p", Section::Sampling),
    ("loss", Section::Loss),
    ("perplexity", Section::Loss),
    ("ranking", Section::Loss),
    ("smoothing", Section::Loss),
    ("distillation", Section::Loss),
    ("gradient", Section::Gradients),
    ("step", Section::Gradients),
    ("answer", Section::Training),
    ("overfit", Section::Training),
    ("overflow", Section::Stability),
    ("logsumexp", Section::Stability),
    ("scaled", Section::Attention),
    ("leak", Section::Attention),
    ("twice", Section::Pitfalls),
    ("sigmoid", Section::Pitfalls),
];

#[test]
fn every_seed_draws_a_balanced_quiz_in_lesson_order() {
    for seed in SEEDS {
        let qs = questions(seed);
        assert_eq!(qs.len(), QUESTION_COUNT);
        let sections: Vec<usize> = qs.iter().map(|q| q.section.number()).collect();
        assert!(sections.windows(2).all(|w| w[0] <= w[1]), "{sections:?}");
        for q in &qs {
            let (_, section) = KINDS.iter().find(|(k, _)| *k == q.kind).unwrap();
            assert_eq!(q.section, *section, "{} is in the wrong section", q.kind);
            assert_eq!(
                qs.iter().filter(|o| o.kind == q.kind).count(),
                1,
                "{} twice",
                q.kind
            );
        }
        // Every section the quiz covers asks exactly one question.
        for (section, count, _) in PLAN {
            let asked = qs.iter().filter(|q| q.section == section).count();
            assert_eq!(asked, count, "{section:?} in seed {seed}");
            assert_eq!(asked, 1, "one question from every section");
        }
    }
    let covered: Vec<Section> = PLAN.iter().map(|(s, _, _)| *s).collect();
    for s in Section::AVAILABLE {
        let taught = !matches!(s, Section::Overview | Section::Quiz);
        assert_eq!(
            covered.contains(&s),
            taught,
            "{s:?}: the quiz covers the sections of this build"
        );
    }
}

#[test]
fn every_kind_is_drawn_by_some_seeds() {
    for (kind, _) in KINDS {
        each(kind);
    }
}

#[test]
fn softmax_answers_match_the_logits_in_the_question() {
    for q in each("softmax") {
        let z = numbers(&q.prompt);
        assert_eq!(z.len(), 3, "{}", q.prompt);
        let token = word_after(&q.prompt, "softmax give ");
        assert!(
            close(number(&q), reference_softmax(&z)[token]),
            "{}",
            q.prompt
        );
    }
}

#[test]
fn temperature_answers_divide_the_logits_first() {
    for q in each("temperature") {
        let n = numbers(&q.prompt);
        let (z, t) = (&n[..3], n[3]);
        let scaled: Vec<f64> = z.iter().map(|x| x / t).collect();
        assert!(
            close(number(&q), reference_softmax(&scaled)[0]),
            "{}",
            q.prompt
        );
        assert!(q
            .reason
            .text()
            .contains(if t < 1.0 { "sharpens" } else { "flattens" }));
    }
}

#[test]
fn min_p_answers_count_the_tokens_at_or_above_min_p_times_the_top() {
    for q in each("min-p") {
        let n = numbers(&q.prompt);
        // Whole hundredths for the probabilities and min_p: the comparison below is exact
        // integer arithmetic, in ten-thousandths.
        let hundredths: Vec<i64> = n.iter().map(|x| (x * 100.0).round() as i64).collect();
        let (probs, m) = (&hundredths[..5], hundredths[5]);
        assert_eq!(probs.iter().sum::<i64>(), 100, "{}", q.prompt);
        let top = *probs.iter().max().unwrap();
        let kept = probs.iter().filter(|&&x| x * 100 >= m * top).count();
        assert!(kept >= 1);
        assert_eq!(number(&q), kept as f64, "{}", q.prompt);
        // No probability sits exactly on the bar.
        assert!(probs.iter().all(|&x| x * 100 != m * top), "{}", q.prompt);
        assert!(
            q.reason
                .text()
                .contains(&format!("{:.4}", m as f64 / 100.0 * top as f64 / 100.0)),
            "{}",
            q.reason.text()
        );
    }
}

#[test]
fn smoothing_answers_are_one_minus_e_plus_e_over_k() {
    for q in each("smoothing") {
        let n = numbers(&q.prompt);
        let (k, e) = (n[0], n[1]);
        assert!(
            (3.0..=10.0).contains(&k) && e > 0.0 && e < 0.5,
            "{}",
            q.prompt
        );
        assert!(close(number(&q), 1.0 - e + e / k), "{}", q.prompt);
        assert!(
            q.reason.text().contains(&format!("{:.4}", e / k)),
            "{}",
            q.reason.text()
        );
    }
}

#[test]
fn distillation_answers_are_the_exponential_of_the_gap_over_t() {
    for q in each("distillation") {
        let n = numbers(&q.prompt);
        let (dog, bird, t) = (n[0], n[1], n[2]);
        assert!(dog > bird && t >= 2.0, "{}", q.prompt);
        let p = reference_softmax(&[dog / t, bird / t]);
        assert!((number(&q) - p[0] / p[1]).abs() < 1e-9, "{}", q.prompt);
        assert!((number(&q) - ((dog - bird) / t).exp()).abs() < 1e-9);
        assert!(q.reason.text().contains("at T = 1"), "{}", q.reason.text());
    }
}

#[test]
fn top_p_answers_count_the_shortest_prefix_reaching_p() {
    for q in each("top-p") {
        let n = numbers(&q.prompt);
        // Whole hundredths, so the count below is exact arithmetic.
        let hundredths: Vec<i64> = n.iter().map(|x| (x * 100.0).round() as i64).collect();
        let (probs, p) = (&hundredths[..5], hundredths[5]);
        assert_eq!(probs.iter().sum::<i64>(), 100, "{}", q.prompt);
        assert!(probs.windows(2).all(|w| w[0] >= w[1]), "{}", q.prompt);
        assert!(probs.iter().all(|&x| x > 0), "{}", q.prompt);
        let mut total = 0;
        let kept = probs
            .iter()
            .position(|x| {
                total += x;
                total >= p
            })
            .unwrap()
            + 1;
        assert_eq!(number(&q), kept as f64, "{}", q.prompt);
        // No running total lands on p itself: no reader has to decide a tie.
        let mut total = 0;
        assert!(probs.iter().all(|x| {
            total += x;
            total != p
        }));
    }
}

#[test]
fn loss_and_perplexity_answers_follow_their_formulas() {
    for q in each("loss") {
        let p = numbers(&q.prompt)[0];
        assert!(close(number(&q), -p.ln()), "{}", q.prompt);
    }
    for q in each("perplexity") {
        let mean = numbers(&q.prompt)[0];
        assert!(close(number(&q), mean.exp()), "{}", q.prompt);
    }
}

#[test]
fn gradient_answers_are_p_minus_one_hot() {
    let (mut on_target, mut off_target) = (0, 0);
    for q in each("gradient") {
        let z = numbers(&q.prompt);
        let (target, asked) = (
            word_after(&q.prompt, "correct word is "),
            word_after(&q.prompt, "respect to "),
        );
        let y = if target == asked { 1.0 } else { 0.0 };
        let expected = reference_softmax(&z[..3])[asked] - y;
        assert!(close(number(&q), expected), "{}", q.prompt);
        assert!(
            (number(&q) < 0.0) == (target == asked),
            "only the right word's is negative"
        );
        if target == asked {
            on_target += 1;
        } else {
            off_target += 1;
        }
    }
    assert!(on_target > 10 && off_target > 10);
}

#[test]
fn logsumexp_answers_take_the_largest_out_first() {
    for q in each("logsumexp") {
        let z = numbers(&q.prompt);
        let m = z[0];
        assert!(m >= 200.0, "large enough to overflow f32: {}", q.prompt);
        let expected = m + z[..3].iter().map(|x| (x - m).exp()).sum::<f64>().ln();
        assert!(close(number(&q), expected), "{}", q.prompt);
        assert!(number(&q).is_finite());
    }
}

#[test]
fn answer_only_losses_average_the_last_three_positions() {
    for q in each("answer") {
        let n = numbers(&q.prompt);
        assert_eq!(n.len(), 5, "{}", q.prompt);
        assert!(
            close(number(&q), (n[2] + n[3] + n[4]) / 3.0),
            "{}",
            q.prompt
        );
    }
}

#[test]
fn attention_answers_scale_by_root_d_k_and_count_the_leak() {
    for q in each("scaled") {
        let n = numbers(&q.prompt);
        let (raw, dk) = (n[0], n[1]);
        assert_eq!(dk.sqrt().fract(), 0.0, "a square d_k: {}", q.prompt);
        assert!(close(number(&q), raw / dk.sqrt()), "{}", q.prompt);
    }
    for q in each("leak") {
        let s = numbers(&q.prompt)[0];
        assert!(close(number(&q), 4.0 / (s.exp() + 4.0)), "{}", q.prompt);
    }
}

#[test]
fn softmax_twice_answers_apply_softmax_to_the_probabilities() {
    for q in each("twice") {
        let z = numbers(&q.prompt);
        let target = word_after(&q.prompt, "correct word is ");
        let twice = reference_softmax(&reference_softmax(&z[..3]));
        assert!(close(number(&q), -twice[target].ln()), "{}", q.prompt);
        // The reason names the right loss beside the wrong one.
        let right = -reference_softmax(&z[..3])[target].ln();
        assert!(
            q.reason.text().ends_with(&format!("{right:.3}.")),
            "{}",
            q.reason.text()
        );
    }
}

#[test]
fn choice_questions_mark_the_option_that_is_true() {
    for (kind, truth) in [
        ("shift", "stay exactly the same"),
        ("placement", "divides the logits, before softmax"),
        ("ranking", "on a wrong word"),
        ("sigmoid", "A sigmoid per label"),
        ("overfit", "Overfitting"),
    ] {
        for q in each(kind) {
            let Answer::Choice { options, right } = &q.answer else {
                panic!("{kind} is not a choice");
            };
            assert_eq!(options.len(), 4, "{kind}: four options");
            assert!(options[*right].contains(truth), "{kind}: {:?}", options);
            assert_eq!(options.iter().filter(|o| o.contains(truth)).count(), 1);
        }
    }
}

#[test]
fn step_answers_name_the_most_likely_wrong_word() {
    for q in each("step") {
        let z = numbers(&q.prompt);
        let target = word_after(&q.prompt, "correct word is ");
        let p = reference_softmax(&z[..3]);
        let Answer::Choice { options, right } = &q.answer else {
            panic!("step is not a choice");
        };
        let falls = word_after(&options[*right], "The logit of ");
        assert_ne!(falls, target, "{}", q.prompt);
        for i in (0..3).filter(|&i| i != target && i != falls) {
            assert!(p[falls] > p[i], "{}: no tie for the largest fall", q.prompt);
        }
    }
}

#[test]
fn overflow_answers_are_the_only_logit_past_ln_max() {
    let mut precisions = std::collections::HashSet::new();
    for q in each("overflow") {
        let limit = if q.prompt.contains("in f32") {
            f64::from(f32::MAX).ln()
        } else {
            assert!(q.prompt.contains("in f64"), "{}", q.prompt);
            f64::MAX.ln()
        };
        precisions.insert(q.prompt.contains("in f32"));
        let Answer::Choice { options, right } = &q.answer else {
            panic!("overflow is not a choice");
        };
        for (i, option) in options.iter().enumerate() {
            let z = numbers(option)[0];
            assert_eq!(z > limit, i == *right, "{option} in {}", q.prompt);
            assert!(z > 0.0 && z.fract() == 0.0, "{option}");
        }
    }
    assert_eq!(precisions.len(), 2, "both precisions are asked about");
}

#[test]
fn the_right_option_moves_between_seeds() {
    for kind in [
        "shift",
        "placement",
        "ranking",
        "step",
        "overflow",
        "sigmoid",
    ] {
        let places: std::collections::HashSet<usize> = each(kind)
            .iter()
            .map(|q| match &q.answer {
                Answer::Choice { right, .. } => *right,
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            places.len(),
            4,
            "{kind}: the shuffle leaves the right option in place"
        );
    }
}

#[test]
fn numbers_change_between_seeds() {
    for (kind, _) in KINDS {
        let variants: std::collections::HashSet<String> = each(kind)
            .iter()
            .map(|q| format!("{} {:?}", q.prompt, q.answer))
            .collect();
        assert!(
            variants.len() > 20,
            "{kind}: only {} variants",
            variants.len()
        );
    }
}

#[test]
fn the_shown_solution_grades_right_and_others_wrong() {
    for seed in SEEDS {
        for q in questions(seed) {
            match &q.answer {
                Answer::Choice { options, right } => {
                    for i in 0..options.len() {
                        let expected = if i == *right {
                            Verdict::Right
                        } else {
                            Verdict::Wrong
                        };
                        assert_eq!(q.grade(&i.to_string()), expected);
                    }
                    assert_eq!(q.grade(""), Verdict::Unreadable);
                    assert_eq!(q.grade(&options.len().to_string()), Verdict::Unreadable);
                }
                Answer::Number {
                    value, tolerance, ..
                } => {
                    assert_eq!(q.grade(&q.solution()), Verdict::Right, "{}", q.prompt);
                    assert_eq!(
                        q.grade(&format!("{}", value + 2.0 * tolerance)),
                        Verdict::Wrong
                    );
                    assert_eq!(
                        q.grade(&format!("{}", value - 2.0 * tolerance)),
                        Verdict::Wrong
                    );
                    assert_eq!(q.grade("NaN"), Verdict::Unreadable);
                    assert_eq!(q.grade("1e999"), Verdict::Unreadable);
                }
            }
        }
    }
}

#[test]
fn reasons_show_the_worked_numbers() {
    // Every answer asked for to two decimals is worked to three in its reason.
    for q in SEEDS.flat_map(questions) {
        if let Answer::Number {
            value, decimals: 2, ..
        } = q.answer
        {
            let reason = q.reason.text().replace('\u{2212}', "-");
            assert!(
                reason.contains(&format!("{value:.3}")),
                "{}: {}",
                q.kind,
                q.reason.text()
            );
        }
    }
}

#[test]
fn typed_answers_read_as_people_write_them() {
    let q = Question {
        kind: "gradient",
        section: Section::Gradients,
        prompt: String::new(),
        reason: softmax_lab::later!(softmax_lab::text::keys::worked::LOSS_REASON, "", ""),
        answer: Answer::Number {
            value: -0.886,
            decimals: 2,
            tolerance: 0.01,
        },
    };
    for typed in ["-0.89", "\u{2212}0.89", "-0,88", " -0.886 ", "-.89"] {
        assert_eq!(q.grade(typed), Verdict::Right, "{typed}");
    }
    for typed in ["0.89", "-0.9", "-1"] {
        assert_eq!(q.grade(typed), Verdict::Wrong, "{typed}");
    }
    for typed in ["", "minus 0.89", "-0.89 nats", "<b>1</b>"] {
        assert_eq!(q.grade(typed), Verdict::Unreadable, "{typed}");
    }
}

#[test]
fn passing_needs_three_quarters() {
    assert!(passes(6, 8) && passes(8, 8));
    assert!(!passes(5, 8));
    assert!(passes(3, 4) && !passes(2, 4));
    assert!(!passes(0, 0));
}

/// The quiz's opening (written once in `src/section.rs`, also into index.html) names the real
/// pass mark and question count.
#[test]
fn the_quiz_opening_names_the_pass_mark_and_the_count() {
    use softmax_lab::quiz::PASS_SHARE;
    let needed = (PASS_SHARE * QUESTION_COUNT as f64).ceil();
    let sentence = format!("Get {needed} of the {QUESTION_COUNT} right to pass");
    assert!(
        Section::Quiz.lede().contains(&sentence),
        "{}",
        Section::Quiz.lede()
    );
}
