//! Why classifiers are not trained with squared error on probabilities: its gradient vanishes
//! exactly when the model is confidently wrong.

use super::model::{saturation, SATURATION_MAX};
use crate::charts::{draw_lines, LineChartView, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, DataTable};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::math;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The saturation example's logits: refund far ahead, the right word reship at 0.
const LOGITS: [f64; 3] = [8.0, 0.0, 0.0];
/// Its tokens; reship (index 1) is right.
const TOKENS: [&str; 3] = ["refund", "reship", "escalate"];

/// The chart of both gradient sizes for `curve` (from [`saturation`]): cross-entropy solid,
/// squared error dashed, with a legend.
pub fn saturation_view(curve: &[(f64, f64, f64)]) -> LineChartView {
    LineChartView {
        series: vec![
            Series {
                name: "cross-entropy".into(),
                points: curve.iter().map(|(x, c, _)| (*x, *c)).collect(),
                colour: 0,
                dashed: false,
            },
            Series {
                name: "squared error".into(),
                points: curve.iter().map(|(x, _, s)| (*x, *s)).collect(),
                colour: 1,
                dashed: true,
            },
        ],
        x_range: (0.0, SATURATION_MAX),
        y_range: (0.0, 1.2),
        x_log: false,
        y_log: false,
        x_label: "wrong logit z (others 0)".into(),
        y_label: "push on the right logit".into(),
        marker: None,
        annotations: Vec::new(),
    }
}

/// The [8, 0, 0] example as a table, and both gradients as the wrong logit grows.
#[component]
pub(super) fn SquaredError() -> impl IntoView {
    let p = math::softmax(&LOGITS);
    let ce = math::grad_logits(&LOGITS, 1);
    let se = math::squared_error_grad_logits(&LOGITS, 1);
    let example = TableData {
        columns: vec![
            "Token".into(),
            "p".into(),
            "Cross-entropy gradient".into(),
            "Squared-error gradient".into(),
        ],
        rows: (0..3)
            .map(|i| {
                vec![
                    TOKENS[i].into(),
                    fixed(p[i], 4),
                    signed(ce[i], 4),
                    signed(se[i], 4),
                ]
            })
            .collect(),
        footer: None,
    };
    let curve = saturation(41);
    let view = saturation_view(&curve);
    let curve_table = TableData {
        columns: vec![
            "Wrong logit".into(),
            "Cross-entropy |gradient|".into(),
            "Squared error |gradient|".into(),
        ],
        rows: curve
            .iter()
            .step_by(4)
            .map(|(x, c, s)| vec![fixed(*x, 1), fixed(*c, 4), fixed(*s, 4)])
            .collect(),
        footer: None,
    };
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title="Why not squared error?" id="squared-error" class="charts">
            <p>
                "Squared error on the probabilities, \u{bd} \u{3a3} (p \u{2212} y)\u{b2}, looks just as sensible. But its "
                "gradient has to pass back through softmax, and softmax is flat when it is sure. With logits "
                "[8, 0, 0] and reship the right word, the model is 99.9% sure of the wrong answer, and squared "
                "error barely pushes:"
            </p>
            <DataTable caption="Logits [8, 0, 0], the right word reship: both gradients" data=Signal::stored(example) testid="table-squared-example" open=true/>
            <ChartFigure
                caption="How hard each loss pulls the right word's logit up as a wrong logit grows. Cross-entropy pulls harder the more wrong the model is; squared error gives up just when it matters most."
                view=Derived::new(move || view.clone())
                draw=draw
                label="Size of the gradient on the correct logit for cross-entropy and squared error as the wrong logit grows"
                table_caption="Gradient sizes as the wrong logit grows"
                table=Signal::stored(curve_table)
                testid="saturation"
                height=220.0
            />
        </Card>
    }
}
