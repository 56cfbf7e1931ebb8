//! The loss computed straight from the logits, in its log-sum-exp form, with the word picker.

use super::model::loss_parts;
use crate::components::{Card, Readout, Readouts, TargetPicker};
use crate::derived::Derived;
use crate::format::fixed;
use crate::state::use_lesson;
use crate::text::keys::{gradients as k, shell};
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// `L = logsumexp(z) - z_c` written out with the current numbers.
#[component]
pub(super) fn LossFromLogits(
    /// The correct token.
    target: Derived<usize>,
) -> impl IntoView {
    let state = use_lesson();
    let parts = Derived::new(move || state.logits.with(|z| loss_parts(z, target.get())));
    let written = move || {
        let l = parts.get();
        let terms = state.logits.with(|z| {
            z.iter()
                .map(|x| format!("e^{}", fixed(*x, 1)))
                .collect::<Vec<_>>()
                .join(" + ")
        });
        format!(
            "L = ln({terms}) \u{2212} {} = {} \u{2212} {} = {}",
            fixed(l.z_target, 1),
            fixed(l.lse, 3),
            fixed(l.z_target, 3),
            tr!(shell::VALUE_NATS, fixed(l.loss, 3))
        )
    };
    let readouts = vec![
        Readout {
            id: "grad-lse",
            label: t(k::READOUT_LSE),
            value: Signal::derive(move || fixed(parts.get().lse, 3)),
        },
        Readout {
            id: "grad-loss",
            label: t(k::READOUT_LOSS),
            value: Signal::derive(move || tr!(shell::VALUE_NATS, fixed(parts.get().loss, 3))),
        },
    ];
    view! {
        <Card title=t(k::LOSS_TITLE) id="loss-from-logits">
            <p>{t(k::LOSS_TEXT)}</p>
            <p class="sum" data-testid="grad-loss-written">{written}</p>
            <Readouts items=readouts/>
            <p>{t(k::WHICH_WORD)}</p>
            <TargetPicker/>
        </Card>
    }
}
