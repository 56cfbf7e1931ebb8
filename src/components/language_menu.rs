//! The language menu in the masthead: each language named in itself. Choosing one puts `lang=`
//! into the address and loads the page again in that language, with the section and every
//! setting (they are all in the address).

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

/// Shows the lesson in language `code`: the address gets `lang=` with every setting, and the page
/// loads again from it (from the cache), so the section and the settings stay and every word,
/// the first screen's included, comes in the new language; tokens still at the old language's
/// defaults are not in the address and take the new one's.
pub fn switch(state: LessonState, code: &str) {
    let Some(language) = languages::find(code) else {
        return;
    };
    let mut params = state.params();
    params.lang = Some(language.code);
    crate::browser::replace_query(&params.to_query());
    let _ = window().location().reload();
}
