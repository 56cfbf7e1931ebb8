//! How tall an embedded section really is in a frame of a given width: the share dialog loads
//! the embed link in a hidden frame of this origin at that width and reads its height once the
//! page is built and its height has settled, for course pages that take no script to resize it.

use js_sys::Reflect;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// How often the hidden frame is looked at, and how many looks it gets before giving up.
const EVERY: Duration = Duration::from_millis(250);
const LOOKS: u32 = 80;
/// Looks in a row at the same height that count as settled (charts and fonts have arrived).
const SETTLED: u32 = 3;

/// Loads `src` (same origin) in a hidden frame `width` CSS pixels wide and calls `done` with the
/// height of its content once built and settled, or with `None` after 20 s or once `cancelled`
/// says the dialog moved on. The frame is removed either way.
pub fn measure(
    src: &str,
    width: u32,
    cancelled: impl Fn() -> bool + 'static,
    done: impl FnOnce(Option<f64>) + 'static,
) {
    let Some(frame) = hidden_frame(src, width) else {
        done(None);
        return;
    };
    let done = Cell::new(Some(done));
    // Looks so far, the last height seen and how many looks in a row saw it.
    let seen = Cell::new((0u32, 0.0f64, 0u32));
    let timer: Rc<Cell<Option<IntervalHandle>>> = Rc::new(Cell::new(None));
    let stop = timer.clone();
    let handle = set_interval_with_handle(
        move || {
            let (looks, last, count) = seen.get();
            let h = built_height(&frame);
            let count = match h {
                Some(h) if h == last => count + 1,
                Some(_) => 1,
                None => 0,
            };
            seen.set((looks + 1, h.unwrap_or(0.0), count));
            let result = if count >= SETTLED {
                Some(h)
            } else if looks + 1 >= LOOKS || cancelled() {
                Some(None)
            } else {
                None
            };
            if let Some(result) = result {
                frame.remove();
                if let Some(t) = stop.take() {
                    t.clear();
                }
                if let Some(done) = done.take() {
                    done(result);
                }
            }
        },
        EVERY,
    );
    timer.set(handle.ok());
}

/// A frame for `src`, `width` pixels wide, out of sight and out of the tab order, in the page.
fn hidden_frame(src: &str, width: u32) -> Option<Element> {
    let frame = document().create_element("iframe").ok()?;
    for (name, value) in [
        ("src", src.to_string()),
        ("aria-hidden", "true".into()),
        ("tabindex", "-1".into()),
        ("title", String::new()),
        (
            "style",
            format!("position:fixed;left:-20000px;top:0;width:{width}px;height:600px;border:0;visibility:hidden"),
        ),
    ] {
        frame.set_attribute(name, &value).ok()?;
    }
    document().body()?.append_child(&frame).ok()?;
    Some(frame)
}

/// The content height of the frame's page once the lesson in it says it is built.
fn built_height(frame: &Element) -> Option<f64> {
    let doc: Document = Reflect::get(frame, &"contentDocument".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let root = doc.document_element()?;
    root.has_attribute("data-built")
        .then(|| root.get_bounding_client_rect().height().ceil())
}
