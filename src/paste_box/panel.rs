//! One paste box: the text box, its buttons, and what a reading shows.

use super::{answer_view, handoff, position_view};
use crate::dom::{add, attr, button, el, later, on, show, text_el};
use crate::paste::{explain, for_playground, read_paste, Paste};
use crate::text::keys::paste as k;
use crate::text::t;
use crate::tr;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

/// The example behind "Try an example": a chat completion with log-probabilities, as the
/// OpenAI API returns it (the native tests read the same file).
const EXAMPLE: &str = include_str!("../../tests/fixtures/paste/openai-chat.json");

/// Numbers every box on the page apart, for its element ids.
static BOXES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A box's elements and what it has read.
pub(super) struct Panel {
    /// The `[data-paste-box]` element it lives in; the handoff goes through it.
    pub slot: Element,
    pub text: HtmlTextAreaElement,
    pub error: Element,
    /// What was read, the answer's summary, strip and table.
    pub answer: Element,
    /// The chosen position's alternatives.
    pub position: Element,
    /// What happened on the way into the playground.
    pub status: Element,
    pub use_button: Element,
    pub paste: RefCell<Option<Paste>>,
    /// Index into the reading's positions of the one the Use button takes.
    pub selected: Cell<usize>,
    /// The strip's buttons drawn so far, one per token of the answer, in order.
    pub strip: RefCell<Vec<Element>>,
}

/// Builds a box inside `slot`.
pub(super) fn mount(slot: Element) {
    attr(&slot, "data-mounted", "");
    let n = BOXES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let id = |what: &str| format!("paste-{what}-{n}");
    let label = text_el("label", "paste__label", &t(k::BOX_LABEL));
    attr(&label, "for", &id("text"));
    let hint = text_el("p", "paste__hint", &t(k::BOX_HINT));
    attr(&hint, "id", &id("hint"));
    let text: HtmlTextAreaElement = el("textarea", "paste__text").unchecked_into();
    for (k, v) in [
        ("id", id("text").as_str()),
        ("rows", "6"),
        ("spellcheck", "false"),
        ("autocomplete", "off"),
        ("autocapitalize", "off"),
        ("aria-describedby", id("hint").as_str()),
        (
            "placeholder",
            "{\"choices\": [{\"logprobs\": {\"content\": [\u{2026}",
        ),
    ] {
        attr(&text, k, v);
    }
    let actions = el("div", "paste__actions");
    let read_button = button("button button--primary", &t(k::READ));
    let use_button = button("button", &t(k::USE));
    attr(&use_button, "aria-disabled", "true");
    let example = button("button", &t(k::EXAMPLE));
    for b in [&read_button, &use_button, &example] {
        add(&actions, b);
    }
    let error = el("p", "paste__error");
    attr(&error, "role", "alert");
    show(&error, false);
    let status = el("p", "paste__status");
    attr(&status, "role", "status");
    let answer = el("div", "paste__answer");
    let position = el("div", "paste__position");
    for part in [
        &label,
        &hint,
        text.unchecked_ref(),
        &actions,
        &error,
        &answer,
        &position,
        &status,
    ] {
        add(&slot, part);
    }
    add(&slot, &how_to_ask());
    let panel = Rc::new(Panel {
        slot,
        text,
        error,
        answer,
        position,
        status,
        use_button,
        paste: RefCell::new(None),
        selected: Cell::new(0),
        strip: RefCell::new(Vec::new()),
    });
    let p = panel.clone();
    // Read in a task of its own, after the click has been painted.
    on(&read_button, "click", move |_| {
        let p = p.clone();
        p.status.set_text_content(Some(&t(k::READING)));
        attr(&p.slot, "aria-busy", "true");
        later(move || read(&p));
    });
    let p = panel.clone();
    on(&panel.use_button, "click", move |_| use_selected(&p));
    let p = panel.clone();
    on(&example, "click", move |_| {
        p.text.set_value(EXAMPLE);
        read(&p);
    });
}

/// Takes what the box holds, and reads it in the next task ([`read_text`]).
fn read(panel: &Rc<Panel>) {
    panel.status.set_text_content(None);
    // Copying a long paste into the module and reading it are tasks of their own: together
    // they held the page for over 100 ms on a slow machine.
    let text = pasted_text(&panel.text);
    let p = panel.clone();
    later(move || read_text(&p, &text));
}

/// Reads `text`, what the box held. A bad paste shows the reader's message and changes nothing
/// else.
fn read_text(panel: &Rc<Panel>, text: &str) {
    // The reader refuses over 2 MB before looking at it.
    let result = read_paste(text);
    match result {
        Err(message) => {
            panel.error.set_text_content(Some(&message));
            show(&panel.error, true);
            let _ = panel.slot.remove_attribute("aria-busy");
        }
        Ok(paste) => {
            show(&panel.error, false);
            *panel.paste.borrow_mut() = Some(paste);
            panel.selected.set(0);
            let _ = panel.use_button.remove_attribute("aria-disabled");
            // Drawn in the next task: reading a long answer and drawing it never make one.
            let p = panel.clone();
            later(move || {
                answer_view::render(&p);
                position_view::render(&p);
                let _ = p.slot.remove_attribute("aria-busy");
            });
        }
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;
    #[wasm_bindgen(method, js_class = "TextEncoder")]
    fn encode(this: &Utf8Encoder, text: &JsValue) -> Vec<u8>;
}

/// What the box holds, copied into the module as UTF-8 by the browser's encoder: `value()`
/// copies a string a character at a time in JavaScript, 10 ms or more for a 1 MB paste.
fn pasted_text(text: &HtmlTextAreaElement) -> String {
    let value = js_sys::Reflect::get(text, &JsValue::from_str("value")).unwrap_or_default();
    String::from_utf8(Utf8Encoder::new().encode(&value)).unwrap_or_else(|_| text.value())
}

/// Puts the chosen position into the playground and says what happened on the way.
pub(super) fn use_selected(panel: &Rc<Panel>) {
    let paste = panel.paste.borrow();
    let Some(paste) = paste.as_ref() else {
        panel.error.set_text_content(Some(&t(k::READ_FIRST)));
        show(&panel.error, true);
        return;
    };
    let Some(position) = paste.positions.get(panel.selected.get()) else {
        return;
    };
    match for_playground(&position.candidates, paste.values) {
        Ok(imported) => {
            show(&panel.error, false);
            handoff::send(&panel.slot, &imported);
            // Once the app has drawn the new tokens (its effects run before the next task), so
            // the scroll aims at where the chart ends up.
            let slot = panel.slot.clone();
            later(move || handoff::reveal_chart(&slot));
            let said = explain(paste.format, paste.values, &imported).join(" ");
            panel.status.set_text_content(Some(&said));
        }
        Err(message) => {
            panel.error.set_text_content(Some(&message));
            show(&panel.error, true);
        }
    }
}

/// What to ask each API for, folded. The APIs' names and their parameters are code; the words
/// around some of the parameters are text.
fn how_to_ask() -> Element {
    let details = el("details", "paste__how");
    add(&details, &text_el("summary", "", &t(k::HOW_TO_ASK)));
    let list = el("ul", "");
    for (api, ask) in [
        (
            "OpenAI chat completions",
            r#""logprobs": true, "top_logprobs": 20"#.to_string(),
        ),
        (
            "OpenAI Responses",
            r#""include": ["message.output_text.logprobs"], "top_logprobs": 20"#.to_string(),
        ),
        (
            "Completions, vLLM, Together",
            tr!(k::ASK_COMPLETIONS, r#""logprobs": 5"#),
        ),
        (
            "Ollama (/api/chat, /api/generate)",
            r#""logprobs": true, "top_logprobs": 20"#.to_string(),
        ),
        (
            "llama.cpp server (/completion)",
            tr!(
                k::ASK_LLAMA,
                r#""n_probs": 20"#,
                r#""post_sampling_probs": true"#
            ),
        ),
        (
            "Hugging Face TGI",
            r#""details": true, "top_n_tokens": 5"#.to_string(),
        ),
        (
            "Gemini, Vertex AI",
            r#"generationConfig "responseLogprobs": true, "logprobs": 20"#.to_string(),
        ),
    ] {
        let item = el("li", "");
        add(&item, &text_el("strong", "", api));
        add(&item, &text_el("span", "", ": "));
        add(&item, &text_el("code", "", &ask));
        add(&list, &item);
    }
    add(&details, &list);
    add(
        &details,
        &text_el("p", "paste__hint", &tr!(k::ASK_STREAMS, "data:")),
    );
    details
}
