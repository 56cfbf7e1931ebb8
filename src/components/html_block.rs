//! The only place the lesson sets inner HTML, and only from a [`Markup`], which is built from
//! the program's own constants and escaped text.

use crate::markup::Markup;
use leptos::prelude::*;

/// A `<div>` whose content is `markup`, replaced whenever it changes.
#[component]
pub fn HtmlBlock(
    /// The content.
    #[prop(into)]
    markup: Signal<Markup>,
    /// CSS class of the `<div>` (default none).
    #[prop(optional)]
    class: &'static str,
    /// `data-testid` of the `<div>` (default none).
    #[prop(optional)]
    testid: Option<&'static str>,
    /// Announce changes politely to screen readers (default false).
    #[prop(optional)]
    live: bool,
) -> impl IntoView {
    view! {
        <div
            class=class
            data-testid=testid
            aria-live=live.then_some("polite")
            inner_html=move || markup.with(|m| m.as_str().to_string())
        ></div>
    }
}

/// Replaces the content of `el` with `markup` (for elements built outside a view, such as a data
/// table's `<table>`).
pub fn set_markup(el: &web_sys::Element, markup: &Markup) {
    el.set_inner_html(markup.as_str());
}
