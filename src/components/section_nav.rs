//! The lesson's section navigation: one [`SectionLink`] per section of this build. On a narrow
//! screen it folds into one row (previous, "2 / 9 · Temperature and sampling", next) whose middle
//! button opens the whole list, so the first screen shows the section and not the navigation.

use super::pager::previous;
use super::SectionLink;
use crate::params::Section;
use crate::state::use_lesson;
use crate::text::keys::shell;
use crate::text::{t, Msg};
use crate::tr;
use leptos::prelude::*;

/// Id of the list, for the folded row's button.
const LIST_ID: &str = "section-list";

/// One link per section of this build, the current one marked `aria-current="page"`; on narrow
/// screens (the style sheet decides) the folded row and its button that shows the list.
#[component]
pub fn SectionNav() -> impl IntoView {
    let state = use_lesson();
    let open = RwSignal::new(false);
    let last = Section::AVAILABLE.last().map_or(0, |s| s.number());
    let links = Section::AVAILABLE
        .iter()
        .map(|&s| {
            view! {
                <li>
                    <SectionLink section=s class="section-nav__link" current=true>
                        <span class="section-nav__num" aria-hidden="true">{s.number()}</span>
                        {s.title()}
                    </SectionLink>
                </li>
            }
        })
        .collect_view();
    let step = |s: Option<Section>, rel: &'static str, arrow: &'static str, word: Msg<1>| {
        match s {
            Some(s) => view! {
                <SectionLink section=s class=format!("section-nav__step section-nav__step--{rel}") rel=rel>
                    <span aria-hidden="true">{arrow}</span>
                    <span class="visually-hidden">{tr!(word, s.title())}</span>
                </SectionLink>
            }
            .into_any(),
            // Keeps the row's shape at either end of the lesson.
            None => view! { <span class="section-nav__step section-nav__step--none"></span> }.into_any(),
        }
    };
    view! {
        <nav class="section-nav" class:section-nav--open=move || open.get() aria-label=t(shell::NAV_LABEL)>
            <div class="section-nav__bar">
                {move || step(previous(state.section.get()), "prev", "\u{2190}", shell::NAV_PREVIOUS_TO)}
                <button
                    class="section-nav__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=LIST_ID
                    data-testid="nav-toggle"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="section-nav__where">
                        {move || {
                            let s = state.section.get();
                            tr!(shell::NAV_WHERE, s.number().to_string(), last.to_string(), s.title())
                        }}
                    </span>
                    <span class="section-nav__chevron" aria-hidden="true"></span>
                </button>
                {move || step(state.section.get().next(), "next", "\u{2192}", shell::NAV_NEXT_TO)}
            </div>
            // A click on a link in the list shows that section; the list folds away again.
            <ol class="section-nav__list" id=LIST_ID on:click=move |_| open.set(false)>
                {links}
                {clear_progress()}
            </ol>
        </nav>
    }
}

/// "Clear my progress", at the end of the section list: forgets every done prediction and
/// challenge in this browser. Shown only while the list marks one done (style: `:has`).
fn clear_progress() -> impl IntoView {
    view! {
        <li class="section-nav__clear">
            <button class="button" data-testid="clear-progress" data-clear-progress="">
                {t(shell::PROGRESS_CLEAR)}
            </button>
        </li>
    }
}
