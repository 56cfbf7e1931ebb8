//! Where a section asks a prediction before a demonstration, or sets a challenge: a folded card
//! whose summary is the question (section's text, loaded with it). The card's workings are a
//! separate wasm module (`crate::predict_box`), fetched the first time a student opens one (a
//! few lines of script in index.html add its loader then), so the first load carries none of it.
//! The app only draws this place; what the card hands back (settings to load, a guess to mark on
//! a chart) arrives through [`crate::components::handoff`].

use crate::components::HtmlBlock;
use crate::markup::Markup;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// A prediction (`challenge` false) or a challenge, folded, its question as the summary, and the
/// line that says the card is loading (the card's own style hides it once the card is drawn;
/// index.html's loader rewrites it if the module cannot be fetched). "Done" once the student
/// has answered, skipped or met it (the card shows it the moment that happens). Static markup:
/// nothing in it changes with the lesson, so it costs the page no view of its own.
pub fn predict_slot(id: &'static str, question: String, challenge: bool) -> impl IntoView {
    let done = crate::state::use_lesson()
        .done
        .with_untracked(|d| d.iter().any(|x| x == id));
    let mut html = Markup::raw(if challenge {
        r#"<details class="token-editor predict predict--challenge" data-predict=""#
    } else {
        r#"<details class="token-editor predict" data-predict=""#
    });
    html.push_text(id)
        .push_raw(r#""><summary><span class="predict__kind">"#)
        .push_text(&t(if challenge {
            shell::CHALLENGE
        } else {
            shell::PREDICT_FIRST
        }))
        .push_raw(r#"</span> <span class="predict__question">"#)
        .push_text(&question)
        .push_raw(if done {
            r#"</span><span class="predict__done">"#
        } else {
            r#"</span><span class="predict__done" hidden>"#
        })
        .push_text(&t(shell::PREDICT_DONE))
        .push_raw(r#"</span></summary><div data-predict-box></div><p class="card__hint" role="status" data-predict-status data-failed=""#)
        .push_text(&t(shell::PREDICT_LOAD_FAILED))
        .push_raw(r#"">"#)
        .push_text(&t(shell::PREDICT_LOADING))
        .push_raw("</p></details>");
    view! { <HtmlBlock markup=Signal::stored(html)/> }
}
