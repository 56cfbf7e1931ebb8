//! The lesson's section navigation: one [`SectionLink`] per section of this build.

use super::SectionLink;
use crate::params::Section;
use leptos::prelude::*;

/// One link per section of this build, the current one marked `aria-current="page"`.
#[component]
pub fn SectionNav() -> impl IntoView {
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
    view! {
        <nav class="section-nav" aria-label="Lesson sections">
            <ol class="section-nav__list">{links}</ol>
        </nav>
    }
}
