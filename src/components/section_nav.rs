//! The lesson's section navigation: real links (they work in a new tab) that switch in place.

use crate::params::Section;
use crate::state::use_lesson;
use leptos::prelude::*;

/// One link per section of this build, the current one marked `aria-current="page"`.
#[component]
pub fn SectionNav() -> impl IntoView {
    let state = use_lesson();
    let links = Section::AVAILABLE
        .iter()
        .map(|&s| {
            let href = format!("?s={}", s.id());
            view! {
                <li>
                    <a
                        class="section-nav__link"
                        href=href
                        aria-current=move || (state.section.get() == s).then_some("page")
                        on:click=move |ev| {
                            // Plain clicks switch in place; ctrl/cmd-click still opens a new tab.
                            if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                                ev.prevent_default();
                                state.section.set(s);
                                window().scroll_to_with_x_and_y(0.0, 0.0);
                                crate::browser::focus_soon("#main".into());
                            }
                        }
                    >
                        <span class="section-nav__num" aria-hidden="true">{s.number()}</span>
                        {s.title()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-nav" aria-label="Lesson sections">
            <ol class="section-nav__list">{links}</ol>
        </nav>
    }
}
