## Section 1: logits and softmax.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A model's last layer gives every candidate token a score called a logit. Softmax turns those
    scores into probabilities: exponentiate, then divide by the total.
# Said by the live region after every change.
summary = Most likely token: { $token }, probability { $probability }.

## The playground.
playground-title = Playground: set the logits
playground-hint =
    Drag a slider, use the arrow keys, or type a value from { $min } to { $max }. Rename a token by
    editing its name.
add-token = + Add a token
token-count = { $count } of { $max } tokens
pinned-probs = Probabilities

## The charts.
charts-title = What softmax does to them
logits-caption = Logits: any real number; negative bars hang below zero.
logits-label = Bar chart of the logits, one bar per token
logits-table = Logits
probs-caption = Probabilities: between 0 and 1, summing to 1.
probs-label = Bar chart of the probabilities, one bar per token
probs-table = Probabilities
column-token = Token
column-logit = Logit z
column-probability = Probability p

## The arithmetic, step by step.
arithmetic-title = The arithmetic, step by step
arithmetic-1 = Take each logit z.
arithmetic-2 = Exponentiate: eᶻ is always positive.
arithmetic-3 = Add them up.
arithmetic-4 = Divide each by the sum: that is p.
arithmetic-5 = Check: the p add up to 1.
arithmetic-table = Softmax, step by step
column-divide = eᶻ ÷ sum = p
row-sum = Sum

## Why the exponential.
why-title = Why the exponential?
why-ratio =
    Exponentials turn differences into ratios. Logits 3 and 1 differ by 2: a plain ratio would be
    <strong>{ $plain }</strong> to 1, but e³ / e¹ = e² ≈ <strong>{ $exp }</strong>. A small lead in
    score becomes a large lead in probability.
why-plain =
    Dividing the raw scores by their sum does not work: a negative score gives a negative
    “probability”, and scores that sum to zero give nothing at all.
plain-undefined = The logits sum to zero, so plain division is undefined.
plain-broken = Plain division gives values below 0 or above 1: not probabilities.
plain-works = With these logits plain division happens to work; make one logit negative and it breaks.
plain-table = Plain division versus softmax
column-softmax = softmax

## Predict first, and the challenge: the questions (the cards say the rest: predict.ftl). The
## cards load the lesson's default tokens, so cat is the first one.
predict-add = Add 10 to every logit. What happens to p(cat)?
predict-double = Double every logit. What is p(cat) then?
challenge-forty = Make two tokens exactly 40% each.

## Shift invariance.
shift-title = Shift invariance
shift-text =
    Add the same number to every logit: each eᶻ gets multiplied by the same factor, which cancels
    in the division. Try it and watch the probability chart.
shift-down = −1 to every logit
shift-up = +1 to every logit
shift-report = Every logit has moved by { $total } in all; the largest change in any probability is { $moved }.
