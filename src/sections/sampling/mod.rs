//! Section 2, temperature, top-k, top-p and sampling: the pipeline's controls and readouts, the
//! distribution it samples from (or a 128,000-token vocabulary), seeded draws converging to it,
//! when to use which temperature, and how llama.cpp's order differs. One file per card; what
//! they show is worked out in [`model`].

mod controls;
mod distribution;
mod draws;
pub mod model;
mod other_orders;
mod temperature_uses;

use std::sync::Arc;

use crate::components::{Formula, LiveAnnouncer};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::VOCAB_SIZE;
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::sampling as k;
use crate::text::t;
use crate::tr;
use controls::Controls;
use distribution::{distribution_view, Distribution};
use draws::Draws;
use leptos::prelude::*;
use model::{token_outcome, vocab_outcome, Outcome, CURVE_DENSITY, VOCAB_SHOWN};
use other_orders::OtherOrders;
use temperature_uses::TemperatureUses;

/// The large vocabulary for one seed, sorted, with its `T = 1` view (the ghost bars).
struct VocabCache {
    ranked: math::RankedVocab,
    base: math::RankedView,
}

/// Section 2.
#[component]
pub fn SamplingSection() -> impl IntoView {
    let state = use_lesson();
    let ranks = math::log_spaced_ranks(VOCAB_SIZE, CURVE_DENSITY);
    // The vocabulary for the current seed and its T = 1 view, built once per seed (a sort of
    // 128,000 logits) and reused by every move of the sliders.
    let cache: StoredValue<Option<(u64, Arc<VocabCache>)>> = StoredValue::new(None);
    let outcome = Derived::new(move || {
        let settings = (
            state.temperature.get(),
            state.top_k.get(),
            state.top_p.get(),
            state.min_p.get(),
        );
        let o = if state.vocab.get() {
            let seed = state.seed.get();
            let vocab = match cache.get_value() {
                Some((s, v)) if s == seed => v,
                _ => {
                    let ranked = math::RankedVocab::new(&math::zipf_logits(VOCAB_SIZE, seed));
                    let base = ranked.view(1.0, 0, 1.0, 0.0, VOCAB_SHOWN, &ranks);
                    let v = Arc::new(VocabCache { ranked, base });
                    cache.set_value(Some((seed, v.clone())));
                    v
                }
            };
            vocab_outcome(&vocab.ranked, &vocab.base, settings, &ranks)
        } else {
            state.logits.with(|z| {
                state
                    .tokens
                    .with(|names| token_outcome(names, z, &state.probs.get(), settings))
            })
        };
        let tally = math::tally_draws(&o.sampled, state.draws.get(), state.seed.get());
        Outcome {
            counts: tally.counts,
            last: tally.last,
            ..o
        }
    });
    let chart = distribution_view(outcome);
    let summary = Signal::derive(move || {
        outcome.with(|o| tr!(k::SUMMARY, o.kept_count, o.size, fixed(o.entropy, 2)))
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Sampling.lede()}</p>
            <Formula
                label=t(k::FORMULA)
                mathml="<msub><mi>p</mi><mi>i</mi></msub><mo>=</mo><mfrac><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>i</mi></msub><mo>/</mo><mi>T</mi></mrow></msup><mrow><munder><mo>\u{2211}</mo><mi>j</mi></munder><msup><mi>e</mi><mrow><msub><mi>z</mi><mi>j</mi></msub><mo>/</mo><mi>T</mi></mrow></msup></mrow></mfrac>"
            />
        </div>
        <div class="softmax-grid">
            <Controls outcome=outcome chart=chart/>
            <Distribution outcome=outcome chart=chart/>
        </div>
        <Draws outcome=outcome/>
        <TemperatureUses/>
        <OtherOrders/>
        <LiveAnnouncer text=summary/>
    }
}
