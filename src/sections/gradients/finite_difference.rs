//! The gradient checked numerically: central differences beside p - y, and the error across
//! step sizes on log axes.

use super::model::{
    error_cause, error_valley, largest_error, valley_floor, ErrorCause, ERROR_FLOOR,
};
use crate::charts::{draw_lines, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::EPS_RANGE;
use crate::state::use_lesson;
use crate::text::keys::gradients as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// `x` in scientific notation with two significant digits (`3.2e−7`), in the marks of the
/// language on screen (`3,2e−7` in Spanish).
pub fn sci(x: f64) -> String {
    if x == 0.0 {
        return fixed(0.0, 0);
    }
    // No float parsing (Rust's costs the page about 2.5 KB): the written form is localised as is.
    crate::format::scientific(x, 1)
}

/// The valley chart: the largest error for each step in `points`, with the chosen step `eps`
/// and its error `at` marked.
pub fn valley_view(points: Vec<(f64, f64)>, eps: f64, at: f64) -> LineChartView {
    LineChartView {
        series: vec![Series {
            name: t(k::VALLEY_CURVE),
            points,
            colour: 0,
            dashed: false,
        }],
        x_range: EPS_RANGE,
        y_range: (ERROR_FLOOR, 1.0),
        x_log: true,
        y_log: true,
        x_label: t(k::VALLEY_AXIS_STEP),
        y_label: t(k::VALLEY_AXIS_ERROR),
        marker: Some(Marker {
            x: eps,
            y: at.max(ERROR_FLOOR),
            label: format!("e = {}", sci(eps)),
        }),
        annotations: Vec::new(),
    }
}

/// The finite-difference check with its step slider, table, largest error and the valley chart.
#[component]
pub(super) fn FiniteDifference(
    /// The correct token.
    target: Derived<usize>,
) -> impl IntoView {
    let state = use_lesson();
    let valley = Derived::new(move || state.logits.with(|z| error_valley(z, target.get())));
    let floor =
        Derived::new(move || valley.with(|v| valley_floor(v).unwrap_or((1e-5, ERROR_FLOOR))));
    let error = Derived::new(move || {
        let eps = state.eps.get();
        state.logits.with(|z| largest_error(z, target.get(), eps))
    });
    let table = Signal::derive(move || {
        let (eps, c) = (state.eps.get(), target.get());
        let z = state.logits.get();
        let numeric = math::finite_difference_grad(&z, c, eps);
        let analytic = math::grad_logits(&z, c);
        let names = state.tokens.get();
        TableData {
            columns: vec![
                t(k::COLUMN_TOKEN),
                "p \u{2212} y".into(),
                t(k::COLUMN_NUMERIC),
                t(k::COLUMN_DIFFERENCE),
            ],
            rows: names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    vec![
                        name.clone(),
                        fixed(analytic[i], 9),
                        fixed(numeric[i], 9),
                        sci((numeric[i] - analytic[i]).abs()),
                    ]
                })
                .collect(),
            footer: None,
        }
    });
    let chart = Derived::new(move || valley_view(valley.get(), state.eps.get(), error.get()));
    let valley_table = Signal::derive(move || TableData {
        columns: vec![t(k::SLIDER_EPS), t(k::COLUMN_LARGEST_ERROR)],
        rows: valley
            .get()
            .into_iter()
            .map(|(e, err)| vec![sci(e), sci(err)])
            .collect(),
        footer: None,
    });
    let verdict = move || {
        let (eps, err) = (state.eps.get(), error.get());
        let (best, best_err) = floor.get();
        let verdict = match error_cause(eps, best) {
            ErrorCause::Truncation => k::FD_VERDICT_TRUNCATION,
            ErrorCause::RoundOff => k::FD_VERDICT_ROUND_OFF,
            ErrorCause::Balanced => k::FD_VERDICT_BALANCED,
        };
        tr!(verdict, sci(eps), sci(err), sci(best_err), sci(best))
    };
    let readouts = vec![
        Readout {
            id: "fd-error",
            label: t(k::READOUT_FD_ERROR),
            value: Signal::derive(move || sci(error.get())),
        },
        Readout {
            id: "fd-best",
            label: t(k::READOUT_FD_BEST),
            value: Signal::derive(move || sci(floor.get().0)),
        },
    ];
    let eps_text =
        Callback::new(move |e: f64| tr!(k::EPS_VALUETEXT, sci(e), sci(error.get_untracked())));
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::FD_TITLE) id="finite-difference" class="charts">
            <p>{t(k::FD_TEXT)}</p>
            <p class="sum">"(L(z + e) \u{2212} L(z \u{2212} e)) / 2e \u{2248} p \u{2212} y"</p>
            <KeepInView chart="chart-fd-valley" title=k::PINNED_FD_VALLEY view=chart draw=draw>
            <Slider
                id="eps"
                label=Signal::derive(|| t(k::SLIDER_EPS))
                value=state.eps
                on_change=Callback::new(move |v| state.eps.set(v))
                min=EPS_RANGE.0
                max=EPS_RANGE.1
                step=1e-12
                log=true
                scientific=true
                valuetext=eps_text
            />
            </KeepInView>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="fd-verdict">{verdict}</p>
            <DataTable caption=t(k::FD_TABLE) data=table testid="table-fd" open=true/>
            <ChartFigure
                caption=t(k::VALLEY_CAPTION)
                view=chart
                draw=draw
                label=t(k::VALLEY_LABEL)
                table_caption=t(k::VALLEY_TABLE)
                table=valley_table
                testid="fd-valley"
                height=220.0
            />
        </Card>
    }
}
