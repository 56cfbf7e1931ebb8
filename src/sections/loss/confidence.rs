//! The confidence slider, the loss and perplexity, and the `-ln p` curve.

use super::model::REFERENCE_PROBS;
use crate::charts::{draw_lines, Annotation, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::P_TRUE_RANGE;
use crate::state::use_lesson;
use crate::text::keys::loss as loss_text;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Points on the `-ln p` curve (log-spaced in p).
const CURVE_POINTS: usize = 80;

/// The confidence slider, the loss and perplexity, and the `-ln p` curve with its marker.
#[component]
pub(super) fn Confidence() -> impl IntoView {
    let state = use_lesson();
    let bits = RwSignal::new(false);
    let unit = move |nats: f64| {
        if bits.get() {
            format!("{} bits", fixed(math::nats_to_bits(nats), 3))
        } else {
            format!("{} nats", fixed(nats, 3))
        }
    };
    let valuetext = Callback::new(move |p: f64| {
        format!(
            "probability of sat {}, loss {}",
            fixed(p, 3),
            unit(math::neg_log(p))
        )
    });
    let readouts = vec![
        Readout {
            id: "loss",
            label: "Loss \u{2212}ln p",
            value: Signal::derive(move || unit(math::neg_log(state.p_true.get()))),
        },
        Readout {
            id: "perplexity",
            label: "Perplexity 1/p",
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
            x_range: (0.0, 1.0),
            y_range: (0.0, top),
            x_log: false,
            y_log: false,
            x_label: "probability of the correct word".into(),
            y_label: if bits.get() {
                "loss (bits)"
            } else {
                "loss (nats)"
            }
            .into(),
            marker: Some(Marker {
                x: p,
                y: loss,
                label: format!("loss {}", fixed(loss, 3)),
            }),
            annotations: vec![
                Annotation {
                    x: 0.14,
                    y: top * 0.84,
                    text: "\u{2190} terrible".into(),
                    below: false,
                },
                Annotation {
                    x: 0.84,
                    y: top * 0.12,
                    text: "perfect \u{2192}".into(),
                    below: false,
                },
            ],
        }
    });
    let table = Signal::derive(move || TableData {
        columns: vec!["p".into(), "Loss (nats)".into(), "Perplexity".into()],
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
    view! {
        <Card title="How sure was the model?" id="confidence" class="playground">
            <p class="sentence">"The cat " <mark>"sat"</mark></p>
            <KeepInView chart="chart-loss-curve" title=loss_text::PINNED_LOSS_CURVE view=chart draw=draw>
            <Slider
                id="p-true"
                label=Signal::derive(|| "Probability the model gave \u{201c}sat\u{201d}".to_string())
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
            <label class="check">
                <input type="checkbox" data-testid="bits" prop:checked=bits on:change:target=move |ev| bits.set(ev.target().checked())/>
                "Measure in bits (log base 2) instead of nats"
            </label>
            <Readouts items=readouts/>
            <ChartFigure
                caption="The loss \u{2212}ln p: zero when the model is certain and right, climbing without limit as p shrinks. The dot is your setting."
                view=chart
                draw=draw
                label="Curve of the loss against the probability of the correct word, with the current setting marked"
                table_caption="Loss at reference probabilities"
                table=table
                testid="loss-curve"
                height=220.0
            />
        </Card>
    }
}
