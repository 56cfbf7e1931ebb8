//! Section 3, cross-entropy: the loss of one prediction as the model's confidence in the right
//! word moves, the same loss written out against a one-hot target, with scenarios and a
//! clickable sentence, and targets that are not one-hot (label smoothing, a distillation
//! teacher's). One file per card; what they compute is in [`model`].

mod confidence;
mod distillation;
pub mod model;
mod one_hot;
mod smoothing;

use crate::components::{Formula, LiveAnnouncer};
use crate::format::fixed;
use crate::math;
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::loss as k;
use crate::text::t;
use crate::tr;
use confidence::Confidence;
use distillation::Distillation;
use leptos::prelude::*;
use one_hot::OneHot;
use smoothing::Smoothing;

/// Section 3.
#[component]
pub fn LossSection() -> impl IntoView {
    let state = use_lesson();
    let summary = Signal::derive(move || {
        let p = state.p_true.get();
        tr!(
            k::SUMMARY,
            fixed(p, 3),
            fixed(math::neg_log(p), 3),
            fixed(math::perplexity_of_prob(p), 2)
        )
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Loss.lede()}</p>
            <Formula
                label=t(k::FORMULA)
                mathml="<mi>L</mi><mo>=</mo><mo>\u{2212}</mo><mi>ln</mi><msub><mi>p</mi><mi>@</mi></msub>"
                word=t(k::FORMULA_SUBSCRIPT)
            />
        </div>
        <Confidence/>
        <OneHot/>
        <Smoothing/>
        <Distillation/>
        <LiveAnnouncer text=summary/>
    }
}

/// A loss in nats, with its unit ("0.105 nats").
fn nats(value: String) -> String {
    tr!(crate::text::keys::shell::VALUE_NATS, value)
}
