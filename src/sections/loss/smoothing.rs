//! Label smoothing: the playground's prediction against a target that keeps a little probability
//! for every token, the loss's floor, and the push on the right logit that now stops.

use super::model::Smoothed;
use super::nats;
use crate::charts::{draw_bars, BarChartView, BarDatum};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::params::SMOOTHING_RANGE;
use crate::state::use_lesson;
use crate::text::keys::loss as k;
use crate::text::{rich, t};
use crate::tr;
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
        let (token, target_y) = (t(k::COLUMN_TOKEN), t(k::COLUMN_TARGET));
        let headers = [token.as_str(), "p", target_y.as_str(), "\u{2212}y ln p"];
        let columns = [&m.p[..], &m.y, &m.terms];
        TableData {
            footer: Some(vec![
                t(k::ROW_SUM),
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
            label: t(k::READOUT_SMOOTHING_LOSS),
            value: Signal::derive(move || {
                nats(fixed(
                    {
                        let m = &model();
                        m.loss
                    },
                    4,
                ))
            }),
        },
        Readout {
            id: "smoothing-floor",
            label: t(k::READOUT_SMOOTHING_FLOOR),
            value: Signal::derive(move || {
                nats(fixed(
                    {
                        let m = &model();
                        m.floor
                    },
                    4,
                ))
            }),
        },
        Readout {
            id: "smoothing-gap",
            label: t(k::READOUT_SMOOTHING_GAP),
            value: Signal::derive(move || {
                let gap = {
                    let m = &model();
                    m.gap
                };
                if gap.is_finite() {
                    fixed(gap, 2)
                } else {
                    t(k::GAP_UNLIMITED)
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
        let key = if e <= 0.0 {
            k::PUSH_ONE_HOT
        } else if push < 0.0 {
            k::PUSH_NEGATIVE
        } else if push > 0.0 {
            k::PUSH_POSITIVE
        } else {
            k::PUSH_ZERO
        };
        tr!(key, word(), signed(push, 3))
    };
    view! {
        <Card title=t(k::SMOOTHING_TITLE) id="soft-targets" class="charts">
            // The call is code; the zero-width space lets a phone break the line after its "(".
            <p>{rich(k::SMOOTHING_TEXT, ["CrossEntropyLoss(\u{200b}label_smoothing=\u{3b5})".into()])}</p>
            <KeepInView chart="chart-smoothing" title=k::PINNED_SMOOTHING view=chart draw=draw>
                <Slider
                    id="smoothing"
                    label=Signal::derive(|| t(k::SMOOTHING_SLIDER))
                    value=state.smoothing
                    on_change=Callback::new(move |v| state.smoothing.set(v))
                    min=SMOOTHING_RANGE.0
                    max=SMOOTHING_RANGE.1
                    step=0.01
                    decimals=2
                    valuetext=Callback::new(move |e: f64| tr!(k::SMOOTHING_VALUETEXT, fixed(e, 2), nats(fixed(untrack(model).loss, 4))))
                />
            </KeepInView>
            <Readouts items=readouts/>
            <p data-testid="smoothing-push">{push}</p>
            <p>{rich(k::SMOOTHING_FLOOR, [])}</p>
            <ChartFigure
                caption=t(k::SMOOTHING_CAPTION)
                view=chart
                draw=draw
                label=t(k::SMOOTHING_LABEL)
                table_caption=t(k::SMOOTHING_TABLE)
                table=table
                testid="smoothing"
            />
        </Card>
    }
}
