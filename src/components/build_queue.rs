//! Start-up in small pieces: the page's shell (masthead, navigation, section heading) is built
//! first, and the section's cards (and whatever else is handed to [`later`]) follow, one per
//! task and in page order, so no single task builds the whole section and the browser can paint
//! (and answer a tap) in between. The first screen the HTML carries stays up meanwhile.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

/// A card waiting for its turn: sets its signal, and says whether anything was built (a card
/// whose section has gone away in the meantime builds nothing).
type Turn = Box<dyn FnOnce() -> bool>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Turn>> = const { RefCell::new(VecDeque::new()) };
    static PUMPING: Cell<bool> = const { Cell::new(false) };
    static BUILT: Cell<Option<RwSignal<bool>>> = const { Cell::new(None) };
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
}

/// Starts the queue for the page; the signal is true whenever no card is waiting (the pager and
/// the footer wait for it, so nothing on screen moves down as the cards arrive). Building
/// everything at once when the page is printed.
pub fn start() -> RwSignal<bool> {
    let built = RwSignal::new(false);
    BUILT.with(|b| b.set(Some(built)));
    set_built(true);
    let handle = window_event_listener_untyped("beforeprint", |_| flush());
    // The page lives as long as the app.
    std::mem::forget(handle);
    built
}

/// Builds `build` when its turn comes. It joins the queue when the page reaches it, so parts are
/// built in page order whether the section's view made them up front or on the way.
pub fn later<V: IntoView + 'static>(build: impl FnOnce() -> V + 'static) -> AnyView {
    later_any(Box::new(move || build().into_any()))
}

/// [`later`] with the view's type erased: one copy of the reactive machinery for every part
/// (one per view type cost about 8 KB gzip of wasm for seven kinds of part).
fn later_any(build: Box<dyn FnOnce() -> AnyView>) -> AnyView {
    let ready = RwSignal::new(false);
    let build = StoredValue::new_local(Some(build));
    (move || {
        // A part that a flushed part brings along (the section's cards) is built at once too.
        if !ready.get() && !FLUSHING.with(Cell::get) {
            // Runs once in this state: the signal only ever turns true.
            enqueue(ready);
            return None;
        }
        build.try_update_value(Option::take).flatten().map(|b| b())
    })
    .into_any()
}

/// Queues a part: `ready` becomes true when its turn comes.
fn enqueue(ready: RwSignal<bool>) {
    set_built(false);
    QUEUE.with(|q| {
        q.borrow_mut()
            .push_back(Box::new(move || ready.try_set(true).is_none()))
    });
    if !PUMPING.with(|p| p.replace(true)) {
        set_timeout(pump, Duration::ZERO);
    }
}

/// Builds every waiting card now (printing, reading aloud): they appear with the next update.
pub fn flush() {
    FLUSHING.with(|f| f.set(true));
    while next_turn() {}
    set_built(true);
    // The parts built now build theirs in this task's microtasks; later ones queue again.
    set_timeout(|| FLUSHING.with(|f| f.set(false)), Duration::ZERO);
}

/// Whether every card of the section on screen has been built.
pub fn is_built() -> bool {
    QUEUE.with(|q| q.borrow().is_empty())
}

/// One card per task, until the queue is empty.
fn pump() {
    next_turn();
    if is_built() {
        PUMPING.with(|p| p.set(false));
        set_built(true);
    } else {
        set_timeout(pump, Duration::ZERO);
    }
}

/// Gives the next card its turn, skipping those that went away; false when none was built.
fn next_turn() -> bool {
    loop {
        let Some(turn) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
            return false;
        };
        if turn() {
            return true;
        }
    }
}

/// Sets the signal, and `data-built` on `<html>` for tests and tools that wait for the whole
/// section.
fn set_built(value: bool) {
    if let Some(b) = BUILT.with(|b| b.get()) {
        if b.get_untracked() != value {
            b.set(value);
            if let Some(root) = document().document_element() {
                let _ = if value {
                    root.set_attribute("data-built", "")
                } else {
                    root.remove_attribute("data-built")
                };
            }
        }
    }
}
