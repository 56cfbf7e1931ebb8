//! What a part loaded on first use hands to the app through its slot: settings to load (the
//! paste box's chosen step, a prediction's set-up, the student's own settings back) and a guess
//! to mark on a chart. The part sets the attributes on its slot, then fires [`HANDOFF_EVENT`]
//! there; the app reads them once. These constants are the contract between the modules.

use crate::guess::Guess;
use crate::params::Params;
use crate::state::LessonState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A query with every setting to load, read as a shared link is (`data-use`).
pub const HANDOFF_ATTRIBUTE: &str = "data-use";

/// The committed guess to mark ([`Guess::to_attribute`]), or empty to take the mark away.
pub const GUESS_ATTRIBUTE: &str = "data-guess";

/// The event (bubbling) that tells the app a part has something for it.
pub const HANDOFF_EVENT: &str = "softmax-lab:use";

/// Loads what a part hands over, for as long as the lesson is mounted.
pub fn take_handoffs(state: LessonState) {
    let handle = window_event_listener_untyped(HANDOFF_EVENT, move |ev| {
        let Some(slot) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // The attributes are the message itself, set just before the event: no state of the
        // app lives there.
        if let Some(query) = slot.get_attribute(HANDOFF_ATTRIBUTE) {
            let _ = slot.remove_attribute(HANDOFF_ATTRIBUTE);
            state.apply(Params::from_query(&query).0);
        }
        if let Some(guess) = slot.get_attribute(GUESS_ATTRIBUTE) {
            let _ = slot.remove_attribute(GUESS_ATTRIBUTE);
            state.guess.set(Guess::parse(&guess));
        }
    });
    on_cleanup(move || handle.remove());
}
