//! Entry point of the browser build: install the panic hook, take the text of the shell and the
//! section in the address (index.html's first script has been fetching it since the page began),
//! mount the app.
//!
//! In the browser there is no `main`: the start function below is what the page calls, so the
//! standard library's runtime (its start-up, and the flush of a stdout nobody reads at exit) is
//! left out of the wasm; about 2 KB of it.
#![cfg_attr(target_arch = "wasm32", no_main)]

use leptos::prelude::{request_animation_frame, window};
use softmax_lab::browser;
use softmax_lab::params::{Params, Section};
use softmax_lab::text;

/// At most this many frames (about half a second) wait for the first screen's paint.
const MAX_WAIT_FRAMES: u32 = 30;

/// Native builds (lints, tests) need a `main`; this binary only ever runs in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    start();
}

/// Starts the lesson once the wasm is instantiated.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen::prelude::wasm_bindgen(start))]
fn start() {
    // Debug builds print a panic's message; the release build aborts at once instead
    // (scripts/lib.sh, use_small_std), where the hook would never run, so it is left out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        text::load_language(&text::current_language());
        // The section the app will show (index.html's first script asked for the same).
        let (params, _) = Params::from_query(&browser::current_query());
        let section = if Section::AVAILABLE.contains(&params.section) {
            params.section
        } else {
            Section::Overview
        };
        let (shell, own) = futures_join(text::load(0), text::load(section.text_file())).await;
        if shell.and(own).is_err() {
            // index.html's first script has put the reason on the first screen.
            return;
        }
        // Never in the task that instantiated the wasm: that one is long enough already.
        request_animation_frame(|| mount_once_painted(MAX_WAIT_FRAMES));
    });
}

/// Both futures' results; the second's fetch is already under way (index.html started both).
async fn futures_join<A: std::future::Future, B: std::future::Future>(
    a: A,
    b: B,
) -> (A::Output, B::Output) {
    (a.await, b.await)
}

/// Mounts the app once the browser has recorded the paint of the first screen that the HTML
/// carries (scripts/prerender.mjs sets `window.__firstScreenPainted`), or after `frames` frames.
/// On a fast connection the wasm can be ready before that paint has been recorded, and replacing
/// the opening then makes the browser count the app's copy, drawn later, as the page's largest
/// paint. On a phone the paint comes long before the wasm, and nothing waits.
fn mount_once_painted(frames: u32) {
    let painted = js_sys::Reflect::get(&window(), &"__firstScreenPainted".into())
        .map(|v| v.is_truthy())
        .unwrap_or(true);
    if painted || frames == 0 {
        leptos::mount::mount_to_body(softmax_lab::App);
    } else {
        request_animation_frame(move || mount_once_painted(frames - 1));
    }
}
