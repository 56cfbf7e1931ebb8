//! Section 8, pitfalls: four mistakes that look harmless, each tried on the lesson's own logits:
//! softmax applied twice, softmax where labels are not exclusive, logits read as probabilities,
//! and temperature applied after softmax. One file per card; the numbers are in [`model`].

mod logits_not_probs;
pub mod model;
mod sigmoid;
pub mod softmax_twice;
mod temperature_after;

use crate::components::LiveAnnouncer;
use crate::derived::Derived;
use crate::format::fixed;
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::pitfalls as k;
use crate::tr;
use leptos::prelude::*;
use logits_not_probs::LogitsNotProbs;
use model::twice;
use sigmoid::SigmoidVsSoftmax;
use softmax_twice::SoftmaxTwice;
use temperature_after::TemperatureAfter;

/// Section 8.
#[component]
pub fn PitfallsSection() -> impl IntoView {
    let state = use_lesson();
    let target = Derived::new(move || {
        let n = state.tokens.with(Vec::len);
        state.target.get().min(n.saturating_sub(1))
    });
    let summary = Signal::derive(move || {
        let t = state.logits.with(|z| twice(z, target.get()));
        tr!(k::SUMMARY, fixed(t.loss, 3), fixed(t.loss_twice, 3))
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Pitfalls.lede()}</p>
        </div>
        <SoftmaxTwice target=target/>
        <SigmoidVsSoftmax/>
        <LogitsNotProbs/>
        <TemperatureAfter/>
        <LiveAnnouncer text=summary/>
    }
}
