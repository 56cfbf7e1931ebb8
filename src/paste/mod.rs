//! Reading what a student pastes into the playground: plain lines of logits, JSON, or a real
//! model's response with log-probabilities (OpenAI-compatible or llama.cpp). Pure (std only):
//! [`read_paste`] finds the format and the positions, [`for_playground`] turns one position into
//! the playground's tokens and logits.

mod answer;
mod apis;
mod explain;
mod json;
mod lines;
mod playground;
mod responses;
mod stream;

pub use answer::{summarize_answer, AnswerSummary, LEAST_SHOWN};
pub use explain::{explain, percent};
pub use json::{parse_json, Json, MAX_DEPTH};
pub use playground::{for_playground, visible_token, Imported};

use crate::text::keys::paste as k;
use crate::text::{t, Msg};
use crate::tr;

/// The most text a paste may hold (2 MB), so a stray paste cannot stall the page.
pub const MAX_PASTE_BYTES: usize = 2_000_000;

/// The most generated positions kept from one response.
pub const MAX_POSITIONS: usize = 2_000;

/// Which form the pasted text had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `token value` lines.
    Lines,
    /// Bare numbers.
    Numbers,
    /// `{"token": logit, …}`.
    JsonObject,
    /// `[2.0, 1.0, …]`.
    JsonNumbers,
    /// `[{"token": …, "logprob": …}, …]`.
    JsonTopLogprobs,
    /// An OpenAI-compatible chat completion with `logprobs.content[].top_logprobs`.
    OpenAiChat,
    /// A legacy completion with `logprobs.top_logprobs[]` maps.
    OpenAiLegacy,
    /// llama.cpp `completion_probabilities[].top_logprobs`.
    LlamaCpp,
    /// llama.cpp `completion_probabilities[].probs` or `top_probs` (probabilities).
    LlamaCppProbs,
    /// The OpenAI Responses API: `output[].content[type=output_text].logprobs[]`.
    OpenAiResponses,
    /// Ollama's `/api/chat` or `/api/generate` with a top-level `logprobs[]`.
    Ollama,
    /// Hugging Face Text Generation Inference: `details.tokens[]` and `details.top_tokens[][]`.
    Tgi,
    /// Google Gemini or Vertex AI: `candidates[].logprobsResult`.
    Gemini,
}

impl Format {
    /// How the page names the format ("Read as …"): a key of the paste box's text.
    pub fn label(self) -> Msg<0> {
        match self {
            Format::Lines => k::FORMAT_LINES,
            Format::Numbers => k::FORMAT_NUMBERS,
            Format::JsonObject => k::FORMAT_JSON_OBJECT,
            Format::JsonNumbers => k::FORMAT_JSON_NUMBERS,
            Format::JsonTopLogprobs => k::FORMAT_JSON_TOP_LOGPROBS,
            Format::OpenAiChat => k::FORMAT_OPENAI_CHAT,
            Format::OpenAiLegacy => k::FORMAT_OPENAI_LEGACY,
            Format::LlamaCpp => k::FORMAT_LLAMA_CPP,
            Format::LlamaCppProbs => k::FORMAT_LLAMA_CPP_PROBS,
            Format::OpenAiResponses => k::FORMAT_OPENAI_RESPONSES,
            Format::Ollama => k::FORMAT_OLLAMA,
            Format::Tgi => k::FORMAT_TGI,
            Format::Gemini => k::FORMAT_GEMINI,
        }
    }
}

/// What the numbers are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// Raw scores.
    Logits,
    /// ln p over the model's whole vocabulary.
    LogProbs,
    /// p itself.
    Probs,
}

/// One candidate token and its number, as pasted.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The token's text (spaces and newlines as given).
    pub token: String,
    /// Its logit, log-probability or probability.
    pub value: f64,
}

/// One generated position of a response (or the whole paste, for plain lists).
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    /// Where it is in the answer ([`Paste::answer`]); 0 for a paste that is one list.
    pub step: usize,
    /// The token the model chose here, when the response says.
    pub chosen: Option<String>,
    /// Generated text just before it.
    pub before: String,
    /// Generated text just after it.
    pub after: String,
    /// The candidates listed at this position.
    pub candidates: Vec<Candidate>,
}

/// One token of a model's answer, in order, with the log-probability the model gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerToken {
    /// Its text, as the response spells it.
    pub text: String,
    /// ln p of this token at its step, when the response gives it (a probability p is read as
    /// ln p; `None` for p = 0, a missing number or the server's \u{2212}9999).
    pub logprob: Option<f64>,
}

impl AnswerToken {
    /// The token `text` with its number `value`, read as `values` say.
    pub fn new(text: String, value: Option<f64>, values: Values) -> Self {
        let logprob = value.and_then(|v| match values {
            Values::Probs if v > 0.0 && v <= 1.0 => Some(v.ln()),
            Values::LogProbs if v > SENTINEL_LOGPROB && v <= 0.0 => Some(v),
            _ => None,
        });
        Self { text, logprob }
    }
}

/// A paste that was understood.
#[derive(Clone, Debug, PartialEq)]
pub struct Paste {
    /// The form it had.
    pub format: Format,
    /// What its numbers are.
    pub values: Values,
    /// At least one position, each with at least one candidate.
    pub positions: Vec<Position>,
    /// The whole answer, token by token, when the paste is a response (empty for a list).
    pub answer: Vec<AnswerToken>,
    /// How many positions were left out beyond [`MAX_POSITIONS`] (the answer stops there too).
    pub positions_cut: usize,
    /// How many listed candidates were left out because the server marked them "not computed"
    /// with a log-probability of [`SENTINEL_LOGPROB`] or below.
    pub left_out: usize,
    /// For a stream (server-sent events or one JSON object per line): how many chunks it had.
    pub chunks: Option<usize>,
}

/// The log-probability OpenAI-compatible servers write for a candidate they did not compute.
pub const SENTINEL_LOGPROB: f64 = -9999.0;

impl Paste {
    /// What the reader did beyond reading, in sentences for the student (empty when nothing).
    pub fn notes(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.chunks {
            out.push(tr!(k::NOTE_STREAM, n));
        }
        if self.left_out > 0 {
            out.push(tr!(k::NOTE_LEFT_OUT, self.left_out));
        }
        if self.positions_cut > 0 {
            out.push(tr!(k::NOTE_CUT, MAX_POSITIONS, self.positions_cut));
        }
        out
    }
}

/// A line, column or character number in a message: the language's digits, no grouping.
pub(crate) fn place(n: usize) -> String {
    crate::format::fixed(n as f64, 0)
}

/// Reads pasted text: JSON when it starts with `{` or `[`, plain lines otherwise. The error says
/// what is wrong and where, in words for a student.
pub fn read_paste(text: &str) -> Result<Paste, String> {
    if text.len() > MAX_PASTE_BYTES {
        return Err(tr!(
            k::TOO_LARGE,
            crate::format::fixed(text.len() as f64 / 1e6, 1),
            MAX_PASTE_BYTES / 1_000_000
        ));
    }
    let text = text.trim_start_matches('\u{feff}');
    let body = text.trim();
    if body.is_empty() {
        return Err(t(k::EMPTY));
    }
    let mut chunks = None;
    let read = if stream::is_stream(body) {
        let (read, n) = stream::read_stream(body)?;
        chunks = Some(n);
        read
    } else if body.starts_with(['{', '[']) {
        responses::read_json(&parse_json(text)?)?
    } else {
        let (candidates, named) = lines::read_lines(body)?;
        if candidates.is_empty() {
            return Err(t(k::ONLY_COMMENTS));
        }
        let format = if named {
            Format::Lines
        } else {
            Format::Numbers
        };
        responses::single(format, Values::Logits, candidates)
    };
    let responses::Reading {
        format,
        values,
        mut positions,
        mut answer,
    } = read;
    // Servers that list a fixed number of candidates fill the rest with -9999: not a number to
    // put through softmax.
    let mut left_out = 0;
    if values == Values::LogProbs {
        for p in &mut positions {
            let before = p.candidates.len();
            p.candidates
                .retain(|c| c.value.is_nan() || c.value > SENTINEL_LOGPROB);
            left_out += before - p.candidates.len();
        }
        positions.retain(|p| p.candidates.len() >= 2);
        if positions.is_empty() {
            return Err(t(k::NO_REAL_LOGPROBS));
        }
    }
    let positions_cut = positions.len().saturating_sub(MAX_POSITIONS);
    positions.truncate(MAX_POSITIONS);
    if positions_cut > 0 {
        answer.truncate(positions.last().map_or(0, |p| p.step + 1));
    }
    Ok(Paste {
        format,
        values,
        positions,
        answer,
        positions_cut,
        left_out,
        chunks,
    })
}
