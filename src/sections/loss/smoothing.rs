//! Label smoothing: the playground's prediction against a target that keeps a little probability
//! for every token, the loss's floor, and the push on the right logit that now stops.

use super::model::Smoothed;
use crate::charts::{draw_bars, BarChartView, BarDatum};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::params::SMOOTHING_RANGE;
use crate::state::use_lesson;
use crate::text::keys::loss as loss_text;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// The label-smoothing card: a slider for e, the target beside the prediction, the loss and its
/// floor, and what the gradient on the right logit does.
#[component]
pub(super) fn Smoothing() -> impl IntoView {
    let state = use_lesson();
    let target = move || {
        let n = state.tokens.with(Vec::len);
        state.target.get().min(n.saturating_sub(1))
    };
    // Worked out afresh by each reader (a few tokens): a Memo of its own type would cost more
    // wasm than the arithmetic costs time.
    let model = move || {
        let e = state.smoothing.get();
        state.logits.with(|z| Smoothed::new(z, target(), e))
    };
    let word = move || {
        state
            .tokens
            .with(|t| t.get(target()).cloned().unwrap_or_default())
    };
    let chart = Derived::new(move || {
        let m = &model();
        BarChartView {
            bars: state
                .tokens
                .with(|t| BarDatum::for_tokens(t, &m.y, Some(&m.p), Some(target()))),
            ..BarChartView::plain(&[], &[], (0.0, 1.0), 2, false)
        }
    });
    let draw: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    let table = Signal::derive(move || {
        let m = &model();
        let headers = ["Token", "p", "Target y", "\u{2212}y ln p"];
        let columns = [&m.p[..], &m.y, &m.terms];
        TableData {
            footer: Some(vec![
                "Sum".into(),
                fixed(m.p.iter().sum(), 4),
                fixed(m.y.iter().sum(), 4),
                fixed(m.loss, 4),
            ]),
            ..state
                .tokens
                .with(|t| TableData::per_token(&headers, t, &columns, 4))
        }
    });
    let readouts = vec![
        Readout {
            id: "smoothing-loss",
            label: "Loss \u{2212}\u{3a3} y ln p",
            value: Signal::derive(move || {
                format!(
                    "{} nats",
                    fixed(
                        {
                            let m = &model();
                            m.loss
                        },
                        4
                    )
                )
            }),
        },
        Readout {
            id: "smoothing-floor",
            label: "Lowest possible loss (at p = y)",
            value: Signal::derive(move || {
                format!(
                    "{} nats",
                    fixed(
                        {
                            let m = &model();
                            m.floor
                        },
                        4
                    )
                )
            }),
        },
        Readout {
            id: "smoothing-gap",
            label: "Lead of the right logit at that lowest loss",
            value: Signal::derive(move || {
                let gap = {
                    let m = &model();
                    m.gap
                };
                if gap.is_finite() {
                    fixed(gap, 2)
                } else {
                    "\u{221e}, no limit".into()
                }
            }),
        },
    ];
    // What the gradient p - y on the right logit does now, in words.
    let push = move || {
        let (push, e) = (
            {
                let m = &model();
                m.push
            },
            state.smoothing.get(),
        );
        let now = format!(
            "p \u{2212} y on \u{201c}{}\u{201d} is {}: ",
            word(),
            signed(push, 3)
        );
        now + if e <= 0.0 {
            "with a one-hot target it is negative whatever the model predicts, so every step raises that logit again and the loss only reaches 0 as p reaches 1."
        } else if push < 0.0 {
            "negative, so a training step still raises that logit; it stops once p reaches y."
        } else if push > 0.0 {
            "positive: the model is surer than the target allows, and a step lowers that logit."
        } else {
            "zero: the prediction matches the target, and the step leaves that logit alone."
        }
    };
    view! {
        <Card title="When the target is not one-hot" id="soft-targets" class="charts">
            <p>
                "Label smoothing trains against a softer target. Every token gets \u{3b5}/K (K tokens), and the right one gets 1 \u{2212} \u{3b5} on top: "
                <strong>"y = (1 \u{2212} \u{3b5}) \u{b7} one-hot + \u{3b5}/K"</strong>
                ". PyTorch's " <code>"CrossEntropyLoss(" <wbr/> "label_smoothing=\u{3b5})"</code>
                " does exactly this; Szegedy et al. (2016) used it to keep an image classifier from growing overconfident."
            </p>
            <KeepInView chart="chart-smoothing" title=loss_text::PINNED_SMOOTHING view=chart draw=draw>
                <Slider
                    id="smoothing"
                    label=Signal::derive(|| "Label smoothing \u{3b5} (0 = one-hot)".to_string())
                    value=state.smoothing
                    on_change=Callback::new(move |v| state.smoothing.set(v))
                    min=SMOOTHING_RANGE.0
                    max=SMOOTHING_RANGE.1
                    step=0.01
                    decimals=2
                    valuetext=Callback::new(move |e: f64| format!("label smoothing {}, loss {} nats", fixed(e, 2), fixed(untrack(model).loss, 4)))
                />
            </KeepInView>
            <Readouts items=readouts/>
            <p data-testid="smoothing-push">{push}</p>
            <p>
                "The loss can no longer reach 0: its floor is the entropy of y, reached when p = y. There the right logit leads each other one by ln(y"
                <sub>"right"</sub> " / y" <sub>"other"</sub>
                "), a finite gap, so the logits stop growing and the model stays a little unsure on purpose."
            </p>
            <ChartFigure
                caption="Bars: the smoothed target y, the right token highlighted. Faint bars behind: the model's p. The loss is lowest when they match."
                view=chart
                draw=draw
                label="Bar chart of the smoothed target for each token, with the model's probabilities as faint bars behind"
                table_caption="Label smoothing: prediction, smoothed target and each term of the loss"
                table=table
                testid="smoothing"
            />
        </Card>
    }
}
