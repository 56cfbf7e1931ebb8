## The cards of "Predict first" and the challenges (src/predict_box/), loaded the first time a
## student opens one. The questions and goals are in each section's text; this is everything a
## card says once it is open. Feedback is neutral: it says what happened, never a grade.

## Every prediction.
set-up = Set it up
# Under "Set it up".
set-up-hint = Loads the numbers the question is about. Your own settings are kept.
restore = Back to my settings
# After "Set it up" or "Back to my settings", for screen readers.
set-up-done = The question’s numbers are loaded.
restored = Your own settings are back.
guess-legend = Your guess
commit = Lock in my guess
skip = Skip
# After Skip, in place of the card's controls.
skipped = Skipped. Open it again any time to try it.
try-again = Try again
see-why = See why
# A number guessed: { $guess } and { $answer } are written as the page writes numbers.
you-said = You said { $guess }; it is { $answer }.
band-close = Close: within { $close } of it.
band-near = Near: within { $near } of it.
band-far = Further off than { $near }.
# A choice: { $choice } is the one chosen, { $answer } what happens.
choice-said = You said: { $choice }.
choice-right = That is what happens.
choice-other = What happens: { $answer }.
# Before the prediction's own instruction to see the answer live.
see-it = See it live:
# Before the belief the prediction is about.
myth = A common expectation:

## Every challenge.
not-yet = Not yet: keep moving the controls.
hint = Hint
solution = Show a solution

## Logits and softmax: add 10 to every logit (set up at −3, −4, −4.5, −6: the same gaps as the
## default, so p(cat) starts at 0.609, and ten steps up stay within the sliders' range).
softmax-add-try = Press “+1 to every logit” ten times and watch cat’s bar.
softmax-add-why =
    Softmax divides each eᶻ by their sum. Adding 10 multiplies every eᶻ by the same e¹⁰, and that
    factor cancels in the division: only the gaps between the logits count.
softmax-add-myth = bigger logits, bigger probabilities. Only bigger than the others counts.

## Logits and softmax: double every logit (2, 1, 0.5, −1 to 4, 2, 1, −2). { $before } and
## { $after } are how many times cat is likelier than dog before and after ("2.7", "7.4").
softmax-double-try = Type 4, 2, 1 and −2 into the boxes and watch cat’s bar.
softmax-double-why =
    Doubling the logits doubles every gap, and softmax turns each gap into a ratio through eᶻ:
    cat’s lead over dog grows from { $before } times to { $after } times. Probabilities move
    exponentially, not in proportion: doubling the logits is a temperature of 0.5.
softmax-double-myth = probabilities scale with the logits, so doubling them changes nothing.

## Logits and softmax: two tokens at exactly 40% each. { $gap } is ln 2 ("0.69"); { $third }
## is 1 − ln 2 ("0.31"); { $pair } and { $rest } are the probabilities that gives ("0.400",
## "0.200"); { $first } and { $second } are the two probabilities that met the goal.
softmax-forty-hint =
    Two tokens share the same probability when their logits are equal. Together they get 80%
    when the other tokens get 20%: with one other token, its logit is ln 2 ≈ { $gap } below theirs.
softmax-forty-solution =
    Remove one token so three are left. Set two logits to 1 and the third to { $third } (1 − ln 2):
    that gives { $pair }, { $pair } and { $rest }.
softmax-forty-met = Done: two tokens at { $first } and { $second }.
