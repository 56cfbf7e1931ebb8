//! The weights card: the mask switch, the row-wise softmax as a heatmap with its table, the
//! scores softmax actually sees, and what the mask does, in words.

use super::model::{mask_words, score_text, sentence, Attention, WORDS};
use crate::charts::{draw_heatmap, HeatmapView};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{predict_slots, Card, ChartFigure, DataTable, Readout, Readouts};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math::MaskMode;
use crate::state::use_lesson;
use crate::text::keys::attention as k;
use crate::text::{t, Msg};
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The mask settings offered, with their URL ids and labels.
const MASKS: [(MaskMode, &str, Msg<0>); 3] = [
    (MaskMode::NegInf, "inf", k::MASK_NEG_INF),
    (MaskMode::Zero, "zero", k::MASK_ZERO),
    (MaskMode::None, "none", k::MASK_NONE),
];

/// A table with the sentence as its first column and header, one row per query.
fn matrix_table(cells: &[Vec<f64>], text: fn(f64) -> String, sums: bool) -> TableData {
    let words = sentence();
    let mut columns = vec![t(k::COLUMN_QUERY_KEY)];
    columns.extend(words.iter().cloned());
    if sums {
        columns.push(t(k::COLUMN_ROW_SUM));
    }
    TableData {
        columns,
        rows: cells
            .iter()
            .zip(&words)
            .map(|(row, word)| {
                let mut out = vec![word.clone()];
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
        let words = sentence().to_vec();
        now.with(|a| HeatmapView {
            rows: words.clone(),
            columns: words,
            values: a.weights.clone(),
            hatched: a.masked.clone(),
            column_title: t(k::HEATMAP_COLUMNS),
            row_title: t(k::HEATMAP_ROWS),
        })
    });
    let weights_table =
        Signal::derive(move || now.with(|a| matrix_table(&a.weights, weight_text, true)));
    let seen_table = Signal::derive(move || now.with(|a| matrix_table(&a.seen, score_text, false)));
    let readouts = vec![
        Readout {
            id: "future-weight",
            label: t(k::READOUT_FUTURE),
            value: Signal::derive(move || now.with(|a| fixed(a.future.iter().sum(), 3))),
        },
        Readout {
            id: "saturated-rows",
            label: t(k::READOUT_SATURATED),
            value: Signal::derive(move || {
                now.with(|a| tr!(k::SATURATED_VALUE, a.saturated, WORDS))
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
                    {t(text)}
                </label>
            }
        })
        .collect_view();
    let draw: CanvasDraw<HeatmapView> = draw_heatmap::<CanvasBackend>;
    view! {
        <Card title=t(k::WEIGHTS_TITLE) id="attention-weights" class="charts">
            <p>{t(k::WEIGHTS_TEXT)}</p>
            {predict_slots(&["attention-zero-mask"])}
            <fieldset class="switch" data-testid="mask-switch">
                <legend class="visually-hidden">{t(k::MASK_LEGEND)}</legend>
                {radios}
            </fieldset>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="mask-words">{move || now.with(|a| mask_words(state.mask.get(), a))}</p>
            <ChartFigure
                caption=t(k::HEATMAP_CAPTION)
                view=heatmap
                draw=draw
                label=t(k::HEATMAP_LABEL)
                table_caption=t(k::WEIGHTS_TABLE)
                table=weights_table
                testid="attention"
                height=250.0
            />
            <DataTable caption=t(k::SEEN_TABLE) data=seen_table testid="table-seen-scores" open=true/>
        </Card>
    }
}
