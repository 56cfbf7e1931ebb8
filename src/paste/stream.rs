//! Streamed responses: server-sent events (`data: {...}` lines ending with `data: [DONE]`) and
//! one JSON object per line (Ollama's stream), read chunk by chunk into one answer.

use super::json::parse_json;
use super::place;
use super::responses::{positions, steps_of, Reading, Steps};
use crate::text::keys::paste as k;
use crate::text::t;
use crate::tr;

/// Whether `body` (trimmed) is a stream rather than one JSON value: it starts with an event line
/// or an event-stream comment (`: keep-alive`), or it is several lines that each hold a JSON object.
pub(super) fn is_stream(body: &str) -> bool {
    if body.starts_with("data:") || body.starts_with("event:") || body.starts_with(": ") {
        return true;
    }
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    body.starts_with('{')
        && lines.clone().count() > 1
        && lines.all(|l| l.starts_with('{') && l.ends_with('}'))
}

/// Reads every chunk of a stream and joins their steps into one answer; also says how many
/// chunks there were. A chunk that is not JSON is an error naming its line; chunks without
/// log-probabilities (a role, a finish reason, Ollama's closing summary) add nothing.
pub(super) fn read_stream(body: &str) -> Result<(Reading, usize), String> {
    let mut all: Option<Steps> = None;
    let mut chunks = 0;
    let mut first_error = None;
    for (n, line) in body.lines().enumerate() {
        let line = line.trim();
        let data = match line.strip_prefix("data:") {
            Some(d) => d.trim(),
            // Event names, ids, retry hints and comments carry no numbers.
            None if line.is_empty()
                || line.starts_with(':')
                || (line.contains(':') && !line.starts_with('{')) =>
            {
                continue
            }
            None => line,
        };
        if data == "[DONE]" || data.is_empty() {
            continue;
        }
        chunks += 1;
        let json = parse_json(data).map_err(|e| tr!(k::STREAM_LINE, place(n + 1), e))?;
        match steps_of(&json) {
            Some(Ok(steps)) => match &mut all {
                Some(a) => {
                    a.chosen.extend(steps.chosen);
                    a.lists.extend(steps.lists);
                }
                None => all = Some(steps),
            },
            Some(Err(e)) => {
                first_error.get_or_insert(e);
            }
            None => {}
        }
    }
    match all {
        Some(steps) => Ok((positions(steps)?, chunks)),
        None => Err(first_error.unwrap_or_else(|| t(k::STREAM_NO_LOGPROBS))),
    }
}
