//! The bar that offers a newer deployment of the lesson once the service worker has cached it.

use crate::offline;
use leptos::prelude::*;

/// Registers the service worker and, when a new version is waiting, offers to reload into it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = RwSignal::new(false);
    offline::register(ready);
    view! {
        <Show when=move || ready.get()>
            <div class="notices notices--update" role="status" data-testid="update-notice">
                <p class="notices__title">"A new version of the lesson is ready."</p>
                <p>"Reload to use it; the sliders keep their values, they are in the link."</p>
                <div class="notices__actions">
                    <button class="button button--primary" data-testid="update-reload" on:click=|_| offline::switch_to_update()>
                        "Reload"
                    </button>
                    <button class="button button--quiet" on:click=move |_| ready.set(false)>
                        "Later"
                    </button>
                </div>
            </div>
        </Show>
    }
}
