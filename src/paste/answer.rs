//! The whole answer of a pasted response at a glance: its mean loss per token, its perplexity
//! and the tokens the model was least sure of.

use super::Paste;
use crate::math;

/// How many of the least confident tokens the page lists.
pub const LEAST_SHOWN: usize = 5;

/// What the page says about a pasted answer.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerSummary {
    /// Tokens in the answer.
    pub tokens: usize,
    /// Of those, how many came with the probability the model gave them.
    pub scored: usize,
    /// Mean loss per scored token, nats: `-(1/n) sum ln p` ([`math::mean_surprisal`]).
    pub mean_loss: f64,
    /// `e^mean_loss` ([`math::perplexity`]): as unsure, on average, as a uniform choice among
    /// this many tokens.
    pub perplexity: f64,
    /// Indices into the answer of the least confident tokens, least likely first.
    pub least: Vec<usize>,
}

/// The summary of `paste`'s answer, or `None` when it has no token with a probability (a plain
/// list of logits, or a response without the chosen tokens' numbers).
pub fn summarize_answer(paste: &Paste) -> Option<AnswerSummary> {
    let scored: Vec<(usize, f64)> = paste
        .answer
        .iter()
        .enumerate()
        .filter_map(|(j, t)| t.logprob.map(|lp| (j, lp)))
        .collect();
    if scored.is_empty() {
        return None;
    }
    let logprobs: Vec<f64> = scored.iter().map(|(_, lp)| *lp).collect();
    let mean_loss = math::mean_surprisal(&logprobs);
    let surprise: Vec<f64> = logprobs.iter().map(|lp| -lp).collect();
    let least = math::top_n_indices(&surprise, LEAST_SHOWN)
        .into_iter()
        .map(|i| scored[i].0)
        .collect();
    Some(AnswerSummary {
        tokens: paste.answer.len(),
        scored: scored.len(),
        mean_loss,
        perplexity: math::perplexity(mean_loss),
        least,
    })
}
