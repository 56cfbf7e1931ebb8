//! Handing a chosen position to the app: the playground's tokens and logits, written as the
//! lesson's own query string, so the app reads them with the same code (and the same checks)
//! as a shared link.

use super::dom::attr;
use crate::components::paste_slot::{HANDOFF_ATTRIBUTE, HANDOFF_EVENT};
use crate::params::Params;
use crate::paste::Imported;
use web_sys::{Element, Event, EventInit};

/// Puts `imported` into the playground: sets the slot's handoff attribute and fires the handoff
/// event there, which bubbles to the app's listener
/// ([`crate::components::paste_slot::take_handoffs`]).
pub fn send(slot: &Element, imported: &Imported) {
    let params = Params {
        tokens: imported.tokens.clone(),
        logits: imported.logits.clone(),
        ..Params::default()
    };
    attr(slot, HANDOFF_ATTRIBUTE, &params.to_query());
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = Event::new_with_event_init_dict(HANDOFF_EVENT, &init) {
        let _ = slot.dispatch_event(&ev);
    }
}
