//! The language menu in the masthead: each language named in itself. Choosing one loads its text
//! for the shell and the section on screen, then the page is drawn again in it; the section and
//! every setting stay (they live in the state, not in the page), and the link gains `lang=`.

use crate::state::{use_lesson, LessonState};
use crate::text::keys::shell;
use crate::text::languages::{self, LANGUAGES};
use crate::text::t;
use leptos::prelude::*;

/// A `<select>` of [`LANGUAGES`], shown when the lesson has more than one.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let state = use_lesson();
    let options = LANGUAGES
        .iter()
        .map(|l| {
            view! {
                <option value=l.code lang=l.code selected=move || state.language.get() == l.code>
                    {l.name}
                </option>
            }
        })
        .collect_view();
    (LANGUAGES.len() > 1).then(|| {
        view! {
            <label class="language-menu">
                <span class="visually-hidden">{t(shell::LANGUAGE_LABEL)}</span>
                <select class="language-menu__select" data-testid="language"
                    on:change:target=move |ev| switch(state, &ev.target().value())>
                    {options}
                </select>
            </label>
        }
    })
}

/// Shows the lesson in language `code`: its words for the shell and the section on screen are
/// fetched first, so the page never shows a mix; tokens still at the old language's defaults
/// become the new one's.
pub fn switch(state: LessonState, code: &str) {
    let Some(language) = languages::find(code) else {
        return;
    };
    if language.code == state.language.get_untracked() {
        return;
    }
    let section = state.section.get_untracked();
    let old_defaults = crate::params::default_tokens();
    crate::text::switch_to(language.code, vec![0, section.text_file()], move |ok| {
        if !ok {
            return;
        }
        if state.tokens.get_untracked() == old_defaults {
            state.tokens.set(crate::params::default_tokens());
        }
        state.lang.set(Some(language.code));
        state.language.set(language.code);
    });
}
