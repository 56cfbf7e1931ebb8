//! How tall an embedded section really is in a frame of a given width, for course pages whose
//! editor strips the resize script: the embed link is loaded in a hidden frame of this origin at
//! that width, and its height read once the lesson in it is built and the height has settled.

use crate::dom::{attr, document, el};
use js_sys::Reflect;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, Element};

/// How often the hidden frame is looked at (ms), and how many looks it gets (20 s in all).
const EVERY_MS: i32 = 250;
const LOOKS: u32 = 80;
/// Looks in a row at the same height that count as settled (cards, charts and fonts are in).
const SETTLED: u32 = 3;

/// Loads `src` (same origin) in a hidden frame `width` CSS pixels wide and calls `done` with the
/// height of its content once built and settled, or with `None` after 20 s or as soon as
/// `wanted` says the dialog no longer needs it. The frame is removed either way.
pub fn measure(
    src: &str,
    width: u32,
    wanted: impl Fn() -> bool + 'static,
    done: impl FnOnce(Option<f64>) + 'static,
) {
    let Some(window) = web_sys::window() else {
        return done(None);
    };
    let frame = hidden_frame(src, width);
    let Some(body) = document().body() else {
        return done(None);
    };
    let _ = body.append_child(&frame);
    let done = Cell::new(Some(done));
    // Looks so far, the last height seen, and how many looks in a row saw it.
    let seen = Cell::new((0u32, 0.0f64, 0u32));
    let timer = Rc::new(Cell::new(None::<i32>));
    let stop = timer.clone();
    let look = Closure::<dyn FnMut()>::new(move || {
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
        } else if looks + 1 >= LOOKS || !wanted() {
            Some(None)
        } else {
            None
        };
        if let Some(result) = result {
            frame.remove();
            if let (Some(id), Some(w)) = (stop.take(), web_sys::window()) {
                w.clear_interval_with_handle(id);
            }
            if let Some(done) = done.take() {
                done(result);
            }
        }
    });
    let id = window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            look.as_ref().unchecked_ref(),
            EVERY_MS,
        )
        .ok();
    timer.set(id);
    // Kept until the interval is cleared; one small closure per measurement.
    look.forget();
}

/// A frame for `src`, `width` pixels wide, out of sight, out of the tab order and hidden from
/// assistive technology.
fn hidden_frame(src: &str, width: u32) -> Element {
    let frame = el("iframe", "");
    attr(&frame, "src", src);
    attr(&frame, "aria-hidden", "true");
    attr(&frame, "tabindex", "-1");
    attr(&frame, "title", "");
    attr(&frame, "data-testid", "share-measure");
    attr(
        &frame,
        "style",
        // Transparent, behind the page and deaf to the pointer: the instructor never sees or
        // touches it.
        &format!("position:fixed;left:0;top:0;width:{width}px;height:600px;border:0;opacity:0;pointer-events:none;z-index:-1"),
    );
    frame
}

/// The content height of the frame's page once the lesson in it says it is built.
fn built_height(frame: &Element) -> Option<f64> {
    // The frame's document is an instance of the frame's own `Document`, not this page's, so it
    // is taken as one unchecked (it is null until the frame has a document).
    let doc = Reflect::get(frame, &"contentDocument".into()).ok()?;
    if !doc.is_object() {
        return None;
    }
    let doc: Document = doc.unchecked_into();
    let root = doc.document_element()?;
    root.has_attribute("data-built")
        .then(|| root.get_bounding_client_rect().height().ceil())
}
