//! The few places the app touches the page around it: the URL, the theme attribute, the system
//! colour scheme and the loading indicator. Effects here only write to the outside world.

use crate::state::LessonState;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The page's query string, with its `?` (empty when there is none or it cannot be read).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `query` (without `?`) in the address bar with `history.replaceState`, so that moving a
/// slider adds no history entry.
pub fn replace_query(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let now = format!("{path}{}{hash}", location.search().unwrap_or_default());
    if url == now {
        return; // replacing an entry costs a few milliseconds; the first run changes nothing
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Puts `data-theme` on `<html>` when the link forces a theme (the CSS follows the system otherwise).
pub fn apply_theme(state: LessonState) {
    Effect::new(move |_| {
        let theme = state.theme.get();
        if let Some(root) = document().document_element() {
            let _ = match theme {
                crate::params::ThemeChoice::Auto => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.id()),
            };
        }
    });
}

/// Follows `prefers-color-scheme` for the chart colours, live (the page's own CSS does the rest).
pub fn watch_color_scheme(state: LessonState) {
    let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") else {
        return;
    };
    state.system_dark.set(query.matches());
    let q = query.clone();
    let on_change = Closure::<dyn Fn()>::new(move || state.system_dark.set(q.matches()));
    let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    // The listener lives as long as the page: one closure, kept on purpose.
    on_change.forget();
}

/// Removes the first screen index.html carries until the app mounts (scripts/prerender.mjs); the
/// app draws the same one in its place, in the same frame.
pub fn remove_loading() {
    if let Some(el) = document().get_element_by_id("loading") {
        el.remove();
    }
}

/// Moves keyboard focus to the first element matching `selector` once the DOM has caught up
/// (after the next frame), so focus is never dropped on `<body>` when a control goes away.
pub fn focus_soon(selector: String) {
    request_animation_frame(move || {
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Brings the first element matching `selector` wholly on screen, after the next frame (the DOM
/// has caught up), scrolling as little as it takes: smoothly, unless the student asked for
/// reduced motion. Nothing moves when it is on screen already. For results a button changed that
/// land below a phone's screen (a histogram, the quiz's score, the next step's text).
pub fn bring_into_view(selector: &'static str) {
    scroll_to(selector, web_sys::ScrollLogicalPosition::Nearest);
}

/// Like [`bring_into_view`], but when the element is not wholly on screen its top goes to the
/// top of the screen: where a student starts reading a new step.
pub fn bring_top_into_view(selector: &'static str) {
    scroll_to(selector, web_sys::ScrollLogicalPosition::Start);
}

fn scroll_to(selector: &'static str, block: web_sys::ScrollLogicalPosition) {
    request_animation_frame(move || {
        let Ok(Some(el)) = document().query_selector(selector) else {
            return;
        };
        let at = el.get_bounding_client_rect();
        let vh = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if at.top() >= 0.0 && at.bottom() <= vh {
            return;
        }
        let reduced = window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(block);
        options.set_behavior(if reduced {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        el.scroll_into_view_with_scroll_into_view_options(&options);
    });
}

/// Sets the document title to the section's name, so tabs and history read well.
pub fn sync_title(state: LessonState) {
    Effect::new(move |_| {
        let title = crate::tr!(
            crate::text::keys::shell::PAGE_TITLE,
            state.section.get().title()
        );
        if document().title() != title {
            document().set_title(&title);
        }
    });
}

/// Inside an iframe, tells the embedding page the content height whenever it changes, so the
/// frame can fit the lesson without a scrollbar: `{type: "softmax-lab:resize", height}` and Canvas
/// LMS's `{subject: "lti.frameResize", height}`. A `ResizeObserver` on `<html>` fires after fonts,
/// charts and MathML change the layout; only new heights are sent. Does nothing at top level.
pub fn post_height_to_host() {
    let Some(parent) = host() else {
        return;
    };
    let Some(root) = document().document_element() else {
        return;
    };
    let last = std::cell::Cell::new(0.0);
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last.replace(height) {
            post_to_host(
                &parent,
                &format!(r#"{{"type":"softmax-lab:resize","height":{height}}}"#),
            );
            post_to_host(
                &parent,
                &format!(r#"{{"subject":"lti.frameResize","height":{height}}}"#),
            );
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Kept: the observer must outlive this function for as long as the page is open.
        std::mem::forget(observer);
    }
    // Observer and callback live as long as the page.
    on_resize.forget();
}

/// Posts the JSON object `json` to `host`. The messages carry numbers only, nothing private, so
/// any origin may read them ("*"): the lesson cannot know where it is embedded.
fn post_to_host(host: &web_sys::Window, json: &str) {
    if let Ok(message) = js_sys::JSON::parse(json) {
        let _ = host.post_message(&message, "*");
    }
}

/// The page embedding the lesson, or `None` at top level.
fn host() -> Option<web_sys::Window> {
    let win = window();
    let parent = win.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &win)).then_some(parent)
}

/// Where the best passing quiz score is kept (a fraction from 0 to 1, as text).
const QUIZ_BEST_KEY: &str = "softmax-lab:quiz-best";

/// The best quiz score kept in this browser, if any (storage may be blocked, as in some
/// embeds: then there is none).
pub fn best_quiz_score() -> Option<f64> {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(QUIZ_BEST_KEY)
        .ok()
        .flatten()?;
    crate::number::parse_decimal(&stored).filter(|s| (0.0..=1.0).contains(s))
}

/// A passing quiz `score` (right answers / questions): kept as the best in localStorage and,
/// inside an iframe, posted to the host as `{type: "softmax-lab:complete", score}`.
pub fn report_quiz_pass(score: f64) {
    if best_quiz_score().is_none_or(|best| score > best) {
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(QUIZ_BEST_KEY, &score.to_string());
        }
    }
    if let Some(parent) = host() {
        post_to_host(
            &parent,
            &format!(r#"{{"type":"softmax-lab:complete","score":{score}}}"#),
        );
    }
}
