//! What a card keeps of a student's work: the done ids in this browser (which the app shows in
//! the section list, the pager and the card's summary), a `softmax-lab:progress` message to an
//! embedding page, and, in the SCORM package, an interaction in the LMS's session.

use crate::progress::{parse, PROGRESS_EVENT, STORAGE_KEY};

/// Marks `id` done (answered, skipped or met), tells the app, and tells an embedding page
/// `{type: "softmax-lab:progress", id, done: [ids]}`. Storage may be blocked (some embeds):
/// then only this visit knows.
pub(super) fn mark_done(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let storage = window.local_storage().ok().flatten();
    let mut done = parse(
        &storage
            .as_ref()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .unwrap_or_default(),
    );
    if !done.iter().any(|d| d == id) {
        done.push(id.to_string());
    }
    if let Some(s) = &storage {
        let _ = s.set_item(STORAGE_KEY, &done.join(","));
    }
    if let Ok(ev) = web_sys::Event::new(PROGRESS_EVENT) {
        let _ = window.dispatch_event(&ev);
    }
    show_done_mark(id);
    tell_host(&window, id, &done);
}

/// Shows "Done" in the summary of every card of `id` on the page.
fn show_done_mark(id: &str) {
    let selector = format!("[data-predict=\"{id}\"] .predict__done");
    if let Ok(marks) = crate::dom::document().query_selector_all(&selector) {
        for i in 0..marks.length() {
            if let Some(m) = marks.item(i) {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>(m)
                    .remove_attribute("hidden");
            }
        }
    }
}

/// Posts the progress to the page embedding the lesson, if there is one.
fn tell_host(window: &web_sys::Window, id: &str, done: &[String]) {
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, window) {
        return;
    }
    let message = js_sys::Object::new();
    let list = js_sys::Array::new();
    for d in done {
        list.push(&d.into());
    }
    for (key, value) in [
        ("type", "softmax-lab:progress".into()),
        ("id", id.into()),
        ("done", list.into()),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Writes an interaction into the LMS's session (SCORM package only): the next free number, its
/// fields ([`crate::predict::interaction`]), then a commit. An LMS that refuses is left alone:
/// the lesson's own session reports its refusals.
#[cfg(feature = "scorm")]
pub(super) fn interaction(id: &str, kind: crate::predict::Kind, response: &str, result: &str) {
    use crate::lms_api::{find_api, get, run};
    let Some(api) = find_api() else { return };
    let n = get(&api, "cmi.interactions._count")
        .trim()
        .parse::<usize>()
        .unwrap_or(0);
    for (element, value) in crate::predict::interaction(n, id, kind, response, result) {
        let _ = run(&api, "LMSSetValue", &element, &value);
    }
    let _ = run(&api, "LMSCommit", "", "");
}

/// Outside an LMS there is no session to write to.
#[cfg(not(feature = "scorm"))]
pub(super) fn interaction(_id: &str, _kind: crate::predict::Kind, _response: &str, _result: &str) {}
