## Section: Check yourself.

# The opening paragraph, under the title (also in the first screen the HTML carries). The 6 and
# the 8 are the quiz's pass mark and question count (a test checks they match the code).
lede =
    Short questions on every section of the lesson, from softmax and sampling to gradients,
    training, stability, attention and the pitfalls, with new numbers each time you ask for new
    questions. Work them out on paper, with a calculator or with the sliders of the earlier
    sections. Get 6 of the 8 right to pass and mark the lesson complete.

## The score, under the last question (and at the top once something is answered).

# $right, $answered and $total are counts of questions.
score = { $right } right of { $answered } answered, out of { $total }.
# The score once it passes (75% right or more).
score-passed =
    { $right } right of { $answered } answered, out of { $total }. You passed: the lesson is
    marked complete.
# The score when every question is answered and it does not pass.
score-not-yet =
    { $right } right of { $answered } answered, out of { $total }. Not a pass yet: try new
    questions.
# Under the opening, when this browser remembers a pass; $percent is a whole number.
best-score = You passed this check before, with { $percent }% right. Try new questions any time.
new-questions = New questions

## One question.

# Above each question's text: "Question 4 of 8 · Gradients"; $section is the section's title.
question-number = Question { $number } of { $total } · { $section }
# The label before the box a number is typed in.
your-answer = Your answer
# The button that grades the answer.
check = Check
# The feedback after a right answer; $reason is the question's worked answer (a *-reason message).
feedback-right = ✓ Right. { $reason }
# The feedback after a wrong answer; $solution is the right option's text or the number.
feedback-wrong = ✗ Not quite: the answer is { $solution }. { $reason }
# When "Check" is pressed with no option picked.
feedback-pick = Pick one of the answers first.
# When the typed text is not a number; $example is 0.25 and $negative is −1.5, written with the
# language's decimal mark.
feedback-type = Type a number, like { $example } or { $negative }.

## The three tokens the questions score. The prompts below name them in their text ("The logits
## for cat, dog and bird are …"): translate them the same way here and there.

token-cat = cat
token-dog = dog
token-bird = bird

## Questions on section 1, softmax. In every question, $z-cat, $z-dog and $z-bird are the logits
## of the three tokens; $token, $correct, $asked and $falls are one of the token-* words.
## A question's prompt is what is asked, its options what can be picked, its reason the worked
## answer shown after it is checked. Numbers arrive written with the language's decimal mark.

softmax-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }. What probability
    does softmax give { $token }? Two decimals are enough.
# $e-cat, $e-dog and $e-bird are e to the power of each logit; $e-token is the asked token's.
softmax-reason =
    e^z is { $e-cat }, { $e-dog } and { $e-bird }, which sum to { $sum }. So { $token } gets
    { $e-token } / { $sum } = { $probability }.

# $z1, $z2 and $z3 are three logits; $shift is a whole number.
shift-prompt =
    The logits { $z1 }, { $z2 } and { $z3 } all go up by { $shift }. What happens to the
    probabilities?
shift-option-same = They stay exactly the same
shift-option-up = They all go up
shift-option-uniform = They move toward uniform
shift-option-sharper = The largest one grows and the others shrink
# $p1 to $p3 are the probabilities before the shift, $q1 to $q3 after it.
shift-reason =
    e^(z + { $shift }) = e^{ $shift } · e^z: the same factor multiplies every term and their sum,
    so it cancels. Before: { $p1 }, { $p2 } and { $p3 }; after: { $q1 }, { $q2 } and { $q3 }.

## Questions on section 2, temperature and sampling.

temperature-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }. With temperature
    T = { $t }, what probability does cat get? Two decimals are enough.
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

placement-prompt = A sampler uses temperature T = { $t }. Where in the pipeline does T act?
placement-option-logits = It divides the logits, before softmax
placement-option-probabilities = It divides the probabilities, after softmax
placement-option-added = It is added to every logit
placement-option-loss = It only changes the loss
# $p1 to $p3 are three probabilities; $again1 to $again3 the same numbers after dividing by T
# and renormalising.
placement-reason =
    Dividing the probabilities { $p1 }, { $p2 } and { $p3 } by T and renormalising gives
    { $again1 }, { $again2 } and { $again3 } again: nothing changes. T must divide the logits,
    where it changes their gaps.

# $p1 to $p5 are five probabilities, largest first; $top-p is the threshold p.
top-p-prompt =
    Five tokens have probabilities { $p1 }, { $p2 }, { $p3 }, { $p4 } and { $p5 }. How many tokens
    does top-p with p = { $top-p } keep?
# $totals is a list of running totals ("0.40, 0.62, 0.78"), written with
# top-p-totals-separator; $kept is a count.
top-p-reason =
    The running totals are { $totals }: the first to reach { $top-p } is number { $kept }, and the
    token that crosses the threshold is kept.
# Between two numbers of the list in top-p-reason (in quotes to keep the space).
top-p-totals-separator = { ", " }

# $p1 to $p5 are five probabilities, largest first; min_p is the setting's name in code.
min-p-prompt =
    Five tokens have probabilities { $p1 }, { $p2 }, { $p3 }, { $p4 } and { $p5 }. How many tokens
    does min-p with min_p = { $min-p } keep?
# $p1 is the top token's probability, $bar is $min-p × $p1, $kept is a count (1 or more).
min-p-reason =
    Min-p's bar is { $min-p } × { $p1 } = { $bar }, a share of the top token's probability; the
    { $kept } tokens at or above it are kept.

## Questions on section 3, cross-entropy.

loss-prompt =
    In “The cat sat”, the model gives the correct word “sat” probability { $p }. What is the
    cross-entropy loss, in nats? Two decimals are enough.
loss-reason =
    The loss is −ln p = −ln { $p } = { $loss } nats. It is 0 only when p = 1 and grows without
    limit as p falls to 0.

perplexity-prompt =
    Over a sentence, the mean cross-entropy is { $loss } nats per token. What is the perplexity?
    One decimal is enough.
# $words is $perplexity rounded to a whole number.
perplexity-reason =
    Perplexity = e^(mean loss) = e^{ $loss } = { $perplexity }: the model is as unsure as if it
    picked evenly among { $words ->
        [1] barely 1 word
       *[other] about { $words } words
    }.

ranking-prompt =
    Three models predict the next word. Which prediction has the largest cross-entropy loss?
# $on-wrong and $on-correct are probabilities.
ranking-option-wrong = Probability { $on-wrong } on a wrong word and { $on-correct } on the correct one
ranking-option-sure = Probability { $on-correct } on the correct word
# $words is a count (3 to 6).
ranking-option-even = Probability 1/{ $words } on each of { $words } words, the correct one among them
ranking-option-same = All three have the same loss
# $sure is the probability of ranking-option-sure, $wrong the correct word's of
# ranking-option-wrong; each $loss-* is the loss of one option.
ranking-reason =
    The loss is −ln p of the correct word: −ln { $sure } = { $loss-sure }, −ln(1/{ $words }) =
    { $loss-even } and −ln { $wrong } = { $loss-wrong } nats. Confident and wrong costs the most.

# $classes is a count; label_smoothing is PyTorch's name for the setting.
smoothing-prompt =
    A classifier over { $classes } classes is trained with label smoothing ε = { $epsilon }, the
    way PyTorch's label_smoothing does it. What target probability does the correct class get?
    Two decimals are enough.
# $share is ε/K, $target the correct class's target probability.
smoothing-reason =
    Every class gets ε/K = { $epsilon }/{ $classes } = { $share }, and the correct one gets 1 − ε
    on top: 1 − { $epsilon } + { $share } = { $target }. The loss against this target can never
    reach 0.

distillation-prompt =
    A teacher gives two wrong words, “dog” and “bird”, logits { $z-dog } and { $z-bird }. In its
    soft targets at distillation temperature T = { $t }, how many times as likely as “bird” is
    “dog”? Two decimals are enough.
# $ratio is the answer, $ratio-at-1 the same ratio at T = 1.
distillation-reason =
    A ratio of softmax probabilities depends only on the gap of the logits:
    e^(({ $z-dog } − { $z-bird })/{ $t }) = { $ratio }, down from e^({ $z-dog } − { $z-bird }) =
    { $ratio-at-1 } at T = 1. A higher T brings the wrong words' probabilities closer, so the
    student sees how the teacher ranks them.

## Questions on section 4, gradients.

# $correct is the correct word, $asked the token whose gradient is asked for (a token-* word).
gradient-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }, and the correct
    word is { $correct }. What is the gradient of the cross-entropy loss with respect to
    { $asked }'s logit? Two decimals are enough.
# $p-cat, $p-dog and $p-bird are probabilities; $p is $asked's, $y is 1 or 0.
gradient-reason =
    Softmax gives cat { $p-cat }, dog { $p-dog } and bird { $p-bird }. The gradient is p − y, with
    y = 1 for { $correct } and 0 for the others: for { $asked } it is { $p } − { $y } = { $gradient }.

step-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }, and the correct
    word is { $correct }. One step of gradient descent subtracts lr · (p − y) from every logit.
    Which logit goes down the most?
# An option: $token is a token-* word.
step-option-logit = The logit of { $token }
step-option-none = None: every logit goes up
# $g-cat, $g-dog and $g-bird are the gradients p − y; $falls is the token whose logit falls most.
step-reason =
    p − y is { $g-cat } for cat, { $g-dog } for dog and { $g-bird } for bird. Only { $correct }'s
    is negative, so only its logit rises; the others fall in proportion to their probability, so
    the most likely wrong word, { $falls }, falls most.

## Questions on section 5, the training loop.

# $l1 to $l5 are the losses at the five positions.
answer-prompt =
    A training example has a two-word prompt and a three-word answer. The losses at its five
    positions are { $l1 } and { $l2 } (the prompt), then { $l3 }, { $l4 } and { $l5 } (the
    answer). Fine-tuning counts the answer only: what loss does the example give? Two decimals
    are enough.
# $mean-all is the mean over all five positions.
answer-reason =
    Only the answer's positions count: ({ $l3 } + { $l4 } + { $l5 }) / 3 = { $mean }. Counting
    every position would give { $mean-all }, and the model would also be trained to write
    prompts.

# $best-step and $step-now are training steps (whole numbers), the losses in nats.
overfit-prompt =
    While a model trains, its training loss keeps falling. Its validation loss was lowest at step
    { $best-step } ({ $best-loss } nats) and has risen since, to { $loss-now } nats at step
    { $step-now }. What is happening?
overfit-option-overfitting = Overfitting: it is learning its training sentences by heart
overfit-option-learning-rate = The learning rate is too small to make progress
overfit-option-underfitting = Underfitting: the model is too small for the data
overfit-option-leak = The validation set must have been trained on
overfit-reason =
    Falling training loss with rising validation loss is overfitting: the model fits what is
    peculiar to its training text, which does not carry over. Stop near step { $best-step }, or
    give it more data.

## Questions on section 6, numerical stability.

# $precision is f32 or f64. The options are "z = 89" and so on.
overflow-prompt =
    A naive softmax computes e^z of every logit in { $precision } arithmetic. Which of these logits
    is the only one whose e^z overflows to infinity?
# $limit is ln of the largest number ($precision's); $z the logit past it.
overflow-reason =
    e^z overflows once z passes ln of the largest { $precision } number, { $limit }, so only
    z = { $z } does. The stable softmax subtracts the largest logit first, so every term it takes
    e^ of is at most e^0 = 1.

# $z1 to $z3 are three large logits, the largest first.
logsumexp-prompt =
    The logits are { $z1 }, { $z2 } and { $z3 }. What is their log-sum-exp,
    ln(e^z₁ + e^z₂ + e^z₃)? Two decimals are enough.
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

## Questions on section 7, softmax in attention.

# $score is a whole number, $dk the vectors' length (d_k).
scaled-prompt =
    A raw attention score q · k is { $score }, and the query and key vectors have d_k = { $dk }
    components. What score does softmax see once it is scaled? Two decimals are enough.
# $root is √d_k, $scaled the answer.
scaled-reason =
    Dot products of random vectors spread like √d_k = { $root }, so attention divides by it:
    { $score } / { $root } = { $scaled }. Unscaled, scores that large would push every row of
    softmax to a single word.

leak-prompt =
    In a decoder, the first word's score for itself (already scaled) is { $score }. A bug sets the
    scores of the four words after it to 0 instead of −∞. What share of its attention leaks to
    those future words? Two decimals are enough.
# $exp is e to the power of $score; $leak the answer.
leak-reason =
    Each future score of 0 still counts e^0 = 1 in the softmax. The row has e^{ $score } = { $exp }
    for the word itself and 4 × 1 for the future, so the future gets 4 / ({ $exp } + 4) =
    { $leak }. With −∞, e^−∞ = 0 and nothing leaks.

## Questions on section 8, pitfalls.

twice-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }, and the correct
    word is { $correct }. A bug applies softmax, then passes the probabilities to a loss that
    applies softmax again. What loss does it report? Two decimals are enough.
# $p-cat, $p-dog and $p-bird are the first softmax's probabilities; $p-again is the correct
# word's after the second; $loss is the answer, $right-loss the loss without the bug.
twice-reason =
    The first softmax gives { $p-cat }, { $p-dog } and { $p-bird }. Between 0 and 1 they are close
    together, so the second softmax is nearly flat and gives { $correct } { $p-again }: the loss
    is −ln { $p-again } = { $loss } nats, against the right { $right-loss }.

sigmoid-prompt =
    A photo can show a cat and a dog at the same time. The model's logits for the labels cat and
    dog are { $z-cat } and { $z-dog }. Which output says how likely each label is?
# $sigmoid-cat and $sigmoid-dog are each label's sigmoid.
sigmoid-option-sigmoid =
    A sigmoid per label: cat { $sigmoid-cat } and dog { $sigmoid-dog }, each on its own
# $p-cat and $p-dog are the softmax of the two logits.
sigmoid-option-softmax = One softmax over both labels: cat { $p-cat } and dog { $p-dog }
sigmoid-option-logits = The logits themselves: cat { $z-cat } and dog { $z-dog }
sigmoid-option-temperature =
    One softmax at a higher temperature, to share the probability more evenly
sigmoid-reason =
    Softmax shares one unit of probability between the labels, so it cannot say both are likely
    ({ $p-cat } + { $p-dog } = 1), at any temperature, and logits are not probabilities at all.
    Independent sigmoids 1 / (1 + e^−z) answer each yes-or-no question on its own:
    { $sigmoid-cat } and { $sigmoid-dog }.
