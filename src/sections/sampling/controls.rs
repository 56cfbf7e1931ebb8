//! The sampling section's settings card: temperature, top-k, top-p and min-p, the vocabulary
//! switch, the example token sets, the token editor and the readouts.

use super::distribution::bars_canvas;
use super::model::{adapts, Outcome, CONFIDENT, UNSURE};
use crate::charts::BarChartView;
use crate::components::TemperatureSlider;
use crate::components::{paste_slot, Card, KeepInView, Readout, Readouts, Slider, TokenRow};
use crate::derived::Derived;
use crate::format::fixed;
use crate::math;
use crate::params::{Control, VOCAB_SIZE, VOCAB_TOP_K_MAX};
use crate::state::{use_lesson, Example, LessonState};
use crate::text::keys::sampling as k;
use crate::text::{t, Msg};
use crate::tr;
use leptos::prelude::*;

/// Temperature, top-k, top-p and min-p, the vocabulary switch, examples and the readouts.
#[component]
pub(super) fn Controls(outcome: Derived<Outcome>, chart: Derived<BarChartView>) -> impl IntoView {
    let state = use_lesson();
    let editor_hidden = state.hidden(Control::Editor);
    let presets_hidden = state.hidden(Control::Presets);
    // A filter's spoken value: its setting, then how many tokens survive.
    let kept_text = move |key: Msg<3>, setting: String| {
        outcome.with(|o| tr!(key, setting, o.kept_count, o.size))
    };
    let t_text = Callback::new(move |t: f64| {
        let key = if t <= 0.1 {
            k::VALUETEXT_GREEDY
        } else if t < 0.95 {
            k::VALUETEXT_SHARPER
        } else if t <= 1.05 {
            k::VALUETEXT_OWN
        } else {
            k::VALUETEXT_FLATTER
        };
        tr!(key, fixed(t, 2))
    });
    let k_text = Callback::new(move |top_k: f64| {
        if top_k < 0.5 {
            t(k::VALUETEXT_TOP_K_OFF)
        } else {
            kept_text(k::VALUETEXT_TOP_K, (top_k as usize).to_string())
        }
    });
    let p_text = Callback::new(move |p: f64| kept_text(k::VALUETEXT_TOP_P, fixed(p, 2)));
    let m_text = Callback::new(move |m: f64| {
        if m <= 0.0 {
            t(k::VALUETEXT_MIN_P_OFF)
        } else {
            kept_text(k::VALUETEXT_MIN_P, fixed(m, 2))
        }
    });
    // Min-p and top-p on a confident and an unsure model, at the current settings (or at
    // min-p 0.1 and top-p 0.9 while those are off).
    let adapts_text = move || {
        let m = Some(state.min_p.get()).filter(|&m| m > 0.0).unwrap_or(0.1);
        let p = Some(state.top_p.get()).filter(|&p| p < 1.0).unwrap_or(0.9);
        let (sure, unsure) = (adapts(&CONFIDENT, m, p), adapts(&UNSURE, m, p));
        tr!(
            k::MIN_P_ADAPTS,
            fixed(sure.top, 2),
            fixed(sure.last, 3),
            fixed(m, 2),
            sure.by_min_p,
            fixed(p, 2),
            sure.by_top_p,
            fixed(unsure.top, 2),
            fixed(unsure.last, 2),
            unsure.by_min_p,
            unsure.by_top_p
        )
    };
    let k_max = Derived::new(move || {
        if state.vocab.get() {
            VOCAB_TOP_K_MAX
        } else {
            state.tokens.with(|t| t.len())
        }
    });
    let count = Derived::new(move || state.tokens.with(|t| t.len()));
    let rows = move || {
        (0..count.get())
            .map(|i| view! { <TokenRow index=i editable=Signal::derive(move || !editor_hidden.get())/> })
            .collect_view()
    };
    let readouts = vec![
        Readout {
            id: "entropy",
            label: t(k::READOUT_ENTROPY),
            value: Signal::derive(move || {
                outcome.with(|o| tr!(k::READOUT_ENTROPY_VALUE, fixed(o.entropy, 3)))
            }),
        },
        Readout {
            id: "bits",
            label: t(k::READOUT_BITS),
            value: Signal::derive(move || {
                outcome.with(|o| {
                    tr!(
                        k::READOUT_BITS_VALUE,
                        fixed(math::nats_to_bits(o.entropy), 3)
                    )
                })
            }),
        },
        Readout {
            id: "choices",
            label: t(k::READOUT_CHOICES),
            value: Signal::derive(move || outcome.with(|o| fixed(o.entropy.exp(), 2))),
        },
        Readout {
            id: "nucleus",
            label: t(k::READOUT_KEPT),
            value: Signal::derive(move || {
                outcome.with(|o| tr!(k::READOUT_KEPT_VALUE, o.kept_count, o.size))
            }),
        },
    ];
    view! {
        <Card title=t(k::SETTINGS_TITLE) id="sampling-controls" class="playground">
            <KeepInView chart="chart-sampling" title=k::PINNED_SAMPLING view=chart draw=bars_canvas()
                predict=&["sampling-cold", "sampling-min-p"] challenge=&["sampling-three"]>
            <fieldset class="switch" data-testid="vocab-switch">
                <legend class="visually-hidden">{t(k::VOCAB_LEGEND)}</legend>
                <label>
                    <input type="radio" name="vocab" prop:checked=move || !state.vocab.get() on:change=move |_| set_vocab(state, false)/>
                    {move || tr!(k::VOCAB_TOKENS, count.get())}
                </label>
                <label>
                    <input type="radio" name="vocab" data-testid="vocab-on" prop:checked=move || state.vocab.get() on:change=move |_| set_vocab(state, true)/>
                    {tr!(k::VOCAB_REAL, VOCAB_SIZE)}
                </label>
            </fieldset>
            <TemperatureSlider id="temperature" valuetext=t_text/>
            {move || {
                // Rebuilt only when the range changes (token count or vocabulary mode).
                let max = k_max.get();
                view! {
                    <Slider
                        id="top-k"
                        label=Signal::derive(|| t(k::TOP_K_LABEL))
                        value=Signal::derive(move || state.top_k.get() as f64)
                        on_change=Callback::new(move |v: f64| state.top_k.set(v.round().clamp(0.0, max as f64) as usize))
                        min=0.0
                        max=max as f64
                        step=1.0
                        decimals=0
                        valuetext=k_text
                    />
                }
            }}
            <Slider
                id="top-p"
                label=Signal::derive(|| t(k::TOP_P_LABEL))
                value=state.top_p
                on_change=Callback::new(move |v| state.top_p.set(v))
                min=0.0
                max=1.0
                step=0.01
                valuetext=p_text
            />
            <Slider
                id="min-p"
                label=Signal::derive(|| t(k::MIN_P_LABEL))
                value=state.min_p
                on_change=Callback::new(move |v| state.min_p.set(v))
                min=0.0
                max=1.0
                step=0.01
                valuetext=m_text
            />
            <p class="card__hint">{t(k::SETTINGS_HINT)}</p>
            <p class="card__hint" data-testid="min-p-adapts">{adapts_text}</p>
            <Readouts items=readouts/>
            <Show when=move || !state.vocab.get()>
                <Show when=move || !presets_hidden.get()>
                    <div class="presets" role="group" aria-label=t(k::EXAMPLES_LABEL)>
                        <span class="presets__label">{t(k::EXAMPLES_TRY)} " "</span>
                        {[Example::Animals, Example::Support, Example::Sentence]
                            .into_iter()
                            .map(|e| view! {
                                <button class="chip" aria-pressed=move || state.shows_example(e).to_string() on:click=move |_| state.load_example(e)>{e.label()}</button>
                            })
                            .collect_view()}
                    </div>
                </Show>
                <details class="token-editor">
                    <summary>{t(k::EDIT_TOKENS)}</summary>
                    <div class="token-rows">{rows}</div>
                </details>
            </Show>
            </KeepInView>
            // Outside KeepInView: reading a paste moves no chart until Use, so nothing is pinned.
            {paste_slot()}
        </Card>
    }
}

/// Turns the large-vocabulary mode on or off, keeping top-k inside its new range.
pub(super) fn set_vocab(state: LessonState, on: bool) {
    state.vocab.set(on);
    let max = if on {
        VOCAB_TOP_K_MAX
    } else {
        state.tokens.with_untracked(|t| t.len())
    };
    if state.top_k.get_untracked() > max {
        state.top_k.set(0);
    }
    state.draws.set(0);
}
