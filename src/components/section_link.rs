//! A link to a section of the lesson: a real link (it works in a new tab) that switches in place.

use crate::params::Section;
use crate::state::use_lesson;
use crate::text::keys::shell;
use crate::tr;
use leptos::prelude::*;

/// `<a href="?s=…">` that shows `section` in place on a plain click, scrolls to the top and
/// moves the focus to the new section; ctrl/cmd/shift-click still opens a new tab or window.
#[component]
pub fn SectionLink(
    /// Where the link goes.
    section: Section,
    /// Class of the `<a>`.
    #[prop(optional, into)]
    class: String,
    /// Marked `aria-current="page"` while that section is shown (for the navigation).
    #[prop(optional)]
    current: bool,
    /// `rel` of the link (`prev`, `next`).
    #[prop(optional, into)]
    rel: Option<String>,
    /// What the link reads.
    children: Children,
) -> impl IntoView {
    let state = use_lesson();
    let done = state.done;
    // "2 of 3 done", which the section list and the pager show after the link's text (CSS
    // ::after, read with the link's name): once some of its predictions and challenges are done.
    let progress = move || {
        let (d, n) = done.with(|ids| crate::progress::counts(ids, section));
        if d > 0 {
            tr!(shell::PROGRESS, d, n)
        } else {
            String::new()
        }
    };
    view! {
        <a
            class=class
            href=format!("?s={}", section.id())
            rel=rel
            data-progress=progress
            aria-current=move || (current && state.section.get() == section).then_some("page")
            on:click=move |ev| {
                if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                    ev.prevent_default();
                    state.section.set(section);
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                    crate::browser::focus_soon("#main".into());
                }
            }
        >
            {children()}
        </a>
    }
}
