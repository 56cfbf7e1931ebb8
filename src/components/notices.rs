//! The small notice bar that says what was wrong with a link and what the lesson did instead,
//! or, in a learning management system, what it refused to record.

use crate::state::use_lesson;
use crate::text::keys::notices;
use crate::text::t;
use leptos::prelude::*;

/// Lists the notices (as text, never HTML) with a button to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_lesson();
    let notices = state.notices;
    // Only the SCORM package's build has notices from an LMS; the web build keeps one title.
    #[cfg(feature = "scorm")]
    let title = move || {
        if notices.with(|n| n.iter().all(|n| n.key == crate::scorm::NOTICE_KEY)) {
            t(notices::LMS_NOTICES_TITLE)
        } else {
            t(notices::LINK_NOTICES_TITLE)
        }
    };
    #[cfg(not(feature = "scorm"))]
    let title = move || t(notices::LINK_NOTICES_TITLE);
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notices" role="status" data-testid="notices">
                <p class="notices__title">{title}</p>
                <ul>
                    {move || notices.get().into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view()}
                </ul>
                <button class="button" on:click=move |_| {
                    notices.set(Vec::new());
                    crate::browser::focus_soon("#main".into());
                }>
                    {t(notices::DISMISS)}
                </button>
            </div>
        </Show>
    }
}
