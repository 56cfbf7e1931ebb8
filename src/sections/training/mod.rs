//! Section 5, the training loop: a bigram model trained live by gradient descent on
//! cross-entropy, with training and validation loss curves, its predictions, and the loss at
//! every position of a sequence. One file per card; the run and its numbers are in [`model`].

pub mod loop_card;
pub mod model;
mod positions;
mod predict;

use crate::components::{use_animation_frame, AnimationFrame, LiveAnnouncer};
use crate::derived::Derived;
use crate::format::fixed;
use crate::section::Section;
use crate::state::use_lesson;
use crate::text::keys::training as k;
use crate::tr;
use leptos::prelude::*;
use loop_card::LoopCard;
use model::Run;
use positions::Positions;
use predict::Predict;

/// Section 5.
#[component]
pub fn TrainingSection() -> impl IntoView {
    let state = use_lesson();
    let run = RwSignal::new(Run::new(
        state.seed.get_untracked(),
        state.train.get_untracked() as usize,
    ));
    // While training runs, the tables and the cards below the chart follow a copy of the run
    // taken four times a second: only the chart and the readouts change every frame.
    let copy = RwSignal::new(run.get_untracked());
    let since = StoredValue::new(0.0);
    let frames_slot: StoredValue<Option<AnimationFrame>> = StoredValue::new(None);
    let frames = use_animation_frame(move |dt| {
        let (lr, speed) = (state.lr.get_untracked(), state.speed.get_untracked());
        run.update(|r| {
            r.advance(lr, speed, dt);
        });
        since.update_value(|t| *t += dt);
        if since.get_value() >= 250.0 {
            since.set_value(0.0);
            copy.set(run.get_untracked());
        }
        if run.with_untracked(Run::finished) {
            if let Some(f) = frames_slot.get_value() {
                f.pause();
            }
        }
    });
    frames_slot.set_value(Some(frames));
    let frames_running = move || frames_slot.get_value().is_some_and(|f| f.is_running());
    let shown = Derived::new(move || {
        if frames_running() {
            copy.get()
        } else {
            run.get()
        }
    });
    // A new seed or training set is a new model: start again from untrained weights.
    Effect::watch(
        move || (state.seed.get(), state.train.get()),
        move |&(seed, train), _, _| {
            frames.pause();
            run.set(Run::new(seed, train as usize));
        },
        false,
    );
    // Announced when a run pauses, not every frame.
    let summary = Signal::derive(move || {
        if frames.is_running() {
            return String::new();
        }
        run.with(|r| {
            let (t, v) = r.history().last().copied().unwrap_or_default();
            tr!(k::SUMMARY, r.steps().to_string(), fixed(t, 3), fixed(v, 3))
        })
    });
    view! {
        <div class="section-intro">
            <p class="lede">{Section::Training.lede()}</p>
        </div>
        <LoopCard run=run shown=shown frames=frames/>
        <Predict run=shown/>
        <Positions run=shown/>
        <LiveAnnouncer text=summary/>
    }
}
