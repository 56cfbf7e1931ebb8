## Section: The big picture.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A language model writes one token at a time. Each time, it turns a long vector of features into
    one score per word it knows, turns the scores into probabilities, and either picks a word or,
    while training, measures how wrong it was. Step through it.

## The walk through the pipeline: the steps' short names, on the stepper's buttons.
step-transformer = Trans­former
step-hidden = Hidden state
step-logits = Logits
step-softmax = Softmax
step-sample = Sample or score
step-gradient = Gradient
# The stepper's accessible name.
pipeline-label = The pipeline, from transformer to gradient
# Before the links to the sections that explain the step on screen.
explained-in = Explained in
# A link to a section: "3. Cross-entropy →" (the arrow is added by the code).
section-link = { $number }. { $title }

## Step 1.
transformer-title = 1. Transformer blocks read the prompt
transformer-text =
    The prompt “The cat sat on the” is split into tokens. Dozens of transformer blocks mix
    information between positions, using attention, which is itself a softmax.
# The example line; "The cat sat on the" is the prompt.
transformer-example = Prompt: <q>The cat sat on the</q> → next token?

## Step 2.
hidden-title = 2. One hidden state for the last position
# { $size } is a number such as 4,096.
hidden-text =
    What the model knows about “what comes next” is packed into one vector of about { $size }
    numbers for the last position.
# { $size } as above.
hidden-note = (random values for illustration; { $size } in all)

## Step 3.
logits-title = 3. A linear layer gives one logit per token
# { $vocab } is the size of a typical vocabulary (about 128,000); { $count } how many tokens the
# playground has.
logits-text =
    Multiplying h by a weight matrix gives a score, a logit, for every entry of the vocabulary:
    about { $vocab } of them. Logits can be any real number. The playground keeps just { $count }
    of them:
logits-chart = Logits: one score per token

## Step 4.
softmax-title = 4. Softmax turns logits into probabilities
softmax-text =
    Exponentiate each logit, then divide by the total: every value lands between 0 and 1 and they
    sum to 1.
softmax-chart = Probabilities after softmax

## Step 5.
sample-title = 5. Sample a token, or score the true one
sample-text =
    When the model writes, it draws a token at random with these probabilities. When it learns, the
    true next token is known and the loss is the negative log of the probability given to it.
# { $seed } is the random seed, { $token } the token drawn.
sample-drawn = Drawn with seed { $seed }: <strong>{ $token }</strong>
# "If the true token is dog: loss = −ln 0.2242 = 1.495 nats"
sample-loss = If the true token is <strong>{ $token }</strong>: loss = −ln { $probability } = <strong>{ $loss }</strong> nats
sample-chart = Probabilities; the drawn token is highlighted

## Step 6.
gradient-title = 6. The gradient flows back
gradient-text =
    The gradient of the loss with respect to each logit is simply p − y: the probability minus 1
    for the true token, minus 0 for the rest. It flows back through the linear layer and every
    block, nudging all the weights.
gradient-chart = Gradient p − y; the true token is highlighted

## Predict first: the question (the card says the rest: predict.ftl).
predict-step = Which step of the pipeline turns the model’s scores into probabilities?

## Further reading, at the end of the big picture.
references-title = Further reading
# Between a work's authors and its title, and between its title and what it introduced.
ref-after-who = { ", " }
ref-after-title = { ". " }
ref-vaswani-who = Vaswani et al., 2017
ref-vaswani-what =
    The Transformer, built on scaled dot-product attention: the softmax of QK⊤ / √d_k with a causal
    mask (section 7).
ref-holtzman-who = Holtzman et al., 2020
ref-holtzman-what =
    Nucleus (top-p) sampling: keep the smallest set of tokens whose probability reaches p (section 2).
ref-nguyen-who = Nguyen et al., 2025
ref-nguyen-what =
    Min-p sampling: keep the tokens with at least a set share of the top token’s probability, a bar
    that follows the model’s confidence (section 2).
ref-hinton-who = Hinton, Vinyals & Dean, 2015
ref-hinton-what =
    Softmax with a temperature to soften a large model’s outputs into targets a small one learns
    from, with the T² that keeps the loss’s push the same size (section 3).
ref-szegedy-who = Szegedy et al., 2016
ref-szegedy-what =
    Label smoothing: train against (1 − ε) one-hot + ε/K so the model stops pushing the right logit
    without end (section 3).
ref-goodfellow-who = Goodfellow, Bengio & Courville, 2016
ref-goodfellow-what =
    The textbook account of softmax outputs, cross-entropy, gradient descent and computing them
    without overflow (sections 1, 3, 4 and 6).
