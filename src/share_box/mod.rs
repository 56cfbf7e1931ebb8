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
use crate::text::keys::{self, shell};
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether the dialog's words are being fetched now.
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// The index in [`keys::FILES`] of the dialog's own text file.
fn text_file() -> usize {
    keys::FILES.iter().position(|f| *f == "share").unwrap_or(12)
}

/// Opens the dialog now (the press that loaded the module) and on every later press, once its
/// words are here: this module has its own copy of the text, so it fetches the shell's and the
/// dialog's own file, in the language on screen, first. If they cannot be fetched, the button
/// says so, and the next press tries again.
pub fn start() {
    style::install();
    open_when_loaded();
    on(&document(), "click", |ev| {
        let pressed = target_el(&ev).and_then(|t| t.closest(".share-button").ok().flatten());
        if pressed.is_some() {
            // After the app's own handler, which writes the settings into the address.
            later(open_when_loaded);
        }
    });
}

/// Opens the dialog once its words are here, fetching them first if need be.
fn open_when_loaded() {
    crate::text::when_loaded(&[0, text_file()], &LOADING, |loaded| {
        if loaded {
            buttons_as_before();
            dialog::open();
        } else if crate::text::has_file(0) {
            // In the shell's words, which the app has loaded.
            let said = crate::text::t(shell::SHARE_LOAD_FAILED);
            for button in share_buttons() {
                button.set_text_content(Some(&said));
            }
        }
    });
}

/// The page's "Share / embed" buttons.
fn share_buttons() -> Vec<web_sys::Element> {
    let Ok(found) = document().query_selector_all(".share-button") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Gives a button that said it could not load the dialog (this module or index.html's loader
/// wrote that) its name back.
fn buttons_as_before() {
    let failed = Some(crate::text::t(shell::SHARE_LOAD_FAILED));
    for button in share_buttons() {
        if button.text_content() == failed {
            button.set_text_content(Some(&crate::text::t(shell::SHARE_BUTTON)));
        }
    }
}
