//! The "Share / embed" button and its dialog: a link and an iframe snippet for the section on
//! screen, with the instructor's choice of starting values, theme and hidden controls.
//!
//! The choices are signals, and the link and snippet are derived from them and from the lesson's
//! state; they are only worked out while the dialog is open.

use super::build_queue;
use crate::derived::Derived;
use crate::params::{Control, ThemeChoice};
use crate::share::{frame_height, iframe_snippet, share_url, shared_params, ShareOptions};
use crate::state::use_lesson;
use leptos::html::{Dialog, Textarea};
use leptos::prelude::*;

/// The instructor's choices in the dialog, and whether it is open.
#[derive(Clone, Copy)]
struct Choices {
    open: RwSignal<bool>,
    from_defaults: RwSignal<bool>,
    theme: RwSignal<ThemeChoice>,
    hide: RwSignal<Vec<Control>>,
    /// The section's height when the dialog opened: a first guess for the frame's height.
    height: RwSignal<f64>,
    /// What the last copy did.
    status: RwSignal<String>,
}

/// The button, and the modal dialog it opens (Escape or "Close" shut it).
#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_lesson();
    let dialog = NodeRef::<Dialog>::new();
    let c = Choices {
        open: RwSignal::new(false),
        from_defaults: RwSignal::new(false),
        theme: RwSignal::new(ThemeChoice::Auto),
        hide: RwSignal::new(Vec::new()),
        height: RwSignal::new(0.0),
        status: RwSignal::new(String::new()),
    };
    let open = move |_| {
        // Start from the page's own theme and hidden controls.
        c.theme.set(state.theme.get_untracked());
        let hidden = state.hide.get_untracked();
        c.hide.set(
            Control::ALL
                .into_iter()
                .filter(|x| hidden.contains(x))
                .collect(),
        );
        c.status.set(String::new());
        c.height.set(section_height());
        c.open.set(true);
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        } else {
            // Not built yet: build it (and what waits before it), then open it.
            build_queue::flush();
            set_timeout(
                move || {
                    if let Some(d) = dialog.get_untracked() {
                        let _ = d.show_modal();
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    };
    // (link, iframe snippet), empty while the dialog is shut.
    let texts = Derived::new(move || {
        if !c.open.get() {
            return (String::new(), String::new());
        }
        let opts = ShareOptions {
            from_defaults: c.from_defaults.get(),
            theme: c.theme.get(),
            hide: c.hide.get(),
        };
        let current = state.params();
        let location = window().location();
        let page = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let title = format!("Softmax Lab: {}", current.section.title());
        let link = share_url(&page, &shared_params(&current, &opts, false));
        let src = share_url(&page, &shared_params(&current, &opts, true));
        let snippet = iframe_snippet(&src, &title, frame_height(c.height.get()));
        (link, snippet)
    });
    let link = Signal::derive(move || texts.with(|t| t.0.clone()));
    let snippet = Signal::derive(move || texts.with(|t| t.1.clone()));
    let hide_boxes = Control::ALL
        .into_iter()
        .map(|control| {
            view! {
                <label class="check">
                    <input type="checkbox" id=format!("share-hide-{}", control.id())
                        prop:checked=move || c.hide.with(|h| h.contains(&control))
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            // Kept in the dialog's order, whatever order they were ticked in.
                            c.hide.update(|h| {
                                *h = Control::ALL
                                    .into_iter()
                                    .filter(|x| if *x == control { on } else { h.contains(x) })
                                    .collect();
                            });
                        }/>
                    {control.label()}
                </label>
            }
        })
        .collect_view();
    let themes = [
        (ThemeChoice::Auto, "Follow the reader\u{2019}s system"),
        (ThemeChoice::Light, "Light"),
        (ThemeChoice::Dark, "Dark"),
        (ThemeChoice::Contrast, "High contrast, for projectors"),
    ]
    .into_iter()
    .map(|(t, label)| view! { <option value=t.id() selected=move || c.theme.get() == t>{label}</option> })
    .collect_view();
    // Built after the section's first card, like the cards below it: nobody opens it sooner.
    let dialog_view = move || {
        view! {
            <dialog class="share" aria-labelledby="share-title" data-testid="share-dialog" node_ref=dialog
                on:close=move |_| c.open.set(false)>
                <div class="share__body">
                <h2 id="share-title" class="share__title">"Share or embed this section"</h2>
                <div class="share__options">
                    <fieldset>
                        <legend>"Start from"</legend>
                        <label class="check">
                            <input type="radio" name="share-from" value="current"
                                prop:checked=move || !c.from_defaults.get()
                                on:change=move |_| c.from_defaults.set(false)/>
                            "The values on screen now"
                        </label>
                        <label class="check">
                            <input type="radio" name="share-from" value="defaults" id="share-defaults"
                                prop:checked=move || c.from_defaults.get()
                                on:change=move |_| c.from_defaults.set(true)/>
                            "The lesson\u{2019}s defaults"
                        </label>
                    </fieldset>
                    <fieldset>
                        <legend><label for="share-theme">"Theme"</label></legend>
                        <select id="share-theme" on:change:target=move |ev| {
                            c.theme.set(ThemeChoice::from_id(&ev.target().value()).unwrap_or_default());
                        }>
                            {themes}
                        </select>
                    </fieldset>
                    <fieldset>
                        <legend>"Hide these controls"</legend>
                        {hide_boxes}
                    </fieldset>
                </div>
                <CopyField id="share-link" label="Link to this section" button="Copy link" done="Link copied." rows=3 text=link status=c.status/>
                <CopyField id="share-iframe" label="Embed code for a course page" button="Copy embed code" done="Embed code copied." rows=5 text=snippet status=c.status/>
                {lms_download()}
                <p class="share__status" role="status">{move || c.status.get()}</p>
                <form method="dialog" class="share__close">
                    <button class="button button--primary">"Close"</button>
                </form>
                </div>
            </dialog>
        }
    };
    view! {
        <button class="button button--quiet share-button" aria-haspopup="dialog" data-testid="share" on:click=open>
            "Share / embed"
        </button>
        {build_queue::later(dialog_view)}
    }
}

/// The SCORM package, which the release build writes beside index.html; not offered inside the
/// package itself, which is already in an LMS.
fn lms_download() -> impl IntoView {
    #[cfg(not(feature = "scorm"))]
    return view! {
        <div class="share__lms">
            <h3 class="share__subtitle">"For a learning management system"</h3>
            <p>
                "Moodle, Canvas, Blackboard and Brightspace import the whole lesson as one SCORM 1.2 \
                 package; it records each student\u{2019}s place and quiz score."
            </p>
            <a class="button" href="softmax-lab-scorm.zip" download="softmax-lab-scorm.zip" data-testid="share-scorm">
                "Download for your LMS"
            </a>
        </div>
    };
    #[cfg(feature = "scorm")]
    ()
}

/// The height of the section on screen plus room for the heading: the frame's first guess (a
/// frame that listens to the lesson's resize messages then fits it exactly). A measurement of
/// the layout, not state: the section is outside this component, so it is looked up.
fn section_height() -> f64 {
    document()
        .query_selector(".section-body")
        .ok()
        .flatten()
        .map(|m| m.get_bounding_client_rect().height() + 160.0)
        .unwrap_or(0.0)
}

/// A read-only text with a label and a copy button that says whether the clipboard took it.
#[component]
fn CopyField(
    /// Element id of the text box.
    id: &'static str,
    /// Its label.
    label: &'static str,
    /// The button's text.
    button: &'static str,
    /// What the status line says after a copy.
    done: &'static str,
    /// Visible lines of text.
    rows: u32,
    /// The text to copy.
    text: Signal<String>,
    /// The dialog's status line.
    status: RwSignal<String>,
) -> impl IntoView {
    let field = NodeRef::<Textarea>::new();
    let copy = move |_| {
        let Some(area) = field.get_untracked() else {
            return;
        };
        // Selected first, so Ctrl+C works whatever the clipboard does.
        area.select();
        let clipboard = window().navigator().clipboard();
        if clipboard.is_undefined() {
            status
                .set("The text is selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.".into());
            return;
        }
        let done_copying =
            wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text.get_untracked()));
        leptos::task::spawn_local(async move {
            status.set(if done_copying.await.is_ok() {
                done.into()
            } else {
                "The browser kept the clipboard closed: the text is selected, press Ctrl+C to copy it."
                    .into()
            });
        });
    };
    view! {
        <div class="copy-field">
            <label class="copy-field__label" for=id>{label}</label>
            <textarea id=id class="copy-field__text" readonly rows=rows spellcheck="false" node_ref=field prop:value=text></textarea>
            <button class="button" data-copy=id on:click=copy>{button}</button>
        </div>
    }
}
