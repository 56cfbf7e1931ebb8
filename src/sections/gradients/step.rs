//! One step of gradient descent on the lesson's logits, animated, repeated into a loss curve.

use super::model::{between, Trail, STEP_ANIMATION_MS};
use crate::charts::{draw_bars, draw_lines, BarChartView, BarDatum, LineChartView, Marker, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{
    use_animation_frame, AnimationFrame, Card, ChartFigure, KeepInView, Readout, Readouts, Slider,
};
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::{LOGIT_RANGE, LR_RANGE};
use crate::state::use_lesson;
use crate::text::keys::{gradients as k, shell};
use crate::text::{rich, t};
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Whether the reader asked for less motion.
fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

/// The learning-rate slider, "Take a step" and "Reset", the logits moving, and the loss curve.
#[component]
pub(super) fn Step(
    /// The correct token.
    target: Derived<usize>,
) -> impl IntoView {
    let state = use_lesson();
    let started: RwSignal<Trail> = RwSignal::new(Trail::default());
    // The steps that led to the logits on screen; a change made elsewhere starts afresh.
    let trail = Derived::new(move || state.logits.with(|z| started.with(|t| t.ending_at(z))));
    // A step's animation: the logits it started from, and how far along it is (0 to 1).
    let moving: RwSignal<Option<(Vec<f64>, f64)>> = RwSignal::new(None);
    let frames_slot: StoredValue<Option<AnimationFrame>> = StoredValue::new(None);
    let frames = use_animation_frame(move |dt| {
        let mut done = false;
        moving.update(|m| {
            if let Some((_, t)) = m {
                *t += dt / STEP_ANIMATION_MS;
                done = *t >= 1.0;
            }
            if done {
                *m = None;
            }
        });
        if done || moving.with_untracked(Option::is_none) {
            if let Some(f) = frames_slot.get_value() {
                f.pause();
            }
        }
    });
    frames_slot.set_value(Some(frames));
    let take_step = move |_| {
        let c = target.get_untracked();
        let now = trail.get_untracked();
        let next = now.step(c, state.lr.get_untracked());
        let from = now.0.last().cloned().unwrap_or_default();
        if let Some(to) = next.0.last().cloned() {
            started.set(next);
            state.logits.set(to);
        }
        if !reduced_motion() {
            moving.set(Some((from, 0.0)));
            frames.start();
        }
    };
    let reset = move |_| {
        let t = trail.get_untracked();
        if let Some(first) = t.0.first().cloned() {
            moving.set(None);
            frames.pause();
            started.set(Trail(vec![first.clone()]));
            state.logits.set(first);
        }
    };
    let steps = Derived::new(move || trail.with(Trail::steps));
    let chart = Derived::new(move || {
        let z = state.logits.get();
        let shown = moving.with(|m| match m {
            Some((from, t)) => between(from, &z, *t),
            None => z.clone(),
        });
        let before = trail.with(|t| t.0.len().checked_sub(2).map(|k| t.0[k].clone()));
        let bound = shown
            .iter()
            .chain(before.iter().flatten())
            .fold(1.0f64, |m, x| m.max(x.abs()))
            .ceil();
        let c = target.get();
        BarChartView {
            bars: state
                .tokens
                .with(|names| BarDatum::for_tokens(names, &shown, before.as_deref(), Some(c))),
            y_range: (-bound, bound),
            decimals: 2,
            threshold: None,
            floor: None,
            cumulative: None,
            signed_colours: true,
        }
    });
    let logit_table = Signal::derive(move || {
        let so_far = trail.get();
        let now = state.logits.get();
        let before = so_far
            .0
            .len()
            .checked_sub(2)
            .map(|i| so_far.0[i].clone())
            .unwrap_or_else(|| now.clone());
        let g = crate::math::grad_logits(&now, target.get());
        TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                &t(k::COLUMN_Z_BEFORE),
                &t(k::COLUMN_Z_NOW),
                &t(k::COLUMN_GRADIENT_NOW),
            ],
            &state.tokens.get(),
            &[&before, &now, &g],
            3,
        )
    });
    let losses = Derived::new(move || trail.with(|t| t.losses(target.get())));
    let curve = Derived::new(move || {
        let l = losses.get();
        let n = l.len().max(2) as f64 - 1.0;
        let top = l.iter().map(|r| r.1).fold(0.5f64, f64::max) * 1.1;
        let last = l.last().copied().unwrap_or((0, 0.0, 0.0));
        LineChartView {
            series: vec![Series {
                name: t(k::CURVE_LOSS),
                points: l.iter().map(|(k, loss, _)| (*k as f64, *loss)).collect(),
                colour: 0,
                dashed: false,
            }],
            x_range: (0.0, n.max(5.0)),
            y_range: (0.0, top),
            x_log: false,
            y_log: false,
            x_label: t(k::AXIS_STEP),
            y_label: t(k::AXIS_LOSS),
            marker: Some(Marker {
                x: last.0 as f64,
                y: last.1,
                label: tr!(k::CURVE_MARKER, fixed(last.1, 3)),
            }),
            annotations: Vec::new(),
        }
    });
    let curve_table = Signal::derive(move || TableData {
        columns: vec![t(k::COLUMN_STEP), t(k::COLUMN_LOSS), t(k::P_RIGHT_WORD)],
        rows: losses
            .get()
            .into_iter()
            .map(|(k, loss, p)| vec![k.to_string(), fixed(loss, 3), fixed(p, 3)])
            .collect(),
        footer: None,
    });
    let readouts = vec![
        Readout {
            id: "steps",
            label: t(k::READOUT_STEPS),
            value: Signal::derive(move || steps.get().to_string()),
        },
        Readout {
            id: "step-loss",
            label: t(k::READOUT_LOSS_NOW),
            value: Signal::derive(move || {
                losses.with(|l| {
                    l.last()
                        .map(|r| tr!(shell::VALUE_NATS, fixed(r.1, 3)))
                        .unwrap_or_default()
                })
            }),
        },
        Readout {
            id: "step-p",
            label: t(k::P_RIGHT_WORD),
            value: Signal::derive(move || {
                losses.with(|l| l.last().map(|r| fixed(r.2, 3)).unwrap_or_default())
            }),
        },
    ];
    let lr_text = Callback::new(move |lr: f64| tr!(k::LR_VALUETEXT, fixed(lr, 2)));
    let draw_logits: CanvasDraw<BarChartView> = draw_bars::<CanvasBackend>;
    let draw_curve: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::STEP_TITLE) id="gradient-step" class="charts">
            <p>{rich(k::STEP_TEXT, [])}</p>
            <KeepInView chart="chart-step-logits" title=k::PINNED_STEP_LOGITS view=chart draw=draw_logits
                challenge=&["gradients-half"]>
            <Slider
                id="lr"
                label=Signal::derive(|| t(k::SLIDER_LR))
                value=state.lr
                on_change=Callback::new(move |v| state.lr.set(v))
                min=LR_RANGE.0
                max=LR_RANGE.1
                step=0.01
                log=true
                valuetext=lr_text
            />
            <div class="draw-buttons" role="group" aria-label=t(k::STEP_BUTTONS_LABEL)>
                <button class="button button--primary" data-testid="take-step" data-pin="" on:click=take_step>{t(k::TAKE_STEP)}</button>
                <button class="button" data-testid="reset-steps"
                    aria-disabled=move || (steps.get() == 0).then_some("true")
                    on:click=reset>
                    {t(k::RESET_STEPS)}
                </button>
            </div>
            </KeepInView>
            <Readouts items=readouts/>
            <div class="two-col">
                <ChartFigure
                    caption=t(k::STEP_LOGITS_CAPTION)
                    view=chart
                    draw=draw_logits
                    label=t(k::STEP_LOGITS_LABEL)
                    table_caption=t(k::STEP_LOGITS_TABLE)
                    table=logit_table
                    testid="step-logits"
                    height=200.0
                />
                <ChartFigure
                    caption=t(k::STEP_CURVE_CAPTION)
                    view=curve
                    draw=draw_curve
                    label=t(k::STEP_CURVE_LABEL)
                    table_caption=t(k::STEP_CURVE_TABLE)
                    table=curve_table
                    testid="step-curve"
                    height=200.0
                />
            </div>
            <p class="card__hint">
                {tr!(k::STEP_HINT, fixed(LOGIT_RANGE.0, 0), fixed(LOGIT_RANGE.1, 0))}
            </p>
        </Card>
    }
}
