//! A titled card: one idea per card.

use leptos::prelude::*;

/// A `<section>` card with a heading and its content.
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
    view! {
        <section class=format!("card {class}") id=id aria-labelledby=labelled_by>
            <h2 class="card__title" id=heading_id>{title}</h2>
            {children()}
        </section>
    }
}
