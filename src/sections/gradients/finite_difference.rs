//! The gradient checked numerically: central differences beside p - y, and the error across
//! step sizes on log axes.

use super::model::{error_cause, error_valley, largest_error, valley_floor, ERROR_FLOOR};
use crate::charts::{draw_lines, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::EPS_RANGE;
use crate::state::use_lesson;
use crate::text::keys::gradients as gradients_text;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// `x` in scientific notation with two significant digits (`3.2e-7`).
pub fn sci(x: f64) -> String {
    if x == 0.0 {
        "0".into()
    } else {
        format!("{x:.1e}").replace('-', "\u{2212}")
    }
}

/// The valley chart: the largest error for each step in `points`, with the chosen step `eps`
/// and its error `at` marked.
pub fn valley_view(points: Vec<(f64, f64)>, eps: f64, at: f64) -> LineChartView {
    LineChartView {
        series: vec![Series {
            name: "largest error".into(),
            points,
            colour: 0,
            dashed: false,
        }],
        x_range: EPS_RANGE,
        y_range: (ERROR_FLOOR, 1.0),
        x_log: true,
        y_log: true,
        x_label: "step e".into(),
        y_label: "error".into(),
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
                "Token".into(),
                "p \u{2212} y".into(),
                "Numeric".into(),
                "Difference".into(),
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
        columns: vec!["Step e".into(), "Largest error".into()],
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
        format!(
            "At e = {} the largest difference is {}: {}. The smallest error here, {}, comes at about e = {}.",
            sci(eps),
            sci(err),
            error_cause(eps, best),
            sci(best_err),
            sci(best)
        )
    };
    let readouts = vec![
        Readout {
            id: "fd-error",
            label: "Largest difference".into(),
            value: Signal::derive(move || sci(error.get())),
        },
        Readout {
            id: "fd-best",
            label: "Best step here".into(),
            value: Signal::derive(move || sci(floor.get().0)),
        },
    ];
    let eps_text = Callback::new(move |e: f64| {
        format!(
            "step {}, largest difference {}",
            sci(e),
            sci(error.get_untracked())
        )
    });
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title="Check the gradient by nudging" id="finite-difference" class="charts">
            <p>
                "A gradient can be measured without any calculus: nudge one logit up by a small step e and "
                "down by e, and divide the change in the loss by 2e. If p \u{2212} y is right, the two agree."
            </p>
            <p class="sum">"(L(z + e) \u{2212} L(z \u{2212} e)) / 2e \u{2248} p \u{2212} y"</p>
            <KeepInView chart="chart-fd-valley" title=gradients_text::PINNED_FD_VALLEY view=chart draw=draw>
            <Slider
                id="eps"
                label=Signal::derive(|| "Step e".to_string())
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
            <DataTable caption="The analytic and the numeric gradient" data=table testid="table-fd" open=true/>
            <ChartFigure
                caption="The largest difference for every step from 10\u{207b}\u{00b9}\u{00b2} to 1, both axes on log scales: a valley. To the right the step is too coarse; to the left rounding noise, divided by a tiny step, takes over."
                view=chart
                draw=draw
                label="Largest finite-difference error against the step, on log axes, with the chosen step marked"
                table_caption="Largest error by step"
                table=valley_table
                testid="fd-valley"
                height=220.0
            />
        </Card>
    }
}
