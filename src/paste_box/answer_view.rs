//! What a reading shows first: what was read, the answer's mean loss per token and perplexity,
//! its least confident tokens, the answer as a strip of token buttons shaded by the probability
//! the model gave each, a legend, and the same numbers as a table.

use super::hint;
use super::panel::Panel;
use super::position_view;
use crate::dom::{add, attr, button, el, head_row, later, on, show, target_el, text_el};
use crate::format::{fixed, grouped};
use crate::paste::{summarize_answer, AnswerToken, Paste};
use crate::text::keys::paste as k;
use crate::text::{t, Msg};
use crate::tr;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Probability bands of the strip, most confident first: lower bound and legend text.
const BANDS: [(f64, Msg<0>); 4] = [
    (0.9, k::BAND_90),
    (0.5, k::BAND_50),
    (0.2, k::BAND_20),
    (0.0, k::BAND_0),
];

pub(super) use crate::paste::percent;

/// The band class of a token the model gave probability `p` (`None`: no number).
fn band(p: Option<f64>) -> String {
    match p {
        Some(p) => {
            let i = BANDS
                .iter()
                .position(|(lo, _)| p >= *lo)
                .unwrap_or(BANDS.len() - 1);
            format!("paste__tok paste__tok--{i}")
        }
        None => "paste__tok paste__tok--none".into(),
    }
}

/// A token's text for a button: the answer's own spacing, a newline as ↵, a tab as ⇥.
fn shown(text: &str) -> String {
    text.replace('\n', "\u{21b5}").replace('\t', "\u{21e5}")
}

/// A token's name for a screen reader or a list: quoted, without the leading space.
pub(super) fn named(text: &str) -> String {
    let text = shown(text);
    let text = text.trim();
    tr!(
        k::TOKEN_QUOTED,
        if text.is_empty() { "\u{2423}" } else { text }
    )
}

/// A token's name with its probability, as its button and table say it.
fn label(token: &AnswerToken) -> String {
    match token.logprob {
        Some(lp) => tr!(k::TOKEN_PROBABILITY, named(&token.text), percent(lp.exp())),
        None => tr!(k::TOKEN_NO_PROBABILITY, named(&token.text)),
    }
}

/// Fills the panel's answer part for what was read.
pub(super) fn render(panel: &Rc<Panel>) {
    let read = panel.paste.borrow();
    let Some(paste) = read.as_ref() else { return };
    let out = &panel.answer;
    out.set_text_content(None);
    add(out, &text_el("p", "paste__read", &read_line(paste)));
    for note in paste.notes() {
        hint(out, &note);
    }
    let Some(summary) = summarize_answer(paste) else {
        return;
    };
    let facts = el("dl", "readouts paste__summary");
    for (term, value, id) in [
        (k::SUMMARY_TOKENS, grouped(summary.tokens), "paste-tokens"),
        (
            k::SUMMARY_LOSS,
            crate::tr!(
                crate::text::keys::shell::VALUE_NATS,
                fixed(summary.mean_loss, 3)
            ),
            "paste-loss",
        ),
        (
            k::SUMMARY_PERPLEXITY,
            fixed(summary.perplexity, 2),
            "paste-perplexity",
        ),
    ] {
        let item = el("div", "readout");
        add(&item, &text_el("dt", "readout__label", &t(term)));
        let dd = text_el("dd", "readout__value", &value);
        attr(&dd, "data-testid", id);
        add(&item, &dd);
        add(&facts, &item);
    }
    add(out, &facts);
    if summary.scored < summary.tokens {
        hint(
            out,
            &tr!(
                k::UNSCORED,
                summary.tokens - summary.scored,
                summary.tokens,
                summary.scored
            ),
        );
    }
    hint(
        out,
        &tr!(k::PERPLEXITY_MEANING, fixed(summary.perplexity, 2)),
    );
    let least = el("p", "paste__least");
    add(&least, &text_el("span", "", &t(k::LEAST_CONFIDENT)));
    for &j in &summary.least {
        let b = button("chip", &label(&paste.answer[j]));
        attr(&b, "data-j", &j.to_string());
        let p = panel.clone();
        on(&b, "click", move |_| choose_step(&p, j));
        add(&least, &b);
    }
    add(out, &least);
    // A toolbar: one tab stop for the whole answer (a long one has thousands of tokens), arrow
    // keys between its tokens.
    let strip = el("div", "paste__strip");
    attr(&strip, "role", "toolbar");
    attr(&strip, "aria-label", &t(k::STRIP_LABEL));
    attr(&strip, "data-testid", "paste-strip");
    attr(&strip, "aria-busy", "true");
    let buttons: Vec<[String; 2]> = paste
        .answer
        .iter()
        .map(|t| [shown(&t.text), label(t)])
        .collect();
    let bands: Vec<String> = paste
        .answer
        .iter()
        .map(|t| band(t.logprob.map(f64::exp)))
        .collect();
    add(out, &strip);
    panel.strip.borrow_mut().clear();
    fill_strip(panel.clone(), strip.clone(), Rc::new((buttons, bands)), 0);
    add(out, &legend());
    add(out, &table(paste));
    // One listener for the whole strip; the button pressed is found among the ones drawn.
    let p = panel.clone();
    on(&strip, "click", move |ev| {
        let pressed = target_el(&ev).and_then(|t| t.closest("button").ok().flatten());
        let j = pressed.and_then(|b| p.strip.borrow().iter().position(|s| *s == b));
        if let Some(j) = j {
            choose_step(&p, j);
        }
    });
    let p = panel.clone();
    on(&strip, "keydown", move |ev| {
        let Some(key) = ev.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
            return;
        };
        let buttons = p.strip.borrow();
        let from = target_el(&ev).and_then(|t| buttons.iter().position(|b| *b == t));
        if let Some(to) = from.and_then(|from| roving_target(&key, from, buttons.len())) {
            ev.prevent_default();
            rove(&buttons, to);
        }
    });
}

/// Where an arrow, Home or End key moves focus in a strip of `n` tokens from token `from`:
/// left and up go back one, right and down forward one, Page Up and Page Down ten; none past
/// either end.
fn roving_target(key: &str, from: usize, n: usize) -> Option<usize> {
    let last = n.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some((from + 1).min(last)),
        "ArrowLeft" | "ArrowUp" => Some(from.saturating_sub(1)),
        "PageDown" => Some((from + 10).min(last)),
        "PageUp" => Some(from.saturating_sub(10)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// Makes token `j` the strip's one tab stop and focuses it.
fn rove(buttons: &[Element], j: usize) {
    for b in buttons
        .iter()
        .filter(|b| b.get_attribute("tabindex").as_deref() == Some("0"))
    {
        attr(b, "tabindex", "-1");
    }
    if let Some(b) = buttons.get(j) {
        attr(b, "tabindex", "0");
        if let Some(h) = b.dyn_ref::<HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Buttons of the strip drawn per task: a long answer never holds the page for long.
const STRIP_CHUNK: usize = 250;

/// Adds the strip's buttons from `from` on, [`STRIP_CHUNK`] per task, unless a newer reading
/// has replaced this one; marks the chosen one when done.
fn fill_strip(
    panel: Rc<Panel>,
    strip: Element,
    items: Rc<(Vec<[String; 2]>, Vec<String>)>,
    from: usize,
) {
    if !strip.is_connected() {
        return;
    }
    let (texts, bands) = &*items;
    let to = (from + STRIP_CHUNK).min(texts.len());
    for j in from..to {
        let b = button(&bands[j], &texts[j][0]);
        attr(&b, "aria-label", &texts[j][1]);
        attr(&b, "data-j", &j.to_string());
        attr(&b, "aria-pressed", "false");
        // The first token is the tab stop until the chosen one takes it (`mark_step`).
        attr(&b, "tabindex", if j == 0 { "0" } else { "-1" });
        add(&strip, &b);
        panel.strip.borrow_mut().push(b);
    }
    if to < texts.len() {
        later(move || fill_strip(panel, strip, items, to));
    } else {
        let _ = strip.remove_attribute("aria-busy");
        mark(&panel);
    }
}

/// What the first line says: the format and how much of it there is.
fn read_line(paste: &Paste) -> String {
    let with = paste.positions.len();
    if paste.answer.is_empty() {
        let n = paste.positions.first().map_or(0, |p| p.candidates.len());
        return tr!(k::READ_CANDIDATES, t(paste.format.label()), n);
    }
    tr!(
        k::READ_ANSWER,
        t(paste.format.label()),
        paste.answer.len(),
        with
    )
}

/// Chooses the position at answer step `j` (or says there is none to choose there).
fn choose_step(panel: &Rc<Panel>, j: usize) {
    let found = panel
        .paste
        .borrow()
        .as_ref()
        .map(|p| p.positions.binary_search_by_key(&j, |q| q.step));
    match found {
        Some(Ok(i)) => {
            panel.selected.set(i);
            position_view::render(panel);
        }
        Some(Err(_)) => position_view::render_none(panel, j),
        None => return,
    }
    mark_step(panel, j);
}

/// Marks the chosen position's button in the strip (`aria-pressed`).
fn mark(panel: &Rc<Panel>) {
    let step = panel
        .paste
        .borrow()
        .as_ref()
        .and_then(|p| p.positions.get(panel.selected.get()).map(|q| q.step));
    if let Some(j) = step {
        mark_step(panel, j);
    }
}

fn mark_step(panel: &Rc<Panel>, j: usize) {
    let strip = &panel.answer;
    if let Ok(Some(old)) = strip.query_selector(".paste__strip [aria-pressed=true]") {
        attr(&old, "aria-pressed", "false");
    }
    let buttons = panel.strip.borrow();
    if let Some(b) = buttons.get(j) {
        attr(b, "aria-pressed", "true");
        // The chosen token is where Tab enters the strip.
        if let Ok(Some(stop)) = strip.query_selector(".paste__strip [tabindex='0']") {
            attr(&stop, "tabindex", "-1");
        }
        attr(b, "tabindex", "0");
    }
}

/// The shades' meaning, in words beside each swatch.
fn legend() -> Element {
    let legend = el("p", "paste__legend");
    add(&legend, &text_el("span", "", &t(k::LEGEND_LABEL)));
    let samples: Vec<(String, Msg<0>)> = BANDS
        .iter()
        .enumerate()
        .map(|(i, (_, text))| (format!("paste__tok paste__tok--{i}"), *text))
        .chain([("paste__tok paste__tok--none".to_string(), k::BAND_NONE)])
        .collect();
    for (class, text) in samples {
        let item = el("span", "paste__key");
        let swatch = el("span", &class);
        attr(&swatch, "aria-hidden", "true");
        swatch.set_text_content(Some("ab"));
        add(&item, &swatch);
        add(&item, &text_el("span", "", &t(text)));
        add(&legend, &item);
    }
    legend
}

/// The answer as a table (folded; its rows are built when it first opens).
fn table(paste: &Paste) -> Element {
    let details = el("details", "data-table paste__table");
    add(&details, &text_el("summary", "", &t(k::TABLE_SUMMARY)));
    let answer = paste.answer.clone();
    let built = std::cell::Cell::new(false);
    let d = details.clone();
    on(&details, "toggle", move |_| {
        if built.replace(true) {
            return;
        }
        let table = el("table", "");
        attr(&table, "data-testid", "paste-answer-table");
        add(&table, &text_el("caption", "", &t(k::TABLE_CAPTION)));
        add(
            &table,
            &head_row(&[
                &t(k::COLUMN_STEP),
                &t(k::COLUMN_TOKEN),
                "p",
                "\u{2212}ln p (nats)",
            ]),
        );
        let body = el("tbody", "");
        for (j, t) in answer.iter().enumerate() {
            let (p, loss) = match t.logprob {
                Some(lp) => (percent(lp.exp()), fixed(-lp, 3)),
                None => ("\u{2014}".into(), "\u{2014}".into()),
            };
            let tr = el("tr", "");
            for cell in [grouped(j + 1), named(&t.text), p, loss] {
                add(&tr, &text_el("td", "", &cell));
            }
            add(&body, &tr);
        }
        add(&table, &body);
        add(&d, &table);
    });
    show(&details, true);
    details
}

#[cfg(test)]
mod tests {
    use super::roving_target;

    #[test]
    fn keys_move_within_the_strip_and_stop_at_its_ends() {
        assert_eq!(roving_target("ArrowRight", 0, 5), Some(1));
        assert_eq!(roving_target("ArrowDown", 4, 5), Some(4));
        assert_eq!(roving_target("ArrowLeft", 0, 5), Some(0));
        assert_eq!(roving_target("ArrowUp", 3, 5), Some(2));
        assert_eq!(roving_target("PageDown", 2, 30), Some(12));
        assert_eq!(roving_target("PageDown", 25, 30), Some(29));
        assert_eq!(roving_target("PageUp", 7, 30), Some(0));
        assert_eq!(roving_target("Home", 3, 5), Some(0));
        assert_eq!(roving_target("End", 0, 5), Some(4));
        assert_eq!(
            roving_target("Enter", 0, 5),
            None,
            "Enter and Space press the button"
        );
        assert_eq!(roving_target("ArrowRight", 0, 0), None, "an empty strip");
    }
}
