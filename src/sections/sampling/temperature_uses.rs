//! When a low or a high temperature is the right choice.

use crate::components::Card;
use crate::format::fixed;
use crate::state::use_lesson;
use leptos::prelude::*;

/// When a low or a high temperature is the right choice.
#[component]
pub(super) fn TemperatureUses() -> impl IntoView {
    let state = use_lesson();
    let uses = [
        (
            "Low T (0.1 to 0.4): code, facts, extraction",
            "When one continuation is right, keep the model on its best guess. A typo in a variable name is not creativity.",
            0.2,
        ),
        (
            "Higher T (0.8 to 1.2): stories, brainstorming",
            "When many continuations are fine, let the less likely ones through. Too high and the text drifts into nonsense.",
            1.0,
        ),
    ];
    view! {
        <Card title="Which temperature when?" id="temperature-uses">
            <div class="two-col">
                {uses
                    .into_iter()
                    .map(|(title, body, t)| view! {
                        <div class="use-card">
                            <h3>{title}</h3>
                            <p>{body}</p>
                            <button class="chip" on:click=move |_| state.temperature.set(t)>{format!("Set T = {}", fixed(t, 1))}</button>
                        </div>
                    })
                    .collect_view()}
            </div>
            <p>
                "Temperature divides the " <strong>"logits"</strong> ", before softmax; it does not scale the "
                "probabilities after it. Dividing by T is the same as raising each probability to the power 1/T and "
                "renormalising, which is why the order of the tokens never changes, only how far apart they are."
            </p>
        </Card>
    }
}
