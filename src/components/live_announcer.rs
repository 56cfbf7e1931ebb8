//! A polite live region that announces a section's main result once the student pauses.

use crate::components::use_debounced::use_debounced;
use leptos::html::P;
use leptos::prelude::*;
use std::time::Duration;

/// How long the value must rest before it is announced: a drag would otherwise flood a screen reader.
const SETTLE: Duration = Duration::from_millis(600);

/// Announces `text` (debounced) through an `aria-live="polite"` paragraph that is visually hidden.
#[component]
pub fn LiveAnnouncer(
    /// The sentence to announce.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let node = NodeRef::<P>::new();
    let announce = use_debounced(SETTLE, move |sentence: String| {
        if let Some(p) = node.get_untracked() {
            p.set_text_content(Some(&sentence));
        }
    });
    Effect::new(move |_| announce.call(text.get()));
    view! { <p class="visually-hidden" aria-live="polite" node_ref=node data-testid="live"></p> }
}
