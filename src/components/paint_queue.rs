//! Charts' first paints, one per animation frame in the order they were asked for (the page's
//! order), so a section's charts do not all draw in the task that builds it. Later repaints (a
//! slider moving) do not queue: they are drawn in the next frame.

use leptos::prelude::request_animation_frame;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

thread_local! {
    static FIRST_PAINTS: RefCell<VecDeque<Box<dyn FnOnce()>>> = const { RefCell::new(VecDeque::new()) };
    static FRAME_BOOKED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `paint` in a coming frame: the next one, or, for a first paint, the first frame no
/// earlier first paint has taken.
pub fn paint_in_frame(first: bool, paint: impl FnOnce() + 'static) {
    if !first {
        request_animation_frame(paint);
        return;
    }
    FIRST_PAINTS.with(|q| q.borrow_mut().push_back(Box::new(paint)));
    if !FRAME_BOOKED.with(|b| b.replace(true)) {
        request_animation_frame(next_first_paint);
    }
}

/// Whether no first paint is waiting for its frame.
pub fn is_idle() -> bool {
    FIRST_PAINTS.with(|q| q.borrow().is_empty())
}

fn next_first_paint() {
    let paint = FIRST_PAINTS.with(|q| q.borrow_mut().pop_front());
    if let Some(paint) = paint {
        paint();
    }
    if FIRST_PAINTS.with(|q| q.borrow().is_empty()) {
        FRAME_BOOKED.with(|b| b.set(false));
    } else {
        request_animation_frame(next_first_paint);
    }
}
