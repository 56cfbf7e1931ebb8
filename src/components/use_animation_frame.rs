//! `use_animation_frame`: run a callback once per display frame, pausable.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The handle [`use_animation_frame`] returns.
#[derive(Clone, Copy)]
pub struct AnimationFrame {
    running: RwSignal<bool>,
    inner: StoredValue<Rc<Inner>, LocalStorage>,
}

struct Inner {
    /// Called with the milliseconds since the previous call (0 on the first frame after a start,
    /// and after the tab was hidden, so a long absence is not one huge step).
    callback: RefCell<Box<dyn FnMut(f64)>>,
    handle: Cell<Option<AnimationFrameRequestHandle>>,
    last: Cell<Option<f64>>,
    /// Cleared when the owner unmounts: the next frame then stops the loop.
    live: Arc<AtomicBool>,
}

impl AnimationFrame {
    /// Starts calling the callback every frame (nothing happens if it already runs).
    pub fn start(&self) {
        if self.running.get_untracked() {
            return;
        }
        self.running.set(true);
        if let Some(inner) = self.inner.try_get_value() {
            inner.last.set(None);
            schedule(inner, self.running);
        }
    }

    /// Stops after the current frame.
    pub fn pause(&self) {
        if !self.running.get_untracked() {
            return;
        }
        self.running.set(false);
        if let Some(inner) = self.inner.try_get_value() {
            if let Some(h) = inner.handle.take() {
                h.cancel();
            }
        }
    }

    /// Whether the callback runs (a tracked read).
    pub fn is_running(&self) -> bool {
        self.running.get()
    }
}

fn schedule(inner: Rc<Inner>, running: RwSignal<bool>) {
    let next = inner.clone();
    let handle = request_animation_frame_with_handle(move || frame(next, running)).ok();
    inner.handle.set(handle);
}

fn frame(inner: Rc<Inner>, running: RwSignal<bool>) {
    inner.handle.set(None);
    if !inner.live.load(Ordering::Relaxed) || !running.get_untracked() {
        return;
    }
    let now = window().performance().map(|p| p.now()).unwrap_or(0.0);
    if document().hidden() {
        // Browsers mostly stop frames in a hidden tab; if one comes, skip it and start afresh.
        inner.last.set(None);
    } else {
        let dt = inner.last.replace(Some(now)).map_or(0.0, |t| now - t);
        (inner.callback.borrow_mut())(dt);
    }
    if inner.live.load(Ordering::Relaxed) && running.get_untracked() {
        schedule(inner, running);
    }
}

/// Calls `callback(ms since the last frame)` once per frame while started, never while the tab is
/// hidden, and never again once the owner unmounts. Starts paused.
pub fn use_animation_frame(callback: impl FnMut(f64) + 'static) -> AnimationFrame {
    let inner = Rc::new(Inner {
        callback: RefCell::new(Box::new(callback)),
        handle: Cell::new(None),
        last: Cell::new(None),
        live: Arc::new(AtomicBool::new(true)),
    });
    let live = inner.live.clone();
    on_cleanup(move || live.store(false, Ordering::Relaxed));
    AnimationFrame {
        running: RwSignal::new(false),
        inner: StoredValue::new_local(inner),
    }
}
