## The paste box: "Paste a model's output", folded under the playground of the softmax and
## sampling sections. It reads a model's response (JSON from an API, a stream, or plain lines)
## and puts one position of it into the playground. Product names (OpenAI, vLLM, Ollama,
## llama.cpp, Hugging Face TGI, Gemini) stay as they are; the APIs' parameters and field names
## arrive as placeholders, quoted as the API wants them: keep them exactly.

# A probability as a percentage ("97.3"), written as the language writes one (97,3 % in Spanish).
percent = { $value }%

## The box.
box-label = Your model’s output
# Under the label. 2 MB is the most the box reads.
box-hint =
    JSON with log-probabilities from OpenAI (chat, completions or Responses), vLLM, Ollama,
    llama.cpp, Hugging Face TGI or Gemini, a stream of their chunks, or lines of “token logit”.
    Up to 2 MB. The text stays on this page: it never goes into the link (the tokens you use do,
    as always).
# Buttons under the text box.
read = Read
use = Use in the playground
example = Try an example
# While a long paste is read.
reading = Reading…
# "Use in the playground" pressed before anything was read.
read-first = Read a paste first: paste a model’s output above and choose Read.

## How to get log-probabilities (folded, under the box): a list of APIs, each with what to
## add to the request. The API names and most requests are code; these are the parts in words.
how-to-ask = How to get log-probabilities from your API
# Completions, vLLM, Together: $logprobs is "logprobs": 5.
ask-completions = { $logprobs } (or up to 20)
# llama.cpp: $n_probs is "n_probs": 20, $post is "post_sampling_probs": true.
ask-llama = { $n_probs }; add { $post } for probabilities after its samplers
# $data is data: (the start of each line of a server-sent event stream).
ask-streams = Streams work too: paste every “{ $data }” line, or Ollama’s lines, as they came.

## What was read: the answer at a glance.
# "Read as a Gemini response: 5 candidates." $format is one of the format-* messages below.
read-candidates =
    Read as { $format }: { $count ->
        [one] 1 candidate.
       *[other] { $count } candidates.
    }
# "Read as an Ollama response: an answer of 120 tokens, 118 of them with alternatives listed."
read-answer =
    Read as { $format }: an answer of { $tokens ->
        [one] 1 token
       *[other] { $tokens } tokens
    }, { $with } of them with alternatives listed.
# Readouts: their names. The loss is shown as "0.241 nats".
summary-tokens = Tokens
summary-loss = Mean loss per token
summary-perplexity = Perplexity
# Some tokens of the answer came without a number.
unscored =
    { $unscored } of the { $tokens } tokens came without their probability; the loss and
    perplexity are over the other { $scored }.
# $perplexity is the same number twice, e.g. 1.27.
perplexity-meaning =
    Perplexity { $perplexity } means the model was, on average, as unsure as a fair choice
    among { $perplexity } tokens at each step.
# Before a row of buttons, one per token (keep the space at the end).
least-confident = Least confident:{ " " }
# The accessible name of the answer shown as a strip of token buttons.
strip-label = The answer, token by token: choose one to see the alternatives the model listed there
# A token quoted in a list or a heading; "“ the”" (its leading space dropped).
token-quoted = “{ $token }”
# A token's button, for screen readers: "“ capital”, 40.0%".
token-probability = { $token }, { $probability }
token-no-probability = { $token }, no probability given
# The legend of the strip's shades (keep the space at the end of legend-label).
legend-label = Probability the model gave its token:{ " " }
band-90 = 90% or more
band-50 = 50 to 90%
band-20 = 20 to 50%
band-0 = under 20%
band-none = not given
# The same as a table, folded.
table-summary = The answer as a table
table-caption = Each token of the answer with the probability the model gave it and its loss, −ln p
column-step = Step
column-token = Token

## The chosen position.
# The heading when the paste is one list, not an answer.
pasted-list = The pasted list
# The heading for a step of an answer: "Step 3 of 5: the model chose “ the”" ($token is quoted already).
step-heading = Step { $step } of { $steps }: the model chose { $token }
# The alternatives' table.
alternatives-caption = The { $count } most likely tokens listed here, as they go into the playground
column-logit-ln-p = Logit: ln p
column-logit-playground = Logit in the playground
column-p-among = p among these
# $share and $rest are percentages, e.g. 93.1% and 6.9%.
mass-listed =
    The model gave these { $count } tokens { $share } of its probability here; the other { $rest }
    went to tokens the response does not list. The playground shares the listed part out again, so
    each p above is a little larger than the model’s.
logits-as-given = These are logits as given: the playground puts them through softmax.
candidates-listed = { $listed } candidates were listed; the playground takes the { $max } most likely.
use-step = Use this step in the playground
step-none =
    Step { $step }: the response lists fewer than two candidates here, so there is nothing to
    compare. Choose another token.

## What happened on the way into the playground (after Use), one sentence after another.
# "Read as an OpenAI-compatible chat completion: 5 tokens with a number, 5 in the playground."
explain-read =
    Read as { $format }: { $listed ->
        [one] { $listed } token
       *[other] { $listed } tokens
    } with a number, { $kept } in the playground.
explain-logits = Used as logits, just as given: softmax turns them into probabilities.
# $mass is a percentage over 100%.
explain-too-much =
    These add up to { $mass } of probability, more than 100%, so they cannot come from one
    distribution; the playground uses them as logits.
explain-logprobs =
    These are log-probabilities: ln p = z − ln Σ eᶻ, each logit minus the log-sum-exp over the
    model’s whole vocabulary. Subtracting one number from every logit leaves softmax unchanged, so
    softmax over them gives the model’s own probabilities back.
explain-probs =
    These are probabilities, so each logit is ln p: softmax of ln p gives p back, divided by the
    sum of the listed p.
# $share and $rest are percentages; $kept is the number of tokens.
explain-mass =
    The { $kept } tokens here held { $share } of the model’s probability; the rest of its
    vocabulary held { $rest }. The playground renormalises over the listed ones, which is what
    top-k sampling with k = { $kept } does.
explain-kept = The playground holds at most { $max } tokens, so it kept the { $kept } most likely of { $listed }.
explain-dropped =
    Left out: { $count ->
        [one] { $count } token
       *[other] { $count } tokens
    } with no finite number (NaN, infinite, or probability 0).
# $min and $max are the sliders' ends (−10 and 10); $shift is signed, e.g. +11.000.
explain-shifted =
    The sliders run from { $min } to { $max }, so every value moved by { $shift }; softmax does not
    change when every logit moves by the same amount.
# $floor is the sliders' lowest value, −10.
explain-raised =
    { $count ->
        [one] { $count } token
       *[other] { $count } tokens
    } still lay below { $floor } after that and were set to { $floor }, so their tiny
    probabilities grew a little.
explain-later =
    Every later section (sampling, loss, gradients, pitfalls) now works on these tokens, and the
    share link carries them.

## What the reader did beyond reading (small print under the first line).
note-stream =
    A stream of { $count ->
        [one] { $count } chunk
       *[other] { $count } chunks
    }, read as one answer.
note-left-out =
    Left out { $count ->
        [one] { $count } candidate
       *[other] { $count } candidates
    } listed at −9999: servers write that for “not computed”, it is not a log-probability.
note-cut =
    Only the first { $max } positions are kept; { $cut ->
        [one] 1 more was
       *[other] { $cut } more were
    } left out.

## The formats the box reads, as "Read as …" names them ($format above).
format-lines = token and logit lines
format-numbers = a list of logits
format-json-object = a JSON object of logits
format-json-numbers = a JSON array of logits
format-json-top-logprobs = a JSON list of log-probabilities
format-openai-chat = an OpenAI-compatible chat completion
format-openai-legacy = an OpenAI-compatible legacy completion
format-llama-cpp = a llama.cpp completion with log-probabilities
format-llama-cpp-probs = a llama.cpp completion with probabilities
format-openai-responses = an OpenAI Responses API response
format-ollama = an Ollama response
format-tgi = a Hugging Face TGI response
format-gemini = a Gemini response

## What is wrong with a paste (shown in red under the box).
# $size has one decimal; $max is 2.
too-large = That is { $size } MB of text; the playground reads at most { $max } MB.
empty = Paste some logits first: for example one “token 2.0” per line.
only-comments = Only comments and blank lines: no logits found.
no-real-logprobs = Every position lists fewer than two real log-probabilities (−9999 means “not computed”).
# Plain lines. $line is the line's number; $text is (the start of) what the line holds.
line-no-number = Line { $line }: ‘{ $text }’ has no number after it.
line-no-number-after = Line { $line }: no number after ‘{ $text }’.
line-not-number = Line { $line }: ‘{ $text }’ is not a number.
line-too-large = Line { $line }: ‘{ $text }’ is too large to be a logit.
# JSON that cannot be read. $at is the character's place from the start (counting from 1),
# $line and $column where it is, $found the character itself.
json-ends-early = The JSON ends early at character { $at }: something is missing at the end.
json-more-after = The JSON has more after the end of the JSON value at character { $at } (line { $line }, column { $column }, '{ $found }').
json-too-deep = The JSON nests more than { $depth } levels deep at character { $at } (line { $line }, column { $column }, '{ $found }').
json-unexpected = The JSON has an unexpected character at character { $at } (line { $line }, column { $column }, '{ $found }').
json-bad-number = The JSON has a malformed number at character { $at } (line { $line }, column { $column }, '{ $found }').
json-needs-comma-array = The JSON needs a comma or ] here at character { $at } (line { $line }, column { $column }, '{ $found }').
json-needs-comma-object = The JSON needs a comma or {"}"} here at character { $at } (line { $line }, column { $column }, '{ $found }').
json-needs-key = The JSON needs a quoted key here at character { $at } (line { $line }, column { $column }, '{ $found }').
json-needs-colon = The JSON needs a colon after the key here at character { $at } (line { $line }, column { $column }, '{ $found }').
# \ is the escape character of JSON strings, \u starts an escape by code: keep them.
json-unknown-escape = The JSON has an unknown escape after \ at character { $at } (line { $line }, column { $column }, '{ $found }').
json-bad-unicode = The JSON has a bad \u escape (four hex digits expected) at character { $at } (line { $line }, column { $column }, '{ $found }').
# A stream: $line is the line's number, $error one of the json-* messages.
stream-line = Line { $line } of the stream: { $error }
stream-no-logprobs = This stream has no chunk with log-probabilities: ask the server for them (see the formats under the box).
# JSON of the wrong shape.
json-object-empty = This JSON object is empty.
json-object-not-number = In this JSON object, the value of ‘{ $key }’ is not a number.
json-array-empty = This JSON array is empty.
# $pair is {"token", "logprob"}.
json-array-other = This JSON array holds something other than numbers or { $pair } pairs.
json-unknown =
    This JSON is none of the shapes the playground reads: an object of token logits, an array of
    numbers, or a response with log-probabilities (OpenAI chat, completions or Responses,
    llama.cpp, Ollama, Hugging Face TGI or Gemini).
# A response without the numbers. $field is logprobs; $ask is "logprobs": true (chat) or
# "include": ["message.output_text.logprobs"] (Responses); $top is "top_logprobs": 20.
no-logprobs = No { $field } in this response: ask for them with { $ask } and { $top }.
# Gemini: $field is logprobsResult, $ask "responseLogprobs": true, $top "logprobs": 20.
no-logprobs-gemini = No { $field } in this response: ask for it with { $ask } and { $top } in the generation config.
# $field is top_logprobs; then each API's parameter: $chat "top_logprobs", $legacy "logprobs": 5,
# $llama "n_probs", $tgi "top_n_tokens", $gemini "logprobs".
no-top =
    No { $field } in this response: ask for them with { $chat } (chat, Responses, Ollama), { $legacy }
    (legacy completions), { $llama } (llama.cpp), { $tgi } (TGI) or { $gemini } in the generation
    config (Gemini).
# $field is top_logprobs.
one-token = Every position lists only one token; ask for { $field } of 2 or more.
# Into the playground. $token is a token's name, $value the number it has.
prob-out-of-range = A probability must lie between 0 and 1; ‘{ $token }’ has { $value }.
too-few = The playground needs at least { $min } tokens with a finite number; this has { $listed }.
# A token with no text, as the playground names it.
empty-token = (empty)
