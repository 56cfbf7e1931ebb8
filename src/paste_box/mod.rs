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
use wasm_bindgen::JsCast;

/// Draws the box into every slot on the page now, and into slots that appear later (another
/// section's) as soon as their `<details>` opens.
pub fn start() {
    style::install();
    mount_all();
    // `toggle` does not bubble: listen in the capture phase to hear every <details>.
    let listener = document();
    let capture = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|_| mount_all());
    let _ = listener.add_event_listener_with_callback_and_bool(
        "toggle",
        capture.as_ref().unchecked_ref(),
        true,
    );
    capture.forget();
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
