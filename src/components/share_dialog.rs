//! The "Share / embed" button and its dialog: a link and an iframe snippet for the section on
//! screen, with the instructor's choice of starting values, theme and hidden controls.
//!
//! The dialog's markup is static and its few outputs are written by its event handlers, with no
//! signals of its own: built reactively it cost 10 KB of the 200 KB transfer budget, this way
//! about 2 KB. The link still follows the lesson, because the dialog is modal: nothing else
//! changes while it is open, and opening it writes everything afresh.

use crate::browser::find;
use crate::params::{ThemeChoice, HIDEABLE};
use crate::share::{frame_height, iframe_snippet, share_url, shared_params, ShareOptions};
use crate::state::{use_lesson, LessonState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};

/// The button, and the modal dialog it opens (Escape or "Close" shut it).
#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_lesson();
    let open = move |_| {
        let Some(dialog) = find::<HtmlDialogElement>("dialog.share") else {
            return;
        };
        // Start from the page's own theme and hidden controls.
        if let Some(select) = find::<HtmlSelectElement>("#share-theme") {
            select.set_value(state.theme.get_untracked().id());
        }
        let hidden = state.hide.get_untracked();
        for id in HIDEABLE {
            if let Some(b) = find::<HtmlInputElement>(&format!("#share-hide-{id}")) {
                b.set_checked(hidden.iter().any(|h| h == id));
            }
        }
        set_text(".share__status", "");
        refresh(state);
        let _ = dialog.show_modal();
    };
    view! {
        <button class="button button--quiet share-button" aria-haspopup="dialog" data-testid="share" on:click=open>
            "Share / embed"
        </button>
        <dialog class="share" aria-labelledby="share-title" data-testid="share-dialog"
            on:change=move |_| refresh(state)
            on:click=move |ev| copy_clicked(&ev)>
            // One static block: built from a single HTML string.
            <div class="share__body">
            <h2 id="share-title" class="share__title">"Share or embed this section"</h2>
            <div class="share__options">
                <fieldset>
                    <legend>"Start from"</legend>
                    <label class="check"><input type="radio" name="share-from" value="current" checked/>"The values on screen now"</label>
                    <label class="check"><input type="radio" name="share-from" value="defaults" id="share-defaults"/>"The lesson\u{2019}s defaults"</label>
                </fieldset>
                <fieldset>
                    <legend><label for="share-theme">"Theme"</label></legend>
                    <select id="share-theme">
                        <option value="auto">"Follow the reader\u{2019}s system"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark"</option>
                        <option value="contrast">"High contrast, for projectors"</option>
                    </select>
                </fieldset>
                <fieldset>
                    <legend>"Hide these controls"</legend>
                    <label class="check"><input type="checkbox" id="share-hide-nav"/>"Section navigation"</label>
                    <label class="check"><input type="checkbox" id="share-hide-editor"/>"Token editor"</label>
                    <label class="check"><input type="checkbox" id="share-hide-presets"/>"Preset buttons"</label>
                    <label class="check"><input type="checkbox" id="share-hide-shift"/>"Shift buttons"</label>
                    <label class="check"><input type="checkbox" id="share-hide-arithmetic"/>"Step-by-step arithmetic"</label>
                </fieldset>
            </div>
            <div class="copy-field">
                <label class="copy-field__label" for="share-link">"Link to this section"</label>
                <textarea id="share-link" class="copy-field__text" readonly rows="3" spellcheck="false"></textarea>
                <button class="button" data-copy="share-link">"Copy link"</button>
            </div>
            <div class="copy-field">
                <label class="copy-field__label" for="share-iframe">"Embed code for a course page"</label>
                <textarea id="share-iframe" class="copy-field__text" readonly rows="5" spellcheck="false"></textarea>
                <button class="button" data-copy="share-iframe">"Copy embed code"</button>
            </div>
            <p class="share__status" role="status"></p>
            <form method="dialog" class="share__close">
                <button class="button button--primary">"Close"</button>
            </form>
            </div>
        </dialog>
    }
}

/// Sets the text of the element matching `selector`.
fn set_text(selector: &str, text: &str) {
    if let Some(el) = find::<Element>(selector) {
        el.set_text_content(Some(text));
    }
}

/// Reads the dialog's choices and writes the link and the iframe snippet.
fn refresh(state: LessonState) {
    let opts = ShareOptions {
        from_defaults: find::<HtmlInputElement>("#share-defaults").is_some_and(|r| r.checked()),
        theme: find::<HtmlSelectElement>("#share-theme")
            .and_then(|s| ThemeChoice::from_id(&s.value()))
            .unwrap_or_default(),
        hide: HIDEABLE
            .into_iter()
            .filter(|id| {
                find::<HtmlInputElement>(&format!("#share-hide-{id}")).is_some_and(|b| b.checked())
            })
            .map(String::from)
            .collect(),
    };
    let location = window().location();
    let page = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let current = untrack(|| state.params());
    // The section's height on this screen is a fair first guess for the frame; a frame that
    // listens to the lesson's resize messages then fits it exactly.
    let height = find::<Element>(".section-body")
        .map(|m| m.get_bounding_client_rect().height() + 160.0)
        .unwrap_or(0.0);
    let title = format!("Softmax Lab: {}", current.section.title());
    let link = share_url(&page, &shared_params(&current, &opts, false));
    let src = share_url(&page, &shared_params(&current, &opts, true));
    for (id, text) in [
        ("#share-link", link),
        (
            "#share-iframe",
            iframe_snippet(&src, &title, frame_height(height)),
        ),
    ] {
        if let Some(field) = find::<HtmlTextAreaElement>(id) {
            field.set_value(&text);
        }
    }
}

/// A click on a "Copy" button: selects its text (so Ctrl+C works whatever happens), copies it
/// and says whether the clipboard took it.
fn copy_clicked(ev: &web_sys::MouseEvent) {
    let Some(id) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|b| b.get_attribute("data-copy"))
    else {
        return;
    };
    let Some(field) = find::<HtmlTextAreaElement>(&format!("#{id}")) else {
        return;
    };
    field.select();
    let what = if id == "share-link" {
        "Link copied."
    } else {
        "Embed code copied."
    };
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        set_text(
            ".share__status",
            "The text is selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.",
        );
        return;
    }
    let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&field.value()));
    leptos::task::spawn_local(async move {
        set_text(
            ".share__status",
            if done.await.is_ok() {
                what
            } else {
                "The browser kept the clipboard closed: the text is selected, press Ctrl+C to copy it."
            },
        );
    });
}
