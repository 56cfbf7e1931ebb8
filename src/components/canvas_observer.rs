//! One ResizeObserver and one IntersectionObserver for every chart canvas. The first reports a
//! canvas's CSS width after the browser's own layout, so a chart never forces one to learn its
//! size (reading clientWidth after the DOM changed would). The second says whether the canvas is
//! on screen or about to be, so a chart nobody sees is not redrawn on every move; and before
//! printing every canvas is told to paint what it shows now.

use crate::dom;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ResizeObserver, ResizeObserverEntry,
};

/// How far beyond the viewport a canvas counts as seen: a chart scrolled towards at an ordinary
/// pace is drawn before it appears.
const NEAR: &str = "100px 0px";

/// What the observers report for one canvas, and what it does before printing.
pub struct Watch {
    /// Its CSS content width, whole pixels, at least 1; 0 until the first report.
    pub width: RwSignal<f64>,
    /// Whether it is on screen or within [`NEAR`] of it; false until the first report.
    pub seen: RwSignal<bool>,
    /// Paints what the canvas shows now, at once (called before printing).
    pub print: Rc<dyn Fn()>,
}

/// The observers, and what each watched element reports to.
struct Watched {
    resize: ResizeObserver,
    seen: IntersectionObserver,
    entries: Vec<(u32, Element, Watch)>,
    next: u32,
}

thread_local! {
    static WATCHED: RefCell<Option<Watched>> = const { RefCell::new(None) };
}

/// Reports `el`'s width and whether it is seen to `watch` whenever they change, until [`unwatch`]
/// is called with the returned key.
pub fn watch(el: &Element, watch: Watch) -> Option<u32> {
    WATCHED.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = Some(new_observers()?);
        }
        let w = w.as_mut()?;
        let key = w.next;
        w.next += 1;
        w.entries.push((key, el.clone(), watch));
        w.resize.observe(el);
        w.seen.observe(el);
        Some(key)
    })
}

/// Stops reporting to the entry of `key`; the element is let go at its next report (a canvas that
/// leaves the page reports a width of 0 and that it is not seen).
pub fn unwatch(key: u32) {
    WATCHED.with(|w| {
        if let Some(w) = w.borrow_mut().as_mut() {
            w.entries.retain(|(k, ..)| *k != key);
        }
    });
}

fn new_observers() -> Option<Watched> {
    // Each observer only ever reports entries of its own kind, so they are not type-checked.
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry = entry.unchecked_into::<ResizeObserverEntry>();
            let w = entry.content_rect().width().round().max(1.0);
            report(&entry.target(), Some(w), None);
        }
    });
    let on_seen = Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry = entry.unchecked_into::<IntersectionObserverEntry>();
            report(&entry.target(), None, Some(entry.is_intersecting()));
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(NEAR);
    let resize = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    let seen =
        IntersectionObserver::new_with_options(on_seen.as_ref().unchecked_ref(), &options).ok()?;
    // Both are called for as long as the page shows charts.
    on_resize.forget();
    on_seen.forget();
    // A printed page shows every chart, so each paints what it shows now: the frame a repaint
    // would wait for does not come before the page is laid out for print.
    dom::on(&window(), "beforeprint", |_| {
        WATCHED.with(|w| {
            if let Some(w) = w.borrow().as_ref() {
                for (.., e) in &w.entries {
                    (e.print)();
                }
            }
        });
    });
    Some(Watched {
        resize,
        seen,
        entries: Vec::new(),
        next: 0,
    })
}

/// Writes what was observed of `el` (its width, whether it is seen) into its entry's signals,
/// or lets `el` go when it has no entry any more.
fn report(el: &Element, width: Option<f64>, seen: Option<bool>) {
    let found = WATCHED.with(|w| {
        let w = w.borrow();
        let w = w.as_ref()?;
        let found = w.entries.iter().find(|(_, x, _)| js_sys::Object::is(x, el));
        if found.is_none() {
            w.resize.unobserve(el);
            w.seen.unobserve(el);
        }
        found.map(|(.., e)| (e.width, e.seen))
    });
    let Some((w_signal, seen_signal)) = found else {
        return;
    };
    if let Some(w) = width {
        if w_signal.try_get_untracked().is_some_and(|old| old != w) {
            w_signal.set(w);
        }
    }
    if let Some(s) = seen {
        if seen_signal.try_get_untracked().is_some_and(|old| old != s) {
            seen_signal.set(s);
        }
    }
}
