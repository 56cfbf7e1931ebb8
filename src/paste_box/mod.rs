//! The paste box: "Paste a model's output" in the softmax and sampling sections. It is built
//! as its own small wasm module (`src/bin/paste_box.rs`, Trunk's `paste_box` target) that the
//! page fetches the first time a student opens the box ([`crate::components::paste_slot`]), so
//! the first load carries none of the reader. It draws into every `[data-paste-box]` element,
//! reads with [`crate::paste`], and hands a chosen position to the app through the slot
//! ([`handoff`]).

mod answer_view;
mod handoff;
mod panel;
mod position_view;
mod style;

use crate::dom::{add, document, text_el};
use crate::text::keys;
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether the box's words are being fetched now.
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// The index in [`keys::FILES`] of the box's own text file.
fn text_file() -> usize {
    keys::FILES.iter().position(|f| *f == "paste").unwrap_or(11)
}

/// Fetches the words the box shows (this module has its own copy of the text: the shell's and
/// the box's own file, in the language on screen), then draws the box into every slot on the
/// page now, and into slots that appear later (another section's) as soon as their `<details>`
/// opens. If the words cannot be fetched, the slot says so, and the next opening tries again.
pub fn start() {
    style::install();
    // `toggle` does not bubble: listen in the capture phase to hear every <details>.
    let listener = document();
    let capture =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|_| load_and_mount());
    let _ = listener.add_event_listener_with_callback_and_bool(
        "toggle",
        capture.as_ref().unchecked_ref(),
        true,
    );
    capture.forget();
    load_and_mount();
}

/// Builds the box in every slot once its words are here, fetching them first if need be.
fn load_and_mount() {
    crate::text::when_loaded(&[0, text_file()], &LOADING, |loaded| {
        if loaded {
            mount_all();
        } else {
            say_not_loaded();
        }
    });
}

/// Says in the status line of every slot without a box that the box could not be loaded (in
/// the shell's words, which the app has loaded; else the line keeps saying it is loading).
fn say_not_loaded() {
    if !crate::text::has_file(0) {
        return;
    }
    let said = crate::text::t(keys::shell::PASTE_LOAD_FAILED);
    let Ok(lines) =
        document().query_selector_all("[data-paste-box]:not([data-mounted]) ~ [data-paste-status]")
    else {
        return;
    };
    for i in 0..lines.length() {
        if let Some(line) = lines
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            line.set_text_content(Some(&said));
        }
    }
}

/// Builds the box in every slot that does not have one yet.
fn mount_all() {
    let Ok(slots) = document().query_selector_all("[data-paste-box]:not([data-mounted])") else {
        return;
    };
    for i in 0..slots.length() {
        if let Some(slot) = slots
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            panel::mount(slot);
        }
    }
}

/// Adds a paragraph of small print (`paste__hint`) holding `text` to `parent`.
pub(super) fn hint(parent: &web_sys::Element, text: &str) {
    add(parent, &text_el("p", "paste__hint", text));
}
