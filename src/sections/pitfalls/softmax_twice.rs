//! Pitfall: probabilities passed where the loss expects logits, so softmax runs twice.

use super::model::{twice, weakening, RIGHT_LOGIT_RANGE};
use crate::charts::{draw_lines, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable, TargetPicker};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::state::use_lesson;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The chart of both pulls on the right logit as it grows, the current logit marked.
pub fn weakening_view(curve: &[(f64, f64, f64)], now: (f64, f64)) -> LineChartView {
    LineChartView {
        series: vec![
            Series {
                name: "softmax once".into(),
                points: curve.iter().map(|(x, g, _)| (*x, *g)).collect(),
                colour: 0,
                dashed: false,
            },
            Series {
                name: "softmax twice".into(),
                points: curve.iter().map(|(x, _, g)| (*x, *g)).collect(),
                colour: 1,
                dashed: true,
            },
        ],
        x_range: RIGHT_LOGIT_RANGE,
        y_range: (0.0, 1.25),
        x_log: false,
        y_log: false,
        x_label: "the right word's logit".into(),
        y_label: "pull on the right logit".into(),
        marker: Some(Marker {
            x: now.0,
            y: now.1,
            label: format!("now {}", fixed(now.1, 3)),
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
        let t = both.get();
        TableData {
            columns: vec![
                "Measure".into(),
                "Softmax once (right)".into(),
                "Softmax twice".into(),
            ],
            rows: vec![
                vec![
                    "Loss (nats)".into(),
                    fixed(t.loss, 3),
                    fixed(t.loss_twice, 3),
                ],
                vec![
                    "Gradient on the right logit".into(),
                    signed(t.grad, 3),
                    signed(t.grad_twice, 3),
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
            "Right logit".into(),
            "Pull, once".into(),
            "Pull, twice".into(),
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
        format!(
            "Fed probabilities instead of logits, the loss reads {} instead of {} nats, and the push on the right logit is {} instead of {}: about {} times weaker. Probabilities lie between 0 and 1, so a second softmax sees logits that barely differ and returns something close to uniform: with {} tokens the loss can never fall below ln(1 + {}/e) = {} nats, however sure and right the model is.",
            fixed(t.loss_twice, 3),
            fixed(t.loss, 3),
            signed(t.grad_twice, 3),
            signed(t.grad, 3),
            fixed(ratio, 1),
            n,
            n.saturating_sub(1),
            fixed((1.0 + n.saturating_sub(1) as f64 / std::f64::consts::E).ln(), 3)
        )
    };
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title="Softmax applied twice" id="softmax-twice" class="charts">
            <p>
                "A model that already ends in softmax, handed to a loss that applies softmax itself "
                "(PyTorch\u{2019}s CrossEntropyLoss expects logits), runs softmax twice. Nothing crashes. "
                "Pick the right word:"
            </p>
            <TargetPicker/>
            <DataTable caption="Loss and gradient with softmax once and twice" data=table testid="table-twice" open=true/>
            <p class="verdict" data-testid="twice-verdict">{verdict}</p>
            <ChartFigure
                caption="How hard each version pulls the right word\u{2019}s logit up as that logit changes, the others fixed. Done right, the pull fades only once the model is right; with softmax twice it stays small all along."
                view=chart
                draw=draw
                label="Size of the gradient on the right logit, with softmax applied once and twice, as the right logit grows"
                table_caption="The pull on the right logit, once and twice"
                table=chart_table
                testid="twice-pull"
                height=220.0
            />
        </Card>
    }
}
