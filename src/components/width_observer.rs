//! One ResizeObserver for every chart canvas: it reports a canvas's CSS width after the browser's
//! own layout, so a chart never forces one to learn its size (reading clientWidth after the DOM
//! changed would).

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};

/// The attribute that ties a canvas to its entry in [`Watched`].
const KEY: &str = "data-width-key";

/// The observer, and the signal each watched element's width goes to.
struct Watched {
    observer: ResizeObserver,
    widths: Vec<(u32, RwSignal<f64>)>,
    next: u32,
}

thread_local! {
    static WATCHED: RefCell<Option<Watched>> = const { RefCell::new(None) };
}

/// Writes `el`'s CSS content width, rounded to whole pixels and at least 1, into `width` whenever
/// it changes, until [`unwatch`] is called with the returned key.
pub fn watch(el: &Element, width: RwSignal<f64>) -> Option<u32> {
    WATCHED.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = Some(Watched {
                observer: new_observer()?,
                widths: Vec::new(),
                next: 0,
            });
        }
        let w = w.as_mut()?;
        let key = w.next;
        w.next += 1;
        w.widths.push((key, width));
        let _ = el.set_attribute(KEY, &key.to_string());
        w.observer.observe(el);
        Some(key)
    })
}

/// Stops writing to the signal of `key`; the element is let go at its next report (a canvas that
/// leaves the page reports a width of 0).
pub fn unwatch(key: u32) {
    WATCHED.with(|w| {
        if let Some(w) = w.borrow_mut().as_mut() {
            w.widths.retain(|(k, _)| *k != key);
        }
    });
}

fn new_observer() -> Option<ResizeObserver> {
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<ResizeObserverEntry>() else {
                continue;
            };
            report(&entry);
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    // Called for as long as the page shows charts.
    on_resize.forget();
    observer
}

fn report(entry: &ResizeObserverEntry) {
    let el = entry.target();
    let key = el.get_attribute(KEY).and_then(|k| k.parse::<u32>().ok());
    let width = WATCHED.with(|w| {
        let w = w.borrow();
        let w = w.as_ref()?;
        let found = key.and_then(|k| w.widths.iter().find(|(x, _)| *x == k).map(|(_, s)| *s));
        match found {
            Some(signal) => Some(signal),
            None => {
                w.observer.unobserve(&el);
                None
            }
        }
    });
    let Some(width) = width else { return };
    let w = entry.content_rect().width().round().max(1.0);
    if width.try_get_untracked().is_some_and(|old| old != w) {
        width.set(w);
    }
}
