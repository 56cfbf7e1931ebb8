//! Where a section offers "Paste a model's output". The box itself is a separate wasm module
//! (`crate::paste_box`), fetched the first time a student opens this (a few lines of script in
//! index.html add its loader then), so the first load of the lesson carries none of it; the app
//! only draws this folded place for it and takes back the tokens the student uses.

use crate::params::Params;
use crate::state::LessonState;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Set by the paste box on its `[data-paste-box]` element, just before it fires
/// [`HANDOFF_EVENT`] there: a query string with the tokens and logits to load, read as a shared
/// link is.
pub const HANDOFF_ATTRIBUTE: &str = "data-use";

/// The event (bubbling) that tells the app a student used a pasted position.
pub const HANDOFF_EVENT: &str = "softmax-lab:use";

/// The folded "Paste a model's output", with the line that says the box is loading (the box's
/// own style hides it once the box has drawn itself; index.html's loader rewrites it if the
/// module cannot be fetched).
pub fn paste_slot() -> impl IntoView {
    view! {
        <details class="token-editor paste">
            <summary>{t(shell::PASTE_OPEN)}</summary>
            <div data-paste-box=""></div>
            <p class="card__hint" role="status" data-paste-status="" data-failed=t(shell::PASTE_LOAD_FAILED)>{t(shell::PASTE_LOADING)}</p>
        </details>
    }
}

/// Loads what a paste box hands over into the playground, for as long as the lesson is mounted.
pub fn take_handoffs(state: LessonState) {
    let handle = window_event_listener_untyped(HANDOFF_EVENT, move |ev| {
        // The attribute is the message itself, set by the box just before the event: no state
        // of the app lives there.
        let slot = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(query) = slot
            .as_ref()
            .and_then(|s| s.get_attribute(HANDOFF_ATTRIBUTE))
        {
            if let Some(s) = &slot {
                let _ = s.remove_attribute(HANDOFF_ATTRIBUTE);
            }
            let (p, _) = Params::from_query(&query);
            // The 128,000-token mode shows its own vocabulary: a pasted distribution replaces it.
            state.vocab.set(false);
            state.load_tokens(p.tokens, p.logits);
        }
    });
    on_cleanup(move || handle.remove());
}
