//! The dialog itself: built anew each time it opens (for the section and settings on screen),
//! its choices kept from one opening to the next, the link and embed code written again on
//! every change.

use super::fields::{copy_field, dropdown, fieldset, lms_download, radio};
use super::refresh::refresh;
use crate::dom::{add, attr, button, document, el, on, text_el};
use crate::params::{Control, Params, ThemeChoice};
use crate::share::{control_label, hideable, share_url, shared_params, ShareOptions};
use crate::text::keys::share as k;
use crate::text::{t, Msg};
use crate::tr;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};

/// Narrowest frames a fixed height can be measured for: (CSS px, what the dialog says).
const WIDTHS: [(u32, Msg<1>); 3] = [
    (360, k::WIDTH_PHONES),
    (768, k::WIDTH_TABLETS),
    (1024, k::WIDTH_LAPTOPS),
];

thread_local! {
    /// Choices that last from one opening to the next: start from the defaults, a script (else
    /// a fixed height), and the narrowest frame.
    static KEPT: Cell<(bool, bool, u32)> = const { Cell::new((false, true, 360)) };
}

/// The open dialog: what it was opened on, the instructor's choices and the elements it writes.
pub(super) struct Share {
    pub(super) params: Params,
    /// This page's address without its query, and its origin.
    pub(super) page: String,
    pub(super) origin: String,
    /// The section's height on this screen: the scripted frame's first height.
    pub(super) height: f64,
    pub(super) from_defaults: Cell<bool>,
    pub(super) theme: Cell<ThemeChoice>,
    pub(super) hide: RefCell<Vec<Control>>,
    pub(super) script: Cell<bool>,
    pub(super) width: Cell<u32>,
    /// The last measurement: embed link, frame width, height (`None`: could not be measured).
    pub(super) measured: RefCell<Option<(String, u32, Option<f64>)>>,
    /// What a measurement under way is for.
    pub(super) measuring: RefCell<Option<(String, u32)>>,
    pub(super) link: HtmlTextAreaElement,
    pub(super) code: HtmlTextAreaElement,
    pub(super) hint: Element,
    pub(super) width_row: Element,
    pub(super) status: Element,
    /// The text the status line speaks of: it is cleared once that text is no longer shown.
    pub(super) copied: RefCell<String>,
}

impl Share {
    pub(super) fn options(&self) -> ShareOptions {
        ShareOptions {
            from_defaults: self.from_defaults.get(),
            theme: self.theme.get(),
            hide: self.hide.borrow().clone(),
        }
    }

    pub(super) fn src(&self) -> String {
        share_url(
            &self.page,
            &shared_params(&self.params, &self.options(), true),
        )
    }
}

/// Builds the dialog for the section and settings in the address, and opens it.
pub fn open() {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("share-dialog") {
        if old.has_attribute("open") {
            return;
        }
        old.remove();
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (params, _) = Params::from_query(&location.search().unwrap_or_default());
    let origin = location.origin().unwrap_or_default();
    let page = format!("{origin}{}", location.pathname().unwrap_or_default());
    let height = doc
        .query_selector(".section-body")
        .ok()
        .flatten()
        .map(|m| m.get_bounding_client_rect().height() + 160.0)
        .unwrap_or(0.0);
    let (from_defaults, script, width) = KEPT.with(Cell::get);
    let section = params.section;
    let hide = hideable(section)
        .iter()
        .copied()
        .filter(|c| params.hides(*c))
        .collect();

    let dialog = el("dialog", "share");
    for (k, v) in [
        ("id", "share-dialog"),
        ("aria-labelledby", "share-title"),
        ("data-testid", "share-dialog"),
    ] {
        attr(&dialog, k, v);
    }
    let body = el("div", "share__body");
    add(&dialog, &body);
    let title = text_el("h2", "share__title", &t(k::TITLE));
    title.set_id("share-title");
    add(&body, &title);
    let options = el("div", "share__options");
    add(&body, &options);
    let link = copy_field(&body, "share-link", &t(k::LINK_LABEL), 3);
    let fit = fieldset(&body, &t(k::FIT));
    fit.set_class_name("share__fit");
    let hint = text_el("p", "share__hint", "");
    attr(&hint, "data-testid", "share-fit-hint");
    let width_row = text_el("label", "share__width", &t(k::NARROWEST_FRAME));
    let code_parent = el("div", "");
    let code = copy_field(&code_parent, "share-iframe", &t(k::CODE_LABEL), 5);
    let status = text_el("p", "share__status", "");
    attr(&status, "role", "status");

    let share = Rc::new(Share {
        params,
        page,
        origin,
        height,
        from_defaults: Cell::new(from_defaults),
        theme: Cell::new(ThemeChoice::Auto),
        hide: RefCell::new(hide),
        script: Cell::new(script),
        width: Cell::new(width),
        measured: RefCell::new(None),
        measuring: RefCell::new(None),
        link,
        code,
        hint,
        width_row,
        status,
        copied: RefCell::new(String::new()),
    });
    share.theme.set(share.params.theme);

    // Start from.
    let from = fieldset(&options, &t(k::START_FROM));
    let [_, defaults] = yes_no(
        &share,
        &from,
        "share-from",
        [
            ("current", t(k::FROM_CURRENT), false),
            ("defaults", t(k::FROM_DEFAULTS), true),
        ],
        |s| &s.from_defaults,
    );
    defaults.set_id("share-defaults");
    // Theme.
    let theme_set = fieldset(&options, "");
    let legend = theme_set
        .first_element_child()
        .expect("a fieldset has its legend");
    let theme_label = text_el("label", "", &t(k::THEME));
    attr(&theme_label, "for", "share-theme");
    add(&legend, &theme_label);
    let themes = [
        (ThemeChoice::Auto, k::THEME_AUTO),
        (ThemeChoice::Light, k::THEME_LIGHT),
        (ThemeChoice::Dark, k::THEME_DARK),
        (ThemeChoice::Contrast, k::THEME_CONTRAST),
    ];
    let select = dropdown(
        &theme_set,
        "share-theme",
        themes
            .iter()
            .map(|(theme, l)| (theme.id().to_string(), t(*l), *theme == share.theme.get())),
    );
    {
        let s = share.clone();
        let sel = select.clone();
        on(&select, "change", move |_| {
            s.theme
                .set(ThemeChoice::from_id(&sel.value()).unwrap_or_default());
            refresh(&s);
        });
    }
    // Hide these controls: the section's own.
    let hide_set = fieldset(&options, &t(k::HIDE_CONTROLS));
    for &control in hideable(section) {
        let label = el("label", "check");
        let input: HtmlInputElement = el("input", "").unchecked_into();
        attr(&input, "type", "checkbox");
        input.set_id(&format!("share-hide-{}", control.id()));
        input.set_checked(share.hide.borrow().contains(&control));
        add(&label, &input);
        label
            .append_with_str_1(&control_label(control))
            .expect("text can always be appended");
        add(&hide_set, &label);
        let s = share.clone();
        let box_ = input.clone();
        on(&input, "change", move |_| {
            let on = box_.checked();
            // Kept in the dialog's order, whatever order they were ticked in.
            let now: Vec<Control> = Control::ALL
                .into_iter()
                .filter(|x| {
                    if *x == control {
                        on
                    } else {
                        s.hide.borrow().contains(x)
                    }
                })
                .collect();
            *s.hide.borrow_mut() = now;
            refresh(&s);
        });
    }
    // How the frame gets its height.
    let fits = yes_no(
        &share,
        &fit,
        "share-fit",
        [
            ("script", t(k::FIT_SCRIPT), true),
            ("fixed", t(k::FIT_FIXED), false),
        ],
        |s| &s.script,
    );
    for (input, value) in fits.iter().zip(["script", "fixed"]) {
        attr(input, "data-testid", &format!("share-fit-{value}"));
    }
    let widths = dropdown(
        &share.width_row,
        "share-width",
        WIDTHS
            .iter()
            .map(|(w, l)| (w.to_string(), tr!(*l, *w as usize), *w == share.width.get())),
    );
    add(&fit, &share.width_row);
    {
        let s = share.clone();
        let sel = widths.clone();
        on(&widths, "change", move |_| {
            s.width.set(sel.value().parse().unwrap_or(WIDTHS[0].0));
            refresh(&s);
        });
    }
    add(&body, &share.hint);
    add(&body, &code_parent);
    add(&body, &lms_download());

    // The foot: the status line and Close, always on screen.
    let foot = el("div", "share__foot");
    add(&foot, &share.status);
    let close = el("form", "share__close");
    attr(&close, "method", "dialog");
    add(
        &close,
        &text_el("button", "button button--primary", &t(k::CLOSE)),
    );
    add(&foot, &close);
    add(&dialog, &foot);

    for (area, label, done) in [
        (&share.link, k::COPY_LINK, k::LINK_COPIED),
        (&share.code, k::COPY_CODE, k::CODE_COPIED),
    ] {
        copy_button(&share, area, label, done);
    }
    {
        let s = share.clone();
        on(&dialog, "close", move |_| {
            KEPT.with(|k| k.set((s.from_defaults.get(), s.script.get(), s.width.get())));
        });
    }
    refresh(&share);
    if let Some(body) = doc.body() {
        add(&body, &dialog);
    }
    let _ = dialog.unchecked_ref::<HtmlDialogElement>().show_modal();
}

/// The copy button after `area`: selects the text (so Ctrl+C works whatever the clipboard
/// does), copies it, and says what happened in the status line.
fn copy_button(s: &Rc<Share>, area: &HtmlTextAreaElement, label: Msg<0>, done: Msg<0>) {
    let b = button("button", &t(label));
    attr(&b, "data-copy", &area.id());
    if let Some(field) = area.parent_element() {
        add(&field, &b);
    }
    let (s, area) = (s.clone(), area.clone());
    on(&b, "click", move |_| {
        area.select();
        let text = area.value();
        *s.copied.borrow_mut() = text.clone();
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
            s.status.set_text_content(Some(&t(k::COPY_BY_HAND)));
            return;
        };
        let copying = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text));
        let s = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let said = if copying.await.is_ok() {
                done
            } else {
                k::CLIPBOARD_CLOSED
            };
            s.status.set_text_content(Some(&t(said)));
        });
    });
}

/// Two radio buttons named `name` in `parent` for the yes/no choice `choice` of the dialog, each
/// (value, label, the choice it stands for). Choosing one stores it and writes the texts again.
fn yes_no(
    s: &Rc<Share>,
    parent: &Element,
    name: &str,
    options: [(&str, String, bool); 2],
    choice: fn(&Share) -> &Cell<bool>,
) -> [HtmlInputElement; 2] {
    options.map(|(value, label, on)| {
        let input = radio(parent, name, value, &label, choice(s).get() == on);
        let s = s.clone();
        crate::dom::on(&input, "change", move |_| {
            choice(&s).set(on);
            refresh(&s);
        });
        input
    })
}
