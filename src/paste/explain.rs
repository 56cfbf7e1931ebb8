//! What the page says after an import: what the numbers are and what the playground did to them.

use super::{Format, Imported, Values};
use crate::format::{fixed, signed};
use crate::params::{LOGIT_RANGE, MAX_TOKENS};
use crate::text::keys::paste as k;
use crate::text::t;
use crate::tr;

/// A probability as a percentage with one decimal, written as the language writes one:
/// `0.973` -> `97.3%` in English, `97,3 %` in Spanish.
pub fn percent(x: f64) -> String {
    tr!(k::PERCENT, fixed(x * 100.0, 1))
}

/// The sentences shown under the paste box, in order: what was read, what the numbers are, and
/// every change made on the way into the playground.
pub fn explain(format: Format, values: Values, imported: &Imported) -> Vec<String> {
    let kept = imported.tokens.len();
    let mut out = vec![tr!(
        k::EXPLAIN_READ,
        t(format.label()),
        imported.listed,
        kept
    )];
    let mass = imported.mass.filter(|m| *m <= 1.0 + 1e-6);
    match (values, mass) {
        (Values::Logits, _) => out.push(t(k::EXPLAIN_LOGITS)),
        (_, None) => out.push(tr!(
            k::EXPLAIN_TOO_MUCH,
            percent(imported.mass.unwrap_or(0.0))
        )),
        (Values::LogProbs, Some(m)) => {
            out.push(t(k::EXPLAIN_LOGPROBS));
            out.push(mass_sentence(m, kept));
        }
        (Values::Probs, Some(m)) => {
            out.push(t(k::EXPLAIN_PROBS));
            out.push(mass_sentence(m, kept));
        }
    }
    if imported.listed > kept {
        out.push(tr!(k::EXPLAIN_KEPT, MAX_TOKENS, kept, imported.listed));
    }
    if imported.dropped > 0 {
        out.push(tr!(k::EXPLAIN_DROPPED, imported.dropped));
    }
    if imported.shift != 0.0 {
        out.push(tr!(
            k::EXPLAIN_SHIFTED,
            fixed(LOGIT_RANGE.0, 0),
            fixed(LOGIT_RANGE.1, 0),
            signed(imported.shift, 3)
        ));
    }
    if imported.raised > 0 {
        out.push(tr!(
            k::EXPLAIN_RAISED,
            imported.raised,
            fixed(LOGIT_RANGE.0, 0)
        ));
    }
    out.push(t(k::EXPLAIN_LATER));
    out
}

fn mass_sentence(mass: f64, kept: usize) -> String {
    tr!(k::EXPLAIN_MASS, kept, percent(mass), percent(1.0 - mass))
}
