//! A titled card: one idea per card.

use super::build_queue;
use leptos::prelude::*;

/// A `<section>` card with a heading and its content, built in its turn (see [`build_queue`]):
/// a section's cards appear one per task, in order, right after the page's shell.
#[component]
pub fn Card(
    /// Heading text.
    #[prop(into)]
    title: String,
    /// Element id, also the heading's anchor (default: none).
    #[prop(optional, into)]
    id: Option<String>,
    /// Extra class names (default: none).
    #[prop(optional, into)]
    class: String,
    /// The card's body.
    children: Children,
) -> impl IntoView {
    let heading_id = id.as_ref().map(|i| format!("{i}-title"));
    let labelled_by = heading_id.clone();
    let build = move || {
        view! {
            <section class=format!("card {class}") id=id aria-labelledby=labelled_by>
                <h2 class="card__title" id=heading_id>{title}</h2>
                {children()}
            </section>
        }
    };
    build_queue::later(build)
}
