//! llama.cpp's temperature-last order, compared on the playground's logits.

use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::format::fixed;
use crate::math;
use crate::state::use_lesson;
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
            &["Token", "Temperature first", "Temperature last"],
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
                format!(
                    "Here the order matters: temperature first keeps {} tokens, temperature last keeps {}.",
                    kept(&hf),
                    kept(&last)
                )
            } else if diff > 5e-4 {
                format!(
                    "Both keep the same {} tokens, but their probabilities differ by up to {}.",
                    kept(&hf),
                    fixed(diff, 3)
                )
            } else {
                "Here both orders give the same distribution. Lower top-p and move the temperature away from 1 to see them part."
                    .to_string()
            }
        }
    };
    view! {
        <Card title="Other libraries, other orders" id="other-orders">
            <p>
                "Everything above follows Hugging Face transformers and vLLM. llama.cpp's default chain picks the "
                "top-k, top-p and min-p survivors from the T = 1 distribution and applies temperature last, so a "
                "high temperature cannot let extra tokens in. Many APIs also switch top-k on by default, often at "
                "40 or 50."
            </p>
            <label class="check">
                <input type="checkbox" data-testid="compare-orders" prop:checked=compare on:change:target=move |ev| compare.set(ev.target().checked())/>
                "Compare both orders on the playground's logits"
            </label>
            <Show when=move || compare.get()>
                <p class="verdict" data-testid="orders-verdict">{verdict}</p>
                <DataTable caption="Temperature first (Hugging Face) versus last (llama.cpp)" data=table testid="table-orders" open=true/>
            </Show>
        </Card>
    }
}
