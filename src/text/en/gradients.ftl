## Section: Gradients.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Training changes the logits a little at a time, in the direction that lowers the loss. That
    direction is the gradient, and for softmax with cross-entropy it is remarkably simple: each
    token's probability minus its target, p − y.

## The pinned copy of a chart, on phones: its title.
pinned-fd-valley = Largest error against the step e
pinned-step-logits = The logits, before and after the last step

# The section's formula, read aloud.
formula = d L by d z i equals p i minus y i

# Said by the live region after every change: "Loss 2.170 nats; the gradient on reship is
# −0.886."; $token is the right word.
summary = Loss { $loss } nats; the gradient on { $token } is { $gradient }.
# Tables: the first column, one row per token.
column-token = Token

## Card: The loss, straight from the logits
loss-title = The loss, straight from the logits
loss-text =
    Minus the log of the right word’s probability simplifies: the division inside softmax becomes
    a subtraction, log-sum-exp of all the logits minus the right word’s logit. Frameworks compute
    it this way, from the logits, so no probability is ever rounded to zero first.
# The figures under the written-out loss: log-sum-exp (ln of the sum of e to each logit), then
# the loss.
readout-lse = log-sum-exp
readout-loss = Loss
# Above the buttons that pick the right word.
which-word = Which word really came next?

## Card: The gradient, token by token
bars-title = The gradient, token by token
# Under the bars. $right is the right word and $right-gradient its bar (negative).
bars-meaning =
    { $right } is the right word: its bar is { $right-gradient }, negative, so a step of gradient
    descent raises its logit. The bars always sum to zero: what one logit gains, the others give up.
# The same with the wrong word the model favours most: $wrong and its bar $wrong-gradient.
bars-meaning-wrong =
    { $right } is the right word: its bar is { $right-gradient }, negative, so a step of gradient
    descent raises its logit. { $wrong } is the wrong favourite: its bar is { $wrong-gradient }, the
    largest push down. The bars always sum to zero: what one logit gains, the others give up.
bars-caption =
    Each bar is p − y for one token. Gradient descent subtracts it: bars above zero push a logit
    down, the bar below zero (the right word, highlighted) pulls its logit up.
bars-label = Signed bar chart of the gradient p minus y for each token
bars-table = The gradient dL/dz = p − y

## Card: Take a step downhill
step-title = Take a step downhill
step-text =
    Gradient descent moves every logit against its gradient, scaled by the learning rate:
    <strong>z ← z − lr · (p − y)</strong>. Take a few steps and watch the right word's logit climb
    while the loss falls, fast at first, then slower as p − y shrinks.
slider-lr = Learning rate
# The slider's spoken value: "learning rate 0.50".
lr-valuetext = learning rate { $lr }
# The accessible name of the two buttons below.
step-buttons-label = Gradient steps
take-step = Take a step
reset-steps = Reset to the logits before the first step
readout-steps = Steps taken
readout-loss-now = Loss now
# A figure and a table column: the probability of the right word.
p-right-word = p of the right word
column-z-before = z before the last step
column-z-now = z now
column-gradient-now = Gradient now
step-logits-caption =
    The logits now (the right word highlighted), with faint bars where they stood before the last
    step.
step-logits-label = Signed bar chart of the logits before and after the last gradient step
step-logits-table = The logits before and after the last step
# The loss curve: its line (legend), its axes, and the label of the last point ("loss 1.469";
# keep them short: they are drawn on the chart).
curve-loss = loss
axis-step = step
axis-loss = loss (nats)
curve-marker = loss { $loss }
step-curve-caption = The loss after each step: steps shrink as the prediction improves, because p − y does.
step-curve-label = Line chart of the loss after each gradient step
step-curve-table = The loss per step
column-step = Step
column-loss = Loss (nats)
# $min and $max are the playground's limits for a logit (−10 and 10).
step-hint =
    Logits stay within { $min } to { $max }, the playground’s range. The steps change the lesson’s
    logits, so every other section sees them too.

## Card: Check the gradient by nudging
fd-title = Check the gradient by nudging
fd-text =
    A gradient can be measured without any calculus: nudge one logit up by a small step e and down
    by e, and divide the change in the loss by 2e. If p − y is right, the two agree.
# The slider of the step e (also the first column of the valley's table).
slider-eps = Step e
# The slider's spoken value: "step 1.0e−5, largest difference 3.2e−11".
eps-valuetext = step { $eps }, largest difference { $error }
readout-fd-error = Largest difference
readout-fd-best = Best step here
# The verdict under the figures, by what the error at the chosen step e is mostly made of. $eps is
# the chosen step and $error its largest difference; $best-error is the smallest error over all
# steps, found at about $best. Numbers are written like 1.0e−5.
fd-verdict-truncation =
    At e = { $eps } the largest difference is { $error }: truncation: the step is so wide that the
    difference measures the curve's bend, not only its slope. The smallest error here,
    { $best-error }, comes at about e = { $best }.
fd-verdict-round-off =
    At e = { $eps } the largest difference is { $error }: round-off: the two losses agree in almost
    every digit, and dividing their tiny difference by a tiny step magnifies the rounding. The
    smallest error here, { $best-error }, comes at about e = { $best }.
fd-verdict-balanced =
    At e = { $eps } the largest difference is { $error }: near the sweet spot, where truncation and
    round-off balance. The smallest error here, { $best-error }, comes at about e = { $best }.
fd-table = The analytic and the numeric gradient
column-numeric = Numeric
column-difference = Difference
valley-caption =
    The largest difference for every step from 10⁻¹² to 1, both axes on log scales: a valley. To
    the right the step is too coarse; to the left rounding noise, divided by a tiny step, takes
    over.
valley-label = Largest finite-difference error against the step, on log axes, with the chosen step marked
valley-table = Largest error by step
column-largest-error = Largest error
# The valley chart: its line (legend) and its axes (short: drawn on the chart).
valley-curve = largest error
valley-axis-step = step e
valley-axis-error = error

## Card: Why not squared error?
squared-title = Why not squared error?
# $token is the right word of the example (reship), $percent how sure the model is of the wrong
# one (99.9).
squared-text =
    Squared error on the probabilities, ½ Σ (p − y)², looks just as sensible. But its gradient has
    to pass back through softmax, and softmax is flat when it is sure. With logits [8, 0, 0] and
    { $token } the right word, the model is { $percent }% sure of the wrong answer, and squared error
    barely pushes:
squared-table = Logits [8, 0, 0], the right word { $token }: both gradients
column-ce-gradient = Cross-entropy gradient
column-se-gradient = Squared-error gradient
saturation-caption =
    How hard each loss pulls the right word's logit up as a wrong logit grows. Cross-entropy pulls
    harder the more wrong the model is; squared error gives up just when it matters most.
saturation-label =
    Size of the gradient on the correct logit for cross-entropy and squared error as the wrong
    logit grows
saturation-table = Gradient sizes as the wrong logit grows
column-wrong-logit = Wrong logit
column-ce-size = Cross-entropy |gradient|
column-se-size = Squared error |gradient|
# The saturation chart: its two lines (legend) and its axes (short: drawn on the chart).
saturation-curve-ce = cross-entropy
saturation-curve-se = squared error
saturation-axis-x = wrong logit z (others 0)
saturation-axis-y = push on the right logit

## Predict first, and the challenge: the questions (the cards say the rest: predict.ftl).
predict-sum = Logits [3, 1, 0], and the right word is the second. What do the gradient’s entries add up to?
predict-sure = The model already gives the right word p = 0.99. What is that word’s gradient?
challenge-half = Make the right word’s gradient exactly −0.50.
