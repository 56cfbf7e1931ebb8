//! llama.cpp's temperature-last order, compared on the playground's logits.

use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::format::fixed;
use crate::math;
use crate::state::use_lesson;
use crate::text::keys::sampling as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// llama.cpp applies temperature after top-k, top-p and min-p: the difference on the current
/// logits.
#[component]
pub(super) fn OtherOrders() -> impl IntoView {
    let state = use_lesson();
    let compare = RwSignal::new(false);
    // Recomputed where read: two passes over at most 20 tokens, cheaper than a cached copy.
    let both = move || {
        let (t, k, p, m) = (
            state.temperature.get(),
            state.top_k.get(),
            state.top_p.get(),
            state.min_p.get(),
        );
        state.logits.with(|z| {
            (
                math::sampling_distribution(z, t, k, p, m),
                math::sampling_distribution_temperature_last(z, t, k, p, m),
            )
        })
    };
    let table = Signal::derive(move || {
        let names = state.tokens.get();
        let (hf, last) = both();
        TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                &t(k::COLUMN_TEMPERATURE_FIRST),
                &t(k::COLUMN_TEMPERATURE_LAST),
            ],
            &names,
            &[&hf, &last],
            3,
        )
    });
    let verdict = move || {
        let (hf, last) = both();
        {
            let kept = |v: &[f64]| v.iter().filter(|&&q| q > 0.0).count();
            let diff = hf
                .iter()
                .zip(&last)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            if kept(&hf) != kept(&last) {
                tr!(k::ORDERS_DIFFER, kept(&hf), kept(&last))
            } else if diff > 5e-4 {
                tr!(k::ORDERS_SHIFT, kept(&hf), fixed(diff, 3))
            } else {
                t(k::ORDERS_SAME)
            }
        }
    };
    view! {
        <Card title=t(k::ORDERS_TITLE) id="other-orders">
            <p>{t(k::ORDERS_TEXT)}</p>
            <label class="check">
                <input type="checkbox" data-testid="compare-orders" prop:checked=compare on:change:target=move |ev| compare.set(ev.target().checked())/>
                {t(k::ORDERS_COMPARE)}
            </label>
            <Show when=move || compare.get()>
                <p class="verdict" data-testid="orders-verdict">{verdict}</p>
                <DataTable caption=t(k::ORDERS_TABLE) data=table testid="table-orders" open=true/>
            </Show>
        </Card>
    }
}
