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
use crate::presets::Example;
use crate::text::keys::gradients as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The saturation example's logits, over the support bot's tokens (`Example::Support`, in the
/// language on screen): the first far ahead, the right word (the second) at 0.
const LOGITS: [f64; 3] = [8.0, 0.0, 0.0];

/// The chart of both gradient sizes for `curve` (from [`saturation`]): cross-entropy solid,
/// squared error dashed, with a legend.
pub fn saturation_view(curve: &[(f64, f64, f64)]) -> LineChartView {
    LineChartView {
        series: vec![
            Series {
                name: t(k::SATURATION_CURVE_CE),
                points: curve.iter().map(|(x, c, _)| (*x, *c)).collect(),
                colour: 0,
                dashed: false,
            },
            Series {
                name: t(k::SATURATION_CURVE_SE),
                points: curve.iter().map(|(x, _, s)| (*x, *s)).collect(),
                colour: 1,
                dashed: true,
            },
        ],
        x_range: (0.0, SATURATION_MAX),
        y_range: (0.0, 1.2),
        x_log: false,
        y_log: false,
        x_label: t(k::SATURATION_AXIS_X),
        y_label: t(k::SATURATION_AXIS_Y),
        marker: None,
        annotations: Vec::new(),
    }
}

/// The [8, 0, 0] example as a table, and both gradients as the wrong logit grows.
#[component]
pub(super) fn SquaredError() -> impl IntoView {
    let (tokens, _) = Example::Support.tokens();
    let right = tokens[1].clone();
    let p = math::softmax(&LOGITS);
    let ce = math::grad_logits(&LOGITS, 1);
    let se = math::squared_error_grad_logits(&LOGITS, 1);
    let example = TableData {
        columns: vec![
            t(k::COLUMN_TOKEN),
            "p".into(),
            t(k::COLUMN_CE_GRADIENT),
            t(k::COLUMN_SE_GRADIENT),
        ],
        rows: (0..3)
            .map(|i| {
                vec![
                    tokens[i].clone(),
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
            t(k::COLUMN_WRONG_LOGIT),
            t(k::COLUMN_CE_SIZE),
            t(k::COLUMN_SE_SIZE),
        ],
        rows: curve
            .iter()
            .step_by(4)
            .map(|(x, c, s)| vec![fixed(*x, 1), fixed(*c, 4), fixed(*s, 4)])
            .collect(),
        footer: None,
    };
    // How sure the model is of the wrong answer, in percent (99.9).
    let sure = fixed(p[0] * 100.0, 1);
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::SQUARED_TITLE) id="squared-error" class="charts">
            <p>{tr!(k::SQUARED_TEXT, right.as_str(), sure)}</p>
            <DataTable caption=tr!(k::SQUARED_TABLE, right.as_str()) data=Signal::stored(example) testid="table-squared-example" open=true/>
            <ChartFigure
                caption=t(k::SATURATION_CAPTION)
                view=Derived::new(move || view.clone())
                draw=draw
                label=t(k::SATURATION_LABEL)
                table_caption=t(k::SATURATION_TABLE)
                table=Signal::stored(curve_table)
                testid="saturation"
                height=220.0
            />
        </Card>
    }
}
