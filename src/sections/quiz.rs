//! Section 9, check yourself: the questions of [`crate::quiz`] for the lesson's seed, each with
//! a "Check" button, feedback with the worked reason, a score, and completion at 75%.
//!
//! Like the share dialog, the questions are static markup written once per seed from one
//! escaped HTML string, with one submit handler for all of them and no signals of their own:
//! what a student has answered lives in the form itself (`data-result`), and the answers are
//! drawn again from the seed when a question is checked. New questions come with a new seed, so
//! a shared link gives the same quiz.

use crate::browser::{self, find};
use crate::components::format::escape_html;
use crate::quiz::{passes, questions, Answer, Question, Verdict, PASS_SHARE, QUESTION_COUNT};
use crate::state::use_lesson;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Section 9.
#[component]
pub fn QuizSection() -> impl IntoView {
    let state = use_lesson();
    Effect::new(move |_| {
        let seed = state.seed.get();
        if let Some(list) = find::<Element>(".quiz__list") {
            list.set_inner_html(&quiz_html(&questions(seed)));
        }
        show_score();
    });
    let needed = (PASS_SHARE * QUESTION_COUNT as f64).ceil();
    let best = browser::best_quiz_score().filter(|&s| s >= PASS_SHARE);
    view! {
        <div class="section-intro">
            <p class="lede">
                {format!(
                    "Short questions on logits, softmax, temperature, top-p and cross-entropy, with new numbers \
                     each time you ask for new questions. Work them out on paper, with a calculator or with the \
                     sliders of the earlier sections. Get {needed} of the {QUESTION_COUNT} right to pass and mark \
                     the lesson complete."
                )}
            </p>
            {best.map(|s| view! {
                <p class="quiz__best" data-testid="quiz-best">
                    {format!("You passed this check before, with {:.0}% right. Try new questions any time.", s * 100.0)}
                </p>
            })}
        </div>
        <div class="quiz__list" data-testid="quiz" on:submit=move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            if let Some(form) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                check(&form, state.seed.get_untracked());
            }
        }></div>
        <div class="card quiz__footer">
            <p class="quiz__score" role="status" data-testid="quiz-score"></p>
            <button class="button" data-testid="quiz-new" on:click=move |_| state.reroll_seed()>
                "New questions"
            </button>
        </div>
    }
}

/// The whole quiz as HTML: one `<form>` per question with its options or a number box, a
/// "Check" button and an empty feedback paragraph. Every text is escaped.
///
/// ```
/// use softmax_lab::quiz::{Answer, Question};
/// use softmax_lab::sections::quiz::quiz_html;
/// let q = Question { kind: "loss", prompt: "Is <b> bold?".into(), reason: String::new(),
///     answer: Answer::Choice { options: vec!["Yes & no".into()], right: 0 } };
/// let html = quiz_html(&[q]);
/// assert!(html.contains("Is &lt;b&gt; bold?") && html.contains("Yes &amp; no"));
/// assert!(!html.contains("<b>"));
/// ```
pub fn quiz_html(questions: &[Question]) -> String {
    let total = questions.len();
    let mut html = String::new();
    for (i, q) in questions.iter().enumerate() {
        let n = i + 1;
        html += &format!(
            "<form class=\"card quiz-q\" data-q=\"{i}\" data-kind=\"{}\"><fieldset><legend id=\"quiz-q{i}\"><span class=\"quiz-q__num\">Question {n} of {total}</span> {}</legend>",
            q.kind,
            escape_html(&q.prompt)
        );
        match &q.answer {
            Answer::Choice { options, .. } => {
                html += "<div class=\"quiz-q__options\">";
                for (j, option) in options.iter().enumerate() {
                    html += &format!(
                        "<label class=\"check\"><input type=\"radio\" name=\"quiz-q{i}\" value=\"{j}\">{}</label>",
                        escape_html(option)
                    );
                }
                html += "</div>";
            }
            Answer::Number { .. } => {
                html += &format!(
                    "<label class=\"quiz-q__answer\">Your answer <input class=\"slider__box\" name=\"answer\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"quiz-f{i}\"></label>"
                );
            }
        }
        html += &format!(
            "<button class=\"button button--primary\">Check</button></fieldset><p class=\"quiz-q__feedback\" id=\"quiz-f{i}\" tabindex=\"-1\"></p></form>"
        );
    }
    html
}

/// Grades the question in `form` against the quiz for `seed`, shows the verdict with its reason,
/// locks the question, updates the score and reports a pass.
fn check(form: &Element, seed: u64) {
    let Some(q) = form
        .get_attribute("data-q")
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| questions(seed).into_iter().nth(i))
    else {
        return;
    };
    let picked = |selector: &str| {
        form.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
    };
    let response = picked("input:checked")
        .or_else(|| picked("input[name=answer]"))
        .unwrap_or_default();
    let verdict = q.grade(&response);
    let text = match verdict {
        Verdict::Right => format!("\u{2713} Right. {}", q.reason),
        Verdict::Wrong => format!(
            "\u{2717} Not quite: the answer is {}. {}",
            q.solution(),
            q.reason
        ),
        Verdict::Unreadable if matches!(q.answer, Answer::Choice { .. }) => {
            "Pick one of the answers first.".into()
        }
        Verdict::Unreadable => "Type a number, like 0.25 or \u{2212}1.5.".into(),
    };
    let feedback = form
        .query_selector(".quiz-q__feedback")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(feedback) = &feedback {
        feedback.set_text_content(Some(&text));
    }
    if verdict == Verdict::Unreadable {
        return;
    }
    // The right option stands out once the question is closed, whatever was picked.
    if let Answer::Choice { right, .. } = q.answer {
        if let Some(label) = form
            .query_selector(&format!("input[value=\"{right}\"]"))
            .ok()
            .flatten()
            .and_then(|input| input.parent_element())
        {
            let _ = label.set_attribute("data-right", "");
        }
    }
    let _ = form.set_attribute(
        "data-result",
        if verdict == Verdict::Right {
            "right"
        } else {
            "wrong"
        },
    );
    if let Some(fieldset) = form.query_selector("fieldset").ok().flatten() {
        let _ = fieldset.set_attribute("disabled", "");
    }
    // The button just went away with its fieldset: the reason is where the reader goes next,
    // and Tab from it reaches the next question.
    if let Some(feedback) = feedback {
        let _ = feedback.focus();
    }
    let (right, total) = show_score();
    if verdict == Verdict::Right && passes(right, total) {
        browser::report_quiz_pass(right as f64 / total as f64);
    }
}

/// Writes the score line from the answered questions on the page; returns (right, total).
fn show_score() -> (usize, usize) {
    let count = |selector: &str| {
        document()
            .query_selector_all(selector)
            .map(|l| l.length() as usize)
            .unwrap_or(0)
    };
    let (answered, right, total) = (
        count(".quiz-q[data-result]"),
        count(".quiz-q[data-result=right]"),
        count(".quiz-q"),
    );
    let mut text = format!("{right} right of {answered} answered, out of {total}.");
    if passes(right, total) {
        text += " You passed: the lesson is marked complete.";
    } else if answered == total && total > 0 {
        text += " Not a pass yet: try new questions.";
    }
    if let Some(score) = find::<Element>(".quiz__score") {
        score.set_text_content(Some(&text));
    }
    (right, total)
}
