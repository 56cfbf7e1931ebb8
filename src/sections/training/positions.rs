//! The per-position card: the loss at every position of a short sequence and its mean, the
//! lesson's two-row example, and the fine-tuning switch that counts the answer only.

use super::model::{mean_loss, positions, prompt, sequence, Run, PROMPT_TOKENS};
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::text::keys::training as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// The lesson's worked example: two positions, their logits and right tokens.
const ROWS: [[f64; 3]; 2] = [[3.0, 1.0, 0.0], [0.5, 0.0, 2.0]];
/// The right token of each row of [`ROWS`].
const TARGETS: [usize; 2] = [1, 2];

/// Per-position losses of the sequence, the mean, and the answer-only switch.
#[component]
pub fn Positions(
    /// The run being trained, as last shown.
    run: Derived<Run>,
) -> impl IntoView {
    let answer_only = RwSignal::new(false);
    let rows = Derived::new(move || run.with(|r| positions(r.model())));
    let table = Signal::derive(move || {
        let only = answer_only.get();
        TableData {
            columns: vec![
                t(k::COLUMN_READS),
                t(k::COLUMN_PREDICTS),
                t(k::COLUMN_LOSS),
                t(k::COLUMN_COUNTED),
            ],
            rows: rows.with(|p| {
                p.iter()
                    .map(|x| {
                        let counted = !only || x.answer;
                        vec![
                            x.context.clone(),
                            x.next.clone(),
                            fixed(x.loss, 3),
                            t(if counted {
                                k::COUNTED_YES
                            } else {
                                k::COUNTED_NO
                            }),
                        ]
                    })
                    .collect()
            }),
            footer: Some(vec![
                t(k::ROW_MEAN),
                String::new(),
                rows.with(|p| fixed(mean_loss(p, only), 3)),
                String::new(),
            ]),
        }
    });
    let example = {
        let rows: Vec<Vec<f64>> = ROWS.iter().map(|r| r.to_vec()).collect();
        let losses = math::row_losses(&rows, &TARGETS);
        tr!(
            k::POSITIONS_EXAMPLE,
            fixed(losses[0], 3),
            fixed(losses[1], 3),
            fixed(math::mean_cross_entropy(&rows, &TARGETS), 3)
        )
    };
    view! {
        <Card title=t(k::POSITIONS_TITLE) id="train-positions">
            <p>{t(k::POSITIONS_TEXT)}</p>
            <p data-testid="positions-example">{example}</p>
            <label class="check">
                <input type="checkbox" data-testid="answer-only" prop:checked=answer_only
                    on:change:target=move |ev| answer_only.set(ev.target().checked())/>
                {tr!(k::ANSWER_ONLY, PROMPT_TOKENS - 1, prompt())}
            </label>
            <DataTable caption=tr!(k::POSITIONS_TABLE, sequence()) data=table
                testid="table-positions" open=true/>
        </Card>
    }
}
