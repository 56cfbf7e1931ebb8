//! Keeps the chart a control moves on screen while the student uses the control: when that chart
//! is not (nearly) all in view, a live copy of it is pinned to the edge of the viewport away from
//! the control, for as long as the control has focus or the pointer and stays on screen.

use super::chart_canvas::{CanvasDraw, Chart};
use super::ChartCanvas;
use crate::derived::Derived;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Share of the chart's height on screen from which no copy is needed.
const IN_VIEW: f64 = 0.95;
/// The copy's canvas takes at most this share of the viewport's height...
const SHARE_OF_VIEWPORT: f64 = 0.3;
/// ...and at most this many CSS pixels (the charts' usual height)...
const MAX_HEIGHT: f64 = 200.0;
/// ...and at least this many, or no copy is shown (a landscape phone with the control mid-screen
/// still has room for it).
const MIN_HEIGHT: f64 = 72.0;
/// The copy's frame around its canvas: title, padding, border and the gap to the viewport's edge.
const CHROME: f64 = 48.0;

/// Where the copy is pinned, and how tall its canvas is.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Pin {
    top: bool,
    height: f64,
}

/// Its `children` are controls that move the chart whose canvas has `data-testid` = `chart`.
/// While one of them is in use and that chart is less than 95% on screen, a copy drawn from the
/// same `view` with the same `draw` is pinned to the top edge (the bottom one when the control
/// sits in the upper half), never over the control. The copy is a picture of the original, so it
/// is hidden from assistive technology; the original keeps its name and data table. Nothing is
/// drawn for it unless it is shown.
#[component]
pub fn KeepInView<V>(
    /// `data-testid` of the canvas the controls move, e.g. `chart-probs`.
    chart: &'static str,
    /// A few words naming the copy, e.g. "Probabilities".
    title: &'static str,
    /// What the chart shows.
    view: Derived<V>,
    /// The chart's drawing function.
    draw: CanvasDraw<V>,
    /// The controls.
    children: Children,
) -> impl IntoView
where
    V: 'static,
{
    keep(chart, title, Chart::new(view, draw), children)
}

/// [`KeepInView`] itself, compiled once for every kind of chart.
fn keep(chart: &'static str, title: &'static str, copy: Chart, children: Children) -> AnyView {
    let scope = NodeRef::<Div>::new();
    let pin = RwSignal::new(None::<Pin>);
    // The control in use is the focused element inside the scope (sliders, boxes and buttons
    // take focus when pressed), or, until the next scroll, the one the pointer went down on.
    let place = move |control: Option<web_sys::Element>| {
        let next = control.and_then(|c| placement(chart, &c));
        if pin.get_untracked() != next {
            pin.set(next);
        }
    };
    let focused_control = move || {
        let active = document().active_element()?;
        let inside = scope.get_untracked()?.contains(Some(&active));
        inside.then_some(active)
    };
    let follow = move || {
        if pin.get_untracked().is_some() || focused_control().is_some() {
            place(focused_control());
        }
    };
    let on_scroll = window_event_listener(ev::scroll, move |_| follow());
    let on_resize = window_event_listener(ev::resize, move |_| follow());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    let on_focusout = move |e: ev::FocusEvent| {
        let to = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let stays = scope
            .get_untracked()
            .is_some_and(|s| to.is_some_and(|n| s.contains(Some(&n))));
        if !stays {
            pin.set(None);
        }
    };
    view! {
        <div
            class="keep-in-view"
            node_ref=scope
            on:focusin=move |e| place(e.target().and_then(|t| t.dyn_into().ok()))
            on:pointerdown=move |e| place(e.target().and_then(|t| t.dyn_into().ok()))
            on:focusout=on_focusout
            on:keydown=move |e| {
                if e.key() == "Escape" {
                    pin.set(None);
                }
            }
        >
            {children()}
            {move || {
                pin.get().map(|p| {
                    view! {
                        <div class="pinned-chart" class:pinned-chart--bottom=!p.top aria-hidden="true" data-testid="pinned-chart">
                            <p class="pinned-chart__title">{title}</p>
                            <ChartCanvas chart=copy.clone() label=title.to_string() height=p.height/>
                        </div>
                    }
                })
            }}
        </div>
    }
    .into_any()
}

/// Where to pin a copy of the chart `chart` for `control`, or `None` when the chart is on
/// screen already, the control is not, or there is no room beside the control.
fn placement(chart: &str, control: &web_sys::Element) -> Option<Pin> {
    let vh = window().inner_height().ok()?.as_f64()?;
    let original = document()
        .query_selector(&format!("[data-testid={chart}]"))
        .ok()??
        .get_bounding_client_rect();
    let shown = (original.bottom().min(vh) - original.top().max(0.0)).max(0.0);
    if shown >= IN_VIEW * original.height() {
        return None;
    }
    let at = control.get_bounding_client_rect();
    if at.bottom() <= 0.0 || at.top() >= vh {
        return None;
    }
    // The side with more room, so the copy never covers the control.
    let (above, below) = (at.top(), vh - at.bottom());
    let top = above >= below;
    let room = above.max(below) - CHROME;
    let height = (vh * SHARE_OF_VIEWPORT).min(MAX_HEIGHT).min(room).floor();
    (height >= MIN_HEIGHT).then_some(Pin { top, height })
}
