//! Section 4, gradients and one training step: the loss straight from the logits, the gradient
//! p - y as signed bars, a step of gradient descent (animated) with its loss curve, the
//! finite-difference check of the gradient, and why squared error learns so slowly. One file per
//! card; what they show is worked out in [`model`].

pub mod finite_difference;
mod gradient_bars;
mod loss_from_logits;
pub mod model;
pub mod squared_error;
mod step;

use crate::components::{Formula, LiveAnnouncer};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::math;
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::gradients as k;
use crate::text::t;
use crate::tr;
use finite_difference::FiniteDifference;
use gradient_bars::GradientBars;
use leptos::prelude::*;
use loss_from_logits::LossFromLogits;
use squared_error::SquaredError;
use step::Step;

/// Section 4.
#[component]
pub fn GradientsSection() -> impl IntoView {
    let state = use_lesson();
    // The correct token, kept inside the token list.
    let target = Derived::new(move || {
        let n = state.tokens.with(Vec::len);
        state.target.get().min(n.saturating_sub(1))
    });
    let summary = Signal::derive(move || {
        let c = target.get();
        let g = state.logits.with(|z| math::grad_logits(z, c));
        let name = state.tokens.with(|t| t.get(c).cloned().unwrap_or_default());
        tr!(
            k::SUMMARY,
            fixed(state.logits.with(|z| math::cross_entropy(z, c)), 3),
            name,
            signed(g.get(c).copied().unwrap_or(0.0), 3)
        )
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Gradients.lede()}</p>
            <Formula
                label=t(k::FORMULA)
                mathml="<mfrac><mrow><mo>\u{2202}</mo><mi>L</mi></mrow><mrow><mo>\u{2202}</mo><msub><mi>z</mi><mi>i</mi></msub></mrow></mfrac><mo>=</mo><msub><mi>p</mi><mi>i</mi></msub><mo>\u{2212}</mo><msub><mi>y</mi><mi>i</mi></msub>"
            />
        </div>
        <div class="softmax-grid">
            <LossFromLogits target=target/>
            <GradientBars target=target/>
        </div>
        <Step target=target/>
        <FiniteDifference target=target/>
        <SquaredError/>
        <LiveAnnouncer text=summary/>
    }
}
