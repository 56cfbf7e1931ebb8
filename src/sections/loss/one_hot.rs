//! The playground's distribution against a one-hot target, with the sum written out.

use super::model::{logits_for, Scenario};
use super::nats;
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable, Readout, Readouts, TargetPicker};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::state::{use_lesson, Example, LessonState};
use crate::text::keys::loss as k;
use crate::text::t;
use leptos::prelude::*;

/// The playground's distribution against a one-hot target, the sum written out, scenarios and
/// the clickable sentence.
#[component]
pub(super) fn OneHot() -> impl IntoView {
    let state = use_lesson();
    let target = Derived::new(move || {
        let n = state.tokens.with(|t| t.len());
        state.target.get().min(n.saturating_sub(1))
    });
    let loss = move || state.logits.with(|z| math::cross_entropy(z, target.get()));
    let table = Signal::derive(move || {
        let probs = state.probs.get();
        let c = target.get();
        TableData {
            columns: vec![
                t(k::COLUMN_TOKEN),
                "p".into(),
                "y".into(),
                "\u{2212}y ln p".into(),
            ],
            rows: state.tokens.with(|t| {
                t.iter()
                    .zip(&probs)
                    .enumerate()
                    .map(|(i, (name, p))| {
                        let y = if i == c { 1.0 } else { 0.0 };
                        vec![
                            name.clone(),
                            fixed(*p, 3),
                            fixed(y, 0),
                            fixed(if i == c { math::neg_log(*p) } else { 0.0 }, 3),
                        ]
                    })
                    .collect()
            }),
            footer: Some(vec![
                t(k::ROW_SUM),
                fixed(probs.iter().sum(), 3),
                "1".into(),
                fixed(loss(), 3),
            ]),
        }
    });
    // The sum written out term by term; terms with y = 0 are greyed (they add nothing).
    let sum_terms = move || {
        let c = target.get();
        state.probs.with(|probs| {
            probs
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let right = i == c;
                    view! {
                        {(i > 0).then_some(" + ")}
                        <span class="term" class:term--zero=!right>
                            {format!("{} \u{b7} ln {}", if right { 1 } else { 0 }, fixed(*p, 3))}
                        </span>
                    }
                })
                .collect_view()
        })
    };
    let readouts = vec![
        Readout {
            id: "onehot-loss",
            label: t(k::READOUT_ONEHOT_LOSS),
            value: Signal::derive(move || nats(fixed(loss(), 3))),
        },
        Readout {
            id: "onehot-perplexity",
            label: t(k::READOUT_ONEHOT_PERPLEXITY),
            value: Signal::derive(move || fixed(loss().exp(), 2)),
        },
    ];
    let apply = move |scenario: Scenario| {
        let n = state.tokens.with_untracked(|t| t.len());
        state
            .logits
            .set(logits_for(&scenario.probs(n, target.get_untracked())));
    };
    view! {
        <Card title=t(k::ONEHOT_TITLE) id="one-hot">
            <p>{t(k::ONEHOT_HINT)}</p>
            <p class="sentence" data-testid="onehot-sentence">
                {move || Example::frame(state.has_tokens_of(Example::Sentence)).0}
                <mark>{move || state.tokens.with(|t| t.get(target.get()).cloned().unwrap_or_default())}</mark>
                {move || Example::frame(state.has_tokens_of(Example::Sentence)).1}
            </p>
            <TargetPicker/>
            <Show when=move || !state.shows_example(Example::Sentence)>
                <button class="button" on:click=move |_| load_sentence(state)>
                    {t(k::ONEHOT_LOAD_SENTENCE)}
                </button>
            </Show>
            <Readouts items=readouts/>
            <p class="sum" data-testid="onehot-sum">"L = \u{2212}(" {sum_terms} ")"</p>
            <div class="presets" role="group" aria-label=t(k::SCENARIOS_LABEL)>
                <span class="presets__label">{t(k::SCENARIOS_TRY)} " "</span>
                {Scenario::ALL
                    .into_iter()
                    .map(|s| view! { <button class="chip" on:click=move |_| apply(s)>{t(s.label())}</button> })
                    .collect_view()}
            </div>
            <DataTable caption=t(k::ONEHOT_TABLE) data=table testid="table-onehot" open=true/>
        </Card>
    }
}

/// Loads the sentence's five candidates, with "mat" as the word that came next.
fn load_sentence(state: LessonState) {
    state.load_example(Example::Sentence);
    state.target.set(0);
}
