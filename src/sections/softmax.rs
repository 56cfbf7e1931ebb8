//! Section 1, logits and softmax: the token playground, live logit and probability charts, the
//! arithmetic step by step, why the exponential, shift invariance and presets.

use crate::charts::{draw_bars, BarChartView};
use crate::components::chart_canvas::CanvasDraw;
use crate::components::data_table::TableData;
use crate::components::{
    paste_slot, Card, ChartFigure, DataTable, KeepInView, LiveAnnouncer, SoftmaxFormula, TokenRow,
};
use crate::derived::Derived;
use crate::format::{fixed, signed};
use crate::math;
use crate::params::{Control, LOGIT_RANGE, MAX_TOKENS};
use crate::section::Section;
use crate::state::{use_lesson, Preset};
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
            (Some(t), Some(p)) => format!("Most likely token: {t}, probability {}.", fixed(*p, 3)),
            _ => String::new(),
        }
    });
    // The probability bars: drawn by the charts card, and pinned in view while a control that
    // moves them is in use.
    let prob_view = Derived::new(move || {
        state.tokens.with(|t| {
            state
                .probs
                .with(|p| BarChartView::plain(t, p, (0.0, 1.0), 3, false))
        })
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
        <Card title="Playground: set the logits" id="playground" class="playground">
            <p class="card__hint">
                "Drag a slider, use the arrow keys, or type a value from "
                {LOGIT_RANGE.0} " to " {LOGIT_RANGE.1} ". Rename a token by editing its name."
            </p>
            <KeepInView chart="chart-probs" title="Probabilities" view=probs draw=bars_canvas()>
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
                    "+ Add a token"
                </button>
                <span class="card__hint">{move || format!(" {} of {MAX_TOKENS} tokens", count.get())}</span>
            </Show>
            <Show when=move || !presets_hidden.get()>
                <div class="presets" role="group" aria-label="Presets">
                    <span class="presets__label">"Try: "</span>
                    {Preset::ALL
                        .into_iter()
                        .map(|p| view! {
                            <button class="chip" on:click=move |_| state.apply_preset(p)>{p.label()}</button>
                        })
                        .collect_view()}
                </div>
            </Show>
            </KeepInView>
            // Outside KeepInView: reading a paste moves no chart until Use, so nothing is pinned.
            <Show when=move || !editor_hidden.get()>{paste_slot()}</Show>
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
        state
            .logits
            .with(|z| TableData::per_token(&["Token", "Logit z"], &state.tokens.get(), &[z], 1))
    });
    let prob_table = Signal::derive(move || {
        state.probs.with(|p| {
            TableData::per_token(&["Token", "Probability p"], &state.tokens.get(), &[p], 3)
        })
    });
    view! {
        <Card title="What softmax does to them" id="charts" class="charts">
            <ChartFigure
                caption="Logits: any real number; negative bars hang below zero."
                view=logit_view
                draw=draw_bars_canvas
                label="Bar chart of the logits, one bar per token"
                table_caption="Logits"
                table=logit_table
                testid="logits"
            />
            <ChartFigure
                caption="Probabilities: between 0 and 1, summing to 1."
                view=probs
                draw=draw_bars_canvas
                label="Bar chart of the probabilities, one bar per token"
                table_caption="Probabilities"
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
                "Token".into(),
                "z".into(),
                "e\u{1dbb}".into(),
                "e\u{1dbb} \u{f7} sum = p".into(),
            ],
            rows: tokens
                .iter()
                .zip(logits.iter().zip(exps.iter().zip(&probs)))
                .map(|(t, (z, (e, p)))| vec![t.clone(), fixed(*z, 1), fixed(*e, 3), fixed(*p, 3)])
                .collect(),
            footer: Some(vec![
                "Sum".into(),
                String::new(),
                fixed(total, 3),
                fixed(psum, 3),
            ]),
        }
    });
    view! {
        <Show when=move || !hidden.get()>
            <Card title="The arithmetic, step by step" id="arithmetic">
                <ol class="steps-inline">
                    <li>"Take each logit z."</li>
                    <li>"Exponentiate: e\u{1dbb} is always positive."</li>
                    <li>"Add them up."</li>
                    <li>"Divide each by the sum: that is p."</li>
                    <li>"Check: the p add up to 1."</li>
                </ol>
                <DataTable caption="Softmax, step by step" data=table testid="table-arithmetic" open=true/>
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
            &["Token", "z \u{f7} \u{3a3}z", "softmax"],
            &tokens,
            &[&plain, &probs],
            3,
        )
    });
    let plain_verdict = move || {
        let logits = state.logits.get();
        let plain = math::plain_normalise(&logits);
        if plain.iter().any(|x| !x.is_finite()) {
            "The logits sum to zero, so plain division is undefined.".to_string()
        } else if plain.iter().any(|x| *x < 0.0 || *x > 1.0) {
            "Plain division gives values below 0 or above 1: not probabilities.".to_string()
        } else {
            "With these logits plain division happens to work; make one logit negative and it breaks.".to_string()
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
            format!(
                "Every logit has moved by {} in all; the largest change in any probability is {}.",
                signed(total, 1),
                fixed(moved, 6)
            )
        })
    };
    view! {
        <Card title="Why the exponential?" id="why-exp">
            <div class="two-col">
                <div>
                    <p>
                        "Exponentials turn differences into ratios. Logits 3 and 1 differ by 2: a plain ratio "
                        "would be " <strong>{ratio.0.clone()}</strong> " to 1, but e\u{b3} / e\u{b9} = e\u{b2} \u{2248} "
                        <strong data-testid="e-ratio">{ratio.1.clone()}</strong>
                        ". A small lead in score becomes a large lead in probability."
                    </p>
                    <p>
                        "Dividing the raw scores by their sum does not work: a negative score gives a "
                        "negative \u{201c}probability\u{201d}, and scores that sum to zero give nothing at all."
                    </p>
                    <p class="verdict" data-testid="plain-verdict">{plain_verdict}</p>
                </div>
                <DataTable caption="Plain division versus softmax" data=plain testid="table-plain" open=true/>
            </div>
            <Show when=move || !shift_hidden.get()>
                <div class="shift">
                    <h3>"Shift invariance"</h3>
                    <p>
                        "Add the same number to every logit: each e\u{1dbb} gets multiplied by the same "
                        "factor, which cancels in the division. Try it and watch the probability chart."
                    </p>
                    <KeepInView chart="chart-probs" title="Probabilities" view=probs draw=bars_canvas()>
                    <div class="shift__buttons">
                        <button class="button" data-testid="shift-down" data-pin="" aria-disabled=move || (!state.can_shift(-1.0)).then_some("true") on:click=move |_| shift(-1.0)>
                            "\u{2212}1 to every logit"
                        </button>
                        <button class="button" data-testid="shift-up" data-pin="" aria-disabled=move || (!state.can_shift(1.0)).then_some("true") on:click=move |_| shift(1.0)>
                            "+1 to every logit"
                        </button>
                    </div>
                    </KeepInView>
                    <p class="verdict" role="status" data-testid="shift-report">{shift_report}</p>
                </div>
            </Show>
        </Card>
    }
}
