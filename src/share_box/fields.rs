//! The dialog's form pieces, built with web-sys: fieldsets, radio buttons, drop-downs, the
//! read-only text boxes to copy from, and the SCORM download.

use crate::dom::{add, attr, el, text_el};
use crate::text::keys::share as k;
use crate::text::t;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// A `<fieldset>` in `parent` with a `<legend>` reading `legend`.
pub(super) fn fieldset(parent: &Element, legend: &str) -> Element {
    let set = el("fieldset", "");
    add(&set, &text_el("legend", "", legend));
    add(parent, &set);
    set
}

/// A radio button with its label in `parent`.
pub(super) fn radio(
    parent: &Element,
    name: &str,
    value: &str,
    label: &str,
    checked: bool,
) -> HtmlInputElement {
    let row = el("label", "check");
    let input: HtmlInputElement = el("input", "").unchecked_into();
    attr(&input, "type", "radio");
    attr(&input, "name", name);
    attr(&input, "value", value);
    input.set_checked(checked);
    add(&row, &input);
    row.append_with_str_1(label)
        .expect("text can always be appended");
    add(parent, &row);
    input
}

/// A `<select id>` in `parent` with its options: (value, label, selected).
pub(super) fn dropdown(
    parent: &Element,
    id: &str,
    options: impl Iterator<Item = (String, String, bool)>,
) -> HtmlSelectElement {
    let select: HtmlSelectElement = el("select", "").unchecked_into();
    select.set_id(id);
    for (value, label, selected) in options {
        let option = text_el("option", "", &label);
        attr(&option, "value", &value);
        if selected {
            attr(&option, "selected", "");
        }
        add(&select, &option);
    }
    add(parent, &select);
    select
}

/// A labelled, read-only text box in `parent` (its copy button is added after it).
pub(super) fn copy_field(
    parent: &Element,
    id: &str,
    label: &str,
    rows: u32,
) -> HtmlTextAreaElement {
    let field = el("div", "copy-field");
    let l = text_el("label", "copy-field__label", label);
    attr(&l, "for", id);
    add(&field, &l);
    let area: HtmlTextAreaElement = el("textarea", "copy-field__text").unchecked_into();
    area.set_id(id);
    area.set_read_only(true);
    area.set_rows(rows);
    attr(&area, "spellcheck", "false");
    add(&field, &area);
    add(parent, &field);
    area
}

/// The SCORM package, which the release build writes beside index.html.
pub(super) fn lms_download() -> Element {
    let part = el("div", "share__lms");
    add(&part, &text_el("h3", "share__subtitle", &t(k::LMS_TITLE)));
    add(&part, &text_el("p", "", &t(k::LMS_TEXT)));
    let a = text_el("a", "button", &t(k::LMS_DOWNLOAD));
    for (k, v) in [
        ("href", "softmax-lab-scorm.zip"),
        ("download", "softmax-lab-scorm.zip"),
        ("data-testid", "share-scorm"),
    ] {
        attr(&a, k, v);
    }
    add(&part, &a);
    part
}
