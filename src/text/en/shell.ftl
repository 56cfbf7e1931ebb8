## The shell: what every section shows around itself.

-brand = Softmax Lab
brand = { -brand }

## Section titles, in the navigation and as headings.
title-overview = The big picture
title-softmax = Logits and softmax
title-sampling = Temperature and sampling
title-loss = Cross-entropy
title-gradients = Gradients
title-training = Training loop
title-stability = Numerical stability
title-attention = Softmax in attention
title-pitfalls = Pitfalls
title-quiz = Check yourself

## The masthead and the first screen.
tagline = Softmax, temperature, top-p and cross-entropy, hands on.
skip-to-lesson = Skip to the lesson
# The navigation's accessible name.
nav-label = Lesson sections
nav-previous = Previous
nav-next = Next
# The folded navigation on a phone: "2 / 9 · Temperature and sampling".
nav-where = { $number } / { $last } · { $title }
# Above the section's title.
section-number = Section { $number }
# Shown on the first screen until the sliders and charts are ready.
loading = Loading the sliders and charts…
# Shown when the lesson's own files could not be fetched.
text-load-failed = Could not load the lesson's text. Check the connection and reload the page.
# Shown instead of the sliders when the browser runs no JavaScript.
no-script =
    The sliders, charts and questions of this lesson need JavaScript and WebAssembly: turn them on
    to try it. Here is what each section is about.

## Read aloud, beside the section's title.
read-aloud-group = Read the section aloud
read-aloud = Read aloud
read-pause = Pause
read-stop = Stop

## Share / embed, beside the section's title.
share-button = Share / embed

## The navigation's arrows, for screen readers: "Previous: Logits and softmax".
nav-previous-to = Previous: { $title }
nav-next-to = Next: { $title }
# The pager at the end of a section.
pager-label = Previous and next section
# "3. Cross-entropy"
pager-title = { $number }. { $title }

## The page around the section.
# In an embedded section, under it.
open-full-lesson = Open the full lesson
footer =
    Softmax Lab runs entirely in your browser: no server, no cookies, no tracking. Every number on
    the page is computed live.
# A link named a section this version does not have.
section-missing = The section “{ $title }” is not part of this version of the lesson; showing the big picture.
# Opening another section while offline, before its text was ever fetched.
section-text-failed = Could not load this section's text (offline?). Open the section again to retry.

## Pieces every section uses.
# A chart's table of numbers, folded under it: "Show the numbers: Probabilities".
show-numbers = Show the numbers: { $caption }
# The pinned copy of a chart (phones): its close button's tooltip.
pinned-hide = Hide this copy
# The token editor's rows.
token-name = Name of token { $number }
token-logit = Logit of { $token }
token-remove = Remove { $token }
token-remove-title = Remove this token
# A logit slider's spoken value: "cat: logit 2.0, probability 0.610".
token-valuetext = { $token }: logit { $logit }, probability { $probability }
# A number box beside a slider, for screen readers: "Temperature (type a value)".
slider-box = { $label } (type a value)
# The softmax formula, read aloud.
formula-softmax = p i equals e to the z i, divided by the sum over all j of e to the z j
# The folded box for pasting a model's output (the box itself loads on first use).
paste-open = Paste a model’s output

## Predict first: a folded card before a demonstration, or a challenge. Its question or goal
## comes from the section's text; the card itself from src/text/en/predict.ftl.
predict-first = Predict first
challenge = Challenge
# After the question, once the student has answered, skipped or met it.
predict-done = Done
predict-loading = Loading the card…
predict-load-failed = Could not load the card. Check the connection, then close it and open it again.
# Beside a section's name in the section list and the pager, once some of its predictions and
# challenges are done: "2 of 3 done".
progress = { $done } of { $total } done
# At the end of the section list, once something is done: forgets it all in this browser.
progress-clear = Clear my progress
paste-loading = Loading the paste box…
paste-load-failed = Could not load the paste box (offline?). Close and open it again to retry.
share-load-failed = Share / embed: could not load it (offline?). Try again.
# Logit presets.
preset-default = Lesson default
preset-equal = All equal
preset-dominant = One dominant
preset-tied = Two tied
presets-label = Presets
presets-try = Try:

## A walk-through's buttons (the big picture's pipeline).
step-done = (done)
step-back = Back
step-next = Next
step-count = Step { $step } of { $count }
# After the last step: "Next: 1. Logits and softmax".
step-then = Next: { $number }. { $title }

## Notices.
link-notices-title = This link had settings the lesson could not use as they were:
lms-notices-title = Your learning management system did not record everything:
dismiss = Dismiss
update-title = A new version of the lesson is ready.
update-text = Reload to use it; the sliders keep their values, they are in the link.
update-reload = Reload
update-later = Later
# The browser tab's title: "Cross-entropy – Softmax Lab".
page-title = { $section } – { -brand }

## A number box's messages after a typed value.
# { $min } and { $max } are the slider's ends, { $value } what it was set to.
slider-clamped = Kept within { $min } to { $max }: set to { $value }.
# { $text } is what the student typed (at most 16 characters).
slider-not-number = “{ $text }” is not a number: enter one from { $min } to { $max }.

## Shared controls.
temperature-label = Temperature T
# The buttons for choosing the word that really came next.
target-label = The word that came next

## What a notice says about a setting in a link it could not use as it was.
# The setting's name at the start of a notice ("The seed goes from 0 to …").
param-temperature = Temperature
param-top-p = Top-p
param-min-p = Min-p
param-probability-of-correct-token = The probability of the correct token
param-label-smoothing = Label smoothing
param-distillation-temperature = The distillation temperature
param-learning-rate = The learning rate
param-finite-difference-step = The finite-difference step
param-offset = The offset
param-training-set-size = The training-set size
param-training-speed = The training speed
param-key-dimension-dk = The key dimension d_k
param-seed = The seed
# A link named a value that does not exist; { $value } is what the link said.
param-unknown-section = There is no section called “{ $value }”; showing the big picture.
param-unknown-precision = There is no precision called “{ $value }”; use f64 or f32.
param-unknown-mask = There is no mask called “{ $value }”; use inf, zero or none.
param-unknown-theme = There is no theme called “{ $value }”; use light, dark or contrast.
# { $setting } is one of the names above; { $min } and { $max } its ends; { $value } what the link
# said, { $clamped } what the lesson uses.
param-changed = { $setting } goes from { $min } to { $max }; { $value } was changed to { $clamped }.
param-not-whole = { $setting } must be a whole number from { $min } to { $max }; using { $default }.
param-not-number = { $setting } must be a number, not “{ $value }”; using { $default }.
# { $key } is the link's key as written (an identifier such as embed).
param-not-flag = { $key } takes 1 or 0, not “{ $value }”.
param-top-k-above = Top-k was { $value }, above the largest offered ({ $max }); it is now off.
param-top-k-bad = Top-k must be a whole number from 0 (off) to { $max }; it is off.
param-target-bad = The correct token must be a number from 0 to { $max }; using the first.
param-hide-unknown = There is no control called “{ $value }” to hide.
param-too-many-tokens = The link lists { $count } tokens; the lesson keeps the first { $max }.
param-names-cut = Token names are at most { $max } characters; longer ones were shortened.
param-names-markup = Token names are shown as plain text, never as HTML.
param-too-few-tokens = The lesson needs at least { $min } tokens; using the default tokens.
param-logits-not-numbers =
    { $count ->
        [one] 1 logit in the link was not a number; it was set to 0.
       *[other] { $count } logits in the link were not numbers; they were set to 0.
    }
param-logits-clamped =
    Logits go from { $min } to { $max }; { $count ->
        [one] 1 value was
       *[other] { $count } values were
    } clamped.
param-too-many-logits = The link lists { $count } logits; the lesson keeps the first { $max }.
param-too-few-logits = The lesson needs at least { $min } logits; using the default logits.
param-counts-differ = The link has { $tokens } tokens but { $logits } logits; missing logits are 0 and extra ones are dropped.
# A token without a name: "token 3".
token-fallback = token { $number }

## The page's title and description (search results, the installed app, the SCORM package).
app-title = { -brand }: softmax, temperature, top-p and cross-entropy
app-description =
    An interactive lesson on softmax, temperature, top-p sampling and cross-entropy loss: drag the
    logits and watch the probabilities, the samples and the loss move.
app-short-description = An interactive lesson on softmax, temperature, top-p sampling and cross-entropy loss.

## What the learning management system refused (SCORM package only); { $call } is a SCORM function.
lms-missing = the LMS has no { $call }
lms-failed = { $call } failed inside the LMS
# { $text } and { $code } are the LMS's own error text and number.
lms-refused = { $call }({ $value }) was refused: { $text } (error { $code })
lms-invalid = { $element } = “{ $value }” is not SCORM 1.2; not sent
param-old-version = This link was made by another version of the lesson; it was read as version 1.
# { $value } is what the link said instead of a language code such as en or es.
param-unknown-language = There is no language called “{ $value }” in this lesson; showing it in your browser’s language.
# The playground's tokens until a student renames them: four animals, separated by commas (no
# spaces). Short, lowercase, each different; the lesson's examples use the first two.
default-tokens = cat,dog,bird,fish

## The language menu, in the masthead. Each language is named in itself (English, Español).
language-label = Language

## The example token sets the sampling and cross-entropy sections load (the animals are
## default-tokens). Tokens separated by commas, no spaces; each different.
# A support bot's next action: three short verbs.
example-support-tokens = refund,reship,escalate
# Five words that could end frame-sentence, most likely first.
example-sentence-tokens = mat,floor,sofa,roof,moon
# Names offered, in order, when a student adds a token: short nouns, each different from
# default-tokens.
spare-tokens = mat,hat,sofa,box,tree,car,rug,bed,sun,cup,lap,roof
# The sentence a drawn token completes: the token (or a blank) takes the place of $token.
frame-sentence = The cat sat on the { $token }.
# The same for tokens that are not the sentence's (an instructor's own, a pasted model's).
frame-any = The next token: { $token }
