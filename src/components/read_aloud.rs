//! "Read aloud": the browser's own speech synthesis reads the section's prose, with play, pause
//! and stop. No audio files; the buttons are left out where the browser cannot speak.

use super::build_queue;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

/// What is read: headings, paragraphs and captions of the section, not the numbers in its tables,
/// readouts and controls (a screen reader reaches those on its own).
const PROSE: &str = ".section-head__title, .section-body :is(h2, h3, p, li, figcaption, legend, .quiz-q__options label):not(details *, .readouts *, .sum, .visually-hidden)";

/// The read-aloud buttons for the section on screen. Speech stops when the section changes
/// (this component is rebuilt with it) or the page is left. Pause and Stop look and say they are
/// unavailable (`aria-disabled`) until reading has started, and again once it has ended.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let Some(synth) = window()
        .speech_synthesis()
        .ok()
        .filter(|s| !s.is_undefined())
    else {
        return ().into_any();
    };
    let stop_synth = synth.clone();
    on_cleanup(move || stop_synth.cancel());
    let (play_synth, pause_synth) = (synth.clone(), synth.clone());
    // Reading (paused or not), and paused: what Pause and Stop offer.
    let reading = RwSignal::new(false);
    let paused = RwSignal::new(false);
    let play = move |_| {
        paused.set(false);
        if play_synth.paused() {
            play_synth.resume();
        } else if !play_synth.speaking() {
            reading.set(true);
            if build_queue::is_built() {
                speak_section(&play_synth, reading);
            } else {
                // Cards still waiting are built first, and read once they are on the page.
                build_queue::flush();
                let synth = play_synth.clone();
                set_timeout(
                    move || speak_section(&synth, reading),
                    std::time::Duration::ZERO,
                );
            }
        }
    };
    let pause = move |_| {
        pause_synth.pause();
        paused.set(reading.get_untracked());
    };
    let stop = move |_| {
        synth.cancel();
        reading.set(false);
        paused.set(false);
    };
    let off = |on: bool| (!on).then_some("true");
    view! {
        <div class="read-aloud" role="group" aria-label=t(shell::READ_ALOUD_GROUP)>
            <button class="button" data-testid="read-play" on:click=play><span aria-hidden="true">"\u{25b6} "</span>{t(shell::READ_ALOUD)}</button>
            <button class="button" data-testid="read-pause" aria-disabled=move || off(reading.get() && !paused.get()) on:click=pause><span aria-hidden="true">"\u{2016} "</span>{t(shell::READ_PAUSE)}</button>
            <button class="button" data-testid="read-stop" aria-disabled=move || off(reading.get()) on:click=stop><span aria-hidden="true">"\u{25a0} "</span>{t(shell::READ_STOP)}</button>
        </div>
    }
    .into_any()
}

/// Queues the section's prose, one utterance per block (long utterances stall in some browsers);
/// `reading` goes false when the last one ends.
fn speak_section(synth: &SpeechSynthesis, reading: RwSignal<bool>) {
    let Ok(blocks) = document().query_selector_all(PROSE) else {
        reading.set(false);
        return;
    };
    let mut last = None;
    for i in 0..blocks.length() {
        let Some(text) = blocks.item(i).and_then(|b| b.text_content()) else {
            continue;
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        if let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) {
            utterance.set_lang(&crate::text::current_language());
            synth.speak(&utterance);
            last = Some(utterance);
        }
    }
    match last {
        Some(u) => {
            let ended = wasm_bindgen::closure::Closure::once_into_js(move || {
                reading.try_set(false);
            });
            u.set_onend(Some(ended.unchecked_ref()));
        }
        None => reading.set(false),
    }
}
