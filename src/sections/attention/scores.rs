//! The scores card: random query and key vectors with d_k components, their dot products, how
//! far those spread as d_k grows, and what dividing by sqrt(d_k) does to the rows' softmax.

use super::model::{
    chart_dims, saturation_curves, scale_words, score_text, Attention, Curve, SENTENCE,
};
use crate::charts::{draw_lines, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::DK_RANGE;
use crate::state::use_lesson;
use crate::text::keys::attention as attention_text;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The chart of the mean largest weight per row against d_k, scaled and unscaled, with the
/// current setting marked.
pub fn saturation_view(
    curves: &(Curve, Curve),
    dk: u64,
    scale: bool,
    mean_max: f64,
) -> LineChartView {
    let (scaled, unscaled) = curves;
    let x_range = (DK_RANGE.0 as f64, DK_RANGE.1 as f64);
    LineChartView {
        series: vec![
            Series {
                name: "divided by \u{221a}d_k".into(),
                points: scaled.clone(),
                colour: 0,
                dashed: false,
            },
            Series {
                name: "not scaled".into(),
                points: unscaled.clone(),
                colour: 1,
                dashed: true,
            },
        ],
        x_range,
        y_range: (0.0, 1.0),
        x_log: true,
        y_log: false,
        x_label: "key dimension d_k".into(),
        y_label: "largest weight in a row (mean)".into(),
        marker: Some(Marker {
            x: dk as f64,
            y: mean_max,
            label: format!("d_k = {dk}{}", if scale { "" } else { ", not scaled" }),
        }),
        annotations: Vec::new(),
    }
}

/// d_k slider, the scaling switch, the raw scores and the saturation chart.
#[component]
pub fn Scores(
    /// The section's numbers for the current settings.
    now: Derived<Attention>,
) -> impl IntoView {
    let state = use_lesson();
    let curves = Derived::new(move || saturation_curves(state.mask.get(), state.seed.get()));
    let raw_table = Signal::derive(move || {
        let mut columns = vec!["Query \u{2193} key \u{2192}".to_string()];
        columns.extend(SENTENCE.iter().map(|w| w.to_string()));
        TableData {
            columns,
            rows: now.with(|a| {
                a.raw
                    .iter()
                    .zip(SENTENCE)
                    .map(|(row, word)| {
                        let mut cells = vec![word.to_string()];
                        cells.extend(row.iter().map(|&s| score_text(s)));
                        cells
                    })
                    .collect()
            }),
            footer: None,
        }
    });
    let chart = Derived::new(move || {
        let mean_max = now.with(|a| a.mean_max);
        curves.with(|c| saturation_view(c, state.dk.get(), state.scale.get(), mean_max))
    });
    let chart_table = Signal::derive(move || {
        let dims = chart_dims();
        TableData {
            columns: vec![
                "d_k".into(),
                "Divided by \u{221a}d_k".into(),
                "Not scaled".into(),
            ],
            rows: curves.with(|(on, off)| {
                dims.iter()
                    .zip(on.iter().zip(off))
                    .step_by(4)
                    .map(|(dk, (a, b))| vec![dk.to_string(), fixed(a.1, 3), fixed(b.1, 3)])
                    .collect()
            }),
            footer: None,
        }
    });
    let readouts = vec![
        Readout {
            id: "spread",
            label: "Spread of the raw scores (root mean square)",
            value: Signal::derive(move || now.with(|a| fixed(a.spread, 2))),
        },
        Readout {
            id: "sqrt-dk",
            label: "\u{221a}d_k",
            value: Signal::derive(move || fixed((state.dk.get() as f64).sqrt(), 2)),
        },
        Readout {
            id: "mean-max",
            label: "Largest weight in a row, on average",
            value: Signal::derive(move || now.with(|a| fixed(a.mean_max, 3))),
        },
    ];
    let dk_text = Callback::new(move |v: f64| {
        format!("d_k {}, square root {}", v.round(), fixed(v.sqrt(), 1))
    });
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title="Dot products grow with d_k" id="raw-scores" class="charts">
            <p>
                "Each word has a query vector q (what it looks for) and a key vector k (what it offers), both with d_k "
                "numbers. The score of query i for key j is their dot product q\u{1d62} \u{00b7} k\u{2c7c}: a sum of d_k "
                "products. Here the vectors are random, each number drawn from a standard normal distribution, so "
                "every score is a sum of d_k random terms and spreads like \u{221a}d_k."
            </p>
            <KeepInView chart="chart-saturation" title=attention_text::PINNED_SATURATION view=chart draw=draw>
            <Slider
                id="dk"
                label=Signal::derive(|| "Key dimension d_k".to_string())
                value=Signal::derive(move || state.dk.get() as f64)
                on_change=Callback::new(move |v: f64| state.dk.set(v.round() as u64))
                min=DK_RANGE.0 as f64
                max=DK_RANGE.1 as f64
                step=1.0
                log=true
                decimals=0
                valuetext=dk_text
            />
            <label class="check">
                <input type="checkbox" data-testid="scale" prop:checked=move || state.scale.get()
                    on:change:target=move |ev| state.scale.set(ev.target().checked())/>
                "Divide the scores by \u{221a}d_k before softmax"
            </label>
            <div class="presets" role="group" aria-label="Vectors">
                <button class="chip" data-testid="attention-reroll" on:click=move |_| state.reroll_seed()>
                    "New random vectors"
                </button>
            </div>
            </KeepInView>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="scale-words">
                {move || now.with(|a| scale_words(state.dk.get(), state.scale.get(), a))}
            </p>
            <DataTable caption="Raw scores q \u{00b7} k: rows are queries, columns are keys"
                data=raw_table testid="table-raw-scores" open=true/>
            <ChartFigure
                caption="How peaked the rows get as d_k grows: the mean, over the five rows, of each row\u{2019}s largest weight (1 means every row puts everything on one word, 0.2 would be even). Divided by \u{221a}d_k (solid) it stays level; unscaled (dashed) it climbs toward 1."
                view=chart
                draw=draw
                label="Largest attention weight per row against d_k, with and without scaling"
                table_caption="Mean largest weight per row by d_k"
                table=chart_table
                testid="saturation"
                height=220.0
            />
        </Card>
    }
}
