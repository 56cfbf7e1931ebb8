## Notices about a link: what a setting in it could not be used as it was, and what the lesson
## used instead. Loaded only when a link has such a setting.

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
param-query-scale = The query scale
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
param-old-version = This link was made by another version of the lesson; it was read as version 1.
# { $value } is what the link said instead of a language code such as en or es.
param-unknown-language = There is no language called “{ $value }” in this lesson; showing it in your browser’s language.

## The notice bar: its title over the notices, and the button that closes it.
link-notices-title = This link had settings the lesson could not use as they were:
lms-notices-title = Your learning management system did not record everything:
dismiss = Dismiss

## What the learning management system refused (SCORM package only); { $call } is a SCORM function.
lms-missing = the LMS has no { $call }
lms-failed = { $call } failed inside the LMS
# { $text } and { $code } are the LMS's own error text and number.
lms-refused = { $call }({ $value }) was refused: { $text } (error { $code })
lms-invalid = { $element } = “{ $value }” is not SCORM 1.2; not sent
