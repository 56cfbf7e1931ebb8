## Section: Cross-entropy.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Training needs one number that says how wrong a prediction was. Cross-entropy looks only at the
    probability the model gave the word that really came next, and takes minus its logarithm: sure
    and right costs almost nothing, sure and wrong costs a lot.

## The pinned copy of a chart, on phones: its title.
pinned-smoothing = Target and prediction
pinned-loss-curve = The loss −ln p
pinned-distillation = Soft targets

# The section's formula, read aloud.
formula = L equals minus the natural log of p of the correct token
# The subscript of p in the formula L = −ln p_correct: one short word.
formula-subscript = correct

# Said by the live region after every change of the confidence slider.
summary = Probability { $probability }: loss { $loss } nats, perplexity { $perplexity }.

## Units: a loss with its unit, in readouts and spoken values ("0.105 nats").
value-bits = { $value } bits

## Card: How sure was the model?
confidence-title = How sure was the model?
# The example sentence; { $word } is confidence-word, shown highlighted. Keep the same word in
# the slider's label and spoken value.
confidence-sentence = The cat { $word }
confidence-word = sat
confidence-slider = Probability the model gave “{ $word }”
# The slider's spoken value: { $loss } is a value-nats or value-bits ("0.105 nats").
confidence-valuetext = probability of { $word } { $probability }, loss { $loss }
confidence-bits = Measure in bits (log base 2) instead of nats
readout-loss = Loss −ln p
readout-perplexity = Perplexity 1/p
# The chart's axes; the marker on the curve ("loss 0.105").
axis-probability-correct = probability of the correct word
axis-loss-nats = loss (nats)
axis-loss-bits = loss (bits)
marker-loss = loss { $loss }
# Labels on the curve: the arrows point left (low probability) and right (high).
curve-terrible = ← terrible
curve-perfect = perfect →
column-loss-nats = Loss (nats)
column-perplexity = Perplexity
confidence-caption =
    The loss −ln p: zero when the model is certain and right, climbing without limit as p shrinks.
    The dot is your setting.
confidence-label = Curve of the loss against the probability of the correct word, with the current setting marked
confidence-table = Loss at reference probabilities

## Card: Against a one-hot target
onehot-title = Against a one-hot target
onehot-hint = Click the word that really came next. Its probability is the only one the loss reads.
onehot-load-sentence = Use five ways to finish the sentence
readout-onehot-loss = Loss
readout-onehot-perplexity = Perplexity eᴸ
# The scenario buttons' group, and the words before them.
scenarios-label = Scenarios
scenarios-try = Scenarios:
scenario-confident-right = Confident and correct
scenario-uncertain = Uncertain
scenario-confident-wrong = Confident and wrong
onehot-table = Prediction, target and each term of the sum
# Table column headers and the last row's.
column-token = Token
row-sum = Sum

## Card: When the target is not one-hot (label smoothing)
smoothing-title = When the target is not one-hot
# { $call } is PyTorch's CrossEntropyLoss(label_smoothing=ε), written as code.
smoothing-text =
    Label smoothing trains against a softer target. Every token gets ε/K (K tokens), and the right
    one gets 1 − ε on top: <strong>y = (1 − ε) · one-hot + ε/K</strong>. PyTorch's
    <code>{ $call }</code> does exactly this; Szegedy et al. (2016) used it to keep an image
    classifier from growing overconfident.
smoothing-slider = Label smoothing ε (0 = one-hot)
# The slider's spoken value: { $loss } is a value-nats ("0.3365 nats").
smoothing-valuetext = label smoothing { $smoothing }, loss { $loss }
readout-smoothing-loss = Loss −Σ y ln p
readout-smoothing-floor = Lowest possible loss (at p = y)
readout-smoothing-gap = Lead of the right logit at that lowest loss
# The lead when the target is one-hot: it grows without end.
gap-unlimited = ∞, no limit
# What the gradient p − y on the right logit does now. { $word } is the right token, { $push }
# the gradient ("−0.123").
push-one-hot =
    p − y on “{ $word }” is { $push }: with a one-hot target it is negative whatever the model
    predicts, so every step raises that logit again and the loss only reaches 0 as p reaches 1.
push-negative =
    p − y on “{ $word }” is { $push }: negative, so a training step still raises that logit; it
    stops once p reaches y.
push-positive =
    p − y on “{ $word }” is { $push }: positive: the model is surer than the target allows, and a
    step lowers that logit.
push-zero =
    p − y on “{ $word }” is { $push }: zero: the prediction matches the target, and the step leaves
    that logit alone.
smoothing-floor =
    The loss can no longer reach 0: its floor is the entropy of y, reached when p = y. There the
    right logit leads each other one by ln(y<sub>right</sub> / y<sub>other</sub>), a finite gap, so
    the logits stop growing and the model stays a little unsure on purpose.
column-target = Target y
smoothing-caption =
    Bars: the smoothed target y, the right token highlighted. Faint bars behind: the model's p. The
    loss is lowest when they match.
smoothing-label = Bar chart of the smoothed target for each token, with the model's probabilities as faint bars behind
smoothing-table = Label smoothing: prediction, smoothed target and each term of the loss

## Card: A teacher's soft targets (distillation)
distillation-title = A teacher's soft targets
distillation-text =
    In distillation a small student model learns from a big teacher's probabilities instead of
    one-hot labels. Take the playground's logits as the teacher's; the targets are
    <strong>qₜ = softmax(z / T)</strong>, the student's own logits are divided by the same T, and it
    minimises T² KL(qₜ ‖ pₜ).
distillation-slider = Distillation temperature T
# The slider's spoken value: "T 4.0, other tokens get 0.412".
distillation-valuetext = T { $t }, other tokens get { $share }
readout-distill-others = The other tokens' share at T
readout-distill-loss = Student's loss T² KL(qₜ ‖ pₜ)
readout-distill-push = Largest push on a student logit
readout-distill-push-plain = The same without the T²
# What the student sees of the teacher's other tokens. At T close to 1: { $top } is the
# teacher's favourite token, { $probability } its probability, { $rest } what the others share.
dark-at-one =
    At T = 1 the teacher gives “{ $top }” { $probability } and the rest share { $rest }. Raise T and
    the rest get more: the softer the targets, the more of them a student can learn from.
# The same at a higher T ({ $t }, "4.0"), where the others share { $soft }; { $ranking } lists
# up to three of them, likeliest first, made with dark-ranking-word and dark-ranking-before.
dark-softened =
    At T = 1 the teacher gives “{ $top }” { $probability } and the rest share { $rest }. At
    T = { $t } they share { $soft }, so the student learns how the teacher ranks them too:
    { $ranking }. That ranking of wrong answers, which a one-hot label throws away, is what Hinton
    and colleagues called dark knowledge.
# One token in that ranking.
dark-ranking-word = “{ $token }”
# Two neighbours in that ranking: "“dog” before “bird”" (the earlier may itself be a ranking).
dark-ranking-before = { $earlier } before { $later }
distillation-factor =
    The student here has learnt nothing yet (every logit 0). The gradient of the KL alone is
    (pₜ − qₜ) / T, and softening also shrinks pₜ − qₜ by about 1/T, so without a factor the push
    would fade as 1/T². Multiplying the loss by T² keeps the push about as strong at any T, so the
    soft loss can be mixed with the ordinary one without retuning.
column-push-student = Push on the student T(p − q)
distillation-caption =
    Bars: the soft targets at T, the teacher's favourite highlighted. Faint bars behind: the same
    logits at T = 1.
distillation-label = Bar chart of the teacher's soft targets at the chosen temperature, with the T = 1 probabilities as faint bars behind
distillation-table = Distillation: the teacher's soft targets at T = 1 and at T

## Predict first, and the challenge: the questions (the cards say the rest: predict.ftl).
predict-uniform = A model that knows nothing spreads its probability evenly over GPT‑2’s 50,257 tokens. What is its loss, in nats?
predict-drops = The right word’s probability falls from 0.9 to 0.5, or from 0.1 to 0.01. Which costs more loss?
challenge-under = Bring the loss under 0.1 nats.
