//! Further reading, at the end of the big picture (its words are in its text): the works the
//! lesson rests on, each with what it introduced.

use crate::text::keys::overview as k;
use crate::text::{t, Msg};
use leptos::prelude::*;

/// (authors and year, title as published, address, what it introduced). Titles are the works'
/// own, in their language.
const WORKS: [(Msg<0>, &str, &str, Msg<0>); 6] = [
    (
        k::REF_VASWANI_WHO,
        "Attention Is All You Need",
        "https://arxiv.org/abs/1706.03762",
        k::REF_VASWANI_WHAT,
    ),
    (
        k::REF_HOLTZMAN_WHO,
        "The Curious Case of Neural Text Degeneration",
        "https://arxiv.org/abs/1904.09751",
        k::REF_HOLTZMAN_WHAT,
    ),
    (
        k::REF_NGUYEN_WHO,
        "Turning Up the Heat: Min-p Sampling for Creative and Coherent LLM Outputs",
        "https://arxiv.org/abs/2407.01082",
        k::REF_NGUYEN_WHAT,
    ),
    (
        k::REF_HINTON_WHO,
        "Distilling the Knowledge in a Neural Network",
        "https://arxiv.org/abs/1503.02531",
        k::REF_HINTON_WHAT,
    ),
    (
        k::REF_SZEGEDY_WHO,
        "Rethinking the Inception Architecture for Computer Vision",
        "https://arxiv.org/abs/1512.00567",
        k::REF_SZEGEDY_WHAT,
    ),
    (
        k::REF_GOODFELLOW_WHO,
        "Deep Learning",
        "https://www.deeplearningbook.org/",
        k::REF_GOODFELLOW_WHAT,
    ),
];

/// A card listing [`WORKS`].
#[component]
pub fn References() -> impl IntoView {
    let items = WORKS
        .iter()
        .map(|&(who, title, href, what)| {
            view! {
                <li>
                    <span class="references__who">{t(who)}</span>{t(k::REF_AFTER_WHO)}
                    <a href=href rel="noopener">{title}</a>{t(k::REF_AFTER_TITLE)}
                    <span class="references__what">{t(what)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card references" aria-labelledby="further-reading" data-testid="references">
            <h2 id="further-reading">{t(k::REFERENCES_TITLE)}</h2>
            <ul class="references__list">{items}</ul>
        </section>
    }
}
