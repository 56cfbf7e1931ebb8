//! Section 9, check yourself: the questions of [`crate::quiz`] for the lesson's seed, each with
//! a "Check" button, feedback with the worked reason, a score, and completion at 75%.
//!
//! What has been answered lives in one signal, tagged with the seed it belongs to: new questions
//! (a new seed) start with nothing answered, without an Effect resetting anything. Each question
//! keeps its own response and feedback while it is on screen.

use crate::browser;
use crate::components::build_queue;
use crate::derived::Derived;
use crate::format::fixed;
use crate::quiz::{passes, questions, Answer, Question, Verdict, PASS_SHARE};
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::quiz as k;
use crate::text::t;
use crate::tr;
use leptos::html::P;
use leptos::prelude::*;

/// The verdicts given so far (`None`: not answered), and the seed they were given for.
type Answered = (u64, Vec<Option<Verdict>>);

/// Section 9.
#[component]
pub fn QuizSection() -> impl IntoView {
    let state = use_lesson();
    let quiz = Derived::new(move || questions(state.seed.get()));
    let answered: RwSignal<Answered> = RwSignal::new((0, Vec::new()));
    // The verdicts for the questions on screen: empty for a seed nothing was answered for.
    let verdicts = Derived::new(move || {
        let (n, seed) = (quiz.with(Vec::len), state.seed.get());
        // The length check: the empty start is tagged with seed 0, a seed a link may ask for.
        answered.with(|(s, v)| {
            if *s == seed && v.len() == n {
                v.clone()
            } else {
                vec![None; n]
            }
        })
    });
    let record = Callback::new(move |(i, verdict): (usize, Verdict)| {
        let seed = state.seed.get_untracked();
        let mut now = verdicts.get_untracked();
        if let Some(slot) = now.get_mut(i) {
            *slot = Some(verdict);
        }
        let (right, total) = score(&now);
        #[cfg(feature = "scorm")]
        crate::lms::quiz_answered(right, now.iter().flatten().count(), total);
        let all = now.iter().all(Option::is_some);
        answered.set((seed, now));
        if verdict == Verdict::Right && passes(right, total) {
            browser::report_quiz_pass(right as f64 / total as f64);
        }
        if all {
            // The result sits under the last question: on a phone, a screen below the one checked.
            browser::bring_into_view("[data-testid=quiz-score]");
        }
    });
    let score_line = move || {
        verdicts.with(|v| {
            let (right, total) = score(v);
            let answered = v.iter().filter(|x| x.is_some()).count();
            let key = if passes(right, total) {
                k::SCORE_PASSED
            } else if answered == total && total > 0 {
                k::SCORE_NOT_YET
            } else {
                k::SCORE
            };
            tr!(key, right, answered, total)
        })
    };
    let best = browser::best_quiz_score().filter(|&s| s >= PASS_SHARE);
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Quiz.lede()}</p>
            // The running score at the top too, once there is one (the live region below says it
            // to screen readers).
            {move || verdicts.with(|v| v.iter().any(Option::is_some)).then(|| view! {
                <p class="quiz__score" aria-hidden="true" data-testid="quiz-score-top">{score_line}</p>
            })}
            {best.map(|s| view! {
                <p class="quiz__best" data-testid="quiz-best">
                    {tr!(k::BEST_SCORE, fixed(s * 100.0, 0))}
                </p>
            })}
        </div>
        <div class="quiz__list" data-testid="quiz">
            {move || {
                let total = quiz.with(Vec::len);
                quiz.get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, question)| {
                        let verdict = Signal::derive(move || verdicts.with(|v| v.get(i).copied().flatten()));
                        // One question per task (see build_queue).
                        build_queue::later(move || view! { <QuizQuestion index=i total=total question=question verdict=verdict record=record/> })
                    })
                    .collect_view()
            }}
        </div>
        {build_queue::later(move || view! {
            <div class="card quiz__footer">
                <p class="quiz__score" role="status" data-testid="quiz-score">{score_line}</p>
                <button class="button" data-testid="quiz-new" on:click=move |_| state.reroll_seed()>
                    {t(k::NEW_QUESTIONS)}
                </button>
            </div>
        })}
    }
}

/// (right answers, questions).
fn score(verdicts: &[Option<Verdict>]) -> (usize, usize) {
    let right = verdicts
        .iter()
        .filter(|v| **v == Some(Verdict::Right))
        .count();
    (right, verdicts.len())
}

/// One question as a form: its options or a number box, a "Check" button, and the feedback.
/// Once graded it is closed: the fieldset is disabled and the right option is marked.
#[component]
fn QuizQuestion(
    /// Position in the quiz, from 0.
    index: usize,
    /// Questions in the quiz.
    total: usize,
    /// The question.
    question: Question,
    /// Its verdict so far (`None` until graded right or wrong).
    verdict: Signal<Option<Verdict>>,
    /// Called with (index, verdict) when the question is graded.
    record: Callback<(usize, Verdict)>,
) -> impl IntoView {
    let response = RwSignal::new(String::new());
    let feedback = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let feedback_node = NodeRef::<P>::new();
    let closed = move || verdict.get().is_some();
    let result = move || {
        verdict.get().map(|v| match v {
            Verdict::Right => "right",
            _ => "wrong",
        })
    };
    let is_choice = matches!(question.answer, Answer::Choice { .. });
    let q = StoredValue::new(question.clone());
    let check = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if verdict.get_untracked().is_some() {
            return;
        }
        let got = q.with_value(|q| q.grade(&response.get_untracked()));
        // The verdict at once; the worked answer once its text file is here (it loads with the
        // first check), the feedback marked busy meanwhile.
        let said = move |worked: bool| {
            q.with_value(|q| {
                let reason = if worked {
                    q.reason.text()
                } else {
                    String::new()
                };
                match got {
                    Verdict::Right => tr!(k::FEEDBACK_RIGHT, reason),
                    _ => tr!(k::FEEDBACK_WRONG, q.solution(), reason),
                }
            })
        };
        let worked = q.with_value(|q| q.reason.file());
        match got {
            Verdict::Unreadable if is_choice => feedback.set(t(k::FEEDBACK_PICK)),
            Verdict::Unreadable => {
                feedback.set(tr!(k::FEEDBACK_TYPE, fixed(0.25, 2), fixed(-1.5, 1)))
            }
            _ if crate::text::has_file(worked) => feedback.set(said(true)),
            _ => {
                feedback.set(said(false));
                busy.set(true);
                leptos::task::spawn_local(async move {
                    let _ = crate::text::load(worked).await;
                    feedback.set(said(true));
                    busy.set(false);
                });
            }
        }
        if got != Verdict::Unreadable {
            record.run((index, got));
            // The button goes away with its fieldset: the reason is where the reader goes
            // next, and Tab from it reaches the next question. (An empty feedback is still
            // rendered, with no height, so it takes the focus before its text arrives.)
            if let Some(p) = feedback_node.get_untracked() {
                let _ = p.focus();
            }
        }
    };
    let feedback_id = format!("quiz-f{index}");
    let answer = match question.answer {
        Answer::Choice { options, right } => {
            let name = format!("quiz-q{index}");
            let items = options
                .into_iter()
                .enumerate()
                .map(|(j, option)| {
                    view! {
                        <label class="check" data-right=move || (j == right && closed()).then_some("")>
                            <input type="radio" name=name.clone() value=j.to_string()
                                on:change=move |_| response.set(j.to_string())/>
                            {option}
                        </label>
                    }
                })
                .collect_view();
            view! { <div class="quiz-q__options">{items}</div> }.into_any()
        }
        Answer::Number { .. } => view! {
            <label class="quiz-q__answer">
                {t(k::YOUR_ANSWER)} " "
                <input class="slider__box" name="answer" type="text" inputmode="decimal"
                    autocomplete="off" spellcheck="false" aria-describedby=feedback_id.clone()
                    on:input:target=move |ev| response.set(ev.target().value())/>
            </label>
        }
        .into_any(),
    };
    view! {
        <form class="card quiz-q" data-q=index data-kind=question.kind data-section=question.section.id()
            data-result=result on:submit=check>
            <fieldset disabled=closed>
                <legend id=format!("quiz-q{index}")>
                    <span class="quiz-q__num">
                        {tr!(k::QUESTION_NUMBER, index + 1, total, question.section.title())}
                    </span>
                    " "
                    <span class="quiz-q__prompt">{question.prompt}</span>
                </legend>
                {answer}
                <button class="button button--primary">{t(k::CHECK)}</button>
            </fieldset>
            <p class="quiz-q__feedback" id=feedback_id tabindex="-1" aria-busy=move || busy.get().then_some("true") node_ref=feedback_node>{feedback}</p>
        </form>
    }
}
