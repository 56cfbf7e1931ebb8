//! The chosen position: the text around it, the alternatives the model listed there with their
//! ln p and probability, how much probability the list holds and what the rest had, and the
//! button that puts it into the playground.

use super::answer_view::{named, percent};
use super::hint;
use super::panel::{use_selected, Panel};
use crate::dom::{add, attr, button, el, head_row, on, text_el};
use crate::format::fixed;
use crate::math;
use crate::params::MAX_TOKENS;
use crate::paste::{for_playground, Values};
use crate::text::keys::paste as k;
use crate::text::t;
use crate::tr;
use std::rc::Rc;

/// Shows the selected position.
pub(super) fn render(panel: &Rc<Panel>) {
    let paste = panel.paste.borrow();
    let Some(paste) = paste.as_ref() else { return };
    let Some(position) = paste.positions.get(panel.selected.get()) else {
        return;
    };
    let out = &panel.position;
    out.set_text_content(None);
    let heading = if paste.answer.is_empty() {
        t(k::PASTED_LIST)
    } else {
        tr!(
            k::STEP_HEADING,
            position.step + 1,
            paste.answer.len(),
            named(position.chosen.as_deref().unwrap_or(""))
        )
    };
    add(out, &text_el("h3", "paste__heading", &heading));
    if !paste.answer.is_empty() {
        let context = el("p", "paste__context");
        add(
            &context,
            &text_el("span", "", &format!("\u{2026}{}", position.before)),
        );
        add(
            &context,
            &text_el("mark", "", position.chosen.as_deref().unwrap_or("")),
        );
        add(
            &context,
            &text_el("span", "", &format!("{}\u{2026}", position.after)),
        );
        add(out, &context);
    }
    let imported = match for_playground(&position.candidates, paste.values) {
        Ok(imported) => imported,
        Err(message) => {
            add(out, &text_el("p", "paste__error", &message));
            return;
        }
    };
    // Probabilities among the listed tokens, as the playground will show them.
    let p = math::softmax(&imported.logits);
    let table = el("table", "paste__alternatives");
    attr(&table, "data-testid", "paste-alternatives");
    let column = match paste.values {
        Values::LogProbs | Values::Probs if imported.shift == 0.0 && imported.raised == 0 => {
            k::COLUMN_LOGIT_LN_P
        }
        _ => k::COLUMN_LOGIT_PLAYGROUND,
    };
    add(
        &table,
        &text_el(
            "caption",
            "",
            &tr!(k::ALTERNATIVES_CAPTION, imported.tokens.len()),
        ),
    );
    add(
        &table,
        &head_row(&[&t(k::COLUMN_TOKEN), &t(column), &t(k::COLUMN_P_AMONG)]),
    );
    let body = el("tbody", "");
    for ((token, z), p) in imported.tokens.iter().zip(&imported.logits).zip(&p) {
        let tr = el("tr", "");
        let th = text_el("th", "", token);
        attr(&th, "scope", "row");
        add(&tr, &th);
        add(&tr, &text_el("td", "", &fixed(*z, 3)));
        add(&tr, &text_el("td", "", &percent(*p)));
        add(&body, &tr);
    }
    add(&table, &body);
    add(out, &table);
    let mass = match imported.mass {
        Some(m) if m <= 1.0 + 1e-6 => tr!(
            k::MASS_LISTED,
            imported.tokens.len(),
            percent(m),
            percent((1.0 - m).max(0.0))
        ),
        Some(_) | None => t(k::LOGITS_AS_GIVEN),
    };
    hint(out, &mass);
    if imported.listed > imported.tokens.len() {
        hint(out, &tr!(k::CANDIDATES_LISTED, imported.listed, MAX_TOKENS));
    }
    let use_here = button("button button--primary", &t(k::USE_STEP));
    let p = panel.clone();
    on(&use_here, "click", move |_| use_selected(&p));
    add(out, &use_here);
}

/// Says that step `j` has no alternatives to show.
pub(super) fn render_none(panel: &Rc<Panel>, j: usize) {
    let out = &panel.position;
    out.set_text_content(None);
    hint(out, &tr!(k::STEP_NONE, j + 1));
}
