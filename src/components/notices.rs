//! The small notice bar that says what was wrong with a link and what the lesson did instead.

use crate::state::use_lesson;
use leptos::prelude::*;

/// Lists the link's notices (as text, never HTML) with a button to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_lesson();
    let notices = state.notices;
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notices" role="status" data-testid="notices">
                <p class="notices__title">"This link had settings the lesson could not use as they were:"</p>
                <ul>
                    {move || notices.get().into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view()}
                </ul>
                <button class="button button--quiet" on:click=move |_| {
                    notices.set(Vec::new());
                    crate::browser::focus_soon("#main".into());
                }>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
