//! Which predictions and challenges a student has done (answered, skipped or met), kept in this
//! browser like the quiz's best score. The cards (`crate::predict_box`) write it and fire
//! [`PROGRESS_EVENT`]; the app reads it for the section list, the pager and each card's "Done".

use crate::params::Section;
use leptos::prelude::*;

/// Where the done predictions and challenges are kept: their ids, comma-separated.
pub const STORAGE_KEY: &str = "softmax-lab:progress";

/// The event (on `window`) a card fires after it has changed what is kept.
pub const PROGRESS_EVENT: &str = "softmax-lab:progress";

/// The predictions and challenges each section has on the page, by id (`crate::predict` holds
/// their questions and answers; a test keeps the two in step).
pub const ON_THE_PAGE: [(Section, &[&str]); 1] = [(
    Section::Softmax,
    &["softmax-add", "softmax-double", "softmax-forty"],
)];

/// The ids in a kept list: comma-separated, blanks and repeats left out.
///
/// ```
/// use softmax_lab::progress::parse;
/// assert_eq!(parse("softmax-add,,softmax-add, softmax-forty"), ["softmax-add", "softmax-forty"]);
/// ```
pub fn parse(kept: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in kept.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|d| d == id) {
            out.push(id.to_string());
        }
    }
    out
}

/// `(done, on the page)` for `section`: how many of its predictions and challenges are in
/// `done`, and how many it has. `(0, 0)` for a section without any.
///
/// ```
/// use softmax_lab::params::Section;
/// use softmax_lab::progress::counts;
/// assert_eq!(counts(&["softmax-add".into()], Section::Softmax), (1, 3));
/// assert_eq!(counts(&[], Section::Quiz), (0, 0));
/// ```
pub fn counts(done: &[String], section: Section) -> (usize, usize) {
    ON_THE_PAGE
        .iter()
        .find(|(s, _)| *s == section)
        .map_or((0, 0), |(_, ids)| {
            let n = ids
                .iter()
                .filter(|id| done.iter().any(|d| d == *id))
                .count();
            (n, ids.len())
        })
}

/// What is kept in this browser now (nothing if storage is blocked, as in some embeds).
pub fn kept() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let stored = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        parse(&stored.unwrap_or_default())
    }
    #[cfg(not(target_arch = "wasm32"))]
    Vec::new()
}

/// Keeps `done` (the lesson's [`crate::state::LessonState::done`]) equal to what is kept, read
/// again whenever a card says it changed it, for as long as the lesson is mounted.
pub fn follow_progress(done: RwSignal<Vec<String>>) {
    let handle = window_event_listener_untyped(PROGRESS_EVENT, move |_| done.set(kept()));
    on_cleanup(move || handle.remove());
}
