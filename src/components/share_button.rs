//! "Share / embed", beside the section's title. The dialog it opens is its own wasm module
//! (`crate::share_box`), fetched the first time the button is pressed (a few lines of script in
//! index.html add its loader then), so the first load carries none of it.

use crate::state::use_lesson;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// The settings a shared link carries: also the language on screen when it is not the default,
/// even if the browser chose it (whoever opens the link may prefer another).
fn shared(state: crate::state::LessonState) -> crate::params::Params {
    let mut p = state.params();
    let language = state.language.get_untracked();
    if p.lang.is_none() && language != crate::text::languages::LANGUAGES[0].code {
        p.lang = Some(language);
    }
    p
}

/// The button. Pressing it writes the settings into the address at once (it is otherwise
/// brought up to date a moment after a slider rests), so the dialog reads what is on screen.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = use_lesson();
    view! {
        <button class="button share-button" aria-haspopup="dialog" data-testid="share" data-failed=t(shell::SHARE_LOAD_FAILED)
            on:click=move |_| crate::browser::replace_query(&shared(state).to_query())>
            {t(shell::SHARE_BUTTON)}
        </button>
    }
}
