//! What a card hands to the app through its slot: settings to load (a set-up, or the student's
//! own settings back) and the guess to mark on a chart. Both are written as attributes the app
//! reads once (`components::handoff::take_handoffs`), then the event fires.

use crate::components::handoff::{GUESS_ATTRIBUTE, HANDOFF_ATTRIBUTE, HANDOFF_EVENT};
use crate::dom::attr;
use crate::guess::Guess;
use web_sys::{Element, Event, EventInit};

/// Fires the card's event at `slot`, which bubbles to the app.
fn fire(slot: &Element) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = Event::new_with_event_init_dict(HANDOFF_EVENT, &init) {
        let _ = slot.dispatch_event(&ev);
    }
}

/// Loads `query` (read like a shared link) into the lesson.
pub(super) fn load_settings(slot: &Element, query: &str) {
    attr(slot, HANDOFF_ATTRIBUTE, query);
    fire(slot);
}

/// Marks `guess` on its chart, or takes the mark away (`None`).
pub(super) fn mark_guess(slot: &Element, guess: Option<&Guess>) {
    attr(
        slot,
        GUESS_ATTRIBUTE,
        &guess.map(Guess::to_attribute).unwrap_or_default(),
    );
    fire(slot);
}

/// The lesson's settings now, as the address holds them (without `?`).
pub(super) fn current_settings() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}
