//! Pitfall: "temperature" applied to the probabilities after softmax instead of to the logits.

use super::model::temperature_after;
use crate::charts::{draw_bars, BarChartView, BarDatum, BarState};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, TemperatureSlider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::state::use_lesson;
use crate::text::keys::pitfalls as pitfalls_text;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// softmax(z / T) beside p / T renormalised, with the lesson's temperature slider.
#[component]
pub(super) fn TemperatureAfter() -> impl IntoView {
    let state = use_lesson();
    let table = Signal::derive(move || {
        let t = state.temperature.get();
        let before = state.logits.with(|z| math::softmax_t(z, t));
        let p = state.probs.get();
        let after = temperature_after(&p, t);
        TableData::per_token(
            &[
                "Token",
                "T = 1",
                "Logits divided by T, then softmax",
                "Softmax, then p divided by T",
            ],
            &state.tokens.get(),
            &[&p, &before, &after],
            3,
        )
    });
    // Solid: the logits divided by T; faint behind them: the probabilities divided by T and
    // renormalised, which stay where T = 1 put them.
    let chart = Derived::new(move || {
        let t = state.temperature.get();
        let before = state.logits.with(|z| math::softmax_t(z, t));
        let after = state.probs.with(|p| temperature_after(p, t));
        let bars = state.tokens.with(|names| {
            names
                .iter()
                .zip(before.iter().zip(&after))
                .map(|(label, (b, a))| BarDatum {
                    label: label.clone(),
                    value: *b,
                    ghost: Some(*a),
                    state: BarState::Kept,
                })
                .collect()
        });
        BarChartView {
            bars,
            y_range: (0.0, 1.0),
            decimals: 2,
            threshold: None,
            floor: None,
            cumulative: None,
            signed_colours: false,
        }
    });
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    let verdict = move || {
        let t = state.temperature.get();
        let change = state.logits.with(|z| {
            math::softmax_t(z, t)
                .iter()
                .zip(state.probs.get())
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max)
        });
        if (t - 1.0).abs() < 0.005 {
            return "At T = 1 neither way changes anything. Move the temperature and watch only the solid bars move.".to_string();
        }
        format!(
            "At T = {}, dividing the logits moves the probabilities by up to {}; dividing the probabilities moves them by nothing at all, because renormalising cancels the common factor 1/T.",
            fixed(t, 2),
            fixed(change, 3)
        )
    };
    let t_text = Callback::new(move |t: f64| format!("temperature {}", fixed(t, 2)));
    view! {
        <Card title="Temperature goes before softmax" id="temperature-after">
            <p>
                "Temperature divides the logits, before softmax. Applied to the probabilities afterwards (divide "
                "each by T, renormalise) it does nothing; the version that does work afterwards, raising each "
                "probability to the power 1/T, is the same as dividing the logits."
            </p>
            <KeepInView chart="chart-temperature-after" title=pitfalls_text::PINNED_TEMPERATURE_AFTER view=chart draw=draw>
                <TemperatureSlider id="pitfall-temperature" valuetext=t_text/>
            </KeepInView>
            <p class="verdict" data-testid="temperature-after-verdict">{verdict}</p>
            <ChartFigure
                caption="Solid bars: the logits divided by T, then softmax; they sharpen or flatten as T moves. Faint bars behind them: softmax, then each probability divided by T and renormalised; they never leave the T = 1 values."
                view=chart
                draw=draw
                label="Bar chart of the probabilities with temperature before softmax, and faint, with it applied after softmax"
                table_caption="Temperature before softmax and after it"
                table=table
                testid="temperature-after"
            />
        </Card>
    }
}
