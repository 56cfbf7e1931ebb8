//! One row of the token editor: the token's name, its logit slider with a number box, its
//! probability and a remove button. The softmax playground and the sampling section list these.

use crate::components::Slider;
use crate::derived::Derived;
use crate::format::fixed;
use crate::params::{LOGIT_RANGE, MIN_TOKENS};
use crate::state::use_lesson;
use crate::text::keys::shell;
use crate::text::t;
use crate::tr;
use leptos::prelude::*;

/// One token: its name box, its logit slider and a remove button.
#[component]
pub fn TokenRow(
    /// Which token, from 0.
    index: usize,
    /// Whether its name can be edited and the row removed.
    #[prop(into)]
    editable: Signal<bool>,
) -> impl IntoView {
    let state = use_lesson();
    let name = Signal::derive(move || {
        state
            .tokens
            .with(|t| t.get(index).cloned().unwrap_or_default())
    });
    let value = Signal::derive(move || state.logits.with(|z| z.get(index).copied().unwrap_or(0.0)));
    let valuetext = Callback::new(move |v: f64| {
        let p = state.probs.with(|p| p.get(index).copied().unwrap_or(0.0));
        tr!(
            shell::TOKEN_VALUETEXT,
            name.get_untracked(),
            fixed(v, 1),
            fixed(p, 3)
        )
    });
    let count = Derived::new(move || state.tokens.with(|t| t.len()));
    let swatch = move || state.probs.with(|p| p.get(index).copied().unwrap_or(0.0));
    view! {
        <div class="token-row">
            <Show
                when=move || editable.get()
                fallback=move || view! { <span class="token-row__name">{name}</span> }
            >
                <input
                    class="token-row__name-input"
                    type="text"
                    maxlength="24"
                    aria-label=move || tr!(shell::TOKEN_NAME, (index + 1).to_string())
                    prop:value=name
                    on:change:target=move |ev| {
                        let kept = state.rename(index, &ev.target().value());
                        ev.target().set_value(&kept);
                    }
                />
            </Show>
            <Slider
                id=format!("logit-{index}")
                label=Signal::derive(move || tr!(shell::TOKEN_LOGIT, name.get()))
                value=value
                on_change=Callback::new(move |v| state.set_logit(index, v))
                min=LOGIT_RANGE.0
                max=LOGIT_RANGE.1
                step=0.1
                decimals=1
                valuetext=valuetext
                compact=true
            />
            <span class="token-row__prob" aria-hidden="true">{move || fixed(swatch(), 3)}</span>
            <Show when=move || editable.get()>
                <button
                    class="icon-button"
                    aria-label=move || tr!(shell::TOKEN_REMOVE, name.get())
                    title=t(shell::TOKEN_REMOVE_TITLE)
                    disabled=move || { count.get() <= MIN_TOKENS }
                    on:click=move |_| {
                        state.remove_token(index);
                        // Keep the keyboard in the list: the row that took this place, or the last.
                        let n = count.get_untracked();
                        let row = (index + 1).min(n);
                        let target = if n > MIN_TOKENS { "icon-button" } else { "token-row__name-input" };
                        crate::browser::focus_soon(format!(".token-row:nth-child({row}) .{target}"));
                    }
                >
                    "\u{2715}"
                </button>
            </Show>
        </div>
    }
}
