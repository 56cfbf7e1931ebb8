//! Section 3, cross-entropy: the loss of one prediction as the model's confidence in the right
//! word moves, and the same loss written out against a one-hot target, with scenarios and a
//! clickable sentence.

use crate::charts::{draw_lines, Annotation, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{
    Card, ChartFigure, DataTable, Formula, LiveAnnouncer, Readout, Readouts, Slider, TargetPicker,
};
use crate::format::fixed;
use crate::math;
use crate::params::P_TRUE_RANGE;
use crate::state::{use_lesson, Example, LessonState};
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Probabilities whose losses LESSON.md lists: the curve's table, so every figure can be checked.
const REFERENCE_PROBS: [f64; 8] = [1.0, 0.9, 0.609, 0.5, 0.25, 0.1, 0.03, 0.01];
/// Points on the `-ln p` curve (log-spaced in p).
const CURVE_POINTS: usize = 80;

/// Section 3.
#[component]
pub fn LossSection() -> impl IntoView {
    let state = use_lesson();
    let summary = Signal::derive(move || {
        let p = state.p_true.get();
        format!(
            "Probability {}: loss {} nats, perplexity {}.",
            fixed(p, 3),
            fixed(math::neg_log(p), 3),
            fixed(math::perplexity_of_prob(p), 2)
        )
    });
    view! {
        <div class="section-intro">
            <p class="lede">
                "Training needs one number that says how wrong a prediction was. Cross-entropy looks only at "
                "the probability the model gave the word that really came next, and takes minus its "
                "logarithm: sure and right costs almost nothing, sure and wrong costs a lot."
            </p>
            <Formula
                label="L equals minus the natural log of p of the correct token"
                mathml="<mi>L</mi><mo>=</mo><mo>\u{2212}</mo><mi>ln</mi><msub><mi>p</mi><mi>correct</mi></msub>"
            />
        </div>
        <div class="softmax-grid">
            <Confidence/>
            <OneHot/>
        </div>
        <LiveAnnouncer text=summary/>
    }
}

/// The confidence slider, the loss and perplexity, and the `-ln p` curve with its marker.
#[component]
fn Confidence() -> impl IntoView {
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
    let chart = Memo::new(move |_| {
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
                },
                Annotation {
                    x: 0.84,
                    y: top * 0.12,
                    text: "perfect \u{2192}".into(),
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

/// Logits that give each token the probability in `probs` (`z_i = ln p_i`, so softmax returns them).
fn logits_for(probs: &[f64]) -> Vec<f64> {
    probs.iter().map(|p| p.ln()).collect()
}

/// The three scenarios: probabilities for `n` tokens with the correct one at `target`.
fn scenario(kind: usize, n: usize, target: usize) -> Vec<f64> {
    let rest = 0.1 / (n.max(2) - 1) as f64;
    let wrong = if target == 0 { 1 } else { 0 };
    (0..n)
        .map(|i| match kind {
            0 if i == target => 0.9,
            1 => 1.0 / n as f64,
            2 if i == wrong => 0.9,
            _ => rest,
        })
        .collect()
}

/// Labels of the scenario buttons, in `scenario`'s order.
const SCENARIOS: [&str; 3] = ["Confident and correct", "Uncertain", "Confident and wrong"];

/// The playground's distribution against a one-hot target, the sum written out, scenarios and
/// the clickable sentence.
#[component]
fn OneHot() -> impl IntoView {
    let state = use_lesson();
    let target = Memo::new(move |_| {
        let n = state.tokens.with(|t| t.len());
        state.target.get().min(n.saturating_sub(1))
    });
    let loss = move || state.logits.with(|z| math::cross_entropy(z, target.get()));
    let table = Signal::derive(move || {
        let probs = state.probs.get();
        let c = target.get();
        TableData {
            columns: vec![
                "Token".into(),
                "p".into(),
                "y".into(),
                "\u{2212}y ln p".into(),
            ],
            rows: state.tokens.with(|t| {
                t.iter()
                    .zip(&probs)
                    .enumerate()
                    .map(|(i, (name, p))| {
                        let y = if i == c { 1.0 } else { 0.0 };
                        vec![
                            name.clone(),
                            fixed(*p, 3),
                            fixed(y, 0),
                            fixed(if i == c { math::neg_log(*p) } else { 0.0 }, 3),
                        ]
                    })
                    .collect()
            }),
            footer: Some(vec![
                "Sum".into(),
                fixed(probs.iter().sum(), 3),
                "1".into(),
                fixed(loss(), 3),
            ]),
        }
    });
    // The sum written out term by term; terms with y = 0 are greyed (they add nothing).
    let sum_terms = move || {
        let c = target.get();
        state.probs.with(|probs| {
            probs
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let right = i == c;
                    view! {
                        {(i > 0).then_some(" + ")}
                        <span class="term" class:term--zero=!right>
                            {format!("{} \u{b7} ln {}", if right { 1 } else { 0 }, fixed(*p, 3))}
                        </span>
                    }
                })
                .collect_view()
        })
    };
    let readouts = vec![
        Readout {
            id: "onehot-loss",
            label: "Loss",
            value: Signal::derive(move || format!("{} nats", fixed(loss(), 3))),
        },
        Readout {
            id: "onehot-perplexity",
            label: "Perplexity e\u{1d38}",
            value: Signal::derive(move || fixed(loss().exp(), 2)),
        },
    ];
    let apply = move |kind: usize| {
        let n = state.tokens.with_untracked(|t| t.len());
        state
            .logits
            .set(logits_for(&scenario(kind, n, target.get_untracked())));
    };
    view! {
        <Card title="Against a one-hot target" id="one-hot" class="charts">
            <p>"Click the word that really came next. Its probability is the only one the loss reads."</p>
            <p class="sentence" data-testid="onehot-sentence">
                "The cat sat on the "
                <mark>{move || state.tokens.with(|t| t.get(target.get()).cloned().unwrap_or_default())}</mark>
                "."
            </p>
            <TargetPicker/>
            <Show when=move || !state.shows_example(Example::Sentence)>
                <button class="button button--quiet" on:click=move |_| load_sentence(state)>
                    "Use five ways to finish the sentence"
                </button>
            </Show>
            <Readouts items=readouts/>
            <p class="sum" data-testid="onehot-sum">"L = \u{2212}(" {sum_terms} ")"</p>
            <div class="presets" role="group" aria-label="Scenarios">
                <span class="presets__label">"Scenarios: "</span>
                {SCENARIOS
                    .iter()
                    .enumerate()
                    .map(|(k, label)| view! { <button class="chip" on:click=move |_| apply(k)>{*label}</button> })
                    .collect_view()}
            </div>
            <DataTable caption="Prediction, target and each term of the sum" data=table testid="table-onehot" open=true/>
        </Card>
    }
}

/// Loads the sentence's five candidates, with "mat" as the word that came next.
fn load_sentence(state: LessonState) {
    state.load_example(Example::Sentence);
    state.target.set(0);
}
