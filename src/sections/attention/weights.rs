//! The weights card: the mask switch, the row-wise softmax as a heatmap with its table, the
//! scores softmax actually sees, and what the mask does, in words.

use super::model::{mask_words, score_text, Attention, SENTENCE};
use crate::charts::{draw_heatmap, HeatmapView};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, Readout, Readouts};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math::MaskMode;
use crate::state::use_lesson;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The mask settings offered, with their URL ids and labels.
const MASKS: [(MaskMode, &str, &str); 3] = [
    (
        MaskMode::NegInf,
        "inf",
        "Causal, \u{2212}\u{221e}: future scores set to \u{2212}\u{221e}",
    ),
    (
        MaskMode::Zero,
        "zero",
        "Causal, 0: future scores set to 0 (a common bug)",
    ),
    (
        MaskMode::None,
        "none",
        "No mask: every word sees every word",
    ),
];

/// A table with the sentence as its first column and header, one row per query.
fn matrix_table(cells: &[Vec<f64>], text: fn(f64) -> String, sums: bool) -> TableData {
    let mut columns = vec!["Query \u{2193} key \u{2192}".to_string()];
    columns.extend(SENTENCE.iter().map(|w| w.to_string()));
    if sums {
        columns.push("Row sum".into());
    }
    TableData {
        columns,
        rows: cells
            .iter()
            .zip(SENTENCE)
            .map(|(row, word)| {
                let mut out = vec![word.to_string()];
                out.extend(row.iter().map(|&x| text(x)));
                if sums {
                    out.push(fixed(row.iter().sum(), 3));
                }
                out
            })
            .collect(),
        footer: None,
    }
}

/// A weight as the table shows it: exactly 0 as `0`, anything else three decimals.
fn weight_text(w: f64) -> String {
    if w == 0.0 {
        "0".into()
    } else {
        fixed(w, 3)
    }
}

/// Mask switch, heatmap of the weights and their table, the scores softmax sees.
#[component]
pub fn Weights(
    /// The section's numbers for the current settings.
    now: Derived<Attention>,
) -> impl IntoView {
    let state = use_lesson();
    let heatmap = Derived::new(move || {
        now.with(|a| HeatmapView {
            rows: SENTENCE.iter().map(|w| w.to_string()).collect(),
            columns: SENTENCE.iter().map(|w| w.to_string()).collect(),
            values: a.weights.clone(),
            hatched: a.masked.clone(),
            column_title: "key: the word looked at \u{2192}".into(),
            row_title: "query \u{2193}".into(),
        })
    });
    let weights_table =
        Signal::derive(move || now.with(|a| matrix_table(&a.weights, weight_text, true)));
    let seen_table = Signal::derive(move || now.with(|a| matrix_table(&a.seen, score_text, false)));
    let readouts = vec![
        Readout {
            id: "future-weight",
            label: "Weight on future words, all rows",
            value: Signal::derive(move || now.with(|a| fixed(a.future.iter().sum(), 3))),
        },
        Readout {
            id: "saturated-rows",
            label: "Rows with more than 99% on one word",
            value: Signal::derive(move || {
                now.with(|a| format!("{} of {}", a.saturated, SENTENCE.len()))
            }),
        },
    ];
    let radios = MASKS
        .iter()
        .map(|&(mode, id, text)| {
            view! {
                <label>
                    <input type="radio" name="mask" data-testid=format!("mask-{id}")
                        prop:checked=move || state.mask.get() == mode
                        on:change=move |_| state.mask.set(mode)/>
                    {text}
                </label>
            }
        })
        .collect_view();
    let draw: CanvasDraw<HeatmapView> = draw_heatmap::<CanvasBackend>;
    view! {
        <Card title="Softmax, one row at a time" id="attention-weights" class="charts">
            <p>
                "Softmax runs along each row: one query shares one unit of attention among the keys. A decoder "
                "must not look ahead, so the scores of later words are masked before softmax."
            </p>
            <fieldset class="switch" data-testid="mask-switch">
                <legend class="visually-hidden">"Causal mask"</legend>
                {radios}
            </fieldset>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="mask-words">{move || now.with(|a| mask_words(state.mask.get(), a))}</p>
            <ChartFigure
                caption="The attention weights: each row is one query word, each column a key word, and each row sums to 1. Darker cells get more weight; hatched cells are the future words the mask touches."
                view=heatmap
                draw=draw
                label="Heatmap of the attention weights, rows are queries and columns keys, masked cells hatched"
                table_caption="Attention weights: rows are queries, columns are keys"
                table=weights_table
                testid="attention"
                height=250.0
            />
            <DataTable caption="The scores softmax sees: scaled, then masked" data=seen_table testid="table-seen-scores" open=true/>
        </Card>
    }
}
