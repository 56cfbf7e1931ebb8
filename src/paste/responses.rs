//! The JSON shapes the playground reads: a token → logit object, an array of numbers, an array of
//! `{token, logprob}`, and the responses of OpenAI-compatible servers and llama.cpp.

use super::json::Json;
use super::{Candidate, Format, Position, Values};

/// What a JSON value holds, as positions of candidate tokens.
pub(super) fn read_json(root: &Json) -> Result<(Format, Values, Vec<Position>), String> {
    match root {
        Json::List(items) => read_list(items),
        Json::Object(pairs) => {
            if let Some(choices) = root.get("choices") {
                return read_choices(choices);
            }
            if let Some(steps) = root.get("completion_probabilities") {
                return read_llama(steps);
            }
            if pairs.is_empty() {
                return Err("This JSON object is empty.".into());
            }
            let mut out = Vec::new();
            for (key, value) in pairs {
                match value.number() {
                    Some(value) => out.push(Candidate {
                        token: key.clone(),
                        value,
                    }),
                    None if out.is_empty() && !pairs.iter().any(|(_, v)| v.number().is_some()) => {
                        return Err(UNKNOWN.into())
                    }
                    None => {
                        return Err(format!(
                            "In this JSON object, the value of \u{2018}{}\u{2019} is not a number.",
                            super::lines::clip(key)
                        ))
                    }
                }
            }
            Ok((Format::JsonObject, Values::Logits, single(out)))
        }
        _ => Err(UNKNOWN.into()),
    }
}

const UNKNOWN: &str = "This JSON is none of the shapes the playground reads: an object of token \
    logits, an array of numbers, or a response with choices[].logprobs or completion_probabilities.";

fn single(candidates: Vec<Candidate>) -> Vec<Position> {
    vec![Position {
        chosen: None,
        before: String::new(),
        after: String::new(),
        candidates,
    }]
}

/// `[2.0, 1.0]` or `[{"token": "a", "logprob": -0.1}, …]`.
fn read_list(items: &[Json]) -> Result<(Format, Values, Vec<Position>), String> {
    if items.is_empty() {
        return Err("This JSON array is empty.".into());
    }
    if let Some(values) = items.iter().map(Json::number).collect::<Option<Vec<f64>>>() {
        let out = values
            .into_iter()
            .enumerate()
            .map(|(i, value)| Candidate {
                token: format!("t{}", i + 1),
                value,
            })
            .collect();
        return Ok((Format::JsonNumbers, Values::Logits, single(out)));
    }
    match top_list(items, "logprob") {
        Some(out) => Ok((Format::JsonTopLogprobs, Values::LogProbs, single(out))),
        None => Err(
            "This JSON array holds something other than numbers or {\"token\", \"logprob\"} pairs."
                .into(),
        ),
    }
}

/// `[{"token": t, <field>: x}, …]` (also `tok_str` for the token), or `None` if any item differs.
fn top_list(items: &[Json], field: &str) -> Option<Vec<Candidate>> {
    items
        .iter()
        .map(|item| {
            let token = item.get("token").or_else(|| item.get("tok_str"))?.text()?;
            let value = item.get(field)?.number()?;
            Some(Candidate {
                token: token.to_string(),
                value,
            })
        })
        .collect()
}

/// OpenAI-compatible: the first choice that has logprobs, chat (`content`) or legacy form.
fn read_choices(choices: &Json) -> Result<(Format, Values, Vec<Position>), String> {
    let logprobs = choices
        .list()
        .unwrap_or_default()
        .iter()
        .filter_map(|c| c.get("logprobs"))
        .find(|l| !matches!(l, Json::Null))
        .ok_or("No logprobs in this response: ask for them with \"logprobs\": true and \"top_logprobs\": 20.")?;
    if let Some(content) = logprobs.get("content").and_then(Json::list) {
        let mut chosen = Vec::new();
        let mut lists = Vec::new();
        for step in content {
            chosen.push(
                step.get("token")
                    .and_then(Json::text)
                    .unwrap_or("")
                    .to_string(),
            );
            let top = step
                .get("top_logprobs")
                .and_then(Json::list)
                .unwrap_or_default();
            lists.push(top_list(top, "logprob").unwrap_or_default());
        }
        return positions(Format::OpenAiChat, Values::LogProbs, chosen, lists);
    }
    let Some(top) = logprobs.get("top_logprobs").and_then(Json::list) else {
        return Err(NO_TOP.into());
    };
    let tokens = logprobs
        .get("tokens")
        .and_then(Json::list)
        .unwrap_or_default();
    let chosen = (0..top.len())
        .map(|j| tokens.get(j).and_then(Json::text).unwrap_or("").to_string())
        .collect();
    let lists = top
        .iter()
        .map(|map| match map {
            Json::Object(pairs) => pairs
                .iter()
                .filter_map(|(k, v)| {
                    Some(Candidate {
                        token: k.clone(),
                        value: v.number()?,
                    })
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    positions(Format::OpenAiLegacy, Values::LogProbs, chosen, lists)
}

const NO_TOP: &str = "No top_logprobs in this response: ask for them with \"top_logprobs\" \
    (chat) or \"logprobs\": 5 (legacy completions), or \"n_probs\" with llama.cpp.";

/// llama.cpp `/completion` with `n_probs`: `top_logprobs` (current), `top_probs` (with
/// `post_sampling_probs`) or `probs` with `tok_str` and `content` (older servers).
fn read_llama(steps: &Json) -> Result<(Format, Values, Vec<Position>), String> {
    let steps = steps.list().unwrap_or_default();
    let old = steps.iter().any(|s| s.get("probs").is_some());
    let probs = old || steps.iter().any(|s| s.get("top_probs").is_some());
    let (list_key, field) = match (old, probs) {
        (true, _) => ("probs", "prob"),
        (false, true) => ("top_probs", "prob"),
        _ => ("top_logprobs", "logprob"),
    };
    let mut chosen = Vec::new();
    let mut lists = Vec::new();
    for step in steps {
        let token = step.get("token").or_else(|| step.get("content"));
        chosen.push(token.and_then(Json::text).unwrap_or("").to_string());
        let top = step.get(list_key).and_then(Json::list).unwrap_or_default();
        lists.push(top_list(top, field).unwrap_or_default());
    }
    let (format, values) = if probs {
        (Format::LlamaCppProbs, Values::Probs)
    } else {
        (Format::LlamaCpp, Values::LogProbs)
    };
    positions(format, values, chosen, lists)
}

/// Positions with at least two candidates, each with the generated text around it.
fn positions(
    format: Format,
    values: Values,
    chosen: Vec<String>,
    lists: Vec<Vec<Candidate>>,
) -> Result<(Format, Values, Vec<Position>), String> {
    if lists.iter().all(Vec::is_empty) {
        return Err(NO_TOP.into());
    }
    let out: Vec<Position> = lists
        .into_iter()
        .enumerate()
        .filter(|(_, l)| l.len() >= 2)
        .map(|(j, candidates)| Position {
            before: tail(&chosen[..j], 40),
            chosen: Some(chosen[j].clone()),
            after: head(&chosen[j + 1..], 24),
            candidates,
        })
        .collect();
    if out.is_empty() {
        return Err(
            "Every position lists only one token; ask for top_logprobs of 2 or more.".into(),
        );
    }
    Ok((format, values, out))
}

/// The last `n` characters of the pieces joined.
fn tail(pieces: &[String], n: usize) -> String {
    let mut taken: Vec<char> = Vec::new();
    for piece in pieces.iter().rev() {
        taken.extend(piece.chars().rev());
        if taken.len() >= n {
            break;
        }
    }
    taken.truncate(n);
    taken.into_iter().rev().collect()
}

/// The first `n` characters of the pieces joined.
fn head(pieces: &[String], n: usize) -> String {
    let mut out = String::new();
    for piece in pieces {
        out.push_str(piece);
        if out.chars().count() >= n {
            break;
        }
    }
    out.chars().take(n).collect()
}
