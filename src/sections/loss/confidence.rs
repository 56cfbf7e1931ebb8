//! The confidence slider, the loss and perplexity, and the `-ln p` curve.

use super::model::REFERENCE_PROBS;
use super::nats;
use crate::charts::{draw_lines, Annotation, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::P_TRUE_RANGE;
use crate::state::use_lesson;
use crate::text::keys::loss as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Points on the `-ln p` curve (log-spaced in p).
const CURVE_POINTS: usize = 80;

/// The confidence slider, the loss and perplexity, and the `-ln p` curve with its marker.
#[component]
pub(super) fn Confidence() -> impl IntoView {
    let state = use_lesson();
    let bits = RwSignal::new(false);
    let unit = move |value: f64| {
        if bits.get() {
            tr!(k::VALUE_BITS, fixed(math::nats_to_bits(value), 3))
        } else {
            nats(fixed(value, 3))
        }
    };
    let valuetext = Callback::new(move |p: f64| {
        tr!(
            k::CONFIDENCE_VALUETEXT,
            t(k::CONFIDENCE_WORD),
            fixed(p, 3),
            unit(math::neg_log(p))
        )
    });
    let readouts = vec![
        Readout {
            id: "loss",
            label: t(k::READOUT_LOSS),
            value: Signal::derive(move || unit(math::neg_log(state.p_true.get()))),
        },
        Readout {
            id: "perplexity",
            label: t(k::READOUT_PERPLEXITY),
            value: Signal::derive(move || fixed(math::perplexity_of_prob(state.p_true.get()), 2)),
        },
    ];
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    let chart = Derived::new(move || {
        let scale = if bits.get() {
            1.0 / std::f64::consts::LN_2
        } else {
            1.0
        };
        let (lo, hi) = P_TRUE_RANGE;
        let points = (0..=CURVE_POINTS)
            .map(|i| {
                let p = lo * ((hi / lo).ln() * i as f64 / CURVE_POINTS as f64).exp();
                (p, math::neg_log(p) * scale)
            })
            .collect();
        let p = state.p_true.get();
        let loss = math::neg_log(p) * scale;
        let top = math::neg_log(lo) * scale * 1.1;
        LineChartView {
            series: vec![Series {
                name: "\u{2212}ln p".into(),
                points,
                colour: 0,
                dashed: false,
            }],
            // Logarithmic like the slider under which it sits, so the dot moves as the thumb does
            // (and each tenfold drop in p adds the same ln 10 to the loss: a straight line).
            x_range: (lo, hi),
            y_range: (0.0, top),
            x_log: true,
            y_log: false,
            x_label: t(k::AXIS_PROBABILITY_CORRECT),
            y_label: t(if bits.get() {
                k::AXIS_LOSS_BITS
            } else {
                k::AXIS_LOSS_NATS
            }),
            marker: Some(Marker {
                x: p,
                y: loss,
                label: tr!(k::MARKER_LOSS, fixed(loss, 3)),
            }),
            annotations: vec![
                Annotation {
                    x: 0.006,
                    y: top * 0.9,
                    text: t(k::CURVE_TERRIBLE),
                    below: false,
                },
                // Under the line, low and to the left of p = 1, where the straight log-axis
                // line is still well above the text's top in every language.
                Annotation {
                    x: 0.03,
                    y: top * 0.05,
                    text: t(k::CURVE_PERFECT),
                    below: false,
                },
            ],
        }
    });
    let table = Signal::derive(move || TableData {
        columns: vec!["p".into(), t(k::COLUMN_LOSS_NATS), t(k::COLUMN_PERPLEXITY)],
        rows: REFERENCE_PROBS
            .iter()
            .map(|&p| {
                vec![
                    fixed(p, 3),
                    fixed(math::neg_log(p), 3),
                    fixed(math::perplexity_of_prob(p), 1),
                ]
            })
            .collect(),
        footer: None,
    });
    // The sentence with its word highlighted, wherever the language puts it.
    let word = t(k::CONFIDENCE_WORD);
    let sentence = tr!(k::CONFIDENCE_SENTENCE, "\u{1}");
    let (before, after) = sentence.split_once('\u{1}').unwrap_or((&sentence, ""));
    let (before, after) = (before.to_string(), after.to_string());
    let slider_label = tr!(k::CONFIDENCE_SLIDER, word.clone());
    view! {
        <Card title=t(k::CONFIDENCE_TITLE) id="confidence" class="playground charts">
            <p class="sentence">{before} <mark>{word}</mark> {after}</p>
            <KeepInView chart="chart-loss-curve" title=k::PINNED_LOSS_CURVE view=chart draw=draw
                predict=&["loss-uniform", "loss-drops"] challenge=&["loss-under"]>
            <Slider
                id="p-true"
                label=Signal::derive(move || slider_label.clone())
                value=state.p_true
                on_change=Callback::new(move |v| state.p_true.set(v))
                min=P_TRUE_RANGE.0
                max=P_TRUE_RANGE.1
                step=0.001
                log=true
                decimals=3
                valuetext=valuetext
            />
            </KeepInView>
            // Right under the slider: on a phone the curve is then on screen with it, and no
            // pinned copy doubles it (on a wide screen it stands beside the controls anyway).
            <ChartFigure
                caption=t(k::CONFIDENCE_CAPTION)
                view=chart
                draw=draw
                label=t(k::CONFIDENCE_LABEL)
                table_caption=t(k::CONFIDENCE_TABLE)
                table=table
                testid="loss-curve"
                height=220.0
            />
            <label class="check">
                <input type="checkbox" data-testid="bits" prop:checked=bits on:change:target=move |ev| bits.set(ev.target().checked())/>
                {t(k::CONFIDENCE_BITS)}
            </label>
            <Readouts items=readouts/>
        </Card>
    }
}
