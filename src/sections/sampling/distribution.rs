//! The distribution the sampling section draws from, and the rank curve of the large vocabulary.

use super::model::{Outcome, CURVE_FLOOR};
use crate::charts::{
    draw_bars, draw_lines, BarChartView, BarDatum, BarState, LineChartView, Marker, Series,
    Threshold,
};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure};
use crate::derived::Derived;
use crate::format::{fixed, grouped};
use crate::params::VOCAB_SIZE;
use crate::state::use_lesson;
use crate::text::keys::sampling as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The bar chart drawn on a canvas.
pub(super) fn bars_canvas() -> CanvasDraw<BarChartView> {
    draw_bars::<CanvasBackend>
}

/// The bars of the distribution sampled from: the final probabilities with the T = 1 ghosts,
/// removed tokens hatched, the cumulative line, the top-p threshold and min-p's bar.
pub(super) fn distribution_view(outcome: Derived<Outcome>) -> Derived<BarChartView> {
    let state = use_lesson();
    Derived::new(move || {
        let (top_p, min_p) = (state.top_p.get(), state.min_p.get());
        outcome.with(|o| {
            let mut cumulative = 0.0;
            BarChartView {
                bars: (0..o.labels.len())
                    .map(|i| BarDatum {
                        label: o.labels[i].clone(),
                        value: o.sampled[i],
                        ghost: Some(o.base[i]),
                        state: if o.kept[i] {
                            BarState::Kept
                        } else {
                            BarState::Removed
                        },
                    })
                    .collect(),
                y_range: (0.0, 1.0),
                decimals: 2,
                threshold: (top_p < 1.0).then(|| Threshold {
                    value: top_p,
                    label: tr!(k::THRESHOLD_TOP_P, fixed(top_p, 2)),
                }),
                floor: o.min_p_bar.map(|bar| Threshold {
                    value: bar,
                    label: tr!(k::THRESHOLD_MIN_P, fixed(min_p, 2)),
                }),
                cumulative: Some(
                    o.scaled
                        .iter()
                        .map(|q| {
                            cumulative += q;
                            cumulative
                        })
                        .collect(),
                ),
                signed_colours: false,
            }
        })
    })
}

/// The distribution sampled from: ghosts at T = 1, removed tokens hatched, the cumulative line.
#[component]
pub(super) fn Distribution(
    outcome: Derived<Outcome>,
    chart: Derived<BarChartView>,
) -> impl IntoView {
    let draw = bars_canvas();
    let draw_curve: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    let table = Signal::derive(move || {
        outcome.with(|o| TableData {
            columns: vec![
                t(k::COLUMN_TOKEN),
                t(k::COLUMN_P_BASE),
                t(k::COLUMN_P_SCALED),
                t(k::COLUMN_KEPT),
                t(k::COLUMN_SAMPLED),
            ],
            rows: (0..o.labels.len())
                .map(|i| {
                    vec![
                        o.names[i].clone(),
                        fixed(o.base[i], 3),
                        fixed(o.scaled[i], 3),
                        match o.removed_by[i] {
                            "" => t(k::KEPT_YES),
                            by => tr!(k::KEPT_NO, by),
                        },
                        fixed(o.sampled[i], 3),
                    ]
                })
                .collect(),
            footer: None,
        })
    });
    let curve = Derived::new(move || {
        outcome.with(|o| {
            o.curve.as_ref().map(|(now, base)| {
                let kept = o.kept_count as f64;
                let at = now
                    .iter()
                    .rev()
                    .find(|(r, _)| *r <= kept)
                    .map(|p| p.1)
                    .unwrap_or(1.0);
                LineChartView {
                    series: vec![
                        Series {
                            name: t(k::SERIES_AT_T),
                            points: now.clone(),
                            colour: 0,
                            dashed: false,
                        },
                        Series {
                            name: "T = 1".into(),
                            points: base.clone(),
                            colour: 1,
                            dashed: true,
                        },
                    ],
                    x_range: (1.0, VOCAB_SIZE as f64),
                    y_range: (CURVE_FLOOR, 1.0),
                    x_log: true,
                    y_log: true,
                    x_label: t(k::AXIS_RANK),
                    y_label: t(k::AXIS_PROBABILITY),
                    marker: Some(Marker {
                        x: kept,
                        y: at.max(CURVE_FLOOR),
                        label: tr!(k::NUCLEUS_ENDS, o.kept_count),
                    }),
                    annotations: Vec::new(),
                }
            })
        })
    });
    let curve_table = Signal::derive(move || {
        let rows = curve.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.series[0]
                        .points
                        .iter()
                        .map(|(r, p)| vec![grouped(*r as usize), crate::format::scientific(*p, 2)])
                        .collect()
                })
                .unwrap_or_default()
        });
        TableData {
            columns: vec![t(k::COLUMN_RANK), t(k::COLUMN_P_SCALED)],
            rows,
            footer: None,
        }
    });
    view! {
        <Card title=t(k::DISTRIBUTION_TITLE) id="sampling-chart" class="charts">
            <ChartFigure
                caption=t(k::DISTRIBUTION_CAPTION)
                view=chart
                draw=draw
                label=t(k::DISTRIBUTION_LABEL)
                table_caption=t(k::DISTRIBUTION_TABLE)
                table=table
                testid="sampling"
                height=230.0
            />
            <Show when=move || curve.with(|c| c.is_some())>
                <ChartFigure
                    caption=t(k::RANKS_CAPTION)
                    view=Derived::new(move || curve.get().unwrap_or_else(empty_curve))
                    draw=draw_curve
                    label=t(k::RANKS_LABEL)
                    table_caption=t(k::RANKS_TABLE)
                    table=curve_table
                    testid="ranks"
                />
            </Show>
        </Card>
    }
}

pub(super) fn empty_curve() -> LineChartView {
    LineChartView {
        series: Vec::new(),
        x_range: (1.0, 10.0),
        y_range: (CURVE_FLOOR, 1.0),
        x_log: true,
        y_log: true,
        x_label: String::new(),
        y_label: String::new(),
        marker: None,
        annotations: Vec::new(),
    }
}
