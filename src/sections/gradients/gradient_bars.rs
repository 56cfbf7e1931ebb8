//! The gradient p - y as signed bars, its table, and what a step does with each bar.

use super::model::wrong_favourite;
use crate::charts::{draw_bars, BarChartView, BarDatum};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{predict_slots, Card, ChartFigure};
use crate::derived::Derived;
use crate::format::signed;
use crate::math;
use crate::state::use_lesson;
use crate::text::keys::gradients as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Bars of dL/dz = p - y, one per token, and in words which way a step pushes the logits.
#[component]
pub(super) fn GradientBars(
    /// The correct token.
    target: Derived<usize>,
) -> impl IntoView {
    let state = use_lesson();
    let grad = Derived::new(move || state.logits.with(|z| math::grad_logits(z, target.get())));
    let chart = Derived::new(move || {
        let g = grad.get();
        let c = target.get();
        let bound = g.iter().fold(1.0f64, |m, x| m.max(x.abs()));
        BarChartView {
            bars: state
                .tokens
                .with(|t| BarDatum::for_tokens(t, &g, None, Some(c))),
            y_range: (-bound, bound),
            decimals: 3,
            threshold: None,
            floor: None,
            cumulative: None,
            signed_colours: true,
        }
    });
    let table = Signal::derive(move || {
        let c = target.get();
        let probs = state.probs.get();
        let y = math::one_hot(probs.len(), c);
        TableData::per_token(
            &[&t(k::COLUMN_TOKEN), "p", "y", "p \u{2212} y"],
            &state.tokens.get(),
            &[&probs, &y, &grad.get()],
            3,
        )
    });
    let meaning = move || {
        let c = target.get();
        let g = grad.get();
        let names = state.tokens.get();
        let name = |i: usize| names.get(i).cloned().unwrap_or_default();
        let right = signed(g.get(c).copied().unwrap_or(0.0), 3);
        match state.probs.with(|p| wrong_favourite(p, c)) {
            Some(w) => tr!(
                k::BARS_MEANING_WRONG,
                name(c),
                right,
                name(w),
                signed(g[w], 3)
            ),
            None => tr!(k::BARS_MEANING, name(c), right),
        }
    };
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    view! {
        <Card title=t(k::BARS_TITLE) id="gradient-bars" class="charts">
            {predict_slots(&["gradients-sum", "gradients-sure"])}
            <ChartFigure
                caption=t(k::BARS_CAPTION)
                view=chart
                draw=draw
                label=t(k::BARS_LABEL)
                table_caption=t(k::BARS_TABLE)
                table=table
                testid="gradient"
                height=210.0
            />
            <p data-testid="gradient-meaning">{meaning}</p>
        </Card>
    }
}
