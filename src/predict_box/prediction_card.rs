//! One prediction's card: set it up, commit a guess (a choice, or a number on a slider or in a
//! box), then see the answer with the gap in numbers, live in the lesson, and why. Never in the
//! way: every control of the lesson works throughout, and Skip is always there.

use super::{handoff, record, words};
use crate::dom::{add, attr, button, el, on, show, text_el};
use crate::format::fixed;
use crate::guess::Guess;
use crate::number::parse_typed;
use crate::predict::{
    choice_letter, grade, numeric_response, Answer, Ask, Kind, Prediction, Verdict,
};
use crate::text::keys::predict as k;
use crate::text::t;
use crate::tr;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A card's parts that change.
struct Card {
    prediction: &'static Prediction,
    /// The `[data-predict-box]` element: handoffs go through it.
    slot: Element,
    /// "Set it up" and the line under it, shown while the student's own settings are on.
    setup: [Element; 2],
    restore: Element,
    /// Says for screen readers what Set it up and Back to my settings did.
    status: Element,
    guess: Element,
    actions: Element,
    reveal: HtmlElement,
    said: Element,
    band: Element,
    why: Element,
    skipped: Element,
    /// The value guess's slider and box, or the choices' radio buttons.
    inputs: Vec<HtmlInputElement>,
    /// The student's own settings while the question's are loaded.
    saved: RefCell<Option<String>>,
    /// Whether a value guess has been moved: an untouched slider is not a guess.
    touched: Rc<Cell<bool>>,
}

/// Builds the card of `prediction` in `slot`.
pub(super) fn mount(slot: Element, prediction: &'static Prediction) {
    attr(&slot, "data-mounted", "");
    let words = words::prediction(prediction.id);
    let body = el("div", "predict__body");
    let setup_row = el("div", "predict__actions");
    let setup = button("button", &t(k::SET_UP));
    let restore = button("button", &t(k::RESTORE));
    show(&restore, false);
    add(&setup_row, &setup);
    add(&setup_row, &restore);
    let setup_hint = text_el("p", "predict__small", &t(k::SET_UP_HINT));
    // A question about no particular numbers (the big picture's) has nothing to set up.
    if !prediction.setup.is_empty() {
        add(&body, &setup_row);
        add(&body, &setup_hint);
    }
    let status = el("p", "visually-hidden");
    attr(&status, "role", "status");
    add(&body, &status);

    let guess = el("fieldset", "predict__guess");
    add(&guess, &text_el("legend", "", &t(k::GUESS_LEGEND)));
    let touched = Rc::new(Cell::new(false));
    let inputs = guess_inputs(&guess, prediction, &words.choices, touched.clone());
    add(&body, &guess);

    let actions = el("div", "predict__actions");
    let commit = button("button button--primary", &t(k::COMMIT));
    // The lesson keeps the chart the guess is about in view when this is pressed (KeepInView).
    attr(&commit, "data-pin", "");
    let skip = button("button", &t(k::SKIP));
    add(&actions, &commit);
    add(&actions, &skip);
    add(&body, &actions);

    let reveal: HtmlElement = el("div", "predict__reveal").unchecked_into();
    attr(&reveal, "tabindex", "-1");
    attr(&reveal, "aria-live", "polite");
    let said = el("p", "predict__said");
    let band = el("p", "");
    let live = el("p", "");
    add(&live, &text_el("strong", "", &t(k::SEE_IT)));
    live.append_with_str_1(&format!(" {}", words.try_it)).ok();
    let again_row = el("div", "predict__actions");
    let again = button("button", &t(k::TRY_AGAIN));
    let see_why = button("button", &t(k::SEE_WHY));
    add(&again_row, &again);
    add(&again_row, &see_why);
    let why = el("div", "predict__why");
    add(&why, &text_el("p", "", &words.why));
    let myth = el("p", "");
    add(&myth, &text_el("em", "", &t(k::MYTH)));
    myth.append_with_str_1(&format!(" {}", words.myth)).ok();
    add(&why, &myth);
    show(&why, false);
    for part in [&said, &band, &live, &again_row, &why] {
        add(&reveal, part);
    }
    show(&reveal, false);
    add(&body, &reveal);
    let skipped = el("div", "predict__actions");
    add(&skipped, &text_el("p", "predict__small", &t(k::SKIPPED)));
    let later = button("button", &t(k::TRY_AGAIN));
    add(&skipped, &later);
    show(&skipped, false);
    add(&body, &skipped);
    add(&slot, &body);

    let card = Rc::new(Card {
        prediction,
        slot,
        setup: [setup.clone(), setup_hint],
        restore: restore.clone(),
        status,
        guess,
        actions,
        reveal,
        said,
        band,
        why,
        skipped,
        inputs,
        saved: RefCell::new(None),
        touched,
    });
    let c = card.clone();
    on(&setup, "click", move |_| c.set_up());
    let c = card.clone();
    on(&restore, "click", move |_| c.restore());
    let c = card.clone();
    on(&commit, "click", move |_| c.commit());
    let c = card.clone();
    on(&skip, "click", move |_| c.skip());
    let c = card.clone();
    on(&again, "click", move |_| c.try_again());
    let c = card.clone();
    on(&later, "click", move |_| c.try_again());
    let c = card;
    on(&see_why, "click", move |_| show(&c.why, true));
}

/// The inputs a guess is made with, added to `fieldset`: a slider and a number box kept in step
/// for a number, radio buttons for a choice.
fn guess_inputs(
    fieldset: &Element,
    p: &Prediction,
    choices: &[String],
    touched: Rc<Cell<bool>>,
) -> Vec<HtmlInputElement> {
    let name = format!("predict-{}", p.id);
    match p.ask {
        Ask::Value {
            min,
            max,
            step,
            decimals,
            ..
        } => {
            let row = el("div", "predict__value");
            let range: HtmlInputElement = el("input", "predict__range").unchecked_into();
            let start = min + ((max - min) / 2.0 / step).round() * step;
            for (key, value) in [
                ("type", "range".to_string()),
                ("min", min.to_string()),
                ("max", max.to_string()),
                ("step", step.to_string()),
                ("value", start.to_string()),
                ("aria-label", t(k::GUESS_LEGEND)),
                ("aria-valuetext", fixed(start, decimals)),
            ] {
                attr(&range, key, &value);
            }
            let boxed: HtmlInputElement = el("input", "predict__box").unchecked_into();
            for (key, value) in [
                ("type", "text".to_string()),
                ("inputmode", "decimal".to_string()),
                ("aria-label", t(k::GUESS_LEGEND)),
                ("value", fixed(start, decimals).replace('\u{2212}', "-")),
            ] {
                attr(&boxed, key, &value);
            }
            add(&row, &range);
            add(&row, &boxed);
            add(fieldset, &row);
            let (r, b, moved) = (range.clone(), boxed.clone(), touched.clone());
            on(&range, "input", move |_| {
                moved.set(true);
                let v = parse_typed(&r.value()).unwrap_or(start);
                attr(&r, "aria-valuetext", &fixed(v, decimals));
                b.set_value(&fixed(v, decimals).replace('\u{2212}', "-"));
            });
            let (r, b) = (range.clone(), boxed.clone());
            on(&boxed, "change", move |_| {
                if let Some(v) = parse_typed(&b.value()) {
                    touched.set(true);
                    let v = v.clamp(min, max);
                    r.set_value(&v.to_string());
                    attr(&r, "aria-valuetext", &fixed(v, decimals));
                    // The box says what counts: clamped, and written as the page writes numbers.
                    b.set_value(&fixed(v, decimals).replace('\u{2212}', "-"));
                }
            });
            vec![range, boxed]
        }
        Ask::Choice { .. } => choices
            .iter()
            .map(|choice| {
                let label = el("label", "predict__choice");
                let radio: HtmlInputElement = el("input", "").unchecked_into();
                attr(&radio, "type", "radio");
                attr(&radio, "name", &name);
                add(&label, &radio);
                label.append_with_str_1(&format!(" {choice}")).ok();
                add(fieldset, &label);
                radio
            })
            .collect(),
    }
}

impl Card {
    /// Loads the question's numbers, keeping the student's own to come back to.
    fn set_up(&self) {
        if self.saved.borrow().is_none() {
            *self.saved.borrow_mut() = Some(handoff::current_settings());
        }
        handoff::load_settings(&self.slot, self.prediction.setup);
        for part in &self.setup {
            show(part, false);
        }
        show(&self.restore, true);
        self.status.set_text_content(Some(&t(k::SET_UP_DONE)));
    }

    /// Puts the student's own settings back.
    fn restore(&self) {
        if let Some(query) = self.saved.borrow_mut().take() {
            handoff::load_settings(&self.slot, &query);
        }
        show(&self.restore, false);
        for part in &self.setup {
            show(part, true);
        }
        self.status.set_text_content(Some(&t(k::RESTORED)));
    }

    /// The guess as the inputs hold it now: `None` for a choice question with nothing chosen.
    fn guess(&self) -> Option<Answer> {
        match self.prediction.ask {
            Ask::Value { min, max, .. } => {
                if !self.touched.get() {
                    return None;
                }
                let v = self.inputs.first().and_then(|r| parse_typed(&r.value()))?;
                Some(Answer::Value(v.clamp(min, max)))
            }
            Ask::Choice { .. } => self
                .inputs
                .iter()
                .position(HtmlInputElement::checked)
                .map(Answer::Choice),
        }
    }

    /// Commits the guess: loads the question's numbers if they are not yet, then says the
    /// answer, the gap, and how to see it live; marks the guess on its chart.
    fn commit(&self) {
        let Some(guess) = self.guess() else {
            if let Some(first) = self.inputs.first() {
                let _ = first.focus();
            }
            return;
        };
        if self.saved.borrow().is_none() && !self.prediction.setup.is_empty() {
            self.set_up();
        }
        let p = self.prediction;
        let answer = p.solve();
        let verdict = grade(p.ask, guess, answer);
        let words = words::prediction(p.id);
        let (said, band, kind, response) = match (p.ask, guess, answer) {
            (
                Ask::Value {
                    close,
                    near,
                    decimals,
                    ..
                },
                Answer::Value(g),
                Answer::Value(a),
            ) => {
                let band = match verdict {
                    Verdict::Close => tr!(k::BAND_CLOSE, fixed(close, decimals)),
                    Verdict::Near => tr!(k::BAND_NEAR, fixed(near, decimals)),
                    _ => tr!(k::BAND_FAR, fixed(near, decimals)),
                };
                if let Some(chart) = p.chart {
                    let mark = Guess {
                        chart: chart.into(),
                        bar: 0,
                        value: g,
                    };
                    handoff::mark_guess(&self.slot, Some(&mark));
                }
                let said = tr!(k::YOU_SAID, fixed(g, decimals), fixed(a, decimals));
                (said, band, Kind::Numeric, numeric_response(g))
            }
            (Ask::Choice { .. }, Answer::Choice(g), Answer::Choice(a)) => {
                // Inside a sentence, after a colon: "You said: the hidden state."
                let name = |i: usize| lower_first(words.choices.get(i).map_or("", |c| c.as_str()));
                let band = if verdict == Verdict::Right {
                    t(k::CHOICE_RIGHT)
                } else {
                    tr!(k::CHOICE_OTHER, name(a))
                };
                (
                    tr!(k::CHOICE_SAID, name(g)),
                    band,
                    Kind::Choice,
                    choice_letter(g),
                )
            }
            _ => return,
        };
        self.said.set_text_content(Some(&said));
        self.band.set_text_content(Some(&band));
        for input in &self.inputs {
            input.set_disabled(true);
        }
        show(&self.actions, false);
        show(&self.why, false);
        show(&self.reveal, true);
        let _ = self.reveal.focus();
        record::mark_done(p.id);
        record::interaction(p.id, kind, &response, "neutral");
    }

    /// Back to guessing: the reveal folds, the mark leaves the chart.
    fn try_again(&self) {
        for input in &self.inputs {
            input.set_disabled(false);
        }
        show(&self.reveal, false);
        show(&self.skipped, false);
        show(&self.actions, true);
        show(&self.guess, true);
        if self.prediction.chart.is_some() {
            handoff::mark_guess(&self.slot, None);
        }
        if let Some(first) = self.inputs.first() {
            let _ = first.focus();
        }
    }

    /// Leaves the question for now: it counts as seen, and the card says it can be tried later.
    fn skip(&self) {
        show(&self.guess, false);
        show(&self.actions, false);
        show(&self.skipped, true);
        record::mark_done(self.prediction.id);
    }
}

/// `text` with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| {
            std::iter::once(crate::math::lower(c))
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}
