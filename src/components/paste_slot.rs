//! Where a section offers "Paste a model's output". The box itself is a separate wasm module
//! (`crate::paste_box`), fetched the first time a student opens this (a few lines of script in
//! index.html add its loader then), so the first load of the lesson carries none of it; the app
//! only draws this folded place for it; what the box hands back arrives through
//! [`crate::components::handoff`].

use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

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
