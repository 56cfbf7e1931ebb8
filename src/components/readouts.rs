//! A row of labelled numbers ("Entropy 0.52 nats"): the figures a section derives, as text.

use leptos::prelude::*;

/// One labelled figure.
#[derive(Clone)]
pub struct Readout {
    /// Short id: the value's `data-testid` is `readout-{id}`.
    pub id: &'static str,
    /// What the figure is (text of the language on screen, or a symbol).
    pub label: String,
    /// The figure, formatted; only this text changes, the list itself is built once.
    pub value: Signal<String>,
}

/// A `<dl>` of [`Readout`]s.
#[component]
pub fn Readouts(
    /// The figures, in order.
    items: Vec<Readout>,
) -> impl IntoView {
    let rows = items
        .into_iter()
        .map(|r| {
            view! {
                <div class="readout">
                    <dt>{r.label}</dt>
                    <dd data-testid=format!("readout-{}", r.id)>{r.value}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="readouts">{rows}</dl> }
}
