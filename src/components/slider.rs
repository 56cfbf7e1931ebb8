//! A labelled range input with a number box beside it: drag, use the keyboard or type.

use crate::format::fixed;
use crate::number::parse_decimal;
use crate::text::keys::shell;
use crate::tr;
use leptos::html::Input;
use leptos::prelude::*;

/// Steps of the track when it is log-scaled (the value is mapped through ln).
const LOG_STEPS: f64 = 1000.0;

/// What a typed text means for a slider whose range is `[min, max]`: the value to use, and a
/// message when the text had to be corrected. `None` means "not a number: keep the old value".
pub fn parse_typed(text: &str, min: f64, max: f64) -> (Option<f64>, Option<String>) {
    match crate::number::parse_typed(text) {
        Some(x) => {
            let c = x.clamp(min, max);
            if c != x {
                (
                    Some(c),
                    Some(tr!(shell::SLIDER_CLAMPED, short(min), short(max), short(c))),
                )
            } else {
                (Some(x), None)
            }
        }
        _ => (
            None,
            Some(tr!(
                shell::SLIDER_NOT_NUMBER,
                text.trim().chars().take(16).collect::<String>(),
                short(min),
                short(max)
            )),
        ),
    }
}

fn short(x: f64) -> String {
    crate::format::localise(crate::params::format_number(x))
}

/// Position on a log track (0..LOG_STEPS) for `v` in `[min, max]` (both > 0).
fn to_track(v: f64, min: f64, max: f64) -> f64 {
    ((v.max(min).ln() - min.ln()) / (max.ln() - min.ln()) * LOG_STEPS).round()
}

/// Value for a log-track position.
fn from_track(pos: f64, min: f64, max: f64) -> f64 {
    (min.ln() + pos / LOG_STEPS * (max.ln() - min.ln())).exp()
}

/// Rounds `v` to the slider's step so the URL and the box show clean numbers.
fn snap(v: f64, step: f64, min: f64, max: f64) -> f64 {
    let s = if step > 0.0 {
        (v / step).round() * step
    } else {
        v
    };
    // Keep the rounding noise of `k * 0.1` out of the value.
    let s = (s * 1e9).round() / 1e9;
    s.clamp(min, max)
}

/// `v` rounded to two significant digits, for values that span many decades (`3.2e-6`).
fn two_significant(v: f64) -> f64 {
    parse_decimal(&crate::format::exponent_form(v, 1)).unwrap_or(v)
}

/// A range slider plus number box. The value lives outside (a signal); every change, from drag,
/// keyboard or typing, goes through `on_change` with a value already clamped to `[min, max]`.
#[component]
pub fn Slider(
    /// Element id of the range input (the number box gets `{id}-box`).
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The current value.
    #[prop(into)]
    value: Signal<f64>,
    /// Receives each new value.
    #[prop(into)]
    on_change: Callback<f64>,
    /// Lowest value.
    min: f64,
    /// Highest value.
    max: f64,
    /// Step of the track and of the arrow keys (for a log track: the rounding of typed values).
    step: f64,
    /// Log-scaled track, for ranges like 0.05..5 (default false).
    #[prop(optional)]
    log: bool,
    /// Decimals shown in the box (default 2).
    #[prop(default = 2)]
    decimals: usize,
    /// What the value means, for screen readers (default: the number itself).
    #[prop(optional, into)]
    valuetext: Option<Callback<f64, String>>,
    /// Visually hide the label (it stays for screen readers; default false).
    #[prop(optional)]
    compact: bool,
    /// Values span many decades (a log track from 1e-12 to 1): the box shows them as `1e-5`,
    /// and they are rounded to two significant digits instead of to `step` (default false).
    #[prop(optional)]
    scientific: bool,
) -> impl IntoView {
    let snap = move |v: f64, step: f64, min: f64, max: f64| {
        if scientific {
            two_significant(v).clamp(min, max)
        } else {
            snap(v, step, min, max)
        }
    };
    // A minus sign, not a hyphen, as everywhere else on the page ("−1.0", "1e−5"); typing
    // either is read the same.
    let show = move |v: f64| {
        if scientific {
            crate::format::exponent_short(v).replace('-', "\u{2212}")
        } else {
            fixed(v, decimals)
        }
    };
    let message = RwSignal::new(None::<String>);
    let box_ref = NodeRef::<Input>::new();
    let box_id = format!("{id}-box");
    let msg_id = format!("{id}-msg");
    let shown = move || show(value.get());
    let track_value = move || {
        let v = value.get();
        if log {
            to_track(v, min, max).to_string()
        } else {
            v.to_string()
        }
    };
    let valuetext_str = move || {
        let v = value.get();
        match valuetext {
            Some(cb) => cb.run(v),
            None => fixed(v, decimals),
        }
    };
    let on_range = move |text: String| {
        if let Some(pos) = parse_decimal(&text) {
            let v = if log { from_track(pos, min, max) } else { pos };
            let mut v = snap(v, step, min, max);
            // One position of a log track can be less than `step`, so the rounding would put the
            // value back where it was and an arrow key would never move it: move by one step.
            let now = value.get_untracked();
            let moved = pos - to_track(now, min, max);
            if log && !scientific && v == now && moved != 0.0 {
                v = snap(now + step * moved.signum(), step, min, max);
            }
            message.set(None);
            on_change.run(v);
        }
    };
    let commit_box = move || {
        let Some(input) = box_ref.get_untracked() else {
            return;
        };
        let (v, msg) = parse_typed(&input.value(), min, max);
        message.set(msg);
        match v {
            Some(v) => {
                on_change.run(v);
                input.set_value(&show(value.get_untracked()));
            }
            None => input.set_value(&show(value.get_untracked())),
        }
    };
    let (range_min, range_max, range_step) = if log {
        (0.0, LOG_STEPS, 1.0)
    } else {
        (min, max, step)
    };
    view! {
        <div class="slider" class:slider--compact=compact>
            <label class="slider__label" for=id.clone()>{label}</label>
            <input
                class="slider__range"
                type="range"
                id=id
                min=range_min
                max=range_max
                step=range_step
                prop:value=track_value
                aria-valuetext=valuetext_str
                aria-describedby=msg_id.clone()
                on:input:target=move |ev| on_range(ev.target().value())
            />
            <input
                class="slider__box"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                id=box_id
                node_ref=box_ref
                aria-label=move || tr!(shell::SLIDER_BOX, label.get())
                aria-describedby=msg_id.clone()
                prop:value=shown
                on:change=move |_| commit_box()
                on:keydown=move |ev| {
                    // Arrow keys step the number box like the slider (Enter commits via `change`).
                    let delta = match ev.key().as_str() {
                        "ArrowUp" => step,
                        "ArrowDown" => -step,
                        _ => return,
                    };
                    ev.prevent_default();
                    let now = value.get_untracked();
                    // Many decades: an arrow moves a quarter of a decade, not by `step`.
                    let next = if scientific {
                        now * (delta.signum() / 4.0 * std::f64::consts::LN_10).exp()
                    } else {
                        now + delta
                    };
                    let v = snap(next, step, min, max);
                    message.set(None);
                    on_change.run(v);
                }
            />
            <p class="slider__msg" id=msg_id role="status" aria-live="polite">
                {move || message.get().unwrap_or_default()}
            </p>
        </div>
    }
}
