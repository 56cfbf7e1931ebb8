//! Formulas in MathML, which browsers render natively (no font or script to download).
//!
//! The MathML is a static string written here, set as the element's inner HTML: built element by
//! element it cost about 1 KB of the transfer budget per formula. Only compile-time constants
//! ever reach `inner_html`, never text from a link or an input.

use leptos::prelude::*;

/// A block formula with a spoken form for screen readers.
#[component]
pub fn Formula(
    /// How the formula reads aloud ("p i equals …"); a constant with no `"` in it.
    label: &'static str,
    /// The MathML inside `<math>` (`<mi>`, `<mfrac>`, …): a constant.
    mathml: &'static str,
) -> impl IntoView {
    let html = format!("<math display=\"block\" aria-label=\"{label}\">{mathml}</math>");
    view! { <div class="formula" inner_html=html></div> }
}

/// p_i = e^{z_i} / Σ_j e^{z_j}.
#[component]
pub fn SoftmaxFormula() -> impl IntoView {
    view! {
        <Formula
            label="p i equals e to the z i, divided by the sum over all j of e to the z j"
            mathml="<msub><mi>p</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><msub><mi>z</mi><mi>i</mi></msub></msup><mrow><munder><mo>\u{2211}</mo><mi>j</mi></munder><msup><mi>e</mi><msub><mi>z</mi><mi>j</mi></msub></msup></mrow></mfrac>"
        />
    }
}
