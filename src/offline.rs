//! Offline use: registers the service worker that the release build writes next to index.html
//! (`scripts/offline/`), and tells the page when a newer deployment has been cached, so the
//! student can switch to it with one reload instead of running a mix of two versions.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The page's service worker container, when the browser offers one here (it does not on plain
/// http other than localhost, nor in some private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers `sw.js` (release builds only: debug builds have none, and the SCORM package's build
/// leaves caching to the LMS) and sets `update_ready` once a new version is installed and waiting
/// while an older one runs this page.
pub fn register(update_ready: RwSignal<bool>) {
    if cfg!(debug_assertions) || cfg!(feature = "scorm") {
        return;
    }
    // In a task of its own after start-up: registering takes a while and nothing needs it sooner.
    set_timeout(move || watch_registration(update_ready), REGISTER_AFTER);
}

/// How long after start-up the service worker is registered.
const REGISTER_AFTER: std::time::Duration = std::time::Duration::from_millis(500);

/// Registers `sw.js` and watches for a new version.
fn watch_registration(update_ready: RwSignal<bool>) {
    let Some(sw) = container() else { return };
    let registering = sw.register("sw.js");
    spawn_local(async move {
        // Registration fails on file:// or with storage turned off: the lesson still works online.
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // The first version installs on a page nobody controls yet: that is not an update.
        let controlled = sw.controller().is_some();
        if !controlled {
            return;
        }
        if registration.waiting().is_some() {
            update_ready.set(true);
        }
        // The browser may have found the new version while the page was still loading.
        if let Some(worker) = registration.installing() {
            watch(worker, update_ready);
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = reg.installing() {
                watch(worker, update_ready);
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // One listener for the life of the page.
        on_found.forget();
    });
}

/// Sets `update_ready` when `worker`, a new version, has finished installing.
fn watch(worker: ServiceWorker, update_ready: RwSignal<bool>) {
    let w = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if w.state() == ServiceWorkerState::Installed {
            update_ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Asks the waiting version to take over, and reloads the page once it has.
pub fn switch_to_update() {
    let Some(sw) = container() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let asking = sw.get_registration();
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(asking).await else {
            return;
        };
        let waiting = registration
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => post_skip_waiting(&worker),
            // Another tab switched already: this page is simply old, so load the new one.
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

fn post_skip_waiting(worker: &ServiceWorker) {
    let _ = worker.post_message(&"skip-waiting".into());
}
