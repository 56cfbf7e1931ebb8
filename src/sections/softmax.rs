//! Section 1, logits and softmax: the token playground, live logit and probability charts, the
//! arithmetic step by step, why the exponential, shift invariance and presets.

use crate::charts::{draw_bars, BarChartView};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{
    paste_slot, predict_slots, Card, ChartFigure, DataTable, KeepInView, LiveAnnouncer,
    SoftmaxFormula, TokenRow,
};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::guess::Guess;
use crate::math;
use crate::params::{Control, LOGIT_RANGE, MAX_TOKENS};
use crate::section::Section;
use crate::state::{use_lesson, Preset};
use crate::text::keys::{shell, softmax as k};
use crate::text::{rich, t};
use crate::tr;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;

/// Section 1.
#[component]
pub fn SoftmaxSection() -> impl IntoView {
    let state = use_lesson();
    let summary = Signal::derive(move || {
        let tokens = state.tokens.get();
        let probs = state.probs.get();
        let best = math::argmax(&probs);
        match (tokens.get(best), probs.get(best)) {
            (Some(t), Some(p)) => tr!(k::SUMMARY, t, fixed(*p, 3)),
            _ => String::new(),
        }
    });
    // The probability bars: drawn by the charts card, and pinned in view while a control that
    // moves them is in use.
    let prob_view = Derived::new(move || {
        let mut view = state.tokens.with(|t| {
            state
                .probs
                .with(|p| BarChartView::plain(t, p, (0.0, 1.0), 3, false))
        });
        // A committed prediction shows as a faint bar behind the one it is about.
        state
            .guess
            .with(|g| Guess::mark(g.as_ref(), "chart-probs", &mut view.bars));
        view
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Softmax.lede()}</p>
            <SoftmaxFormula/>
        </div>
        <div class="softmax-grid">
            <Playground probs=prob_view/>
            <Charts probs=prob_view/>
        </div>
        <Arithmetic/>
        <WhyExp probs=prob_view/>
        <LiveAnnouncer text=summary/>
    }
}

/// The bar chart drawn on a canvas.
fn bars_canvas() -> CanvasDraw<BarChartView> {
    draw_bars::<CanvasBackend>
}

/// Token rows (name, slider, number box, remove), add, presets and the shift buttons.
#[component]
fn Playground(probs: Derived<BarChartView>) -> impl IntoView {
    let state = use_lesson();
    let count = Derived::new(move || state.tokens.with(|t| t.len()));
    let editor_hidden = state.hidden(Control::Editor);
    let presets_hidden = state.hidden(Control::Presets);
    let rows = move || {
        (0..count.get())
            .map(|i| view! { <TokenRow index=i editable=Signal::derive(move || !editor_hidden.get())/> })
            .collect_view()
    };
    view! {
        <Card title=t(k::PLAYGROUND_TITLE) id="playground" class="playground">
            <p class="card__hint">
                {tr!(k::PLAYGROUND_HINT, fixed(LOGIT_RANGE.0, 0), fixed(LOGIT_RANGE.1, 0))}
            </p>
            // Inside KeepInView: the guess's slider and "Lock in my guess" pin the chart it is
            // about on a phone.
            <KeepInView chart="chart-probs" title=k::PINNED_PROBS view=probs draw=bars_canvas() predict=&["softmax-double"]>
            <div class="token-rows" data-testid="token-rows">{rows}</div>
            <Show when=move || !editor_hidden.get()>
                <button
                    class="button"
                    data-testid="add-token"
                    aria-disabled=move || { (count.get() >= MAX_TOKENS).then_some("true") }
                    on:click=move |_| {
                        state.add_token();
                        let n = count.get_untracked();
                        crate::browser::focus_soon(format!(".token-row:nth-child({n}) .token-row__name-input"));
                    }
                >
                    {t(k::ADD_TOKEN)}
                </button>
                <span class="card__hint">" " {move || tr!(k::TOKEN_COUNT, count.get(), MAX_TOKENS)}</span>
            </Show>
            <Show when=move || !presets_hidden.get()>
                <div class="presets" role="group" aria-label=t(shell::PRESETS_LABEL)>
                    <span class="presets__label">{t(shell::PRESETS_TRY)} " "</span>
                    {Preset::ALL
                        .into_iter()
                        .map(|p| view! {
                            <button class="chip" on:click=move |_| state.apply_preset(p)>{t(p.label())}</button>
                        })
                        .collect_view()}
                </div>
            </Show>
            </KeepInView>
            // Outside KeepInView: reading a paste moves no chart until Use, so nothing is pinned.
            <Show when=move || !editor_hidden.get()>
                {predict_slots(&["softmax-forty"])}
                {paste_slot()}
            </Show>
        </Card>
    }
}

/// The logit and probability bar charts with their tables.
#[component]
fn Charts(probs: Derived<BarChartView>) -> impl IntoView {
    let state = use_lesson();
    let draw_bars_canvas = bars_canvas();
    let logit_view = Derived::new(move || {
        state.tokens.with(|t| {
            state
                .logits
                .with(|z| BarChartView::plain(t, z, (-2.0, 3.0), 1, true))
        })
    });
    let logit_table = Signal::derive(move || {
        state.logits.with(|z| {
            TableData::per_token(
                &[&t(k::COLUMN_TOKEN), &t(k::COLUMN_LOGIT)],
                &state.tokens.get(),
                &[z],
                1,
            )
        })
    });
    let prob_table = Signal::derive(move || {
        state.probs.with(|p| {
            TableData::per_token(
                &[&t(k::COLUMN_TOKEN), &t(k::COLUMN_PROBABILITY)],
                &state.tokens.get(),
                &[p],
                3,
            )
        })
    });
    view! {
        <Card title=t(k::CHARTS_TITLE) id="charts" class="charts">
            <ChartFigure
                caption=t(k::LOGITS_CAPTION)
                view=logit_view
                draw=draw_bars_canvas
                label=t(k::LOGITS_LABEL)
                table_caption=t(k::LOGITS_TABLE)
                table=logit_table
                testid="logits"
            />
            <ChartFigure
                caption=t(k::PROBS_CAPTION)
                view=probs
                draw=draw_bars_canvas
                label=t(k::PROBS_LABEL)
                table_caption=t(k::PROBS_TABLE)
                table=prob_table
                testid="probs"
            />
        </Card>
    }
}

/// z -> e^z -> sum -> e^z / sum, with the check that the probabilities sum to 1.
#[component]
fn Arithmetic() -> impl IntoView {
    let state = use_lesson();
    let hidden = state.hidden(Control::Arithmetic);
    let table = Signal::derive(move || {
        let tokens = state.tokens.get();
        let logits = state.logits.get();
        let exps = math::exp_terms(&logits);
        let total: f64 = exps.iter().sum();
        let probs = state.probs.get();
        let psum: f64 = probs.iter().sum();
        TableData {
            columns: vec![
                t(k::COLUMN_TOKEN),
                "z".into(),
                "e\u{1dbb}".into(),
                t(k::COLUMN_DIVIDE),
            ],
            rows: tokens
                .iter()
                .zip(logits.iter().zip(exps.iter().zip(&probs)))
                .map(|(t, (z, (e, p)))| vec![t.clone(), fixed(*z, 1), fixed(*e, 3), fixed(*p, 3)])
                .collect(),
            footer: Some(vec![
                t(k::ROW_SUM),
                String::new(),
                fixed(total, 3),
                fixed(psum, 3),
            ]),
        }
    });
    view! {
        <Show when=move || !hidden.get()>
            <Card title=t(k::ARITHMETIC_TITLE) id="arithmetic">
                <ol class="steps-inline">
                    <li>{t(k::ARITHMETIC_1)}</li>
                    <li>{t(k::ARITHMETIC_2)}</li>
                    <li>{t(k::ARITHMETIC_3)}</li>
                    <li>{t(k::ARITHMETIC_4)}</li>
                    <li>{t(k::ARITHMETIC_5)}</li>
                </ol>
                <DataTable caption=t(k::ARITHMETIC_TABLE) data=table testid="table-arithmetic" open=true/>
            </Card>
        </Show>
    }
}

/// Why e^x and not plain division, and the shift-invariance demonstration.
#[component]
fn WhyExp(probs: Derived<BarChartView>) -> impl IntoView {
    let state = use_lesson();
    let shift_hidden = state.hidden(Control::Shift);
    let ratio = {
        let e = math::exp_terms(&[3.0, 1.0]);
        (fixed(3.0 / 1.0, 0), fixed(e[0] / e[1], 2))
    };
    let plain = Signal::derive(move || {
        let tokens = state.tokens.get();
        let logits = state.logits.get();
        let plain = math::plain_normalise(&logits);
        let probs = state.probs.get();
        TableData::per_token(
            &[
                &t(k::COLUMN_TOKEN),
                "z \u{f7} \u{3a3}z",
                &t(k::COLUMN_SOFTMAX),
            ],
            &tokens,
            &[&plain, &probs],
            3,
        )
    });
    let plain_verdict = move || {
        let logits = state.logits.get();
        let plain = math::plain_normalise(&logits);
        if plain.iter().any(|x| !x.is_finite()) {
            t(k::PLAIN_UNDEFINED)
        } else if plain.iter().any(|x| *x < 0.0 || *x > 1.0) {
            t(k::PLAIN_BROKEN)
        } else {
            t(k::PLAIN_WORKS)
        }
    };
    // Probabilities just before the last shift, to show that nothing moved.
    let before = RwSignal::new(None::<(f64, Vec<f64>)>);
    let shift = move |delta: f64| {
        if !state.can_shift(delta) {
            return;
        }
        let old = state.probs.get_untracked();
        let total = before.get_untracked().map(|(d, _)| d).unwrap_or(0.0) + delta;
        state.shift_all(delta);
        before.set(Some((total, old)));
    };
    let shift_report = move || {
        before.get().map(|(total, old)| {
            let now = state.probs.get();
            let moved = old
                .iter()
                .zip(&now)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            tr!(k::SHIFT_REPORT, signed(total, 1), fixed(moved, 6))
        })
    };
    view! {
        <Card title=t(k::WHY_TITLE) id="why-exp">
            <div class="two-col">
                <div>
                    <p data-testid="why-ratio">{rich(k::WHY_RATIO, [ratio.0.into(), ratio.1.into()])}</p>
                    <p>{t(k::WHY_PLAIN)}</p>
                    <p class="verdict" data-testid="plain-verdict">{plain_verdict}</p>
                </div>
                <DataTable caption=t(k::PLAIN_TABLE) data=plain testid="table-plain" open=true/>
            </div>
            <Show when=move || !shift_hidden.get()>
                <div class="shift">
                    <h3>{t(k::SHIFT_TITLE)}</h3>
                    <p>{t(k::SHIFT_TEXT)}</p>
                    <KeepInView chart="chart-probs" title=k::PINNED_PROBS view=probs draw=bars_canvas() predict=&["softmax-add"]>
                    <div class="shift__buttons">
                        <button class="button" data-testid="shift-down" data-pin="" aria-disabled=move || (!state.can_shift(-1.0)).then_some("true") on:click=move |_| shift(-1.0)>
                            {t(k::SHIFT_DOWN)}
                        </button>
                        <button class="button" data-testid="shift-up" data-pin="" aria-disabled=move || (!state.can_shift(1.0)).then_some("true") on:click=move |_| shift(1.0)>
                            {t(k::SHIFT_UP)}
                        </button>
                    </div>
                    </KeepInView>
                    <p class="verdict" role="status" data-testid="shift-report">{shift_report}</p>
                </div>
            </Show>
        </Card>
    }
}
