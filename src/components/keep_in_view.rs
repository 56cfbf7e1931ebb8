//! Keeps the chart a control moves on screen while the student uses the control: when that chart
//! is not (nearly) all in view, a live copy of it is pinned to the edge of the viewport away from
//! the control and the readouts it changes, while the control is being used and a moment after.

use super::chart_canvas::{CanvasDraw, Chart};
use super::use_debounced::use_debounced;
use super::{predict_slots, ChartCanvas};
use crate::derived::Derived;
use crate::text::keys::shell;
use crate::text::{t, Msg};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Share of the chart's height on screen from which no copy is needed (the share the phone and
/// wide-screen checks ask for): a copy over a chart nine tenths in view would only double it.
const IN_VIEW: f64 = 0.9;
/// The copy's canvas takes at most this share of the viewport's height...
const SHARE_OF_VIEWPORT: f64 = 0.3;
/// ...and at most this many CSS pixels (the charts' usual height)...
const MAX_HEIGHT: f64 = 200.0;
/// ...and at least this many, or no copy is shown (a landscape phone with the control mid-screen
/// still has room for it).
const MIN_HEIGHT: f64 = 72.0;
/// The copy's frame around its canvas: title, padding, border and the gap to the viewport's edge.
const CHROME: f64 = 48.0;
/// How long the copy stays after the last move, or after the finger or mouse lets go.
const LINGER: Duration = Duration::from_millis(1200);
/// What the copy must never cover besides the control: the card's readouts and verdicts, which
/// the control changes.
const READOUTS: &str = ".readouts,.verdict";

/// Where the copy is pinned, and how tall its canvas is.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Pin {
    top: bool,
    height: f64,
}

/// Its `children` are controls that move the chart whose canvas has `data-testid` = `chart`.
/// While one of them is used (a slider or number box gets input, a button marked `data-pin` is
/// pressed) and that chart is less than 90% on screen, a copy drawn from the same `view` with the
/// same `draw` is pinned to the top or bottom edge, on the side with room, never over the control
/// or the card's readouts. It goes a moment after the last move or when the finger lifts, at once
/// when the focus leaves or on Escape, and for the rest of the visit when its × is pressed. The
/// copy is a picture of the original, so it is hidden from assistive technology; the original
/// keeps its name and data table. Nothing is drawn for it unless it is shown.
#[component]
pub fn KeepInView<V>(
    /// `data-testid` of the canvas the controls move, e.g. `chart-probs`.
    chart: &'static str,
    /// A few words naming the copy, e.g. "Probabilities".
    title: Msg<0>,
    /// What the chart shows.
    view: Derived<V>,
    /// The chart's drawing function.
    draw: CanvasDraw<V>,
    /// The controls.
    children: Children,
    /// Predictions asked about this chart, above the controls (ids of
    /// [`crate::progress::ON_THE_PAGE`]; default none): their guesses pin the chart too.
    #[prop(optional)]
    predict: &'static [&'static str],
    /// Challenges reached with these controls, below them (default none).
    #[prop(optional)]
    challenge: &'static [&'static str],
) -> impl IntoView
where
    V: 'static,
{
    keep(
        chart,
        title,
        Chart::new(view, draw),
        children,
        [predict, challenge],
    )
}

/// [`KeepInView`] itself, compiled once for every kind of chart.
fn keep(
    chart: &'static str,
    title: Msg<0>,
    copy: Chart,
    children: Children,
    [predict, challenge]: [&'static [&'static str]; 2],
) -> AnyView {
    let scope = NodeRef::<Div>::new();
    let pin = RwSignal::new(None::<Pin>);
    // The control in use, whether a finger or the mouse is still down on it, and whether the
    // student sent the copy away.
    let control = StoredValue::new_local(None::<Element>);
    let pressing = StoredValue::new(false);
    let dismissed = StoredValue::new(false);
    // Whether the place of the copy is worked out for this control since the page last scrolled:
    // it costs a layout, so it is done once per use, not on every move of a drag.
    let placed = StoredValue::new(false);
    let set = move |next: Option<Pin>| {
        if pin.get_untracked() != next {
            pin.set(next);
        }
    };
    let place = move || {
        let next = control.with_value(|c| {
            let c = c.as_ref()?;
            let card = c.closest(".card").ok().flatten();
            placement(chart, c, card.as_ref())
        });
        set(next.filter(|_| !dismissed.get_value()));
        placed.set_value(true);
    };
    let hide = move || {
        set(None);
        placed.set_value(false);
    };
    let linger = use_debounced(LINGER, move |()| {
        if !pressing.get_value() {
            hide();
        }
    });
    // The control was used: show the copy (where it fits) and let it go a moment later.
    let used = move |target: Option<Element>| {
        if target.is_some() && control.with_value(|c| *c != target) {
            control.set_value(target);
            placed.set_value(false);
        }
        if !placed.get_value() {
            place();
        }
        linger.call(());
    };
    let follow = move || {
        placed.set_value(false);
        if pin.get_untracked().is_some() {
            place();
        }
    };
    let on_scroll = window_event_listener(ev::scroll, move |_| follow());
    let on_resize = window_event_listener(ev::resize, move |_| follow());
    let release = move || {
        if pressing.get_value() {
            pressing.set_value(false);
            linger.call(());
        }
    };
    let on_up = window_event_listener(ev::pointerup, move |_| release());
    let on_cancel = window_event_listener(ev::pointercancel, move |_| release());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
        on_up.remove();
        on_cancel.remove();
    });
    let element = |e: &ev::Event| e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let on_input = move |e: ev::Event| {
        // A slider or a box moves the chart as it goes; a switch is pressed once and read.
        let target = element(&e).filter(|t| {
            !matches!(
                t.get_attribute("type").as_deref(),
                Some("radio" | "checkbox")
            )
        });
        if target.is_some() {
            used(target);
        }
    };
    let on_click = move |e: ev::MouseEvent| {
        // Buttons that move the chart a step at a time; a one-off example does not pin it.
        let button = element(&e).and_then(|t| t.closest("[data-pin]").ok().flatten());
        if button.is_some() {
            used(button);
        }
    };
    let on_focusout = move |e: ev::FocusEvent| {
        let to = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let stays = scope
            .get_untracked()
            .is_some_and(|s| to.is_some_and(|n| s.contains(Some(&n))));
        if !stays {
            hide();
        }
    };
    let shown = Memo::new(move |_| pin.with(Option::is_some));
    let dismiss = move |_| {
        dismissed.set_value(true);
        set(None);
    };
    view! {
        <div
            class="keep-in-view"
            node_ref=scope
            on:input=on_input
            on:click=on_click
            on:pointerdown=move |_| pressing.set_value(true)
            on:focusout=on_focusout
            on:keydown=move |e| {
                if e.key() == "Escape" {
                    hide();
                }
            }
        >
            {(!predict.is_empty()).then(|| predict_slots(predict))}
            {children()}
            {(!challenge.is_empty()).then(|| predict_slots(challenge))}
            // One copy for as long as it is shown: its side and height follow the pin, and its
            // canvas is never rebuilt in place (a rebuilt canvas kept an old picture).
            {move || shown.get().then(|| view! {
                <div class="pinned-chart" class:pinned-chart--bottom=move || pin.get().is_some_and(|p| !p.top) aria-hidden="true" data-testid="pinned-chart">
                    <p class="pinned-chart__title">{t(title)}</p>
                    <button class="pinned-chart__close" tabindex="-1" title=t(shell::PINNED_HIDE) data-testid="pinned-close" on:click=dismiss>"\u{d7}"</button>
                    <ChartCanvas chart=copy.clone() label=t(title) height=Signal::derive(move || pin.get().map_or(MIN_HEIGHT, |p| p.height))/>
                </div>
            })}
        </div>
    }
    .into_any()
}

/// The part `(top, bottom)` of `el`'s box that is inside a viewport `vh` tall, if any.
fn on_screen(el: &Element, vh: f64) -> Option<(f64, f64)> {
    let r = el.get_bounding_client_rect();
    (r.bottom() > 0.0 && r.top() < vh).then(|| (r.top().max(0.0), r.bottom().min(vh)))
}

/// Where to pin a copy of the chart `chart` for `control`, or `None` when the chart is on
/// screen already, the control is not, or there is no room beside the control and the readouts
/// of its `card` that are on screen.
fn placement(chart: &str, control: &Element, card: Option<&Element>) -> Option<Pin> {
    let vh = window().inner_height().ok()?.as_f64()?;
    let original = document()
        .query_selector(&format!("[data-testid={chart}]"))
        .ok()??
        .get_bounding_client_rect();
    let shown = (original.bottom().min(vh) - original.top().max(0.0)).max(0.0);
    if shown >= IN_VIEW * original.height() {
        return None;
    }
    // The band the copy must leave free: the control, and the readouts on screen with it.
    let (mut above, mut below) = on_screen(control, vh)?;
    if let Some(list) = card.and_then(|c| c.query_selector_all(READOUTS).ok()) {
        for i in 0..list.length() {
            let band = list
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|el| on_screen(&el, vh));
            if let Some((t, b)) = band {
                above = above.min(t);
                below = below.max(b);
            }
        }
    }
    // The side with more room, so the copy covers neither.
    let (room_above, room_below) = (above, vh - below);
    let top = room_above >= room_below;
    let room = room_above.max(room_below) - CHROME;
    let height = (vh * SHARE_OF_VIEWPORT).min(MAX_HEIGHT).min(room).floor();
    (height >= MIN_HEIGHT).then_some(Pin { top, height })
}
