//! Further reading: the works the lesson rests on, each with what it introduced.

use leptos::prelude::*;

/// (authors and year, title, address, what it introduced).
const WORKS: [(&str, &str, &str, &str); 6] = [
    (
        "Vaswani et al., 2017",
        "Attention Is All You Need",
        "https://arxiv.org/abs/1706.03762",
        "The Transformer, built on scaled dot-product attention: the softmax of QK\u{22a4} / \u{221a}d_k with a causal mask (section 7).",
    ),
    (
        "Holtzman et al., 2020",
        "The Curious Case of Neural Text Degeneration",
        "https://arxiv.org/abs/1904.09751",
        "Nucleus (top-p) sampling: keep the smallest set of tokens whose probability reaches p (section 2).",
    ),
    (
        "Nguyen et al., 2025",
        "Turning Up the Heat: Min-p Sampling for Creative and Coherent LLM Outputs",
        "https://arxiv.org/abs/2407.01082",
        "Min-p sampling: keep the tokens with at least a set share of the top token\u{2019}s probability, a bar that follows the model\u{2019}s confidence (section 2).",
    ),
    (
        "Hinton, Vinyals & Dean, 2015",
        "Distilling the Knowledge in a Neural Network",
        "https://arxiv.org/abs/1503.02531",
        "Softmax with a temperature to soften a large model\u{2019}s outputs into targets a small one learns from, with the T\u{b2} that keeps the loss\u{2019}s push the same size (section 3).",
    ),
    (
        "Szegedy et al., 2016",
        "Rethinking the Inception Architecture for Computer Vision",
        "https://arxiv.org/abs/1512.00567",
        "Label smoothing: train against (1 \u{2212} \u{3b5}) one-hot + \u{3b5}/K so the model stops pushing the right logit without end (section 3).",
    ),
    (
        "Goodfellow, Bengio & Courville, 2016",
        "Deep Learning",
        "https://www.deeplearningbook.org/",
        "The textbook account of softmax outputs, cross-entropy, gradient descent and computing them without overflow (sections 1, 3, 4 and 6).",
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
                    <span class="references__who">{who}</span>", "
                    <a href=href rel="noopener">{title}</a>". "
                    <span class="references__what">{what}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card references" aria-labelledby="further-reading" data-testid="references">
            <h2 id="further-reading">"Further reading"</h2>
            <ul class="references__list">{items}</ul>
        </section>
    }
}
