//! The per-position card: the loss at every position of a short sequence and its mean, the
//! lesson's two-row example, and the fine-tuning switch that counts the answer only.

use super::model::{mean_loss, positions, Run, PROMPT_TOKENS, SEQUENCE};
use crate::components::data_table::TableData;
use crate::components::{Card, DataTable};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
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
                "Reads".into(),
                "Predicts".into(),
                "Loss".into(),
                "Counted".into(),
            ],
            rows: rows.with(|p| {
                p.iter()
                    .map(|x| {
                        let counted = !only || x.answer;
                        vec![
                            x.context.clone(),
                            x.next.clone(),
                            fixed(x.loss, 3),
                            if counted { "yes" } else { "no: prompt" }.into(),
                        ]
                    })
                    .collect()
            }),
            footer: Some(vec![
                "Mean".into(),
                String::new(),
                rows.with(|p| fixed(mean_loss(p, only), 3)),
                String::new(),
            ]),
        }
    });
    let example = {
        let rows: Vec<Vec<f64>> = ROWS.iter().map(|r| r.to_vec()).collect();
        let losses = math::row_losses(&rows, &TARGETS);
        format!(
            "Worked by hand: a position with logits [3, 1, 0] whose right token is the second has loss {}; one with \
             [0.5, 0, 2] and the third right has {}. The sequence\u{2019}s loss is their mean, {}.",
            fixed(losses[0], 3),
            fixed(losses[1], 3),
            fixed(math::mean_cross_entropy(&rows, &TARGETS), 3)
        )
    };
    view! {
        <Card title="A loss at every position" id="train-positions">
            <p>
                "A language model is trained on every position of a text at once: each word is predicted from the "
                "ones before it, and the loss of the text is the mean of the losses at its positions."
            </p>
            <p data-testid="positions-example">{example}</p>
            <label class="check">
                <input type="checkbox" data-testid="answer-only" prop:checked=answer_only
                    on:change:target=move |ev| answer_only.set(ev.target().checked())/>
                {format!(
                    "Fine-tuning: count the answer only (the prompt is the first {} words, \u{201c}The cat\u{201d})",
                    PROMPT_TOKENS - 1
                )}
            </label>
            <DataTable caption=format!("Loss at every position of \u{201c}{SEQUENCE}\u{201d}") data=table
                testid="table-positions" open=true/>
        </Card>
    }
}
