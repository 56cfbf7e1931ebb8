//! Section 6, numerical stability: add a large constant to every logit and watch the textbook
//! softmax overflow while the stable one never moves; then log-sum-exp and log-softmax, and the
//! underflow of -ln softmax. One file per card; the numbers are worked out in [`model`].

mod log_softmax;
pub mod model;
pub mod offset;

use crate::components::{Formula, LiveAnnouncer};
use crate::section::Section;
use crate::state::use_lesson;
use leptos::prelude::*;
use log_softmax::LogSoftmax;
use model::{rows, verdict};
use offset::Offset;

/// Section 6.
#[component]
pub fn StabilitySection() -> impl IntoView {
    let state = use_lesson();
    let summary = Signal::derive(move || {
        let (c, precision) = (state.offset.get(), state.float.get());
        let r = state.logits.with(|z| rows(z, c, precision));
        verdict(&r, precision)
            .map(|v| format!("Offset {c}: the naive softmax fails. {v}"))
            .unwrap_or_else(|| format!("Offset {c}: naive and stable softmax agree."))
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Stability.lede()}</p>
            <Formula
                label=crate::text::t(crate::text::keys::stability::FORMULA)
                mathml="<msub><mi>p</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo>\u{2212}</mo><mi>m</mi></mrow></msup><mrow><munder><mo>\u{2211}</mo><mi>j</mi></munder><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>\u{2212}</mo><mi>m</mi></mrow></msup></mrow></mfrac><mo>,</mo><mspace width=\"0.5em\"/><mi>m</mi><mo>=</mo><munder><mi>max</mi><mi>j</mi></munder><msub><mi>z</mi><mi>j</mi></msub>"
            />
        </div>
        <Offset/>
        <LogSoftmax/>
        <LiveAnnouncer text=summary/>
    }
}
