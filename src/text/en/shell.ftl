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

## The offer of a newer version (the service worker has it ready).
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

# A token without a name: "token 3".
token-fallback = token { $number }
# Between the words of a list written out (an example button: "cat, dog, bird, fish").
word-separator = { ", " }
# A loss with its unit, wherever one is shown ("0.105 nats"; loss.ftl has value-bits).
value-nats = { $value } nats

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
