//! Previous and Next at the end of a section, in lesson order.

use super::SectionLink;
use crate::params::Section;
use crate::text::keys::shell;
use crate::text::t;
use crate::tr;
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
    let link = |s: Section, rel: &'static str, dir: String| {
        view! {
            <SectionLink section=s class=format!("pager__link pager__link--{rel}") rel=rel>
                <span class="pager__dir">{dir}</span>
                <span class="pager__title">{tr!(shell::PAGER_TITLE, s.number().to_string(), s.title())}</span>
            </SectionLink>
        }
    };
    view! {
        <nav class="pager" aria-label=t(shell::PAGER_LABEL) data-testid="pager">
            {previous(section).map(|s| link(s, "prev", format!("{} {}", crate::text::arrows().0, t(shell::NAV_PREVIOUS))))}
            {section.next().map(|s| link(s, "next", format!("{} {}", t(shell::NAV_NEXT), crate::text::arrows().1)))}
        </nav>
    }
}
