//! Formulas in MathML, which browsers render natively (no font or script to download).

use leptos::prelude::*;

/// A block formula with a spoken form for screen readers.
#[component]
pub fn Formula(
    /// How the formula reads aloud ("p i equals …").
    #[prop(into)]
    label: String,
    /// MathML content (`<mi>`, `<mfrac>`, …).
    children: Children,
) -> impl IntoView {
    view! {
        <div class="formula">
            <math display="block" aria-label=label>{children()}</math>
        </div>
    }
}

/// p_i = e^{z_i} / Σ_j e^{z_j}.
#[component]
pub fn SoftmaxFormula() -> impl IntoView {
    view! {
        <Formula label="p i equals e to the z i, divided by the sum over all j of e to the z j">
            <msub><mi>p</mi><mi>i</mi></msub>
            <mo>"="</mo>
            <mfrac>
                <msup><mi>e</mi><msub><mi>z</mi><mi>i</mi></msub></msup>
                <mrow>
                    <munder><mo>"\u{2211}"</mo><mi>j</mi></munder>
                    <msup><mi>e</mi><msub><mi>z</mi><mi>j</mi></msub></msup>
                </mrow>
            </mfrac>
        </Formula>
    }
}
