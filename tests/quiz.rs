//! The quiz's questions against answers worked out here from the numbers in their own text,
//! and the grading of typed and picked responses.

use softmax_lab::quiz::{passes, questions, Answer, Question, Verdict, QUESTION_COUNT};

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

fn find<'a>(qs: &'a [Question], kind: &str) -> &'a Question {
    qs.iter().find(|q| q.kind == kind).unwrap()
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

#[test]
fn every_seed_gives_eight_questions_in_lesson_order() {
    for seed in SEEDS {
        let kinds: Vec<&str> = questions(seed).iter().map(|q| q.kind).collect();
        assert_eq!(kinds.len(), QUESTION_COUNT);
        assert_eq!(
            kinds,
            [
                "softmax",
                "shift",
                "temperature",
                "placement",
                "top-p",
                "loss",
                "perplexity",
                "ranking"
            ]
        );
    }
}

#[test]
fn softmax_answers_match_the_logits_in_the_question() {
    for seed in SEEDS {
        let qs = questions(seed);
        let q = find(&qs, "softmax");
        let z = numbers(&q.prompt);
        assert_eq!(z.len(), 3, "{}", q.prompt);
        let token = ["cat", "dog", "bird"]
            .iter()
            .position(|t| q.prompt.contains(&format!("softmax give {t}?")))
            .unwrap();
        assert!(
            close(number(q), reference_softmax(&z)[token]),
            "{}",
            q.prompt
        );
    }
}

#[test]
fn temperature_answers_divide_the_logits_first() {
    for seed in SEEDS {
        let qs = questions(seed);
        let q = find(&qs, "temperature");
        let n = numbers(&q.prompt);
        let (z, t) = (&n[..3], n[3]);
        let scaled: Vec<f64> = z.iter().map(|x| x / t).collect();
        assert!(
            close(number(q), reference_softmax(&scaled)[0]),
            "{}",
            q.prompt
        );
        assert!(q
            .reason
            .contains(if t < 1.0 { "sharpens" } else { "flattens" }));
    }
}

#[test]
fn top_p_answers_count_the_shortest_prefix_reaching_p() {
    for seed in SEEDS {
        let qs = questions(seed);
        let q = find(&qs, "top-p");
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
        assert_eq!(number(q), kept as f64, "{}", q.prompt);
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
    for seed in SEEDS {
        let qs = questions(seed);
        let loss = find(&qs, "loss");
        let p = numbers(&loss.prompt)[0];
        assert!(close(number(loss), -p.ln()), "{}", loss.prompt);
        let ppl = find(&qs, "perplexity");
        let mean = numbers(&ppl.prompt)[0];
        assert!(close(number(ppl), mean.exp()), "{}", ppl.prompt);
    }
}

#[test]
fn choice_questions_mark_the_option_that_is_true() {
    for seed in SEEDS {
        let qs = questions(seed);
        for (kind, truth) in [
            ("shift", "stay exactly the same"),
            ("placement", "divides the logits, before softmax"),
            ("ranking", "on a wrong word"),
        ] {
            let q = find(&qs, kind);
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
fn the_right_option_moves_between_seeds() {
    let places: std::collections::HashSet<usize> = SEEDS
        .map(|s| match &questions(s)[1].answer {
            Answer::Choice { right, .. } => *right,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        places.len(),
        4,
        "the shuffle leaves the right option in place"
    );
}

#[test]
fn numbers_change_between_seeds() {
    for kind in [
        "softmax",
        "temperature",
        "top-p",
        "loss",
        "perplexity",
        "ranking",
    ] {
        let prompts: std::collections::HashSet<String> = SEEDS
            .map(|s| {
                let q = questions(s).into_iter().find(|q| q.kind == kind).unwrap();
                format!("{} {:?}", q.prompt, q.answer)
            })
            .collect();
        assert!(
            prompts.len() > 20,
            "{kind}: only {} variants",
            prompts.len()
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
    let qs = questions(42);
    let q = find(&qs, "softmax");
    // The reason ends with the answer to three decimals.
    let shown = numbers(&q.reason);
    assert!(
        (shown.last().unwrap() - number(q)).abs() < 5e-4,
        "{}",
        q.reason
    );
    let q = find(&qs, "loss");
    assert!(
        q.reason.contains(&format!("{:.3}", number(q))),
        "{}",
        q.reason
    );
}

#[test]
fn typed_answers_read_as_people_write_them() {
    let q = Question {
        kind: "gradient",
        prompt: String::new(),
        reason: String::new(),
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
