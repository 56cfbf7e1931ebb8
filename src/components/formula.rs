//! Formulas in MathML, which browsers render natively (no font or script to download).
//!
//! Each formula is static MathML written in this program, set through [`HtmlBlock`]: a formula
//! has no reactive parts, and a tree of a dozen MathML views per formula would only cost size.

use crate::components::HtmlBlock;
use crate::markup::Markup;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// A block formula with a spoken form for screen readers.
#[component]
pub fn Formula(
    /// How the formula reads aloud ("p i equals …").
    #[prop(into)]
    label: String,
    /// The MathML inside `<math>` (`<mi>`, `<mfrac>`, …): a constant. An `@` in it stands for
    /// `word`.
    mathml: &'static str,
    /// A word of the language on screen inside the formula (the "correct" of p_correct), written
    /// as text where `mathml` has its `@`.
    #[prop(optional, into)]
    word: String,
) -> impl IntoView {
    let mut html = Markup::raw("<math display=\"block\" dir=\"ltr\" aria-label=\"");
    html.push_text(&label).push_raw("\">");
    for (i, part) in mathml.split('@').enumerate() {
        if i > 0 {
            html.push_text(&word);
        }
        html.push_raw(part);
    }
    html.push_raw("</math>");
    view! { <HtmlBlock class="formula" markup=Signal::stored(html)/> }
}
/// p_i = e^{z_i} / Σ_j e^{z_j}.
#[component]
pub fn SoftmaxFormula() -> impl IntoView {
    view! {
        <Formula
            label=t(shell::FORMULA_SOFTMAX)
            mathml="<msub><mi>p</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><msub><mi>z</mi><mi>i</mi></msub></msup><mrow><munder><mo>\u{2211}</mo><mi>j</mi></munder><msup><mi>e</mi><msub><mi>z</mi><mi>j</mi></msub></msup></mrow></mfrac>"
        />
    }
}
