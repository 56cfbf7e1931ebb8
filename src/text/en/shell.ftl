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
