//! A polite live region that announces a section's main result once the student pauses.

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
    let pending: StoredValue<Option<TimeoutHandle>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let sentence = text.get();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(p) = node.get_untracked() {
                    p.set_text_content(Some(&sentence));
                }
            },
            SETTLE,
        )
        .ok();
        pending.set_value(handle);
    });
    view! { <p class="visually-hidden" aria-live="polite" node_ref=node data-testid="live"></p> }
}
