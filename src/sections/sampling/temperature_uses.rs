//! When a low or a high temperature is the right choice.

use crate::components::Card;
use crate::format::fixed;
use crate::state::use_lesson;
use crate::text::keys::sampling as k;
use crate::text::{rich, t};
use crate::tr;
use leptos::prelude::*;

/// When a low or a high temperature is the right choice.
#[component]
pub(super) fn TemperatureUses() -> impl IntoView {
    let state = use_lesson();
    let uses = [
        (k::USES_LOW_TITLE, k::USES_LOW_TEXT, 0.2),
        (k::USES_HIGH_TITLE, k::USES_HIGH_TEXT, 1.0),
    ];
    view! {
        <Card title=t(k::USES_TITLE) id="temperature-uses">
            <div class="two-col">
                {uses
                    .into_iter()
                    .map(|(title, body, temperature)| view! {
                        <div class="use-card">
                            <h3>{t(title)}</h3>
                            <p>{t(body)}</p>
                            <button class="chip" on:click=move |_| state.temperature.set(temperature)>{tr!(k::USES_SET, fixed(temperature, 1))}</button>
                        </div>
                    })
                    .collect_view()}
            </div>
            <p>{rich(k::USES_LOGITS, [])}</p>
        </Card>
    }
}
