//! The few DOM calls the parts loaded on first use make (the paste box, the share dialog),
//! without a framework: they must stay small, so they build their elements directly with web-sys.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Document, Element, Event};

/// The page's document (the box only ever runs in a page).
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the parts loaded on first use run in a page")
}

/// A new `<tag class="class">` (no class when empty).
pub fn el(tag: &str, class: &str) -> Element {
    let e = document()
        .create_element(tag)
        .expect("tag names here are fixed and valid");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// A new element holding `text` as text (never parsed as HTML).
pub fn text_el(tag: &str, class: &str, text: &str) -> Element {
    let e = el(tag, class);
    e.set_text_content(Some(text));
    e
}

/// Sets attribute `name` (names here are fixed and valid, so this cannot fail).
pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// Appends `child` to `parent`.
pub fn add(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// A `<button type="button">` with `label`.
pub fn button(class: &str, label: &str) -> Element {
    let b = text_el("button", class, label);
    attr(&b, "type", "button");
    b
}

/// Shows or hides `e` with the `hidden` attribute.
pub fn show(e: &Element, shown: bool) {
    if shown {
        let _ = e.remove_attribute("hidden");
    } else {
        attr(e, "hidden", "");
    }
}

/// Calls `f` on every `event` at `target` for as long as the page lives.
pub fn on(target: &web_sys::EventTarget, event: &str, f: impl FnMut(Event) + 'static) {
    let f = Closure::<dyn FnMut(Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f.forget();
}

/// The element an event started at, if it is an element.
pub fn target_el(ev: &Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// A `<thead>` with one row of column headings.
pub fn head_row(headings: &[&str]) -> Element {
    let head = el("thead", "");
    let row = el("tr", "");
    for h in headings {
        let th = text_el("th", "", h);
        attr(&th, "scope", "col");
        add(&row, &th);
    }
    add(&head, &row);
    head
}

/// Runs `f` in a task of its own, so the browser can paint and take input in between: long work
/// is cut into such pieces.
pub fn later(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}

/// Adds the style sheet `css` to the page once, as `<style id=id>`.
pub fn install_style(id: &str, css: &str) {
    let doc = document();
    if doc.get_element_by_id(id).is_some() {
        return;
    }
    if let Some(head) = doc.head() {
        let style = text_el("style", "", css);
        style.set_id(id);
        add(&head, &style);
    }
}
