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
            Node::Element(tag, children) => {
                let inner = view_of(children);
                match tag {
                    "em" => leptos::html::em().child(inner).into_any(),
                    "strong" => leptos::html::strong().child(inner).into_any(),
                    "b" => leptos::html::b().child(inner).into_any(),
                    "code" => leptos::html::code().child(inner).into_any(),
                    "sub" => leptos::html::sub().child(inner).into_any(),
                    "q" => leptos::html::q().child(inner).into_any(),
                    _ => leptos::html::sup().child(inner).into_any(),
                }
            }
        })
        .collect::<Vec<_>>()
        .into_any()
}
