//! The word that came next: one button per token with its probability; the pressed one is the
//! lesson's `target`. The cross-entropy and gradient sections share it.

use crate::format::fixed;
use crate::state::use_lesson;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// One button per token, with its probability; the pressed one is the word that came next
/// (`target`).
#[component]
pub fn TargetPicker() -> impl IntoView {
    let state = use_lesson();
    let buttons = move || {
        // Only the tokens and probabilities rebuild the buttons: a click changes `target` alone,
        // so the pressed button keeps the keyboard focus.
        let probs = state.probs.get();
        state.tokens.with(|t| {
            t.iter()
                .zip(probs)
                .enumerate()
                .map(|(i, (name, p))| {
                    view! {
                        <button
                            class="chip candidate"
                            aria-pressed=move || (state.target.get() == i).to_string()
                            on:click=move |_| state.target.set(i)
                        >
                            <strong>{name.clone()}</strong>
                            <span class="num">{format!(" {}", fixed(p, 2))}</span>
                        </button>
                    }
                })
                .collect_view()
        })
    };
    view! { <div class="candidates" role="group" aria-label=t(shell::TARGET_LABEL)>{buttons}</div> }
}
