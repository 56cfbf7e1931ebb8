//! The offset card: add c to every logit, choose f32 or f64, and compare the naive and the stable
//! softmax token by token, with the overflow threshold on a chart.

use super::model::{digits_curve, precision_name, rows, verdict};
use super::shortest;
use crate::charts::{draw_lines, Annotation, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math::{self, Precision};
use crate::params::OFFSET_RANGE;
use crate::presets::Example;
use crate::state::use_lesson;
use crate::text::keys::{shell, stability as k};
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// A large or tiny number in scientific notation (`1.97e434` is written `∞` when it overflowed).
fn big(x: f64) -> String {
    if x.is_finite() && x != 0.0 && !(1e-3..1e6).contains(&x.abs()) {
        crate::format::scientific(x, 3)
    } else {
        fixed(x, 3)
    }
}

/// The chart of log10 of the naive denominator, sum_j e^(z_j + c), against c: `lse` is
/// logsumexp(z), so the denominator has (lse + c) / ln 10 digits. Its ceiling, the largest float,
/// and the current c are marked.
pub fn digits_view(lse: f64, c: f64, precision: Precision) -> LineChartView {
    let (curve, ceiling) = digits_curve(lse, precision, OFFSET_RANGE.1);
    let limit = math::exp_overflow_limit(precision) - lse;
    let y_now = ((lse + c) / std::f64::consts::LN_10).min(ceiling);
    LineChartView {
        series: vec![
            Series {
                name: t(k::LEGEND_DIGITS),
                points: curve,
                colour: 0,
                dashed: false,
            },
            Series {
                name: tr!(k::LEGEND_LARGEST, precision_name(precision)),
                points: vec![(OFFSET_RANGE.0, ceiling), (OFFSET_RANGE.1, ceiling)],
                colour: 1,
                dashed: true,
            },
        ],
        x_range: OFFSET_RANGE,
        y_range: (0.0, 460.0),
        x_log: false,
        y_log: false,
        x_label: t(k::AXIS_OFFSET),
        y_label: "log10 \u{3a3} e^(z + c)".into(),
        marker: Some(Marker {
            x: c,
            y: y_now,
            label: if c > limit {
                format!("c = {}: \u{221e}", shortest(c))
            } else {
                // The shortest form: "c = 2.5", not a rounded "c = 2".
                format!("c = {}", shortest(c))
            },
        }),
        annotations: vec![Annotation {
            x: limit.clamp(OFFSET_RANGE.0, OFFSET_RANGE.1),
            y: ceiling,
            text: tr!(k::OVERFLOW_PAST, fixed(limit, 1)),
            below: false,
        }],
    }
}

/// Offset slider, precision switch, the side-by-side table, the verdict and the chart.
#[component]
pub fn Offset() -> impl IntoView {
    let state = use_lesson();
    let table_rows = Derived::new(move || {
        let (c, precision) = (state.offset.get(), state.float.get());
        state.logits.with(|z| rows(z, c, precision))
    });
    let said = Derived::new(move || table_rows.with(|r| verdict(r, state.float.get())));
    let table = Signal::derive(move || {
        let names = state.tokens.get();
        TableData {
            columns: vec![
                t(k::COLUMN_TOKEN),
                "z + c".into(),
                t(k::COLUMN_EXP_NAIVE),
                t(k::COLUMN_NAIVE_P),
                t(k::COLUMN_STABLE_P),
            ],
            rows: table_rows.with(|r| {
                r.iter()
                    .zip(&names)
                    .map(|(row, name)| {
                        vec![
                            name.clone(),
                            fixed(row.shifted, 1),
                            big(row.exp),
                            fixed(row.naive, 3),
                            fixed(row.stable, 3),
                        ]
                    })
                    .collect()
            }),
            footer: None,
        }
    });
    // The naive formula breaks when its denominator overflows: c > limit - logsumexp(z).
    let threshold = Derived::new(move || {
        math::exp_overflow_limit(state.float.get()) - state.logits.with(|z| math::logsumexp(z))
    });
    let chart = Derived::new(move || {
        let lse = state.logits.with(|z| math::logsumexp(z));
        digits_view(lse, state.offset.get(), state.float.get())
    });
    let chart_table = Signal::derive(move || {
        let (c, precision) = (state.offset.get(), state.float.get());
        let lse = state.logits.with(|z| math::logsumexp(z));
        let (curve, ceiling) = digits_curve(lse, precision, OFFSET_RANGE.1);
        TableData {
            columns: vec![t(k::COLUMN_OFFSET), "log10 \u{3a3} e^(z + c)".into()],
            rows: curve
                .iter()
                .step_by(10)
                .map(|(x, y)| vec![fixed(*x, 1), fixed(*y, 2)])
                .collect(),
            footer: Some(vec![
                tr!(k::ROW_LARGEST, precision_name(precision), fixed(c, 1)),
                fixed(ceiling, 2),
            ]),
        }
    });
    let readouts = vec![
        Readout {
            id: "overflow-at",
            label: t(k::READOUT_OVERFLOW_AT),
            value: Signal::derive(move || fixed(threshold.get(), 2)),
        },
        Readout {
            id: "largest-shifted",
            label: t(k::READOUT_LARGEST_SHIFTED),
            value: Signal::derive(move || {
                table_rows.with(|r| {
                    fixed(
                        r.iter()
                            .map(|x| x.shifted)
                            .fold(f64::NEG_INFINITY, f64::max),
                        1,
                    )
                })
            }),
        },
    ];
    let c_text = Callback::new(move |c: f64| {
        let fails = said.with_untracked(Option::is_some);
        let key = if fails {
            k::OFFSET_VALUETEXT_OVERFLOWS
        } else {
            k::OFFSET_VALUETEXT_WORKS
        };
        tr!(key, fixed(c, 0))
    });
    let lesson_example = move |_| {
        let (tokens, logits) = Example::Support.tokens();
        state.tokens.set(tokens);
        state.logits.set(logits.to_vec());
        state.target.set(0);
        state.top_k.set(0);
        state.offset.set(997.0);
    };
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::OFFSET_TITLE) id="push-logits" class="charts">
            <KeepInView chart="chart-overflow" title=k::PINNED_OVERFLOW view=chart draw=draw
                predict=&["stability-naive", "stability-f32"] challenge=&["stability-infinite"]>
            <Slider
                id="offset"
                label=Signal::derive(|| t(k::OFFSET_SLIDER))
                value=state.offset
                on_change=Callback::new(move |v| state.offset.set(v))
                min=OFFSET_RANGE.0
                max=OFFSET_RANGE.1
                step=10.0
                decimals=1
                valuetext=c_text
            />
            <fieldset class="switch" data-testid="float-switch">
                <legend class="visually-hidden">{t(k::PRECISION_LEGEND)}</legend>
                <label>
                    <input type="radio" name="float" data-testid="float-f64" prop:checked=move || state.float.get() == Precision::F64 on:change=move |_| state.float.set(Precision::F64)/>
                    {t(k::PRECISION_F64)}
                </label>
                <label>
                    <input type="radio" name="float" data-testid="float-f32" prop:checked=move || state.float.get() == Precision::F32 on:change=move |_| state.float.set(Precision::F32)/>
                    {t(k::PRECISION_F32)}
                </label>
            </fieldset>
            <div class="presets" role="group" aria-label=t(k::EXAMPLES_LABEL)>
                <span class="presets__label">{t(shell::PRESETS_TRY)} " "</span>
                <button class="chip" data-testid="stability-example" on:click=lesson_example>{
                    format!("[{}]", ["1000", "998", "997"].join(crate::format::list_separator()))
                }</button>
            </div>
            </KeepInView>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="stability-verdict">
                {move || said.get().unwrap_or_else(|| tr!(k::VERDICT_AGREE, precision_name(state.float.get())))}
            </p>
            <DataTable caption=t(k::TABLE_STABILITY) data=table testid="table-stability" open=true/>
            <ChartFigure
                caption=t(k::OVERFLOW_CAPTION)
                view=chart
                draw=draw
                label=t(k::OVERFLOW_LABEL)
                table_caption=t(k::OVERFLOW_TABLE)
                table=chart_table
                testid="overflow"
                height=220.0
            />
        </Card>
    }
}
