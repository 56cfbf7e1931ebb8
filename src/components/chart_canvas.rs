//! A canvas that a backend-generic chart function paints, sharp on HiDPI screens, redrawn at most
//! once per animation frame, only when what it shows changed and only while it is on screen (or
//! about to be, or the page is printed).

use super::canvas_observer::{self, Watch};
use super::paint_queue::paint_in_frame;
use crate::charts::{DrawResult, Theme};
use crate::derived::{Derived, Shared};
use crate::state::use_lesson;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

/// A chart function for the browser canvas, e.g. `charts::draw_bars::<CanvasBackend>`.
pub type CanvasDraw<V> =
    fn(&DrawingArea<CanvasBackend, Shift>, &V, &Theme) -> DrawResult<CanvasBackend>;

/// Draws a type-erased view; says whether drawing succeeded.
type Paint = Arc<dyn Fn(&DrawingArea<CanvasBackend, Shift>, &Shared, &Theme) -> bool + Send + Sync>;

/// A chart as the canvas sees it: what it shows and how to draw that, with the view's type
/// erased, so the canvas code (sizing, frames, skipping unchanged paints) is compiled once for
/// every kind of chart instead of once per view type.
#[derive(Clone)]
pub struct Chart {
    view: Memo<Shared>,
    paint: Paint,
}

impl Chart {
    /// The chart that draws `view` with `draw`.
    pub fn new<V: 'static>(view: Derived<V>, draw: CanvasDraw<V>) -> Self {
        Chart {
            view: view.erased(),
            paint: Arc::new(move |root, v, theme| draw(root, v.get::<V>(), theme).is_ok()),
        }
    }
}

/// What the next paint draws: the view, the theme and the CSS size (width, height).
type Inputs = (Shared, Theme, (f64, f64));

/// What the last paint used; a frame whose inputs equal it is skipped.
struct Painted {
    view: Shared,
    theme: Theme,
    size: (u32, u32),
}

/// Paints a [`Chart`] on a `<canvas>` as wide as its container and `height` CSS pixels tall.
/// The canvas carries `role="img"` and `aria-label`; its numbers belong in a [`super::DataTable`].
#[component]
pub fn ChartCanvas(
    /// What the chart shows and how to draw it; the canvas repaints when the view changes.
    chart: Chart,
    /// Accessible name, e.g. "Bar chart of the probabilities".
    #[prop(into)]
    label: Signal<String>,
    /// Height in CSS pixels (default 220); the canvas follows it when it changes.
    #[prop(into, default = Signal::stored(220.0))]
    height: Signal<f64>,
    /// Value for `data-testid` (default: none).
    #[prop(optional, into)]
    testid: Option<String>,
) -> impl IntoView {
    let Chart { view, paint } = chart;
    let canvas = NodeRef::<Canvas>::new();
    let theme = use_lesson().chart_theme;
    // The canvas's CSS width, from a ResizeObserver: it reports after the browser's own layout,
    // so no paint ever forces one (reading clientWidth after the DOM changed would). 0 until
    // the first report; nothing is painted before it. Nor is anything painted while the canvas
    // is off screen: when it comes into view it paints what it shows then.
    let css_width = RwSignal::new(0.0f64);
    let seen = RwSignal::new(false);
    let painted: Rc<RefCell<Option<Painted>>> = Rc::new(RefCell::new(None));
    let draws = Rc::new(Cell::new(0u32));
    // One body for the frame's paint and the printer's, behind a pointer: two copies of it
    // would cost the first load.
    let paint_now: Rc<dyn Fn(Inputs)> = {
        let painted = painted.clone();
        Rc::new(move |(v, th, (css_w, height)): Inputs| {
            // The chart may be gone by the time the frame comes (a pinned copy taken away in the
            // middle of a run): then there is nothing to paint, and the reference is disposed.
            let Some(el) = canvas.try_get_untracked().flatten() else {
                return;
            };
            let dpr = window().device_pixel_ratio();
            let dpr = if dpr.is_finite() {
                dpr.clamp(1.0, 4.0)
            } else {
                1.0
            };
            let size = ((css_w * dpr).round() as u32, (height * dpr).round() as u32);
            let th = Theme { scale: dpr, ..th };
            let unchanged = painted
                .borrow()
                .as_ref()
                .is_some_and(|p| p.view == v && p.theme == th && p.size == size);
            if unchanged {
                return;
            }
            if (el.width(), el.height()) != size {
                el.set_width(size.0);
                el.set_height(size.1);
            }
            if let Some(backend) = CanvasBackend::with_canvas_object(el.clone()) {
                let root = backend.into_drawing_area();
                if paint(&root, &v, &th) {
                    draws.set(draws.get() + 1);
                    let _ = el.set_attribute("data-draws", &draws.get().to_string());
                }
            }
            *painted.borrow_mut() = Some(Painted {
                view: v,
                theme: th,
                size,
            });
        })
    };
    // What the next paint draws, read by the effect (which tracks it) and by the printer.
    let inputs = move || {
        let w = css_width.get();
        (w > 0.0).then(|| (view.get(), theme.get(), (w, height.get())))
    };
    let print = {
        let paint_now = paint_now.clone();
        // The hook goes with the canvas (`unwatch` below), so what it reads is still there.
        move || {
            if let Some(now) = untrack(inputs) {
                paint_now(now);
            }
        }
    };
    let watched = StoredValue::new(None::<u32>);
    canvas.on_load(move |el| {
        let watch = Watch {
            width: css_width,
            seen,
            print: Rc::new(print),
        };
        watched.set_value(canvas_observer::watch(&el, watch));
    });
    on_cleanup(move || {
        if let Some(key) = watched.try_get_value().flatten() {
            canvas_observer::unwatch(key);
        }
    });

    let frame_pending = Rc::new(Cell::new(false));
    let latest: Rc<RefCell<Option<Inputs>>> = Rc::new(RefCell::new(None));

    Effect::new(move |_| {
        if !seen.get() {
            return;
        }
        let Some(next) = inputs() else {
            return;
        };
        *latest.borrow_mut() = Some(next);
        if frame_pending.replace(true) {
            return; // a frame is already booked; it will paint the newest inputs
        }
        let (latest, pending, paint_now) =
            (latest.clone(), frame_pending.clone(), paint_now.clone());
        let first = painted.borrow().is_none();
        paint_in_frame(first, move || {
            pending.set(false);
            if let Some(inputs) = latest.borrow_mut().take() {
                paint_now(inputs);
            }
        });
    });

    view! {
        <canvas
            class="chart"
            node_ref=canvas
            role="img"
            aria-label=label
            data-testid=testid
            style=move || format!("height:{}px", height.get())
        ></canvas>
    }
}
