//! Which predictions and challenges a student has done (answered, skipped or met), kept in this
//! browser like the quiz's best score. The cards (`crate::predict_box`) write it and fire
//! [`PROGRESS_EVENT`]; the app reads it for the section list, the pager and each card's "Done".

use crate::params::Section;
use crate::text::keys::{
    attention, gradients, loss, overview, pitfalls, sampling, softmax, stability, training,
};
use crate::text::Msg;
use leptos::prelude::*;

/// Where the done predictions and challenges are kept: their ids, comma-separated.
pub const STORAGE_KEY: &str = "softmax-lab:progress";

/// The event (on `window`) a card fires after it has changed what is kept.
pub const PROGRESS_EVENT: &str = "softmax-lab:progress";

/// A prediction or challenge on the page: its section, its id (`crate::predict` holds its
/// question's answer or goal; a test keeps the two in step), the question its folded card shows
/// (in the section's text) and whether it is a challenge.
pub struct OnThePage {
    /// The section it is in.
    pub section: Section,
    /// Its id (`sampling-cold`).
    pub id: &'static str,
    /// The question or goal its summary shows.
    pub question: Msg<0>,
    /// A challenge (a goal), not a prediction.
    pub challenge: bool,
}

/// `OnThePage` in one line.
const fn slot(section: Section, id: &'static str, question: Msg<0>, challenge: bool) -> OnThePage {
    OnThePage {
        section,
        id,
        question,
        challenge,
    }
}

/// Every prediction and challenge on the page, in page order.
#[rustfmt::skip]
pub const ON_THE_PAGE: [OnThePage; 25] = [
    slot(Section::Overview, "overview-step", overview::PREDICT_STEP, false),
    slot(Section::Softmax, "softmax-double", softmax::PREDICT_DOUBLE, false),
    slot(Section::Softmax, "softmax-forty", softmax::CHALLENGE_FORTY, true),
    slot(Section::Softmax, "softmax-add", softmax::PREDICT_ADD, false),
    slot(Section::Sampling, "sampling-cold", sampling::PREDICT_COLD, false),
    slot(Section::Sampling, "sampling-min-p", sampling::PREDICT_MIN_P, false),
    slot(Section::Sampling, "sampling-three", sampling::CHALLENGE_THREE, true),
    slot(Section::Loss, "loss-uniform", loss::PREDICT_UNIFORM, false),
    slot(Section::Loss, "loss-drops", loss::PREDICT_DROPS, false),
    slot(Section::Loss, "loss-under", loss::CHALLENGE_UNDER, true),
    slot(Section::Gradients, "gradients-sum", gradients::PREDICT_SUM, false),
    slot(Section::Gradients, "gradients-sure", gradients::PREDICT_SURE, false),
    slot(Section::Gradients, "gradients-half", gradients::CHALLENGE_HALF, true),
    slot(Section::Training, "training-few", training::PREDICT_FEW, false),
    slot(Section::Training, "training-rate", training::PREDICT_RATE, false),
    slot(Section::Training, "training-stop", training::CHALLENGE_STOP, true),
    slot(Section::Stability, "stability-naive", stability::PREDICT_NAIVE, false),
    slot(Section::Stability, "stability-f32", stability::PREDICT_F32, false),
    slot(Section::Stability, "stability-infinite", stability::CHALLENGE_INFINITE, true),
    slot(Section::Attention, "attention-unscaled", attention::PREDICT_UNSCALED, false),
    slot(Section::Attention, "attention-uniform", attention::CHALLENGE_UNIFORM, true),
    slot(Section::Attention, "attention-zero-mask", attention::PREDICT_ZERO_MASK, false),
    slot(Section::Pitfalls, "pitfalls-twice", pitfalls::PREDICT_TWICE, false),
    slot(Section::Pitfalls, "pitfalls-after", pitfalls::PREDICT_AFTER, false),
    slot(Section::Pitfalls, "pitfalls-before", pitfalls::CHALLENGE_BEFORE, true),
];

/// The entry of `id` in [`ON_THE_PAGE`].
pub fn on_the_page(id: &str) -> Option<&'static OnThePage> {
    ON_THE_PAGE.iter().find(|s| s.id == id)
}

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
    let here = ON_THE_PAGE.iter().filter(|s| s.section == section);
    let n = here
        .clone()
        .filter(|s| done.iter().any(|d| d == s.id))
        .count();
    (n, here.count())
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
