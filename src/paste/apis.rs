//! The other APIs' response shapes: the OpenAI Responses API, Ollama, Hugging Face Text
//! Generation Inference and Google Gemini / Vertex AI, each read into [`Steps`].

use super::json::Json;
use super::responses::{chosen_of, logprob_steps, no_logprobs, no_top, top_list, Steps};
use super::{Format, Values};
use crate::text::keys::paste as k;
use crate::tr;

/// The steps of `root` when it has one of these APIs' shapes.
pub(super) fn steps_of(root: &Json) -> Option<Result<Steps, String>> {
    // TGI's Inference API wraps the answer in a one-item array.
    if let Some(first) = root.list().and_then(|items| items.first()) {
        return first.get("details").map(read_tgi);
    }
    if let Some(output) = root.get("output").and_then(Json::list) {
        return Some(read_responses(output));
    }
    if let Some(items) = root.get("logprobs").and_then(Json::list) {
        // A streamed Responses API event ("type": "response.output_text.delta") carries the same
        // list as Ollama's answers do.
        let responses = root
            .get("type")
            .and_then(Json::text)
            .is_some_and(|t| t.starts_with("response."));
        let format = if responses {
            Format::OpenAiResponses
        } else {
            Format::Ollama
        };
        return Some(Ok(logprob_steps(format, items)));
    }
    if let Some(details) = root.get("details") {
        return Some(read_tgi(details));
    }
    if let Some(candidates) = root.get("candidates").and_then(Json::list) {
        return Some(read_gemini(candidates));
    }
    None
}

/// `output[]` items of type `message`, their `content[]` parts of type `output_text`, each with
/// `logprobs[]`: every part's steps, in order.
fn read_responses(output: &[Json]) -> Result<Steps, String> {
    let mut all = logprob_steps(Format::OpenAiResponses, &[]);
    let texts = output
        .iter()
        .filter_map(|item| item.get("content").and_then(Json::list))
        .flatten()
        .filter(|part| part.get("type").and_then(Json::text) == Some("output_text"));
    for part in texts {
        let items = part
            .get("logprobs")
            .and_then(Json::list)
            .unwrap_or_default();
        let steps = logprob_steps(Format::OpenAiResponses, items);
        all.chosen.extend(steps.chosen);
        all.lists.extend(steps.lists);
    }
    if all.chosen.is_empty() {
        return Err(no_logprobs(
            r#""include": ["message.output_text.logprobs"]"#,
        ));
    }
    Ok(all)
}

/// TGI's `details`: `tokens[]` (`text`, `logprob`) and `top_tokens[][]` (asked for with
/// `top_n_tokens`).
fn read_tgi(details: &Json) -> Result<Steps, String> {
    let tokens = details
        .get("tokens")
        .and_then(Json::list)
        .unwrap_or_default();
    let Some(top) = details.get("top_tokens").and_then(Json::list) else {
        return Err(no_top());
    };
    Ok(Steps {
        format: Format::Tgi,
        values: Values::LogProbs,
        chosen: (0..top.len())
            .map(|j| {
                tokens
                    .get(j)
                    .map(|t| chosen_of(t, "logprob"))
                    .unwrap_or_default()
            })
            .collect(),
        lists: top
            .iter()
            .map(|list| top_list(list.list().unwrap_or_default(), "logprob").unwrap_or_default())
            .collect(),
    })
}

/// Gemini: the first candidate's `logprobsResult`, `topCandidates[].candidates[]` beside
/// `chosenCandidates[]`, numbers in `logProbability`.
fn read_gemini(candidates: &[Json]) -> Result<Steps, String> {
    let Some(result) = candidates.iter().find_map(|c| c.get("logprobsResult")) else {
        return Err(tr!(
            k::NO_LOGPROBS_GEMINI,
            "logprobsResult",
            r#""responseLogprobs": true"#,
            r#""logprobs": 20"#
        ));
    };
    let chosen = result
        .get("chosenCandidates")
        .and_then(Json::list)
        .unwrap_or_default();
    let Some(top) = result.get("topCandidates").and_then(Json::list) else {
        return Err(no_top());
    };
    Ok(Steps {
        format: Format::Gemini,
        values: Values::LogProbs,
        chosen: (0..top.len())
            .map(|j| {
                chosen
                    .get(j)
                    .map(|t| chosen_of(t, "logProbability"))
                    .unwrap_or_default()
            })
            .collect(),
        lists: top
            .iter()
            .map(|step| {
                let list = step
                    .get("candidates")
                    .and_then(Json::list)
                    .unwrap_or_default();
                top_list(list, "logProbability").unwrap_or_default()
            })
            .collect(),
    })
}
