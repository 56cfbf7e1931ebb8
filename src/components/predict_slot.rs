//! Where a section asks a prediction before a demonstration, or sets a challenge: a folded card
//! whose summary is the question (section's text, loaded with it). The card's workings are a
//! separate wasm module (`crate::predict_box`), fetched the first time a student opens one (a
//! few lines of script in index.html add its loader then), so the first load carries none of it.
//! The app only draws this place, and takes what the card hands back: settings to load, a guess
//! to mark on a chart.

use crate::guess::Guess;
use crate::params::Params;
use crate::progress::use_progress;
use crate::state::LessonState;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Set by a card on its slot just before it fires [`PREDICT_EVENT`]: a query with every setting
/// to load ("Set it up", or the student's own settings back), read as a shared link is.
pub const SETTINGS_ATTRIBUTE: &str = "data-settings";

/// Set by a card on its slot just before it fires [`PREDICT_EVENT`]: the committed guess to mark
/// ([`Guess::to_attribute`]), or empty to take the mark away.
pub const GUESS_ATTRIBUTE: &str = "data-guess";

/// The event (bubbling) that tells the app a card has something for it.
pub const PREDICT_EVENT: &str = "softmax-lab:predict";

/// A prediction (`challenge` false) or a challenge, folded, its question as the summary, and the
/// line that says the card is loading (the card's own style hides it once the card is drawn;
/// index.html's loader rewrites it if the module cannot be fetched). "Done" once the student
/// has answered, skipped or met it.
#[component]
pub fn PredictSlot(
    /// Its name in `crate::predict` (`softmax-add`).
    id: &'static str,
    /// The question or the goal, in the section's words.
    #[prop(into)]
    question: String,
    /// A challenge rather than a prediction.
    #[prop(optional)]
    challenge: bool,
) -> impl IntoView {
    let progress = use_progress();
    let done = move || progress.with(|p| p.iter().any(|d| d == id));
    let kind = if challenge {
        shell::CHALLENGE
    } else {
        shell::PREDICT_FIRST
    };
    view! {
        <details class="token-editor predict" class:predict--challenge=challenge data-predict=id>
            <summary>
                <span class="predict__kind">{t(kind)}</span>
                " "
                <span class="predict__question">{question}</span>
                <span class="predict__done" hidden=move || !done()>{t(shell::PREDICT_DONE)}</span>
            </summary>
            <div data-predict-box=""></div>
            <p class="card__hint" role="status" data-predict-status="" data-failed=t(shell::PREDICT_LOAD_FAILED)>{t(shell::PREDICT_LOADING)}</p>
        </details>
    }
}

/// Loads what a card hands over (settings, a guess to mark), for as long as the lesson is
/// mounted.
pub fn take_predict_handoffs(state: LessonState) {
    let handle = window_event_listener_untyped(PREDICT_EVENT, move |ev| {
        let Some(slot) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // The attributes are the message itself, set by the card just before the event.
        if let Some(query) = slot.get_attribute(SETTINGS_ATTRIBUTE) {
            let _ = slot.remove_attribute(SETTINGS_ATTRIBUTE);
            state.apply(Params::from_query(&query).0);
        }
        if let Some(guess) = slot.get_attribute(GUESS_ATTRIBUTE) {
            let _ = slot.remove_attribute(GUESS_ATTRIBUTE);
            state.guess.set(Guess::parse(&guess));
        }
    });
    on_cleanup(move || handle.remove());
}
