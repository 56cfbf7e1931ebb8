//! Section 7, softmax inside attention: dot-product scores that spread as d_k grows, the
//! 1/sqrt(d_k) scale that tames them, the causal mask done right (-inf) and wrong (0), and the
//! attention softmax set beside the output softmax. One file per card; numbers in [`model`].

mod compare;
pub mod model;
pub mod scores;
mod weights;

use crate::components::{Formula, LiveAnnouncer};
use crate::derived::Derived;
use crate::format::fixed;
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::attention as k;
use crate::text::t;
use crate::tr;
use compare::Compare;
use leptos::prelude::*;
use model::attention;
use scores::Scores;
use weights::Weights;

/// Section 7.
#[component]
pub fn AttentionSection() -> impl IntoView {
    let state = use_lesson();
    // One computation per setting, shared by every card.
    let now = Derived::new(move || {
        attention(
            state.dk.get(),
            state.scale.get(),
            state.mask.get(),
            state.seed.get(),
            state.query.get(),
        )
    });
    let summary = Signal::derive(move || {
        now.with(|a| {
            let key = if state.scale.get() {
                k::SUMMARY_SCALED
            } else {
                k::SUMMARY_NOT_SCALED
            };
            tr!(
                key,
                fixed(state.dk.get() as f64, 0),
                fixed(a.mean_max, 2),
                fixed(a.future.iter().sum(), 2)
            )
        })
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Attention.lede()}</p>
            <Formula
                label=t(k::FORMULA)
                mathml="<mi>W</mi><mo>=</mo><mi>softmax</mi><mo>(</mo><mfrac><mrow><mi>Q</mi><msup><mi>K</mi><mi>\u{22a4}</mi></msup></mrow><msqrt><msub><mi>d</mi><mi>k</mi></msub></msqrt></mfrac><mo>+</mo><mi>M</mi><mo>)</mo>"
            />
        </div>
        <Scores now=now/>
        <Weights now=now/>
        <Compare/>
        <LiveAnnouncer text=summary/>
    }
}
