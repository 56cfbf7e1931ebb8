//! The SCORM 1.2 API object of the learning management system the lesson runs in, and the calls
//! on it (the SCORM package's build only): shared by the lesson's session (`crate::lms`) and the
//! prediction cards, which write their interactions into the same session. No Leptos here.

use crate::later;
use crate::text::keys::notices;
use crate::text::Later;
use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;

/// How far up the frames the run-time spec's search goes before it gives up.
const MAX_FRAMES: usize = 8;

/// `window.API` in `win` or one of its parents, as the SCORM 1.2 run-time environment describes.
fn api_in(mut win: JsValue) -> Option<JsValue> {
    for _ in 0..MAX_FRAMES {
        // A frame of another origin throws on any property: then there is no API there.
        if let Ok(api) = Reflect::get(&win, &"API".into()) {
            if api.is_object() {
                return Some(api);
            }
        }
        let parent = Reflect::get(&win, &"parent".into()).ok()?;
        if parent.is_null_or_undefined() || js_sys::Object::is(&parent, &win) {
            return None;
        }
        win = parent;
    }
    None
}

/// The LMS's API: in this window's chain of parents, else in the opener's.
pub fn find_api() -> Option<JsValue> {
    let win = web_sys::window()?;
    api_in(win.clone().into()).or_else(|| {
        let opener = win.opener().ok().filter(|o| !o.is_null_or_undefined())?;
        api_in(opener)
    })
}

/// Calls `name(a, b)` on `api` (every SCORM 1.2 call takes one or two strings; a spare one is
/// ignored); the string it returns, or what went wrong.
fn invoke(api: &JsValue, name: &str, a: &str, b: &str) -> Result<String, Later> {
    Reflect::get(api, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| later!(notices::LMS_MISSING, name))?
        .call2(api, &a.into(), &b.into())
        .map(|r| r.as_string().unwrap_or_default())
        .map_err(|_| later!(notices::LMS_FAILED, name))
}

/// Runs `name(a, b)`, which answers "true" when it worked; otherwise the LMS's own error text.
pub fn run(api: &JsValue, name: &str, a: &str, b: &str) -> Result<(), Later> {
    if invoke(api, name, a, b)? == "true" {
        return Ok(());
    }
    let code = invoke(api, "LMSGetLastError", "", "").unwrap_or_default();
    let text = invoke(api, "LMSGetErrorString", &code, "").unwrap_or_default();
    Err(later!(notices::LMS_REFUSED, name, a, text, code))
}

/// A value the LMS holds, or "" when it has none or will not say.
pub fn get(api: &JsValue, element: &str) -> String {
    let value = invoke(api, "LMSGetValue", element, "").unwrap_or_default();
    let code = invoke(api, "LMSGetLastError", "", "").unwrap_or_default();
    if code.is_empty() || code == "0" {
        value
    } else {
        String::new()
    }
}
