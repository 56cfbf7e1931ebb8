//! Handing a chosen position to the app: the playground's tokens and logits, written as the
//! lesson's own query string, so the app reads them with the same code (and the same checks)
//! as a shared link.

use crate::components::handoff::{HANDOFF_ATTRIBUTE, HANDOFF_EVENT};
use crate::dom::attr;
use crate::params::Params;
use crate::paste::Imported;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, Node, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition,
};

/// Puts `imported` into the playground: sets the slot's handoff attribute (the lesson's settings
/// as the address holds them, with the pasted tokens and logits, out of the 128,000-token view)
/// and fires the handoff event there, which bubbles to the app's listener
/// ([`crate::components::handoff::take_handoffs`]).
pub fn send(slot: &Element, imported: &Imported) {
    let now = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = Params {
        tokens: imported.tokens.clone(),
        logits: imported.logits.clone(),
        vocab: false,
        ..Params::from_query(&now).0
    };
    attr(slot, HANDOFF_ATTRIBUTE, &params.to_query());
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = Event::new_with_event_init_dict(HANDOFF_EVENT, &init) {
        let _ = slot.dispatch_event(&ev);
    }
}

/// Brings the chart that shows the playground into view after a handoff, unless it is already
/// on screen: on a phone it sits below the box, a screen or more away, and a student who chose
/// Use wants to see what changed. That chart is the first one after the box (else the last one
/// before it); its card comes into view from the top when card and chart fit on the screen
/// together, else the chart is centred. Smooth, unless the student asked for reduced motion.
pub fn reveal_chart(slot: &Element) {
    let (Some(window), Some(doc)) = (web_sys::window(), slot.owner_document()) else {
        return;
    };
    let Ok(charts) = doc.query_selector_all("canvas.chart:not(.pinned-chart *)") else {
        return;
    };
    let mut chart = None;
    for i in 0..charts.length() {
        let Some(c) = charts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let after = slot.compare_document_position(&c) & Node::DOCUMENT_POSITION_FOLLOWING != 0;
        chart = Some(c);
        if after {
            break;
        }
    }
    let Some(chart) = chart else { return };
    let screen = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let shown = chart.get_bounding_client_rect();
    if shown.top() >= 0.0 && shown.bottom() <= screen {
        return;
    }
    let card = chart.closest(".card").ok().flatten();
    let card_fits = card
        .as_ref()
        .is_some_and(|c| shown.bottom() - c.get_bounding_client_rect().top() <= screen);
    let options = ScrollIntoViewOptions::new();
    let reduced = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    options.set_behavior(if reduced {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    match card.filter(|_| card_fits) {
        Some(card) => {
            options.set_block(ScrollLogicalPosition::Start);
            card.scroll_into_view_with_scroll_into_view_options(&options);
        }
        None => {
            options.set_block(ScrollLogicalPosition::Center);
            chart.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}
