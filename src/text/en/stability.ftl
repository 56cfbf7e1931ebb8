## Section: Numerical stability.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    On paper, softmax does not care if every logit goes up by the same amount. On a computer it
    does: e^z grows so fast that a logit of a few hundred is already more than a float can hold. The
    fix is one subtraction, and every library makes it.

## The pinned copy of a chart, on phones: its title.
pinned-overflow = Digits of the naive denominator

# The section's formula, read aloud.
formula = softmax of z, i, equals e to the z i minus m, over the sum over j of e to the z j minus m, where m is the largest logit

# Said by the live region after every change. { $offset } is c ("997"); { $verdict } is one of
# the verdict-* messages.
summary-fails = Offset { $offset }: the naive softmax fails. { $verdict }
summary-agree = Offset { $offset }: naive and stable softmax agree.

## What happened to the naive formula. { $precision } is f32 or f64.
# { $limit } is where e^x overflows ("709.78"), { $count } how many terms did.
verdict-overflow =
    Overflow: e^(z + c) is too large for { $precision } past z + c ≈ { $limit }, so { $count } of
    the terms are ∞, their sum is ∞, and ∞ / ∞ is NaN (not a number).
verdict-sum-overflow =
    Overflow in the sum: every e^(z + c) still fits in { $precision }, but together they exceed its
    largest number, so the sum is ∞ and every naive p comes out as 0.
verdict-underflow = Underflow: every e^(z + c) rounded to 0 in { $precision }, and 0 / 0 is NaN.
verdict-agree =
    Both columns agree: every e^(z + c) still fits in { $precision }. The stable column never
    moves, whatever c is.

## Card: Push every logit up by c
offset-title = Push every logit up by c
offset-slider = Offset c, added to every logit
# The slider's spoken value: "offset 997, naive softmax overflows".
offset-valuetext-overflows = offset { $offset }, naive softmax overflows
offset-valuetext-works = offset { $offset }, naive softmax still works
precision-legend = Precision of the naive softmax
precision-f64 = f64 (double precision)
precision-f32 = f32 (single precision, as on most GPUs)
# The group of example buttons (its "Try:" is the shell's).
examples-label = Examples
readout-overflow-at = Naive overflows past c =
readout-largest-shifted = Largest z + c
# Table column headers.
column-token = Token
column-exp-naive = e^(z + c), naive
column-naive-p = Naive p
column-stable-p = Stable p
column-offset = Offset c
table-stability = Naive and stable softmax of z + c, side by side
# The chart: its lines' names, x axis and the label at the overflow threshold ("overflow past
# c ≈ 707.8").
legend-digits = digits of Σ e^(z + c)
legend-largest = largest { $precision }
axis-offset = offset c
overflow-past = overflow past c ≈ { $limit }
# The chart's table, last row: the ceiling ("largest f64 (c = 997.0)").
row-largest = largest { $precision } (c = { $offset })
overflow-caption =
    How many digits the naive denominator Σ e^(z + c) has, against c. It climbs in a straight line
    until it hits the largest number the float can hold (dashed); past that it is ∞. Switch to f32
    to see how much sooner that comes.
overflow-label = Digits of the naive denominator against the offset, with the largest float as a ceiling
overflow-table = Digits of the naive denominator by offset

## Card: Log-sum-exp and log-softmax
lse-title = Log-sum-exp and log-softmax
lse-text =
    The same trick gives the logarithm of the denominator, log-sum-exp, without ever forming a huge
    number: take out the largest logit m, and what is left inside the logarithm lies between 1 and
    the number of tokens.
column-log-softmax = log-softmax = z + c − logsumexp
column-ln-naive = naive ln p, { $precision }
column-p-log-softmax = p = e^(log-softmax)
log-softmax-table = Log-softmax of the shifted logits
underflow-text =
    Losses need the log of a probability. Taking softmax first and the log after fails the other
    way: a token far below the rest gets a probability that rounds to exactly 0, and −ln 0 is
    infinite. log_softmax(z) = z − logsumexp(z) never forms that probability, so the loss stays
    finite. This is why training code computes cross-entropy from the logits.
column-naive-loss = −ln softmax(z), naive
column-stable-loss = −log_softmax(z), stable
underflow-table = Logits [0, −50, −800]: the loss of each token, naive and stable

## Predict first: the questions (the cards say the rest: predict.ftl).
predict-naive = Logits [1000, 999], with the naive formula. What comes out?
predict-f32 = In f32, what is the largest logit whose eᶻ is still a finite number?
challenge-infinite = With finite logits, make the naive formula give an infinite loss; then read the finite one log-softmax gives.
