//! One pasted position made into the playground's tokens and logits.

use super::{Candidate, Values};
use crate::math;
use crate::params::{clean_token_name, LOGIT_RANGE, MAX_TOKENS, MIN_TOKENS};
use crate::text::keys::paste as k;
use crate::text::t;
use crate::tr;

/// What the playground receives from a paste, and what happened on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// Token names, whitespace made visible, unique, most likely first.
    pub tokens: Vec<String>,
    /// Their logits, inside the slider range.
    pub logits: Vec<f64>,
    /// How many candidates had a finite number.
    pub listed: usize,
    /// How many had none (NaN, ±Infinity, probability 0) and were left out.
    pub dropped: usize,
    /// What every logit was moved by to fit the sliders (0 when they fitted).
    pub shift: f64,
    /// How many logits were still below the range after the shift and were raised to its floor.
    pub raised: usize,
    /// For log-probabilities and probabilities: the probability the kept tokens held.
    pub mass: Option<f64>,
}

/// A token's text as the playground shows it: a leading or trailing space as `␣` (so `" the"`
/// and `"the"` stay apart; spaces inside, as in "sea lion", stay), a newline as `↵`, a tab as
/// `⇥`, other control characters dropped, at most 24 characters; an empty token is `(empty)`.
pub fn visible_token(token: &str) -> String {
    let token = token.replace('\r', "");
    let core = token.trim_matches(' ');
    let lead = token.len() - token.trim_start_matches(' ').len();
    let trail = if core.is_empty() {
        0
    } else {
        token.len() - token.trim_end_matches(' ').len()
    };
    let mut shown = "\u{2423}".repeat(lead);
    shown.extend(core.chars().map(|c| match c {
        '\n' => '\u{21b5}',
        '\t' => '\u{21e5}',
        c => c,
    }));
    shown.push_str(&"\u{2423}".repeat(trail));
    let (name, _) = clean_token_name(&shown);
    if name.is_empty() {
        t(k::EMPTY_TOKEN)
    } else {
        name
    }
}

/// The `MAX_TOKENS` most likely candidates as playground tokens. Probabilities become logits
/// with ln p; every value is fitted to the slider range by [`math::fit_to_range`]. Errors when
/// fewer than two candidates have a finite number, or a probability lies outside 0..=1.
pub fn for_playground(candidates: &[Candidate], values: Values) -> Result<Imported, String> {
    if values == Values::Probs {
        if let Some(bad) = candidates.iter().find(|c| !(0.0..=1.0).contains(&c.value)) {
            return Err(tr!(
                k::PROB_OUT_OF_RANGE,
                visible_token(&bad.token),
                crate::params::format_number(bad.value)
            ));
        }
    }
    let raw: Vec<f64> = candidates.iter().map(|c| c.value).collect();
    let numbers = match values {
        Values::Probs => math::logits_from_probs(&raw),
        _ => raw,
    };
    let finite: Vec<usize> = (0..numbers.len())
        .filter(|&i| numbers[i].is_finite())
        .collect();
    let listed = finite.len();
    if listed < MIN_TOKENS {
        return Err(tr!(k::TOO_FEW, MIN_TOKENS, listed));
    }
    let finite_values: Vec<f64> = finite.iter().map(|&i| numbers[i]).collect();
    let kept: Vec<usize> = math::top_n_indices(&finite_values, MAX_TOKENS)
        .into_iter()
        .map(|k| finite[k])
        .collect();
    let kept_values: Vec<f64> = kept.iter().map(|&i| numbers[i]).collect();
    let mass = match values {
        Values::Logits => None,
        _ => Some(math::listed_mass(&kept_values)),
    };
    let (logits, shift, raised) = math::fit_to_range(&kept_values, LOGIT_RANGE.0, LOGIT_RANGE.1);
    let mut tokens: Vec<String> = Vec::with_capacity(kept.len());
    for &i in &kept {
        let name = visible_token(&candidates[i].token);
        let mut unique = name.clone();
        let mut n = 2;
        while tokens.contains(&unique) {
            unique = format!("{name}#{n}");
            n += 1;
        }
        tokens.push(unique);
    }
    Ok(Imported {
        tokens,
        logits,
        listed,
        dropped: candidates.len() - listed,
        shift,
        raised,
        mass,
    })
}
