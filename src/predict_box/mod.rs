//! Predict first: the cards of the predictions and challenges ([`crate::predict`]). They are
//! built as their own small wasm module (`src/bin/predict_box.rs`, Trunk's `predict_box`
//! target) that the page fetches the first time a student opens one
//! ([`crate::components::predict_slot`]), so the first load carries none of them. Each card
//! draws into its slot's `[data-predict-box]`, loads settings and marks guesses through the slot
//! ([`handoff`]), and keeps the student's progress ([`record`]).

mod challenge_card;
mod challenge_words;
mod handoff;
mod prediction_card;
mod record;
mod style;
mod words;

use crate::dom::{document, on};
use crate::text::keys;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The slot's attribute that names its prediction or challenge (`softmax-add`).
const ID_ATTRIBUTE: &str = "data-predict";

thread_local! {
    /// Whether the cards' words are being fetched now.
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// The index in [`keys::FILES`] of the cards' own text file.
fn text_file() -> usize {
    keys::FILES
        .iter()
        .position(|f| *f == "predict")
        .unwrap_or(13)
}

/// Fetches the cards' words (the shell's and `predict`, in the language on screen), then draws
/// every card on the page now, and those that appear later (another section's) as soon as their
/// `<details>` opens. Challenges are checked again whenever the lesson's settings change.
pub fn start() {
    style::install();
    let doc = document();
    // `toggle` does not bubble: listen in the capture phase to hear every <details>.
    let capture =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|_| load_and_mount());
    let _ = doc.add_event_listener_with_callback_and_bool(
        "toggle",
        capture.as_ref().unchecked_ref(),
        true,
    );
    capture.forget();
    for event in ["input", "change", "click", "keyup"] {
        on(&doc, event, |_| challenge_card::check_soon());
    }
    load_and_mount();
}

/// Builds the cards once their words are here, fetching them first if need be: the shell's, the
/// cards' own and the section's (the training cards' model learns from its sentences).
fn load_and_mount() {
    let section = crate::params::Params::from_query(&handoff::current_settings())
        .0
        .section
        .text_file();
    crate::text::when_loaded(&[0, text_file(), section], &LOADING, |loaded| {
        if loaded {
            mount_all();
        } else {
            say_not_loaded();
        }
    });
}

/// The slots without a card yet, as `(details, box)`.
fn empty_slots() -> Vec<(Element, Element)> {
    let Ok(boxes) = document().query_selector_all("[data-predict-box]:not([data-mounted])") else {
        return Vec::new();
    };
    (0..boxes.length())
        .filter_map(|i| boxes.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|b| Some((b.closest("[data-predict]").ok()??, b)))
        .collect()
}

/// Says in the status line of every slot without a card that the cards could not be loaded (in
/// the shell's words, which the app has loaded; else the line keeps saying it is loading).
fn say_not_loaded() {
    if !crate::text::has_file(0) {
        return;
    }
    let said = crate::text::t(keys::shell::PREDICT_LOAD_FAILED);
    for (details, _) in empty_slots() {
        if let Ok(Some(line)) = details.query_selector("[data-predict-status]") {
            line.set_text_content(Some(&said));
        }
    }
}

/// Builds the card in every slot that does not have one yet.
fn mount_all() {
    for (details, slot) in empty_slots() {
        let id = details.get_attribute(ID_ATTRIBUTE).unwrap_or_default();
        if let Some(p) = crate::predict::prediction(&id) {
            prediction_card::mount(slot, p);
        } else if let Some(c) = crate::predict::challenge(&id) {
            challenge_card::mount(slot, c);
        }
    }
}
