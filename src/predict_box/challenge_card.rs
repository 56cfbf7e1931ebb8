//! One challenge's card: the goal (in the summary), a line that says whether the lesson's live
//! state meets it, a hint that shows after a while or on request, and a solution on request.
//! The check runs whenever the settings rest after a change ([`check_soon`]).

use super::{challenge_words, handoff, record};
use crate::dom::{add, attr, button, el, on, show, text_el};
use crate::params::Params;
use crate::predict::{numeric_response, Challenge, Kind, Live};
use crate::text::keys::predict as k;
use crate::text::t;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Element;

/// How long a challenge waits before showing its hint by itself.
const HINT_AFTER_MS: i32 = 90_000;

/// How long after the last change the check runs: after the address has been rewritten
/// (the app waits 200 ms for the settings to rest).
const CHECK_AFTER_MS: i32 = 300;

/// A card's parts that change.
struct Card {
    challenge: &'static Challenge,
    status: Element,
    hint: Element,
    /// Whether the goal is met now, so the card speaks only when that changes.
    met: Cell<bool>,
    /// Whether it has been recorded as met (once per visit).
    recorded: Cell<bool>,
}

thread_local! {
    /// Every challenge card on the page.
    static CARDS: RefCell<Vec<Rc<Card>>> = const { RefCell::new(Vec::new()) };
    /// The pending check's timer.
    static TIMER: Cell<Option<i32>> = const { Cell::new(None) };
    /// The training loop's step at the last check (see [`facts`]).
    static STEPS: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Builds the card of `challenge` in `slot` and checks the goal at once.
pub(super) fn mount(slot: Element, challenge: &'static Challenge) {
    attr(&slot, "data-mounted", "");
    let hint_text = challenge_words::hint(challenge.id);
    let body = el("div", "predict__body");
    let status = text_el("p", "predict__said predict__status", &t(k::NOT_YET));
    attr(&status, "role", "status");
    add(&body, &status);
    let row = el("div", "predict__actions");
    let hint_button = button("button", &t(k::HINT));
    let solution_button = button("button", &t(k::SOLUTION));
    add(&row, &hint_button);
    add(&row, &solution_button);
    add(&body, &row);
    let hint = labelled(&t(k::HINT_LABEL), &hint_text);
    let solution = el("p", "predict__small");
    show(&hint, false);
    show(&solution, false);
    add(&body, &hint);
    add(&body, &solution);
    add(&slot, &body);

    let card = Rc::new(Card {
        challenge,
        status,
        hint: hint.clone(),
        met: Cell::new(false),
        recorded: Cell::new(false),
    });
    let h = hint.clone();
    on(&hint_button, "click", move |_| show(&h, true));
    // Written when asked for: a solution may depend on the settings of the moment.
    let id = challenge.id;
    on(&solution_button, "click", move |_| {
        let now = Params::from_query(&handoff::current_settings()).0;
        solution.set_text_content(None);
        add(&solution, &text_el("strong", "", &t(k::SOLUTION_LABEL)));
        let _ = solution.append_with_str_1(&format!(" {}", challenge_words::solution(id, &now)));
        show(&solution, true);
    });
    // The hint comes by itself after a while, unless the goal is met by then.
    let c = card.clone();
    let later = Closure::once_into_js(move || {
        if !c.met.get() {
            show(&c.hint, true);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            later.unchecked_ref(),
            HINT_AFTER_MS,
        );
    }
    CARDS.with_borrow_mut(|cards| cards.push(card));
    check_now();
}

/// Checks every challenge once the settings have rested ([`CHECK_AFTER_MS`] after the last
/// call): called on every input, change, click and key on the page.
pub(super) fn check_soon() {
    if CARDS.with_borrow(Vec::is_empty) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    if let Some(id) = TIMER.take() {
        w.clear_timeout_with_handle(id);
    }
    let run = Closure::once_into_js(|| {
        TIMER.set(None);
        check_now();
    });
    TIMER.set(
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            run.unchecked_ref(),
            CHECK_AFTER_MS,
        )
        .ok(),
    );
}

/// What the lesson shows that its address does not hold ([`Live`]'s facts): the training loop's
/// step, as its readout shows it, and whether it is running, which is whether that step has
/// moved since the last check (a check follows in a moment while it moves, so a pause is seen).
/// Nothing on a page without the loop.
fn facts() -> String {
    let steps = crate::dom::document()
        .query_selector("[data-testid=readout-steps]")
        .ok()
        .flatten()
        .and_then(|e| e.text_content());
    let before = STEPS.replace(steps.clone());
    let Some(steps) = steps else {
        return String::new();
    };
    let running = before.as_ref() != Some(&steps);
    if running {
        check_soon();
    }
    format!("steps={steps}&running={}", u8::from(running))
}

/// Checks every challenge against the lesson's settings now.
fn check_now() {
    let live = Live::new(Params::from_query(&handoff::current_settings()).0, &facts());
    CARDS.with_borrow(|cards| {
        for card in cards {
            card.check(&live);
        }
    });
}

/// A small paragraph: `label` in bold, then `text`.
fn labelled(label: &str, text: &str) -> Element {
    let p = el("p", "predict__small");
    add(&p, &text_el("strong", "", label));
    let _ = p.append_with_str_1(&format!(" {text}"));
    p
}

impl Card {
    /// Says whether `live` meets the goal, when that has changed; the first time it is met,
    /// marks it done (and writes it to the LMS).
    fn check(&self, live: &Live) {
        let met = (self.challenge.goal)(live);
        if met.is_some() == self.met.get() {
            return;
        }
        self.met.set(met.is_some());
        let id = self.challenge.id;
        match met {
            Some(numbers) => {
                attr(&self.status, "data-met", "");
                self.status.set_text_content(Some(&challenge_words::met(
                    id,
                    &numbers,
                    &live.params,
                )));
                if !self.recorded.replace(true) {
                    let response: Vec<String> =
                        numbers.iter().map(|x| numeric_response(*x)).collect();
                    record::mark_done(id);
                    record::interaction(id, Kind::Performance, &response.join(","), "correct");
                }
            }
            None => {
                let _ = self.status.remove_attribute("data-met");
                self.status.set_text_content(Some(&t(k::NOT_YET)));
            }
        }
    }
}
