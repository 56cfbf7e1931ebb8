//! The bar that offers a newer deployment of the lesson once the service worker has cached it.

use crate::offline;
use crate::text::keys::shell;
use crate::text::t;
use leptos::prelude::*;

/// Registers the service worker and, when a new version is waiting, offers to reload into it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = RwSignal::new(false);
    offline::register(ready);
    view! {
        <Show when=move || ready.get()>
            <div class="notices notices--update" role="status" data-testid="update-notice">
                <p class="notices__title">{t(shell::UPDATE_TITLE)}</p>
                <p>{t(shell::UPDATE_TEXT)}</p>
                <div class="notices__actions">
                    <button class="button button--primary" data-testid="update-reload" on:click=|_| offline::switch_to_update()>
                        {t(shell::UPDATE_RELOAD)}
                    </button>
                    <button class="button button--quiet" on:click=move |_| ready.set(false)>
                        {t(shell::UPDATE_LATER)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
