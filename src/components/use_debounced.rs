//! `use_debounced`: call a function once its argument has rested for a while.

use leptos::prelude::*;
use std::time::Duration;

/// A debounced function: [`Debounced::call`] restarts the wait; only the last argument given
/// within `delay` reaches the function. A pending call is dropped when the owner unmounts.
pub struct Debounced<T: 'static> {
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    run: StoredValue<Box<dyn Fn(T)>, LocalStorage>,
    delay: Duration,
}

impl<T: 'static> Clone for Debounced<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Debounced<T> {}

impl<T: 'static> Debounced<T> {
    /// Runs the function with `arg` after `delay`, unless another call comes first.
    pub fn call(&self, arg: T) {
        self.cancel();
        let run = self.run;
        let handle = set_timeout_with_handle(
            move || {
                // The owner may have gone while the timer ran.
                run.try_with_value(|f| f(arg));
            },
            self.delay,
        )
        .ok();
        self.pending.try_set_value(handle);
    }

    /// Drops the pending call, if any.
    pub fn cancel(&self) {
        if let Some(Some(h)) = self.pending.try_get_value() {
            h.clear();
        }
    }
}

/// `f`, debounced by `delay`. The URL is rewritten this way (a drag fires 60 events a second; the
/// address bar needs one), and the live region announces a result once a slider rests.
pub fn use_debounced<T: 'static>(delay: Duration, f: impl Fn(T) + 'static) -> Debounced<T> {
    let d = Debounced {
        pending: StoredValue::new_local(None),
        run: StoredValue::new_local(Box::new(f) as Box<dyn Fn(T)>),
        delay,
    };
    on_cleanup(move || d.cancel());
    d
}
