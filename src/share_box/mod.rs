//! The share dialog, "Share / embed": a link and an embed code for the section on screen, with
//! the instructor's choice of starting values, theme, hidden controls and how the frame gets its
//! height. It is its own small wasm module (`src/bin/share_box.rs`, Trunk's `share_box` target):
//! the page fetches it the first time an instructor presses the button (a few lines of script in
//! index.html), so the first load carries none of it. It reads the section and its settings from
//! the address, which the app brings up to date as the button is pressed, and writes with
//! [`crate::share`].

mod dialog;
mod fields;
mod measure;
mod refresh;
mod style;

use crate::dom::{document, later, on, target_el};

/// Opens the dialog now (the press that loaded the module) and on every later press.
pub fn start() {
    style::install();
    dialog::open();
    on(&document(), "click", |ev| {
        let pressed = target_el(&ev).and_then(|t| t.closest(".share-button").ok().flatten());
        if pressed.is_some() {
            // After the app's own handler, which writes the settings into the address.
            later(dialog::open);
        }
    });
}
