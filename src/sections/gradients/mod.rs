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
use crate::text::{t, Msg};
use crate::tr;
use finite_difference::FiniteDifference;
use gradient_bars::GradientBars;
use leptos::prelude::*;
use loss_from_logits::LossFromLogits;
use squared_error::SquaredError;
use std::cell::RefCell;
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

/// A readout's label as the `Readout` component takes it, `&'static str`: each text is kept once
/// for the page's life (a few labels per language), not once per mount.
fn readout_label(key: Msg<0>) -> &'static str {
    thread_local! {
        static KEPT: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    let text = t(key);
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(s) = kept.iter().find(|s| **s == text) {
            return *s;
        }
        let s: &'static str = Box::leak(text.into_boxed_str());
        kept.push(s);
        s
    })
}
