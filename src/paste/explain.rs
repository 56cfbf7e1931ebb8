//! What the page says after an import: what the numbers are and what the playground did to them.

use super::{Format, Imported, Values};
use crate::format::{fixed, grouped, signed};
use crate::params::{LOGIT_RANGE, MAX_TOKENS};

/// A percentage with one decimal: `0.973` -> `97.3%`.
fn percent(x: f64) -> String {
    format!("{}%", fixed(x * 100.0, 1))
}

/// The sentences shown under the paste box, in order: what was read, what the numbers are, and
/// every change made on the way into the playground.
pub fn explain(format: Format, values: Values, imported: &Imported) -> Vec<String> {
    let kept = imported.tokens.len();
    let mut out = vec![format!(
        "Read as {}: {} {} with a number, {kept} in the playground.",
        format.label(),
        grouped(imported.listed),
        if imported.listed == 1 {
            "token"
        } else {
            "tokens"
        },
    )];
    let mass = imported.mass.filter(|m| *m <= 1.0 + 1e-6);
    match (values, mass) {
        (Values::Logits, _) => {
            out.push("Used as logits, just as given: softmax turns them into probabilities.".into())
        }
        (_, None) => out.push(format!(
            "These add up to {} of probability, more than 100%, so they cannot come from one \
             distribution; the playground uses them as logits.",
            percent(imported.mass.unwrap_or(0.0))
        )),
        (Values::LogProbs, Some(m)) => {
            out.push(
                "These are log-probabilities: ln p = z \u{2212} ln \u{3a3} e\u{1dbb}, each logit minus the \
                 log-sum-exp over the model\u{2019}s whole vocabulary. Subtracting one number from every \
                 logit leaves softmax unchanged, so softmax over them gives the model\u{2019}s own \
                 probabilities back."
                    .into(),
            );
            out.push(mass_sentence(m, kept));
        }
        (Values::Probs, Some(m)) => {
            out.push(
                "These are probabilities, so each logit is ln p: softmax of ln p gives p back, \
                 divided by the sum of the listed p."
                    .into(),
            );
            out.push(mass_sentence(m, kept));
        }
    }
    if imported.listed > kept {
        out.push(format!(
            "The playground holds at most {MAX_TOKENS} tokens, so it kept the {kept} most likely of {}.",
            grouped(imported.listed)
        ));
    }
    if imported.dropped > 0 {
        out.push(format!(
            "Left out: {} with no finite number (NaN, infinite, or probability 0).",
            count(imported.dropped)
        ));
    }
    if imported.shift != 0.0 {
        out.push(format!(
            "The sliders run from {} to {}, so every value moved by {}; softmax does not change \
             when every logit moves by the same amount.",
            fixed(LOGIT_RANGE.0, 0),
            fixed(LOGIT_RANGE.1, 0),
            signed(imported.shift, 3)
        ));
    }
    if imported.raised > 0 {
        out.push(format!(
            "{} still lay below {floor} after that and were set to {floor}, so their tiny \
             probabilities grew a little.",
            count(imported.raised),
            floor = fixed(LOGIT_RANGE.0, 0)
        ));
    }
    out.push(
        "Every later section (sampling, loss, gradients, pitfalls) now works on these tokens, and \
         the share link carries them."
            .into(),
    );
    out
}

fn mass_sentence(mass: f64, kept: usize) -> String {
    format!(
        "The {kept} tokens here held {} of the model\u{2019}s probability; the rest of its vocabulary \
         held {}. The playground renormalises over the listed ones, which is what top-k sampling \
         with k = {kept} does.",
        percent(mass),
        percent(1.0 - mass)
    )
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 token".into()
    } else {
        format!("{} tokens", grouped(n))
    }
}
