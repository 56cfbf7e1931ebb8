//! Entry point of the browser build: install the panic hook, mount the app.

fn main() {
    // Debug builds print a panic's message; the release build aborts at once instead
    // (scripts/lib.sh, use_small_std), where the hook would never run, so it is left out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(softmax_lab::App);
}
