//! The training card: start, pause, one step and reset; the learning rate, the training-set size
//! and the speed; the live loss curves with overfitting marked, and the loss table.

use super::model::{overfitting, table_rows, Run, MAX_STEPS};
use crate::charts::{draw_lines, Annotation, LineChartView, Series};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{AnimationFrame, Card, ChartFigure, KeepInView, Readout, Readouts, Slider};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::{LR_RANGE, SPEED_RANGE, TRAIN_RANGE};
use crate::state::use_lesson;
use crate::text::keys::training as k;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Most points a curve is drawn with: a long run is thinned so a frame's drawing stays short.
const DRAWN_POINTS: usize = 300;

/// The loss curves: training (solid) and validation (dashed) against the step, overfitting
/// marked where the validation loss turned up.
pub fn curves_view(history: &[(f64, f64)]) -> LineChartView {
    let every = history.len().div_ceil(DRAWN_POINTS).max(1);
    let points = |f: fn(&(f64, f64)) -> f64| {
        let mut out: Vec<(f64, f64)> = history
            .iter()
            .enumerate()
            .step_by(every)
            .map(|(i, h)| (i as f64, f(h)))
            .collect();
        if let Some(h) = history
            .last()
            .filter(|_| !(history.len() - 1).is_multiple_of(every))
        {
            out.push(((history.len() - 1) as f64, f(h)));
        }
        out
    };
    let top = history
        .iter()
        .map(|h| h.0.max(h.1))
        .fold(1.0, f64::max)
        .ceil();
    let steps = history.len().saturating_sub(1);
    LineChartView {
        series: vec![
            Series {
                name: t(k::CURVE_TRAIN),
                points: points(|h| h.0),
                colour: 0,
                dashed: false,
            },
            Series {
                name: t(k::CURVE_VALIDATION),
                points: points(|h| h.1),
                colour: 1,
                dashed: true,
            },
        ],
        x_range: (0.0, (steps.max(100)) as f64),
        y_range: (0.0, top),
        x_log: false,
        y_log: false,
        x_label: t(k::AXIS_STEP),
        y_label: t(k::AXIS_LOSS),
        marker: None,
        annotations: overfitting(history)
            .map(|(at, low)| Annotation {
                x: at as f64,
                y: low,
                text: t(k::OVERFITTING_MARK),
                below: true,
            })
            .into_iter()
            .collect(),
    }
}

/// Controls, readouts, loss curves and loss table of the training run.
#[component]
pub fn LoopCard(
    /// The run being trained.
    run: RwSignal<Run>,
    /// The run as the table shows it (updated less often while training runs).
    shown: Derived<Run>,
    /// The frame loop that trains it.
    frames: AnimationFrame,
) -> impl IntoView {
    let state = use_lesson();
    let running = move || frames.is_running();
    let toggle = move |_| {
        if frames.is_running() {
            frames.pause();
        } else if !run.with_untracked(Run::finished) {
            frames.start();
        }
    };
    let one_step = move |_| {
        frames.pause();
        run.update(|r| r.step(state.lr.get_untracked()));
    };
    let reset = move |_| {
        frames.pause();
        run.set(Run::new(
            state.seed.get_untracked(),
            state.train.get_untracked() as usize,
        ));
    };
    let chart = Derived::new(move || run.with(|r| curves_view(r.history())));
    let table = Signal::derive(move || TableData {
        columns: vec![
            t(k::COLUMN_STEP),
            t(k::COLUMN_TRAIN_LOSS),
            t(k::COLUMN_VAL_LOSS),
        ],
        rows: shown.with(|r| {
            table_rows(r.history())
                .into_iter()
                .map(|(i, t, v)| vec![i.to_string(), fixed(t, 3), fixed(v, 3)])
                .collect()
        }),
        footer: None,
    });
    let last = move || run.with(|r| r.history().last().copied().unwrap_or_default());
    let readouts = vec![
        Readout {
            id: "steps",
            label: t(k::READOUT_STEPS),
            value: Signal::derive(move || run.with(|r| r.steps().to_string())),
        },
        Readout {
            id: "train-loss",
            label: t(k::READOUT_TRAIN_LOSS),
            value: Signal::derive(move || {
                let t = last().0;
                format!("{} ({})", fixed(t, 3), fixed(math::perplexity(t), 1))
            }),
        },
        Readout {
            id: "val-loss",
            label: t(k::READOUT_VAL_LOSS),
            value: Signal::derive(move || {
                let v = last().1;
                format!("{} ({})", fixed(v, 3), fixed(math::perplexity(v), 1))
            }),
        },
    ];
    let status = move || {
        run.with(|r| {
            let model = r.model();
            let sizes = tr!(
                k::STATUS_SIZES,
                model.train_sentences().len(),
                model.val_sentences().len(),
                model.vocab().len()
            );
            let progress = match overfitting(r.history()) {
                Some((at, low)) => tr!(k::STATUS_OVERFITTING, at.to_string(), fixed(low, 3)),
                None if r.finished() => tr!(k::STATUS_FINISHED, MAX_STEPS.to_string()),
                None => t(k::STATUS_START),
            };
            tr!(k::STATUS, sizes, progress)
        })
    };
    let draw: CanvasDraw<LineChartView> = draw_lines::<CanvasBackend>;
    view! {
        <Card title=t(k::TRAIN_TITLE) id="train-loop" class="charts">
            <p>{t(k::TRAIN_TEXT)}</p>
            <KeepInView chart="chart-train-loss" title=k::PINNED_TRAIN_LOSS view=chart draw=draw
                predict=&["training-few", "training-rate"] challenge=&["training-stop"]>
            <Slider id="train-lr" label=Signal::derive(|| t(k::SLIDER_LR)) value=state.lr
                on_change=Callback::new(move |v| state.lr.set(v)) min=LR_RANGE.0 max=LR_RANGE.1 step=0.01 log=true/>
            <Slider id="train-size" label=Signal::derive(|| t(k::SLIDER_TRAIN_SIZE))
                value=Signal::derive(move || state.train.get() as f64)
                on_change=Callback::new(move |v: f64| state.train.set(v.round() as u64))
                min=TRAIN_RANGE.0 as f64 max=TRAIN_RANGE.1 as f64 step=1.0 decimals=0/>
            <Slider id="speed" label=Signal::derive(|| t(k::SLIDER_SPEED)) value=state.speed
                on_change=Callback::new(move |v| state.speed.set(v)) min=SPEED_RANGE.0 max=SPEED_RANGE.1
                step=1.0 log=true decimals=0/>
            <div class="presets" role="group" aria-label=t(k::BUTTONS_LABEL)>
                <button class="button button--primary" data-testid="train-toggle" data-pin="" on:click=toggle
                    disabled=move || run.with(Run::finished) && !running()>
                    {move || t(if running() { k::BUTTON_PAUSE } else { k::BUTTON_START })}
                </button>
                <button class="button" data-testid="train-step" data-pin="" on:click=one_step
                    disabled=move || run.with(Run::finished)>{t(k::BUTTON_STEP)}</button>
                <button class="button" data-testid="train-reset" on:click=reset>{t(k::BUTTON_RESET)}</button>
            </div>
            </KeepInView>
            <Readouts items=readouts/>
            <p class="verdict" data-testid="train-status">{status}</p>
            <ChartFigure
                caption=t(k::LOSS_CAPTION)
                view=chart
                draw=draw
                label=t(k::LOSS_LABEL)
                table_caption=t(k::LOSS_TABLE)
                table=table
                testid="train-loss"
                height=240.0
            />
        </Card>
    }
}
