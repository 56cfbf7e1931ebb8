//! The scores card: random query and key vectors with d_k components, their dot products, how
//! far those spread as d_k grows, and what dividing by sqrt(d_k) does to the rows' softmax.

use super::model::{
    chart_dims, saturation_curves, scale_words, score_text, sentence, Attention, Curve,
};
use crate::charts::{draw_lines, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::{DK_RANGE, QUERY_RANGE};
use crate::state::use_lesson;
use crate::text::keys::attention as k;
use crate::text::t;
use crate::tr;
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
                name: t(k::SERIES_SCALED),
                points: scaled.clone(),
                colour: 0,
                dashed: false,
            },
            Series {
                name: t(k::SERIES_NOT_SCALED),
                points: unscaled.clone(),
                colour: 1,
                dashed: true,
            },
        ],
        x_range,
        y_range: (0.0, 1.0),
        x_log: true,
        y_log: false,
        x_label: t(k::AXIS_DK),
        y_label: t(k::AXIS_LARGEST_WEIGHT),
        marker: Some(Marker {
            x: dk as f64,
            y: mean_max,
            label: if scale {
                format!("d_k = {}", fixed(dk as f64, 0))
            } else {
                tr!(k::MARKER_NOT_SCALED, fixed(dk as f64, 0))
            },
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
    let curves = Derived::new(move || {
        saturation_curves(state.mask.get(), state.seed.get(), state.query.get())
    });
    let raw_table = Signal::derive(move || {
        let words = sentence();
        let mut columns = vec![t(k::COLUMN_QUERY_KEY)];
        columns.extend(words.iter().cloned());
        TableData {
            columns,
            rows: now.with(|a| {
                a.raw
                    .iter()
                    .zip(&words)
                    .map(|(row, word)| {
                        let mut cells = vec![word.clone()];
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
            columns: vec!["d_k".into(), t(k::COLUMN_SCALED), t(k::COLUMN_NOT_SCALED)],
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
            label: t(k::READOUT_SPREAD),
            value: Signal::derive(move || now.with(|a| fixed(a.spread, 2))),
        },
        Readout {
            id: "sqrt-dk",
            label: "\u{221a}d_k".into(),
            value: Signal::derive(move || fixed((state.dk.get() as f64).sqrt(), 2)),
        },
        Readout {
            id: "mean-max",
            label: t(k::READOUT_MEAN_MAX),
            value: Signal::derive(move || now.with(|a| fixed(a.mean_max, 3))),
        },
    ];
    let dk_text =
        Callback::new(move |v: f64| tr!(k::DK_VALUETEXT, fixed(v.round(), 0), fixed(v.sqrt(), 1)));
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::SCORES_TITLE) id="raw-scores" class="charts">
            <p>{t(k::SCORES_TEXT)}</p>
            <KeepInView chart="chart-saturation" title=k::PINNED_SATURATION view=chart draw=draw
                predict=&["attention-unscaled"] challenge=&["attention-uniform"]>
            <Slider
                id="dk"
                label=Signal::derive(|| t(k::DK_LABEL))
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
                {t(k::SCALE_CHECK)}
            </label>
            <Slider
                id="query-scale"
                label=Signal::derive(|| t(k::QUERY_LABEL))
                value=state.query
                on_change=Callback::new(move |v| state.query.set(v))
                min=QUERY_RANGE.0
                max=QUERY_RANGE.1
                step=0.05
                decimals=2
                valuetext=Callback::new(|v: f64| tr!(k::QUERY_VALUETEXT, fixed(v, 2)))
            />
            <div class="presets" role="group" aria-label=t(k::VECTORS_LABEL)>
                <button class="chip" data-testid="attention-reroll" on:click=move |_| state.reroll_seed()>
                    {t(k::REROLL)}
                </button>
            </div>
            </KeepInView>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="scale-words">
                {move || now.with(|a| scale_words(state.dk.get(), state.scale.get(), a))}
            </p>
            <DataTable caption=t(k::RAW_TABLE)
                data=raw_table testid="table-raw-scores" open=true/>
            <ChartFigure
                caption=t(k::SATURATION_CAPTION)
                view=chart
                draw=draw
                label=t(k::SATURATION_LABEL)
                table_caption=t(k::SATURATION_TABLE)
                table=chart_table
                testid="saturation"
                height=220.0
            />
        </Card>
    }
}
