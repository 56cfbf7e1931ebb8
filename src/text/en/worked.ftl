## The worked answers of the quiz (Check yourself), shown after a question is checked: why the
## answer is what it is, with the numbers worked out. They load with the first check, not with
## the section. Placeholders as in quiz.ftl: numbers arrive written with the language's
## decimal mark; $correct, $token, $falls and the like are quiz.ftl's token-* words.

# $e-cat, $e-dog and $e-bird are e to the power of each logit; $e-token is the asked token's.
softmax-reason =
    e^z is { $e-cat }, { $e-dog } and { $e-bird }, which sum to { $sum }. So { $token } gets
    { $e-token } / { $sum } = { $probability }.
# $p1 to $p3 are the probabilities before the shift, $q1 to $q3 after it.
shift-reason =
    e^(z + { $shift }) = e^{ $shift } · e^z: the same factor multiplies every term and their sum,
    so it cancels. Before: { $p1 }, { $p2 } and { $p3 }; after: { $q1 }, { $q2 } and { $q3 }.
# The reason when T is below 1. $scaled-cat, $scaled-dog and $scaled-bird are the logits divided
# by T; $probability is cat's probability at T, $probability-at-1 at T = 1.
temperature-reason-sharpens =
    Divide the logits by T first: { $scaled-cat }, { $scaled-dog } and { $scaled-bird }. Softmax
    of those gives cat { $probability }, against { $probability-at-1 } at T = 1: a temperature
    below 1 sharpens the distribution.
# The reason when T is above 1 (placeholders as in temperature-reason-sharpens).
temperature-reason-flattens =
    Divide the logits by T first: { $scaled-cat }, { $scaled-dog } and { $scaled-bird }. Softmax
    of those gives cat { $probability }, against { $probability-at-1 } at T = 1: a temperature
    above 1 flattens the distribution.
# $p1 to $p3 are three probabilities; $again1 to $again3 the same numbers after dividing by T
# and renormalising.
placement-reason =
    Dividing the probabilities { $p1 }, { $p2 } and { $p3 } by T and renormalising gives
    { $again1 }, { $again2 } and { $again3 } again: nothing changes. T must divide the logits,
    where it changes their gaps.
# $totals is a list of running totals ("0.40, 0.62, 0.78"), written with
# top-p-totals-separator; $kept is a count.
top-p-reason =
    The running totals are { $totals }: the first to reach { $top-p } is number { $kept }, and the
    token that crosses the threshold is kept.
# $p1 is the top token's probability, $bar is $min-p × $p1, $kept is a count (1 or more).
min-p-reason =
    Min-p's bar is { $min-p } × { $p1 } = { $bar }, a share of the top token's probability; the
    { $kept } tokens at or above it are kept.
loss-reason =
    The loss is −ln p = −ln { $p } = { $loss } nats. It is 0 only when p = 1 and grows without
    limit as p falls to 0.
# $words is $perplexity rounded to a whole number.
perplexity-reason =
    Perplexity = e^(mean loss) = e^{ $loss } = { $perplexity }: the model is as unsure as if it
    picked evenly among { $words ->
        [1] barely 1 word
       *[other] about { $words } words
    }.
# $sure is the probability of ranking-option-sure, $wrong the correct word's of
# ranking-option-wrong; each $loss-* is the loss of one option.
ranking-reason =
    The loss is −ln p of the correct word: −ln { $sure } = { $loss-sure }, −ln(1/{ $words }) =
    { $loss-even } and −ln { $wrong } = { $loss-wrong } nats. Confident and wrong costs the most.
# $share is ε/K, $target the correct class's target probability.
smoothing-reason =
    Every class gets ε/K = { $epsilon }/{ $classes } = { $share }, and the correct one gets 1 − ε
    on top: 1 − { $epsilon } + { $share } = { $target }. The loss against this target can never
    reach 0.
# $ratio is the answer, $ratio-at-1 the same ratio at T = 1.
distillation-reason =
    A ratio of softmax probabilities depends only on the gap of the logits:
    e^(({ $z-dog } − { $z-bird })/{ $t }) = { $ratio }, down from e^({ $z-dog } − { $z-bird }) =
    { $ratio-at-1 } at T = 1. A higher T brings the wrong words' probabilities closer, so the
    student sees how the teacher ranks them.
# $p-cat, $p-dog and $p-bird are probabilities; $p is $asked's, $y is 1 or 0.
gradient-reason =
    Softmax gives cat { $p-cat }, dog { $p-dog } and bird { $p-bird }. The gradient is p − y, with
    y = 1 for { $correct } and 0 for the others: for { $asked } it is { $p } − { $y } = { $gradient }.
# $g-cat, $g-dog and $g-bird are the gradients p − y; $falls is the token whose logit falls most.
step-reason =
    p − y is { $g-cat } for cat, { $g-dog } for dog and { $g-bird } for bird. Only { $correct }'s
    is negative, so only its logit rises; the others fall in proportion to their probability, so
    the most likely wrong word, { $falls }, falls most.
# $mean-all is the mean over all five positions.
answer-reason =
    Only the answer's positions count: ({ $l3 } + { $l4 } + { $l5 }) / 3 = { $mean }. Counting
    every position would give { $mean-all }, and the model would also be trained to write
    prompts.
overfit-reason =
    Falling training loss with rising validation loss is overfitting: the model fits what is
    peculiar to its training text, which does not carry over. Stop near step { $best-step }, or
    give it more data.
# $limit is ln of the largest number ($precision's); $z the logit past it.
overflow-reason =
    e^z overflows once z passes ln of the largest { $precision } number, { $limit }, so only
    z = { $z } does. The stable softmax subtracts the largest logit first, so every term it takes
    e^ of is at most e^0 = 1.
# The reason when the largest logit is past ln of f64's largest number. $largest is the largest
# logit, $largest-whole the same without decimals; $gap2 and $gap3 are the other logits minus
# it, $sum the sum in the logarithm, $lse the answer.
logsumexp-reason-f64 =
    Take the largest out first: { $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } +
    ln { $sum } = { $lse }. Computing e^{ $largest-whole } directly would overflow even in f64.
# The reason when the largest logit fits in f64 (placeholders as in logsumexp-reason-f64).
logsumexp-reason-f32 =
    Take the largest out first: { $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } +
    ln { $sum } = { $lse }. Computing e^{ $largest-whole } directly fits in f64 but would overflow
    in f32.
# $root is √d_k, $scaled the answer.
scaled-reason =
    Dot products of random vectors spread like √d_k = { $root }, so attention divides by it:
    { $score } / { $root } = { $scaled }. Unscaled, scores that large would push every row of
    softmax to a single word.
# $exp is e to the power of $score; $leak the answer.
leak-reason =
    Each future score of 0 still counts e^0 = 1 in the softmax. The row has e^{ $score } = { $exp }
    for the word itself and 4 × 1 for the future, so the future gets 4 / ({ $exp } + 4) =
    { $leak }. With −∞, e^−∞ = 0 and nothing leaks.
# $p-cat, $p-dog and $p-bird are the first softmax's probabilities; $p-again is the correct
# word's after the second; $loss is the answer, $right-loss the loss without the bug.
twice-reason =
    The first softmax gives { $p-cat }, { $p-dog } and { $p-bird }. Between 0 and 1 they are close
    together, so the second softmax is nearly flat and gives { $correct } { $p-again }: the loss
    is −ln { $p-again } = { $loss } nats, against the right { $right-loss }.
sigmoid-reason =
    Softmax shares one unit of probability between the labels, so it cannot say both are likely
    ({ $p-cat } + { $p-dog } = 1), at any temperature, and logits are not probabilities at all.
    Independent sigmoids 1 / (1 + e^−z) answer each yes-or-no question on its own:
    { $sigmoid-cat } and { $sigmoid-dog }.
