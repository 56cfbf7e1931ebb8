//! "2 of 3 done": how many of a section's predictions and challenges a student has done, beside
//! the section's name in the section list and the pager. Shown once there is something done (a
//! first visit shows none, so nothing moves when the app takes over from the page's HTML).

use crate::params::Section;
use crate::progress::{counts, use_progress};
use crate::text::keys::shell;
use crate::tr;
use leptos::prelude::*;

/// The badge of `section`, with the class `class`, while some of its cards are done.
#[component]
pub fn ProgressBadge(section: Section, class: &'static str) -> impl IntoView {
    let done = use_progress();
    move || {
        let (d, n) = done.with(|ids| counts(ids, section));
        (d > 0).then(|| view! { <span class=class>{tr!(shell::PROGRESS, d, n)}</span> })
    }
}
