//! Pitfall: "temperature" applied to the probabilities after softmax instead of to the logits,
//! with a switch that moves it before softmax.

use super::model::{temperature_after, temperature_change};
use crate::charts::{draw_bars, BarChartView, BarDatum, BarState};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, TemperatureSlider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::state::use_lesson;
use crate::text::keys::pitfalls as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// p / T renormalised, or softmax(z / T) once the switch moves T before softmax, against T = 1;
/// with the lesson's temperature slider.
#[component]
pub(super) fn TemperatureAfter() -> impl IntoView {
    let state = use_lesson();
    let table = Signal::derive(move || {
        let temp = state.temperature.get();
        let before = state.logits.with(|z| math::softmax_t(z, temp));
        let p = state.probs.get();
        let after = temperature_after(&p, temp);
        TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                "T = 1",
                &t(k::COLUMN_BEFORE),
                &t(k::COLUMN_AFTER),
            ],
            &state.tokens.get(),
            &[&p, &before, &after],
            3,
        )
    });
    // Solid: the probabilities with T applied where the switch says; faint behind them: T = 1.
    // Applied after softmax, the solid bars never leave the faint ones.
    let chart = Derived::new(move || {
        let t = state.temperature.get();
        let shown = if state.t_logits.get() {
            state.logits.with(|z| math::softmax_t(z, t))
        } else {
            state.probs.with(|p| temperature_after(p, t))
        };
        let bars = state.tokens.with(|names| {
            state.probs.with(|p| {
                names
                    .iter()
                    .zip(shown.iter().zip(p))
                    .map(|(label, (s, one))| BarDatum {
                        label: label.clone(),
                        value: *s,
                        ghost: Some(*one),
                        state: BarState::Kept,
                    })
                    .collect()
            })
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
        let temp = state.temperature.get();
        let change = state.logits.with(|z| temperature_change(z, temp));
        if (temp - 1.0).abs() < 0.005 {
            return t(k::TEMPERATURE_VERDICT_ONE);
        }
        let key = if state.t_logits.get() {
            k::TEMPERATURE_VERDICT
        } else {
            k::TEMPERATURE_VERDICT_AFTER
        };
        tr!(key, fixed(temp, 2), fixed(change, 3))
    };
    let t_text = Callback::new(move |temp: f64| tr!(k::TEMPERATURE_VALUETEXT, fixed(temp, 2)));
    view! {
        <Card title=t(k::TEMPERATURE_TITLE) id="temperature-after" class="charts">
            <p>{t(k::TEMPERATURE_TEXT)}</p>
            <KeepInView chart="chart-temperature-after" title=k::PINNED_TEMPERATURE_AFTER view=chart draw=draw
                predict=&["pitfalls-after"] challenge=&["pitfalls-before"]>
                <TemperatureSlider id="pitfall-temperature" valuetext=t_text/>
                <label class="check">
                    <input type="checkbox" data-testid="t-before" prop:checked=move || state.t_logits.get()
                        on:change:target=move |ev| state.t_logits.set(ev.target().checked())/>
                    {t(k::T_BEFORE)}
                </label>
            </KeepInView>
            <p class="verdict" data-testid="temperature-after-verdict">{verdict}</p>
            <ChartFigure
                caption=t(k::TEMPERATURE_CAPTION)
                view=chart
                draw=draw
                label=t(k::TEMPERATURE_LABEL)
                table_caption=t(k::TEMPERATURE_TABLE)
                table=table
                testid="temperature-after"
            />
        </Card>
    }
}
