//! A message with markup as DOM nodes: `<em>` and the others of `template::TAGS` become elements,
//! everything else (a translator's text, a placeholder's value) is text. Never inner HTML: a text
//! file is data.

use super::template::Node;
use super::{Arg, Rich};
use leptos::prelude::*;

/// The message `key` with its placeholders filled, as text and elements.
pub fn rich<const N: usize>(key: Rich<N>, args: [Arg; N]) -> AnyView {
    view_of(super::nodes(key, args))
}

fn view_of(nodes: Vec<Node>) -> AnyView {
    nodes
        .into_iter()
        .map(|n| match n {
            Node::Text(s) => s.into_any(),
            // One element type for every tag: each of leptos's element types costs its own code.
            Node::Element(tag, children) => leptos::tachys::html::element::custom(tag)
                .child(view_of(children))
                .into_any(),
        })
        .collect::<Vec<_>>()
        .into_any()
}
