//! The JSON shapes the playground reads: a token → logit object, an array of numbers, an array of
//! `{token, logprob}`, and the responses of OpenAI-compatible servers and llama.cpp (the other
//! APIs' shapes are in `apis.rs`).

use super::apis;
use super::json::Json;
use super::{AnswerToken, Candidate, Format, Position, Values};
use crate::text::keys::paste as k;
use crate::text::t;
use crate::tr;

/// A response read token by token: for every generated token, the one chosen and the candidates
/// listed there.
pub(super) struct Steps {
    /// Whose response it is.
    pub format: Format,
    /// What its numbers are.
    pub values: Values,
    /// The token chosen at each step ("" when the response does not say) and its own number
    /// (log-probability or probability, as `values`), when the response gives it.
    pub chosen: Vec<(String, Option<f64>)>,
    /// The candidates listed at each step.
    pub lists: Vec<Vec<Candidate>>,
}

/// The steps of a model's response, if `root` has the shape of one (`None` when it has none of
/// the shapes, an error when it has one but no usable log-probabilities).
pub(super) fn steps_of(root: &Json) -> Option<Result<Steps, String>> {
    if let Some(choices) = root.get("choices") {
        return Some(read_choices(choices));
    }
    if let Some(steps) = root.get("completion_probabilities") {
        return Some(read_llama(steps));
    }
    apis::steps_of(root)
}

/// What one reading yields: the format recognised, what the numbers are, the positions, and
/// the whole answer when the paste is a response.
pub(super) struct Reading {
    pub format: Format,
    pub values: Values,
    pub positions: Vec<Position>,
    pub answer: Vec<AnswerToken>,
}

/// What a JSON value holds, as positions of candidate tokens.
pub(super) fn read_json(root: &Json) -> Result<Reading, String> {
    if let Some(steps) = steps_of(root) {
        return positions(steps?);
    }
    match root {
        Json::List(items) => read_list(items),
        Json::Object(pairs) => {
            if pairs.is_empty() {
                return Err(t(k::JSON_OBJECT_EMPTY));
            }
            let mut out = Vec::new();
            for (key, value) in pairs {
                match value.number() {
                    Some(value) => out.push(Candidate {
                        token: key.to_string(),
                        value,
                    }),
                    None if out.is_empty() && !pairs.iter().any(|(_, v)| v.number().is_some()) => {
                        return Err(t(k::JSON_UNKNOWN))
                    }
                    None => return Err(tr!(k::JSON_OBJECT_NOT_NUMBER, super::lines::clip(key))),
                }
            }
            Ok(single(Format::JsonObject, Values::Logits, out))
        }
        _ => Err(t(k::JSON_UNKNOWN)),
    }
}

/// A paste that is one list of candidates, not a response.
pub(super) fn single(format: Format, values: Values, candidates: Vec<Candidate>) -> Reading {
    Reading {
        format,
        values,
        positions: vec![Position {
            step: 0,
            chosen: None,
            before: String::new(),
            after: String::new(),
            candidates,
        }],
        answer: Vec::new(),
    }
}

/// `[2.0, 1.0]` or `[{"token": "a", "logprob": -0.1}, …]`.
fn read_list(items: &[Json]) -> Result<Reading, String> {
    if items.is_empty() {
        return Err(t(k::JSON_ARRAY_EMPTY));
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
        return Ok(single(Format::JsonNumbers, Values::Logits, out));
    }
    match top_list(items, "logprob") {
        Some(out) => Ok(single(Format::JsonTopLogprobs, Values::LogProbs, out)),
        None => Err(tr!(k::JSON_ARRAY_OTHER, r#"{"token", "logprob"}"#)),
    }
}

/// `[{"token": t, <field>: x}, …]` (also `tok_str` or `text` for the token), or `None` if any
/// item differs.
pub(super) fn top_list(items: &[Json], field: &str) -> Option<Vec<Candidate>> {
    items
        .iter()
        .map(|item| {
            let value = item.get(field)?.number()?;
            Some(Candidate {
                token: token_text(item)?,
                value,
            })
        })
        .collect()
}

/// A listed token's text. A token that is only part of a UTF-8 character comes as `"\\xe2\\x80"`,
/// `"bytes:\\xe2"` or a replacement character beside its `bytes`: then the bytes are decoded, and
/// what is not a whole character is written `<0xE2>`, as llama.cpp names byte tokens.
pub(super) fn token_text(item: &Json) -> Option<String> {
    let text = item
        .get("token")
        .or_else(|| item.get("tok_str"))
        .or_else(|| item.get("text"))?
        .text()?;
    let broken = text.contains('\u{fffd}') || text.contains("\\x") || text.starts_with("bytes:");
    if !broken {
        return Some(text.to_string());
    }
    let bytes: Option<Vec<u8>> = item.get("bytes").and_then(Json::list).and_then(|b| {
        b.iter()
            .map(|x| {
                x.number()
                    .filter(|n| (0.0..=255.0).contains(n))
                    .map(|n| n as u8)
            })
            .collect()
    });
    Some(match bytes {
        Some(bytes) if !bytes.is_empty() => readable_bytes(&bytes),
        _ => text.to_string(),
    })
}

/// `bytes` as text: whole UTF-8 characters as themselves, every other byte as `<0xHH>`.
pub(super) fn readable_bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                for b in &bad[..skip] {
                    out.push_str(&format!("<0x{b:02X}>"));
                }
                rest = &bad[skip..];
            }
        }
    }
    out
}

/// OpenAI-compatible: the first choice that has logprobs, chat (`content`) or legacy form.
fn read_choices(choices: &Json) -> Result<Steps, String> {
    let logprobs = choices
        .list()
        .unwrap_or_default()
        .iter()
        .filter_map(|c| c.get("logprobs"))
        .find(|l| !matches!(l, Json::Null))
        .ok_or_else(|| no_logprobs(r#""logprobs": true"#))?;
    if let Some(content) = logprobs.get("content").and_then(Json::list) {
        return Ok(logprob_steps(Format::OpenAiChat, content));
    }
    let Some(top) = logprobs.get("top_logprobs").and_then(Json::list) else {
        return Err(no_top());
    };
    let tokens = logprobs
        .get("tokens")
        .and_then(Json::list)
        .unwrap_or_default();
    let numbers = logprobs
        .get("token_logprobs")
        .and_then(Json::list)
        .unwrap_or_default();
    let chosen = (0..top.len())
        .map(|j| {
            let text = tokens.get(j).and_then(Json::text).unwrap_or("");
            (text.to_string(), numbers.get(j).and_then(Json::number))
        })
        .collect();
    let lists = top
        .iter()
        .map(|map| match map {
            Json::Object(pairs) => pairs
                .iter()
                .filter_map(|(k, v)| {
                    Some(Candidate {
                        token: k.to_string(),
                        value: v.number()?,
                    })
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    Ok(Steps {
        format: Format::OpenAiLegacy,
        values: Values::LogProbs,
        chosen,
        lists,
    })
}

/// `[{"token", "logprob", "top_logprobs": [{"token", "logprob"}, …]}, …]`: OpenAI chat
/// completions' `content`, the Responses API's `logprobs` and Ollama's `logprobs`.
pub(super) fn logprob_steps(format: Format, items: &[Json]) -> Steps {
    let mut chosen = Vec::new();
    let mut lists = Vec::new();
    for step in items {
        chosen.push(chosen_of(step, "logprob"));
        let top = step
            .get("top_logprobs")
            .and_then(Json::list)
            .unwrap_or_default();
        lists.push(top_list(top, "logprob").unwrap_or_default());
    }
    Steps {
        format,
        values: Values::LogProbs,
        chosen,
        lists,
    }
}

/// "No logprobs in this response: ask for them with `ask` and "top_logprobs": 20."
pub(super) fn no_logprobs(ask: &str) -> String {
    tr!(k::NO_LOGPROBS, "logprobs", ask, r#""top_logprobs": 20"#)
}

/// "No top_logprobs in this response: ask for them with …", each API's parameter.
pub(super) fn no_top() -> String {
    tr!(
        k::NO_TOP,
        "top_logprobs",
        r#""top_logprobs""#,
        r#""logprobs": 5"#,
        r#""n_probs""#,
        r#""top_n_tokens""#,
        r#""logprobs""#
    )
}

/// llama.cpp `/completion` with `n_probs`: `top_logprobs` (current), `top_probs` (with
/// `post_sampling_probs`) or `probs` with `tok_str` and `content` (older servers).
fn read_llama(steps: &Json) -> Result<Steps, String> {
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
        let text = token.and_then(Json::text).unwrap_or("").to_string();
        chosen.push((text, step.get(field).and_then(Json::number)));
        let top = step.get(list_key).and_then(Json::list).unwrap_or_default();
        lists.push(top_list(top, field).unwrap_or_default());
    }
    let (format, values) = if probs {
        (Format::LlamaCppProbs, Values::Probs)
    } else {
        (Format::LlamaCpp, Values::LogProbs)
    };
    Ok(Steps {
        format,
        values,
        chosen,
        lists,
    })
}

/// A chosen token's text and its own number in `field`.
pub(super) fn chosen_of(item: &Json, field: &str) -> (String, Option<f64>) {
    (
        token_text(item).unwrap_or_default(),
        item.get(field).and_then(Json::number),
    )
}

/// The whole answer, and the positions with at least two candidates, each with the generated
/// text around it. A chosen token without its own number takes the one it has in its list.
pub(super) fn positions(steps: Steps) -> Result<Reading, String> {
    let Steps {
        format,
        values,
        chosen,
        lists,
    } = steps;
    if lists.iter().all(Vec::is_empty) {
        return Err(no_top());
    }
    let texts: Vec<String> = chosen.iter().map(|(t, _)| t.clone()).collect();
    let answer = chosen
        .iter()
        .zip(&lists)
        .map(|((text, own), list)| {
            let listed = || list.iter().find(|c| &c.token == text).map(|c| c.value);
            AnswerToken::new(text.clone(), own.or_else(listed), values)
        })
        .collect();
    let out: Vec<Position> = lists
        .into_iter()
        .enumerate()
        .filter(|(_, l)| l.len() >= 2)
        .map(|(j, candidates)| Position {
            step: j,
            before: tail(&texts[..j], 40),
            chosen: Some(texts[j].clone()),
            after: head(&texts[j + 1..], 24),
            candidates,
        })
        .collect();
    if out.is_empty() {
        return Err(tr!(k::ONE_TOKEN, "top_logprobs"));
    }
    Ok(Reading {
        format,
        values,
        positions: out,
        answer,
    })
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
