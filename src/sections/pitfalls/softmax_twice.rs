//! Pitfall: probabilities passed where the loss expects logits, so softmax runs twice.

use super::model::{twice, weakening, RIGHT_LOGIT_RANGE};
use crate::charts::{draw_lines, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{predict_slots, Card, ChartFigure, DataTable, TargetPicker};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::state::use_lesson;
use crate::text::keys::pitfalls as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The chart of both pulls on the right logit as it grows, the current logit marked.
pub fn weakening_view(curve: &[(f64, f64, f64)], now: (f64, f64)) -> LineChartView {
    LineChartView {
        series: vec![
            Series {
                name: t(k::SERIES_ONCE),
                points: curve.iter().map(|(x, g, _)| (*x, *g)).collect(),
                colour: 0,
                dashed: false,
            },
            Series {
                name: t(k::SERIES_TWICE),
                points: curve.iter().map(|(x, _, g)| (*x, *g)).collect(),
                colour: 1,
                dashed: true,
            },
        ],
        x_range: RIGHT_LOGIT_RANGE,
        y_range: (0.0, 1.25),
        x_log: false,
        y_log: false,
        x_label: t(k::AXIS_RIGHT_LOGIT),
        y_label: t(k::AXIS_PULL),
        marker: Some(Marker {
            x: now.0,
            y: now.1,
            label: tr!(k::MARKER_NOW, fixed(now.1, 3)),
        }),
        annotations: Vec::new(),
    }
}

/// The loss and the gradient both ways, and how much weaker the double softmax pushes.
#[component]
pub(super) fn SoftmaxTwice(
    /// The correct token.
    target: Derived<usize>,
) -> impl IntoView {
    let state = use_lesson();
    let both = Derived::new(move || state.logits.with(|z| twice(z, target.get())));
    let table = Signal::derive(move || {
        let now = both.get();
        TableData {
            columns: vec![t(k::COLUMN_MEASURE), t(k::COLUMN_ONCE), t(k::COLUMN_TWICE)],
            rows: vec![
                vec![t(k::ROW_LOSS), fixed(now.loss, 3), fixed(now.loss_twice, 3)],
                vec![
                    t(k::ROW_GRADIENT),
                    signed(now.grad, 3),
                    signed(now.grad_twice, 3),
                ],
            ],
            footer: None,
        }
    });
    let curve = Derived::new(move || state.logits.with(|z| weakening(z, target.get(), 57)));
    let chart = Derived::new(move || {
        let t = both.get();
        let x = state
            .logits
            .with(|z| z.get(target.get()).copied().unwrap_or(0.0));
        curve.with(|c| weakening_view(c, (x, t.grad_twice.abs())))
    });
    let chart_table = Signal::derive(move || TableData {
        columns: vec![
            t(k::COLUMN_RIGHT_LOGIT),
            t(k::COLUMN_PULL_ONCE),
            t(k::COLUMN_PULL_TWICE),
        ],
        rows: curve
            .get()
            .iter()
            .step_by(4)
            .map(|(x, a, b)| vec![fixed(*x, 2), fixed(*a, 3), fixed(*b, 3)])
            .collect(),
        footer: None,
    });
    let verdict = move || {
        let t = both.get();
        let n = state.tokens.with(Vec::len);
        let ratio = if t.grad_twice != 0.0 {
            t.grad / t.grad_twice
        } else {
            f64::INFINITY
        };
        tr!(
            k::TWICE_VERDICT,
            fixed(t.loss_twice, 3),
            fixed(t.loss, 3),
            signed(t.grad_twice, 3),
            signed(t.grad, 3),
            fixed(ratio, 1),
            n,
            n.saturating_sub(1),
            fixed(
                (1.0 + n.saturating_sub(1) as f64 / std::f64::consts::E).ln(),
                3
            )
        )
    };
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::TWICE_TITLE) id="softmax-twice" class="charts">
            <p>{t(k::TWICE_TEXT)}</p>
            {predict_slots(&["pitfalls-twice"])}
            <TargetPicker/>
            <DataTable caption=t(k::TWICE_TABLE) data=table testid="table-twice" open=true/>
            <p class="verdict" data-testid="twice-verdict">{verdict}</p>
            <ChartFigure
                caption=t(k::TWICE_CAPTION)
                view=chart
                draw=draw
                label=t(k::TWICE_LABEL)
                table_caption=t(k::TWICE_CHART_TABLE)
                table=chart_table
                testid="twice-pull"
                height=220.0
            />
        </Card>
    }
}
