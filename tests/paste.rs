//! Pasting a model's output: every format, real-shaped responses, hostile and huge text, and
//! the conversion into the playground's tokens.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

use proptest::prelude::*;
use softmax_lab::math;
use softmax_lab::params::{LOGIT_RANGE, MAX_TOKENS};
use softmax_lab::paste::{
    for_playground, parse_json, read_paste, visible_token, Candidate, Format, Json, Paste, Values,
};
use std::time::{Duration, Instant};

fn ok(text: &str) -> Paste {
    read_paste(text).unwrap_or_else(|e| panic!("{text:?} did not read: {e}"))
}

fn pairs(p: &Paste, position: usize) -> Vec<(String, f64)> {
    p.positions[position]
        .candidates
        .iter()
        .map(|c| (c.token.clone(), c.value))
        .collect()
}

fn err(text: &str) -> String {
    match read_paste(text) {
        Ok(p) => panic!("{text:?} should not read, got {p:?}"),
        Err(e) => e,
    }
}

#[test]
fn plain_lines_in_every_separator_style() {
    let p =
        ok("# logits from my notes\ncat 2.0\n\ndog: -0.41\nbird, 3\nfish\t1e-2\nsea lion = 0.5\n");
    assert_eq!(p.format, Format::Lines);
    assert_eq!(p.values, Values::Logits);
    assert_eq!(
        pairs(&p, 0),
        [
            ("cat".into(), 2.0),
            ("dog".into(), -0.41),
            ("bird".into(), 3.0),
            ("fish".into(), 0.01),
            ("sea lion".into(), 0.5)
        ]
    );
    assert_eq!(p.positions[0].chosen, None);
}

#[test]
fn bare_numbers_are_named_t1_t2_in_order() {
    for text in [
        "2\n1\n0.5\n-1",
        "2, 1, 0.5, -1",
        "2 1\n0.5 -1",
        "[2, 1, 0.5, -1]",
    ] {
        let p = ok(text);
        let names: Vec<String> = pairs(&p, 0).into_iter().map(|x| x.0).collect();
        assert_eq!(names, ["t1", "t2", "t3", "t4"], "{text}");
        assert_eq!(pairs(&p, 0)[3].1, -1.0);
    }
    assert_eq!(ok("2\n1").format, Format::Numbers);
    assert_eq!(ok("[2, 1]").format, Format::JsonNumbers);
}

#[test]
fn quoted_names_keep_their_spaces() {
    let p = ok("\" the\" -0.2\n\"the\" -1.5");
    assert_eq!(pairs(&p, 0)[0].0, " the");
    assert_eq!(pairs(&p, 0)[1].0, "the");
}

#[test]
fn bad_lines_say_which_line_and_what() {
    assert_eq!(
        err("cat 2\ndog 1\nbird lots"),
        "Line 3: \u{2018}lots\u{2019} is not a number."
    );
    assert_eq!(
        err("cat 2\n\n# c\nbird"),
        "Line 4: \u{2018}bird\u{2019} has no number after it."
    );
    assert_eq!(err("cat:"), "Line 1: no number after \u{2018}cat\u{2019}.");
    assert_eq!(
        err("cat 1e999"),
        "Line 1: \u{2018}1e999\u{2019} is too large to be a logit."
    );
    assert_eq!(
        err("cat NaN"),
        "Line 1: \u{2018}NaN\u{2019} is not a number."
    );
    assert!(err("   \n  ").starts_with("Paste some logits first"));
    assert!(err("# only a comment").starts_with("Only comments"));
}

#[test]
fn a_json_object_of_logits_keeps_its_order() {
    let p = ok(r#"{"cat": 2.0, "dog": 1, "\u00e9t\u00e9": -0.5, "😀": 0}"#);
    assert_eq!(p.format, Format::JsonObject);
    assert_eq!(
        pairs(&p, 0),
        [
            ("cat".into(), 2.0),
            ("dog".into(), 1.0),
            ("été".into(), -0.5),
            ("😀".into(), 0.0)
        ]
    );
    assert_eq!(
        err(r#"{"cat": 2, "dog": "high"}"#),
        "In this JSON object, the value of \u{2018}dog\u{2019} is not a number."
    );
    assert!(err(r#"{"model": "x", "id": "y"}"#).starts_with("This JSON is none of the shapes"));
}

#[test]
fn json_errors_say_where() {
    assert_eq!(
        err(r#"{"cat": 2.0, "#),
        "The JSON ends early at character 13: something is missing at the end."
    );
    assert_eq!(
        err("{\"cat\": 2.0\n \"dog\": 1}"),
        "The JSON needs a comma or } here at character 14 (line 2, column 2, '\"')."
    );
    assert_eq!(
        err(r#"[1, 2, x]"#),
        "The JSON has an unexpected character at character 8 (line 1, column 8, 'x')."
    );
    assert!(err(r#"{"a": 1} 2"#).contains("has more after the end"));
    assert!(err(r#"["\q"]"#).contains("unknown escape"));
    assert!(err(r#"["\u12"]"#).contains("has a bad \\u escape"));
    assert!(err(r#"["\u12"#).contains("ends early"));
    let deep = "[".repeat(5000);
    assert!(err(&deep).contains("nests more than 64 levels deep"));
}

#[test]
fn json_reads_escapes_surrogates_and_python_specials() {
    let v = parse_json(
        r#"["a\"b\\c\/\n\t", "\ud83d\ude00", "\ud800x", NaN, -Infinity, 1e999, true, null]"#,
    )
    .unwrap();
    let items = v.list().unwrap();
    assert_eq!(items[0], Json::Text("a\"b\\c/\n\t".into()));
    assert_eq!(items[1], Json::Text("😀".into()));
    assert_eq!(items[2], Json::Text("\u{fffd}x".into()));
    assert!(items[3].number().unwrap().is_nan());
    assert_eq!(items[4].number(), Some(f64::NEG_INFINITY));
    assert_eq!(items[5].number(), Some(f64::INFINITY));
    assert_eq!(items[6], Json::Bool(true));
    assert_eq!(items[7], Json::Null);
}

/// A chat completion shaped as OpenAI's API returns it (trimmed to three positions).
const CHAT: &str = r#"{
  "id": "chatcmpl-123", "object": "chat.completion", "model": "gpt-4o-mini",
  "choices": [{
    "index": 0,
    "message": {"role": "assistant", "content": "The cat\n"},
    "logprobs": {"content": [
      {"token": "The", "logprob": -0.0019, "bytes": [84, 104, 101],
       "top_logprobs": [{"token": "The", "logprob": -0.0019, "bytes": [84, 104, 101]},
                        {"token": "A", "logprob": -6.5, "bytes": [65]},
                        {"token": " The", "logprob": -8.25, "bytes": [32, 84, 104, 101]}]},
      {"token": " cat", "logprob": -0.31, "bytes": [32, 99, 97, 116],
       "top_logprobs": [{"token": " cat", "logprob": -0.31, "bytes": null},
                        {"token": " dog", "logprob": -1.6, "bytes": null},
                        {"token": " café", "logprob": -3.5, "bytes": null}]},
      {"token": "\n", "logprob": -0.7,
       "top_logprobs": [{"token": "\n", "logprob": -0.7}, {"token": ".", "logprob": -0.9}]}
    ], "refusal": null},
    "finish_reason": "stop"
  }],
  "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}
}"#;

#[test]
fn openai_chat_logprobs_give_one_position_per_generated_token() {
    let p = ok(CHAT);
    assert_eq!(p.format, Format::OpenAiChat);
    assert_eq!(p.values, Values::LogProbs);
    assert_eq!(p.positions.len(), 3);
    assert_eq!(p.positions[1].chosen.as_deref(), Some(" cat"));
    assert_eq!(p.positions[1].before, "The");
    assert_eq!(p.positions[1].after, "\n");
    assert_eq!(pairs(&p, 1)[2], (" café".into(), -3.5));
    assert_eq!(p.positions[2].before, "The cat");
}

#[test]
fn openai_legacy_completions_read_the_top_logprobs_maps() {
    let p = ok(
        r#"{"object": "text_completion", "choices": [{"text": " Paris.", "index": 0,
        "logprobs": {"tokens": [" Paris", "."], "token_logprobs": [-0.02, -0.4],
          "top_logprobs": [{" Paris": -0.02, " Lyon": -4.1, " the": -5.0}, {".": -0.4, ",": -1.3}],
          "text_offset": [20, 26]}, "finish_reason": "stop"}]}"#,
    );
    assert_eq!(p.format, Format::OpenAiLegacy);
    assert_eq!(p.positions.len(), 2);
    assert_eq!(p.positions[0].chosen.as_deref(), Some(" Paris"));
    assert_eq!(pairs(&p, 0)[1], (" Lyon".into(), -4.1));
    assert_eq!(p.positions[1].before, " Paris");
}

#[test]
fn responses_without_top_logprobs_say_what_to_ask_for() {
    assert!(
        err(r#"{"choices": [{"message": {"content": "hi"}, "logprobs": null}]}"#)
            .starts_with("No logprobs in this response")
    );
    let no_top = r#"{"choices": [{"logprobs": {"content": [{"token": "a", "logprob": -0.1, "top_logprobs": []}]}}]}"#;
    assert!(err(no_top).starts_with("No top_logprobs in this response"));
    let one = r#"{"choices": [{"logprobs": {"content": [{"token": "a", "logprob": -0.1, "top_logprobs": [{"token": "a", "logprob": -0.1}]}]}}]}"#;
    assert!(err(one).starts_with("Every position lists only one token"));
}

#[test]
fn llama_cpp_completion_probabilities_in_both_forms() {
    let p = ok(r#"{"content": " blue", "completion_probabilities": [
        {"id": 6437, "token": " blue", "logprob": -0.12, "bytes": [32, 98, 108, 117, 101],
         "top_logprobs": [{"id": 6437, "token": " blue", "logprob": -0.12, "bytes": []},
                          {"id": 18765, "token": " grey", "logprob": -2.6, "bytes": []}]},
        {"id": 13, "token": ".", "logprob": -0.5,
         "top_logprobs": [{"id": 13, "token": ".", "logprob": -0.5}, {"id": 11, "token": ",", "logprob": -1.5}]}],
        "stop": true, "model": "llama-3.2-1b"}"#);
    assert_eq!(p.format, Format::LlamaCpp);
    assert_eq!(p.values, Values::LogProbs);
    assert_eq!(p.positions.len(), 2);
    assert_eq!(pairs(&p, 0)[1], (" grey".into(), -2.6));
    assert_eq!(p.positions[1].before, " blue");

    let old = ok(r#"{"content": " blue sky", "completion_probabilities": [
        {"content": " blue", "probs": [{"tok_str": " blue", "prob": 0.8}, {"tok_str": " grey", "prob": 0.15}]},
        {"content": " sky", "probs": [{"tok_str": " sky", "prob": 0.6}, {"tok_str": " sea", "prob": 0.0}]}]}"#);
    assert_eq!(old.format, Format::LlamaCppProbs);
    assert_eq!(old.values, Values::Probs);
    assert_eq!(old.positions[1].chosen.as_deref(), Some(" sky"));
    assert_eq!(pairs(&old, 0)[1], (" grey".into(), 0.15));
}

#[test]
fn a_bare_top_logprobs_array_reads_too() {
    let p = ok(r#"[{"token": " yes", "logprob": -0.1}, {"token": " no", "logprob": -2.4}]"#);
    assert_eq!(p.format, Format::JsonTopLogprobs);
    assert_eq!(p.values, Values::LogProbs);
}

fn cands(list: &[(&str, f64)]) -> Vec<Candidate> {
    list.iter()
        .map(|(t, v)| Candidate {
            token: t.to_string(),
            value: *v,
        })
        .collect()
}

#[test]
fn logprobs_keep_their_softmax_and_report_the_listed_mass() {
    let lp = [(" cat", -0.31), (" dog", -1.4), (" café", -3.2)];
    let imported = for_playground(&cands(&lp), Values::LogProbs).unwrap();
    assert_eq!(
        imported.tokens,
        ["\u{2423}cat", "\u{2423}dog", "\u{2423}café"]
    );
    assert_eq!(imported.logits, [-0.31, -1.4, -3.2]);
    assert_eq!(imported.shift, 0.0);
    let mass: f64 = lp.iter().map(|x| x.1.exp()).sum();
    assert!((imported.mass.unwrap() - mass).abs() < 1e-12);
    // Softmax over the log-probabilities is the listed probabilities renormalised.
    let p = math::softmax(&imported.logits);
    for (pi, (_, l)) in p.iter().zip(lp) {
        assert!((pi - l.exp() / mass).abs() < 1e-12);
    }
}

#[test]
fn probabilities_become_ln_p_and_zero_probabilities_are_left_out() {
    let imported = for_playground(
        &cands(&[("a", 0.8), ("b", 0.15), ("c", 0.0)]),
        Values::Probs,
    )
    .unwrap();
    assert_eq!(imported.tokens, ["a", "b"]);
    assert_eq!(imported.dropped, 1);
    assert!((imported.logits[0] - 0.8f64.ln()).abs() < 1e-6);
    assert!((imported.mass.unwrap() - 0.95).abs() < 1e-12);
    let bad = for_playground(&cands(&[("a", 1.3), ("b", 0.1)]), Values::Probs);
    assert_eq!(
        bad.unwrap_err(),
        "A probability must lie between 0 and 1; \u{2018}a\u{2019} has 1.3."
    );
}

#[test]
fn the_highest_twenty_are_kept_most_likely_first() {
    let many: Vec<(String, f64)> = (0..500)
        .map(|i| (format!("w{i}"), (i % 97) as f64 / 10.0))
        .collect();
    let list: Vec<Candidate> = many
        .iter()
        .map(|(t, v)| Candidate {
            token: t.clone(),
            value: *v,
        })
        .collect();
    let imported = for_playground(&list, Values::Logits).unwrap();
    assert_eq!(imported.tokens.len(), MAX_TOKENS);
    assert_eq!(MAX_TOKENS, 20);
    assert_eq!(imported.listed, 500);
    assert!(imported.logits.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(imported.tokens[0], "w96");
}

#[test]
fn values_outside_the_sliders_are_shifted_then_raised() {
    let imported = for_playground(
        &cands(&[
            ("a", -0.5),
            ("b", -14.0),
            ("c", -60.0),
            ("d", f64::NAN),
            ("e", f64::INFINITY),
        ]),
        Values::LogProbs,
    )
    .unwrap();
    assert_eq!(imported.dropped, 2);
    assert_eq!(imported.shift, 10.5);
    assert_eq!(imported.logits, [10.0, -3.5, LOGIT_RANGE.0]);
    assert_eq!(imported.raised, 1);
    let huge = for_playground(&cands(&[("a", 1e300), ("b", -1e300)]), Values::Logits).unwrap();
    assert_eq!(huge.logits, [10.0, -10.0]);
    assert!(for_playground(&cands(&[("a", f64::NAN), ("b", 1.0)]), Values::Logits).is_err());
}

#[test]
fn whitespace_tokens_are_visible_and_duplicates_told_apart() {
    assert_eq!(visible_token(" the"), "\u{2423}the");
    assert_eq!(visible_token("\n\n"), "\u{21b5}\u{21b5}");
    assert_eq!(visible_token("\tx\r"), "\u{21e5}x");
    assert_eq!(visible_token(""), "(empty)");
    assert_eq!(visible_token("sea lion "), "sea lion\u{2423}");
    assert_eq!(visible_token("  "), "\u{2423}\u{2423}");
    assert_eq!(
        visible_token("<b>"),
        "<b>",
        "text, never markup: escaped when shown"
    );
    let imported = for_playground(
        &cands(&[("\u{fffd}", 1.0), ("\u{fffd}", 0.5)]),
        Values::Logits,
    )
    .unwrap();
    assert_eq!(imported.tokens, ["\u{fffd}", "\u{fffd}#2"]);
}

#[test]
fn ten_thousand_lines_and_a_megabyte_read_in_bounded_time() {
    let lines: String = (0..10_000)
        .map(|i| format!("token{i} {}\n", (i as f64).sin() * 5.0))
        .collect();
    let start = Instant::now();
    let p = ok(&lines);
    assert_eq!(p.positions[0].candidates.len(), 10_000);
    let imported = for_playground(&p.positions[0].candidates, p.values).unwrap();
    assert_eq!(imported.tokens.len(), 20);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );

    // About 1 MB of chat-completion JSON: 2,500 positions of 5 candidates.
    let step = r#"{"token": " w", "logprob": -0.5, "top_logprobs": [{"token": " w", "logprob": -0.5}, {"token": " x", "logprob": -1.5}, {"token": " y", "logprob": -2.5}, {"token": " z", "logprob": -3.5}, {"token": " v", "logprob": -4.5}]}"#;
    let body = vec![step; 5_000].join(",");
    let text = format!(r#"{{"choices": [{{"logprobs": {{"content": [{body}]}}}}]}}"#);
    assert!(text.len() > 1_000_000, "{}", text.len());
    let start = Instant::now();
    let p = ok(&text);
    assert_eq!(p.positions.len(), 2_000);
    assert_eq!(p.positions_cut, 3_000);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );

    let too_big = "1\n".repeat(1_100_000);
    assert_eq!(
        err(&too_big),
        "That is 2.2 MB of text; the playground reads at most 2 MB."
    );
}

/// A token name that plain lines can carry: no control characters, not starting with `#` or a
/// quote, not a bare number, no separators inside.
fn line_token() -> impl Strategy<Value = String> {
    "[A-Za-z\u{e9}\u{4e2d}\u{1f600}_<>&'][A-Za-z0-9\u{e9}\u{4e2d}\u{1f600}_<>&'.!?-]{0,15}"
}

proptest! {
    #[test]
    fn lines_written_from_a_token_list_read_back(
        list in prop::collection::vec((line_token(), -1e6f64..1e6), 1..40),
        style in 0usize..4,
    ) {
        let sep = [" ", ": ", ", ", "\t"][style];
        let text: String = list.iter().map(|(t, v)| format!("{t}{sep}{v}\n")).collect();
        let p = read_paste(&text).map_err(TestCaseError::fail)?;
        let back: Vec<(String, f64)> = p.positions[0].candidates.iter().map(|c| (c.token.clone(), c.value)).collect();
        prop_assert_eq!(back, list);
    }

    #[test]
    fn any_text_reads_or_explains_without_panicking(text in "\\PC{0,200}") {
        let _ = read_paste(&text);
        let _ = read_paste(&format!("{{{text}"));
        let _ = read_paste(&format!("[{text}"));
    }
}

#[test]
fn the_page_says_what_the_numbers_were_and_what_changed() {
    use softmax_lab::paste::explain;
    let p = ok(CHAT);
    let imported = for_playground(&p.positions[1].candidates, p.values).unwrap();
    let said = explain(p.format, p.values, &imported).join(" ");
    let mass: f64 = [-0.31f64, -1.6, -3.5].iter().map(|x| x.exp()).sum();
    assert!(said.starts_with("Read as an OpenAI-compatible chat completion: 3 tokens with a number, 3 in the playground."));
    assert!(said.contains("log-sum-exp"));
    assert!(
        said.contains(&format!("held {:.1}% of the model", mass * 100.0)),
        "{said}"
    );
    assert!(
        said.contains(&format!("vocabulary held {:.1}%", (1.0 - mass) * 100.0)),
        "{said}"
    );
    assert!(said.contains("top-k sampling with k = 3"));
    assert!(
        !said.contains("moved by"),
        "these fitted the sliders: {said}"
    );

    let wide = for_playground(
        &cands(&[("a", -1.0), ("b", -15.0), ("c", -40.0), ("d", f64::NAN)]),
        Values::LogProbs,
    )
    .unwrap();
    let said = explain(Format::LlamaCpp, Values::LogProbs, &wide).join(" ");
    assert!(said.contains("every value moved by +11.000"), "{said}");
    assert!(
        said.contains("1 token still lay below \u{2212}10"),
        "{said}"
    );
    assert!(
        said.contains("Left out: 1 token with no finite number"),
        "{said}"
    );

    let fake = for_playground(&cands(&[("a", -0.1), ("b", -0.2)]), Values::LogProbs).unwrap();
    assert!(explain(Format::JsonTopLogprobs, Values::LogProbs, &fake)
        .join(" ")
        .contains("more than 100%"));

    let many: Vec<Candidate> = (0..30)
        .map(|i| Candidate {
            token: format!("w{i}"),
            value: -(i as f64) / 3.0,
        })
        .collect();
    let cut = for_playground(&many, Values::Logits).unwrap();
    let said = explain(Format::Lines, Values::Logits, &cut).join(" ");
    assert!(said.contains("kept the 20 most likely of 30"), "{said}");
    assert!(said.contains("Used as logits"), "{said}");
}

// Responses of the other APIs, shaped like what each server returns (ids and timings kept, so
// the reader is tested against the noise around the numbers too).

#[test]
fn openai_responses_api_reads_the_output_text_logprobs() {
    let p = ok(
        r#"{"id": "resp_1", "object": "response", "status": "completed",
      "output": [
        {"type": "reasoning", "id": "rs_1", "summary": []},
        {"type": "message", "id": "msg_1", "role": "assistant", "content": [
          {"type": "output_text", "text": "Hi there", "annotations": [], "logprobs": [
            {"token": "Hi", "logprob": -0.31, "bytes": [72, 105], "top_logprobs": [
              {"token": "Hi", "logprob": -0.31, "bytes": [72, 105]},
              {"token": "Hello", "logprob": -1.4, "bytes": [72, 101, 108, 108, 111]}]},
            {"token": " there", "logprob": -0.05, "bytes": [32, 116, 104, 101, 114, 101], "top_logprobs": [
              {"token": " there", "logprob": -0.05, "bytes": []},
              {"token": "!", "logprob": -3.2, "bytes": [33]}]}]}]}],
      "usage": {"input_tokens": 9, "output_tokens": 2}}"#,
    );
    assert_eq!(p.format, Format::OpenAiResponses);
    assert_eq!(p.values, Values::LogProbs);
    assert_eq!(p.positions.len(), 2);
    assert_eq!(p.positions[1].chosen.as_deref(), Some(" there"));
    assert_eq!(p.positions[1].before, "Hi");
    assert_eq!(pairs(&p, 0)[1], ("Hello".into(), -1.4));
    assert!(err(r#"{"object": "response", "output": [{"type": "message", "content": [{"type": "output_text", "text": "Hi"}]}]}"#)
        .contains("message.output_text.logprobs"));
}

#[test]
fn ollama_answers_whole_and_streamed() {
    let whole = ok(
        r#"{"model": "llama3.2", "created_at": "2026-11-02T10:00:00Z",
      "message": {"role": "assistant", "content": "Blue."}, "done": true,
      "logprobs": [
        {"token": "Blue", "logprob": -0.2, "bytes": [66, 108, 117, 101], "top_logprobs": [
          {"token": "Blue", "logprob": -0.2}, {"token": "The", "logprob": -1.9}, {"token": "Sky", "logprob": -4.0}]},
        {"token": ".", "logprob": -0.7, "top_logprobs": [{"token": ".", "logprob": -0.7}, {"token": "!", "logprob": -1.1}]}],
      "total_duration": 5043500667, "eval_count": 2}"#,
    );
    assert_eq!(whole.format, Format::Ollama);
    assert_eq!(whole.positions.len(), 2);
    assert_eq!(pairs(&whole, 0)[2], ("Sky".into(), -4.0));
    assert_eq!(whole.chunks, None);
    // The same answer as /api/generate streams it: one object per line, a closing summary.
    let streamed = ok(
        r#"{"model":"llama3.2","response":"Blue","done":false,"logprobs":[{"token":"Blue","logprob":-0.2,"top_logprobs":[{"token":"Blue","logprob":-0.2},{"token":"The","logprob":-1.9},{"token":"Sky","logprob":-4.0}]}]}
{"model":"llama3.2","response":".","done":false,"logprobs":[{"token":".","logprob":-0.7,"top_logprobs":[{"token":".","logprob":-0.7},{"token":"!","logprob":-1.1}]}]}
{"model":"llama3.2","response":"","done":true,"done_reason":"stop","total_duration":5043500667}
"#,
    );
    assert_eq!(streamed.format, Format::Ollama);
    assert_eq!(streamed.positions, whole.positions);
    assert_eq!(streamed.chunks, Some(3));
    assert_eq!(
        streamed.notes()[0],
        "A stream of 3 chunks, read as one answer."
    );
}

#[test]
fn hugging_face_tgi_details_with_top_tokens() {
    let details = r#"{"finish_reason": "length", "generated_tokens": 2, "seed": null,
        "prefill": [], "tokens": [
          {"id": 578, "text": " The", "logprob": -0.9, "special": false},
          {"id": 3363, "text": " sky", "logprob": -0.3, "special": false}],
        "top_tokens": [
          [{"id": 578, "text": " The", "logprob": -0.9, "special": false}, {"id": 362, "text": " A", "logprob": -1.2, "special": false}],
          [{"id": 3363, "text": " sky", "logprob": -0.3, "special": false}, {"id": 7160, "text": " sun", "logprob": -2.0, "special": false}]]}"#;
    let p = ok(&format!(
        r#"{{"generated_text": " The sky", "details": {details}}}"#
    ));
    assert_eq!(p.format, Format::Tgi);
    assert_eq!(p.positions.len(), 2);
    assert_eq!(p.positions[1].chosen.as_deref(), Some(" sky"));
    assert_eq!(pairs(&p, 1)[1], (" sun".into(), -2.0));
    // The Inference API wraps the same answer in an array.
    let listed = ok(&format!(
        r#"[{{"generated_text": " The sky", "details": {details}}}]"#
    ));
    assert_eq!(listed.positions, p.positions);
    assert!(err(r#"{"generated_text": "x", "details": {"tokens": [{"id": 1, "text": "x", "logprob": -0.1}]}}"#)
        .contains("top_n_tokens"));
}

#[test]
fn gemini_logprobs_result_reads_top_and_chosen_candidates() {
    let p = ok(
        r#"{"candidates": [{"content": {"role": "model", "parts": [{"text": "Yes."}]},
        "finishReason": "STOP", "avgLogprobs": -0.2,
        "logprobsResult": {
          "topCandidates": [
            {"candidates": [{"token": "Yes", "tokenId": 3553, "logProbability": -0.01}, {"token": "No", "tokenId": 1294, "logProbability": -4.7}]},
            {"candidates": [{"token": ".", "tokenId": 235265, "logProbability": -0.3}, {"token": "!", "tokenId": 235341, "logProbability": -1.4}]}],
          "chosenCandidates": [{"token": "Yes", "tokenId": 3553, "logProbability": -0.01}, {"token": ".", "tokenId": 235265, "logProbability": -0.3}]}}],
        "usageMetadata": {"promptTokenCount": 5, "candidatesTokenCount": 2}, "modelVersion": "gemini-2.0-flash"}"#,
    );
    assert_eq!(p.format, Format::Gemini);
    assert_eq!(p.positions.len(), 2);
    assert_eq!(p.positions[0].chosen.as_deref(), Some("Yes"));
    assert_eq!(pairs(&p, 0)[1], ("No".into(), -4.7));
    assert_eq!(p.positions[1].before, "Yes");
    assert!(
        err(r#"{"candidates": [{"content": {"parts": [{"text": "Yes."}]}}]}"#)
            .contains("responseLogprobs")
    );
}

#[test]
fn server_sent_events_join_their_chunks() {
    let sse = r#"data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Yes"},"logprobs":{"content":[{"token":"Yes","logprob":-0.1,"bytes":[89,101,115],"top_logprobs":[{"token":"Yes","logprob":-0.1},{"token":"No","logprob":-2.5}]}]},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"!"},"logprobs":{"content":[{"token":"!","logprob":-0.9,"top_logprobs":[{"token":"!","logprob":-0.9},{"token":".","logprob":-0.6}]}]},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}

data: [DONE]
"#;
    let p = ok(sse);
    assert_eq!(p.format, Format::OpenAiChat);
    assert_eq!(p.chunks, Some(4));
    assert_eq!(p.positions.len(), 2);
    assert_eq!(p.positions[1].before, "Yes");
    assert_eq!(pairs(&p, 1)[1], (".".into(), -0.6));
    // llama.cpp's stream, with event names and a comment line between the chunks.
    let llama = ok(": keep-alive\nevent: message\ndata: {\"content\":\"A\",\"stop\":false,\"completion_probabilities\":[{\"token\":\"A\",\"logprob\":-0.4,\"top_logprobs\":[{\"token\":\"A\",\"logprob\":-0.4},{\"token\":\"B\",\"logprob\":-1.1}]}]}\n\ndata: {\"content\":\"\",\"stop\":true}\n");
    assert_eq!(llama.format, Format::LlamaCpp);
    assert_eq!(llama.positions.len(), 1);
    // A chunk that is not JSON names its line; a stream without numbers says what to ask for.
    assert!(err("data: {\"choices\": []}\ndata: {oops}\n").starts_with("Line 2 of the stream"));
    assert!(
        err("data: {\"choices\":[{\"logprobs\":null}]}\ndata: [DONE]\n").starts_with("No logprobs")
    );
}

#[test]
fn the_minus_9999_of_unlisted_candidates_is_left_out_and_said() {
    let p = ok(r#"{"choices": [{"logprobs": {"content": [
        {"token": "a", "logprob": -0.1, "top_logprobs": [{"token": "a", "logprob": -0.1}, {"token": "b", "logprob": -2.4},
          {"token": "c", "logprob": -9999.0}, {"token": "d", "logprob": -9999}]},
        {"token": "b", "logprob": -0.3, "top_logprobs": [{"token": "b", "logprob": -0.3}, {"token": "x", "logprob": -9999.0}]}]}}]}"#);
    assert_eq!(
        p.positions.len(),
        1,
        "a position left with one real candidate goes"
    );
    assert_eq!(
        pairs(&p, 0),
        [("a".to_string(), -0.1), ("b".to_string(), -2.4)]
    );
    assert_eq!(p.left_out, 3);
    assert!(p
        .notes()
        .iter()
        .any(|n| n.starts_with("Left out 3 candidates listed at \u{2212}9999")));
    assert!(err(
        r#"{"choices": [{"logprobs": {"content": [{"token": "a", "logprob": -0.1,
        "top_logprobs": [{"token": "a", "logprob": -0.1}, {"token": "b", "logprob": -9999}]}]}}]}"#
    )
    .contains("not computed"));
}

#[test]
fn tokens_that_are_part_of_a_character_are_shown_by_their_bytes() {
    // "é" is two bytes, C3 A9; a model may emit them as two tokens.
    let p = ok(r#"{"choices": [{"logprobs": {"content": [
        {"token": "\\xc3", "logprob": -0.2, "bytes": [195], "top_logprobs": [
          {"token": "\\xc3", "logprob": -0.2, "bytes": [195]}, {"token": "bytes:\\xe2\\x80", "logprob": -1.0, "bytes": [226, 128]},
          {"token": "caf\u00e9", "logprob": -3.0, "bytes": [99, 97, 102, 195, 169]}]},
        {"token": "\ufffd", "logprob": -0.1, "bytes": [169], "top_logprobs": [
          {"token": "\ufffd", "logprob": -0.1, "bytes": [195, 169]}, {"token": "e", "logprob": -2.0, "bytes": [101]}]}]}}]}"#);
    let names: Vec<String> = pairs(&p, 0).into_iter().map(|(t, _)| t).collect();
    assert_eq!(names, ["<0xC3>", "<0xE2><0x80>", "café"]);
    assert_eq!(p.positions[0].chosen.as_deref(), Some("<0xC3>"));
    assert_eq!(pairs(&p, 1)[0].0, "é", "whole characters are decoded");
}

/// The answer every fixture in tests/fixtures/paste holds: "Paris is the capital." with the
/// log-probability of each chosen token.
const FIXTURE_ANSWER: [(&str, f64); 5] = [
    ("Paris", -0.0123),
    (" is", -0.2231),
    (" the", -0.0513),
    (" capital", -0.9163),
    (".", -0.1054),
];

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/paste/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_fixture_gives_the_whole_answer_its_perplexity_and_five_positions() {
    use softmax_lab::paste::summarize_answer;
    let cases = [
        ("openai-chat.json", Format::OpenAiChat, None),
        ("openai-legacy.json", Format::OpenAiLegacy, None),
        ("openai-responses.json", Format::OpenAiResponses, None),
        ("openai-chat-stream.txt", Format::OpenAiChat, Some(7)),
        ("ollama-chat.json", Format::Ollama, None),
        ("ollama-generate.ndjson", Format::Ollama, Some(6)),
        ("tgi.json", Format::Tgi, None),
        ("gemini.json", Format::Gemini, None),
        ("llamacpp.json", Format::LlamaCpp, None),
        ("llamacpp-post-sampling.json", Format::LlamaCppProbs, None),
    ];
    // Independent: the mean of -ln p by hand, and e to it.
    let mean = FIXTURE_ANSWER.iter().map(|(_, lp)| -lp).sum::<f64>() / 5.0;
    assert!((mean - 0.26168).abs() < 1e-5);
    for (name, format, chunks) in cases {
        let p = ok(&fixture(name));
        assert_eq!(p.format, format, "{name}");
        assert_eq!(p.chunks, chunks, "{name}");
        assert_eq!(p.answer.len(), 5, "{name}");
        // Probabilities were rounded to 6 decimals in the post-sampling fixture.
        let tolerance = if format == Format::LlamaCppProbs {
            1e-4
        } else {
            1e-12
        };
        for (token, (text, lp)) in p.answer.iter().zip(FIXTURE_ANSWER) {
            assert_eq!(token.text, text, "{name}");
            let got = token
                .logprob
                .unwrap_or_else(|| panic!("{name}: {text} has no number"));
            assert!((got - lp).abs() < tolerance, "{name}: {text} {got} vs {lp}");
        }
        assert_eq!(p.positions.len(), 5, "{name}");
        for (j, position) in p.positions.iter().enumerate() {
            assert_eq!(position.step, j, "{name}");
            assert_eq!(position.candidates.len(), 5, "{name}");
            assert_eq!(
                position.chosen.as_deref(),
                Some(FIXTURE_ANSWER[j].0),
                "{name}"
            );
        }
        let s = summarize_answer(&p).expect("a response has a summary");
        assert_eq!((s.tokens, s.scored), (5, 5), "{name}");
        assert!((s.mean_loss - mean).abs() < tolerance, "{name}");
        assert!(
            (s.perplexity - mean.exp()).abs() < 2.0 * tolerance,
            "{name}"
        );
        // Least likely first: " capital" (-0.92), " is" (-0.22), "." (-0.11), ...
        assert_eq!(s.least[..3], [3, 1, 4], "{name}");
    }
}

#[test]
fn a_plain_list_has_no_answer_and_a_chosen_token_outside_the_list_keeps_its_number() {
    use softmax_lab::paste::summarize_answer;
    let p = ok("cat 2\ndog 1\n");
    assert!(p.answer.is_empty());
    assert_eq!(summarize_answer(&p), None);
    // Sampled at a high temperature: the chosen token is not among the two listed.
    let p = ok(r#"{"choices": [{"logprobs": {"content": [
        {"token": " zebra", "logprob": -6.2, "top_logprobs": [{"token": " cat", "logprob": -0.3}, {"token": " dog", "logprob": -1.5}]},
        {"token": "!", "top_logprobs": [{"token": "!", "logprob": -0.05}, {"token": ".", "logprob": -3.1}]},
        {"token": "?", "logprob": -9999.0, "top_logprobs": [{"token": ".", "logprob": -0.2}, {"token": "?", "logprob": -9999.0}]}]}}]}"#);
    let numbers: Vec<Option<f64>> = p.answer.iter().map(|t| t.logprob).collect();
    // The second takes its number from its list; the third's -9999 is no number.
    assert_eq!(numbers, [Some(-6.2), Some(-0.05), None]);
    let s = summarize_answer(&p).unwrap();
    assert_eq!((s.tokens, s.scored), (3, 2));
    assert!((s.mean_loss - 3.125).abs() < 1e-12);
    assert_eq!(s.least, [0, 1]);
}

proptest! {
    /// The paste reader's own number conversion gives exactly what Rust's does, on every kind
    /// of decimal a response holds.
    #[test]
    fn the_fast_number_conversion_is_exact(m in 0u64..1_000_000_000_000_000, scale in 0usize..20,
                                           e in -30i32..30, sign in proptest::bool::ANY, exp in proptest::bool::ANY) {
        let digits = m.to_string();
        let text = if scale > 0 && scale < digits.len() {
            format!("{}.{}", &digits[..digits.len() - scale], &digits[digits.len() - scale..])
        } else {
            format!("0.{}{digits}", "0".repeat(scale))
        };
        let text = format!("{}{text}{}", if sign { "-" } else { "" }, if exp { format!("e{e}") } else { String::new() });
        let fast = softmax_lab::number::parse_decimal_here(&text).unwrap();
        let exact: f64 = text.parse().unwrap();
        prop_assert_eq!(fast.to_bits(), exact.to_bits(), "{}", text);
    }
}

#[test]
fn the_fast_number_conversion_on_the_numbers_responses_hold() {
    use softmax_lab::number::parse_decimal_here as p;
    for text in [
        "-0.0123",
        "-9999",
        "-9999.0",
        "1e-05",
        "-1.1920928955078125e-07",
        "0",
        "-0",
        "12.5E+3",
        "007",
        "3.",
    ] {
        let exact: f64 = text.parse().unwrap();
        assert_eq!(p(text).unwrap().to_bits(), exact.to_bits(), "{text}");
    }
    assert_eq!(p("1e400"), Some(f64::INFINITY));
    for bad in ["", "-", "1e", ".e1", "0x10", "1,5", "NaN"] {
        assert_eq!(p(bad), None, "{bad}");
    }
}

#[test]
fn numbers_beyond_the_fast_path_land_in_their_own_places() {
    // Long logprobs (converted together after the reading) between short ones, NaN, the
    // infinities and forms JSON itself does not allow, at several depths.
    let text = r#"[-0.30000000000000004, 1.5, {"a": NaN, "b": [-2.0999999999999996, 007, 3.],
        "c": -Infinity}, 1e-400, -0.00046492470521479845, [[12345678901234567890]], 2]"#;
    let numbers = |v: &Json| -> Vec<f64> {
        fn walk(v: &Json, out: &mut Vec<f64>) {
            match v {
                Json::Number(x) => out.push(*x),
                Json::List(items) => items.iter().for_each(|i| walk(i, out)),
                Json::Object(pairs) => pairs.iter().for_each(|(_, i)| walk(i, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(v, &mut out);
        out
    };
    let got = numbers(&parse_json(text).unwrap());
    // Rust's own conversion of each number's text.
    let want: Vec<f64> = [
        "-0.30000000000000004",
        "1.5",
        "NaN",
        "-2.0999999999999996",
        "7",
        "3",
        "-inf",
        "0",
        "-0.00046492470521479845",
        "12345678901234567890",
        "2",
    ]
    .iter()
    .map(|t| t.parse().unwrap())
    .collect();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert!(
            g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan()),
            "{g} != {w}"
        );
    }
}
