//! Previous and Next at the end of a section, in lesson order.

use super::SectionLink;
use crate::params::Section;
use leptos::prelude::*;

/// The section before `section` in this build, if any.
pub(crate) fn previous(section: Section) -> Option<Section> {
    let i = Section::AVAILABLE.iter().position(|x| *x == section)?;
    i.checked_sub(1).map(|i| Section::AVAILABLE[i])
}

/// Links to the previous and the next section of `section`, each with its number and title.
#[component]
pub fn Pager(
    /// The section shown.
    section: Section,
) -> impl IntoView {
    let link = |s: Section, rel: &'static str, dir: &'static str| {
        view! {
            <SectionLink section=s class=format!("pager__link pager__link--{rel}") rel=rel>
                <span class="pager__dir">{dir}</span>
                <span class="pager__title">{format!("{}. {}", s.number(), s.title())}</span>
            </SectionLink>
        }
    };
    view! {
        <nav class="pager" aria-label="Previous and next section" data-testid="pager">
            {previous(section).map(|s| link(s, "prev", "\u{2190} Previous"))}
            {section.next().map(|s| link(s, "next", "Next \u{2192}"))}
        </nav>
    }
}
