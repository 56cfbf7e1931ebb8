//! Where a section asks a prediction before a demonstration, or sets a challenge: a folded card
//! whose summary is the question (section's text, loaded with it). The card's workings are a
//! separate wasm module (`crate::predict_box`), fetched the first time a student opens one (a
//! few lines of script in index.html add its loader then), so the first load carries none of it.
//! The app only draws this place; what the card hands back (settings to load, a guess to mark on
//! a chart) arrives through [`crate::components::handoff`].

use crate::components::HtmlBlock;
use crate::markup::Markup;
use crate::progress::on_the_page;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// The predictions and challenges `ids` (of [`crate::progress::ON_THE_PAGE`]), one after the
/// other, each folded, its question as the summary, with the line that says the card is loading
/// (the card's own style hides it once the card is drawn; index.html's loader rewrites it if the
/// module cannot be fetched). "Done" once the student has answered, skipped or met it (the card
/// shows it the moment that happens). Static markup, one block for all of `ids`: nothing in it
/// changes with the lesson, and each place a section adds costs the first load a view.
pub fn predict_slots(ids: &'static [&'static str]) -> impl IntoView {
    view! { <HtmlBlock markup=Signal::stored(markup(ids))/> }
}

/// The markup of [`predict_slots`]: one function for every place, so each costs only its call.
#[inline(never)]
fn markup(ids: &[&str]) -> Markup {
    let done = crate::state::use_lesson().done;
    let mut html = Markup::raw("");
    for slot in ids.iter().filter_map(|id| on_the_page(id)) {
        let is_done = done.with_untracked(|d| d.iter().any(|x| x == slot.id));
        html.push_raw(if slot.challenge {
            r#"<details class="token-editor predict predict--challenge" data-predict=""#
        } else {
            r#"<details class="token-editor predict" data-predict=""#
        })
        .push_text(slot.id)
        .push_raw(r#""><summary><span class="predict__kind">"#)
        .push_text(&t(if slot.challenge {
            shell::CHALLENGE
        } else {
            shell::PREDICT_FIRST
        }))
        .push_raw(r#"</span> <span class="predict__question">"#)
        .push_text(&t(slot.question))
        .push_raw(if is_done {
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
    }
    html
}
