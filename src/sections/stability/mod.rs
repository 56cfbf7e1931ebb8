//! Section 6, numerical stability: add a large constant to every logit and watch the textbook
//! softmax overflow while the stable one never moves; then log-sum-exp and log-softmax, and the
//! underflow of -ln softmax. One file per card; the numbers are worked out in [`model`].

mod log_softmax;
pub mod model;
pub mod offset;

use crate::components::{Formula, LiveAnnouncer};
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::stability as k;
use crate::text::t;
use crate::tr;
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
        let offset = shortest(c);
        match verdict(&r, precision) {
            Some(v) => tr!(k::SUMMARY_FAILS, offset, v),
            None => tr!(k::SUMMARY_AGREE, offset),
        }
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Stability.lede()}</p>
            <Formula
                label=t(k::FORMULA)
                mathml="<msub><mi>p</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo>\u{2212}</mo><mi>m</mi></mrow></msup><mrow><munder><mo>\u{2211}</mo><mi>j</mi></munder><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>\u{2212}</mo><mi>m</mi></mrow></msup></mrow></mfrac><mo>,</mo><mspace width=\"0.5em\"/><mi>m</mi><mo>=</mo><munder><mi>max</mi><mi>j</mi></munder><msub><mi>z</mi><mi>j</mi></msub>"
            />
        </div>
        <Offset/>
        <LogSoftmax/>
        <LiveAnnouncer text=summary/>
    }
}

/// `c` with as many decimals as it has (`997`, `2.5`), in the language's marks.
///
/// ```
/// use softmax_lab::sections::stability::shortest;
/// assert_eq!(shortest(997.0), "997");
/// assert_eq!(shortest(2.5), "2.5");
/// ```
pub fn shortest(c: f64) -> String {
    let text = crate::params::format_number(c);
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len());
    crate::format::fixed(c, decimals)
}
