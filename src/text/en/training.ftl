## Section: Training loop.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Training is the gradient step of the last section, repeated: compute the loss on the training
    text, take a step downhill, and again. Here a small model learns from forty short sentences,
    live in your browser, and you can watch it learn — and then learn too much.

## The pinned copy of a chart, on phones: its title.
pinned-train-loss = Training and validation loss

# Said by the live region when a run pauses: "Step 120: training loss 1.234, validation loss
# 2.345."; $step is the number of steps taken.
summary = Step { $step }: training loss { $train }, validation loss { $validation }.

## Card: Train a model in the page
train-title = Train a model in the page
train-text =
    The model is a bigram table: one row of logits for every word, scoring each word that could
    come next. Each step of gradient descent moves every row by −lr (p − y), averaged over all the
    word pairs of the training sentences. The validation sentences are never trained on: their
    loss says how well the model does on text it has not seen.
# Slider labels.
slider-lr = Learning rate
slider-train-size = Training sentences
slider-speed = Steps per second
# The accessible name of the group of buttons below.
buttons-label = Training
# The start / pause button: the symbol before the word is part of the label.
button-pause = ‖ Pause
button-start = ▶ Start
button-step = Step
button-reset = Reset
# The figures under the controls: the values read "1.234 (3.4)", the loss and its perplexity.
readout-steps = Steps
readout-train-loss = Training loss (perplexity)
readout-val-loss = Validation loss (perplexity)
# The status under the figures: `status-sizes`, then one of the three `status-*` sentences
# after it.
status = { $sizes } { $progress }
# $train and $validation are counts of sentences, $words the size of the vocabulary.
status-sizes =
    { $train ->
        [one] { $train } training sentence
       *[other] { $train } training sentences
    }, { $validation ->
        [one] { $validation } validation sentence
       *[other] { $validation } validation sentences
    }, { $words } words in the vocabulary.
# Before overfitting shows. "ln V" is the natural log of the vocabulary size V (a formula).
status-start = Both losses start at ln V, the loss of a model that spreads its bets evenly.
# Once the validation loss has turned up: $step is where it was lowest, $loss that lowest loss.
status-overfitting =
    The validation loss was lowest at step { $step } ({ $loss }) and has risen since, while the
    training loss keeps falling: the model is learning its training sentences by heart, not the
    language.
# A run stops after $max steps.
status-finished = The run stopped at { $max } steps.
# The loss chart: its two curves (legend), its axes, and the mark where overfitting starts
# (keep it short: it is drawn on the chart).
curve-train = training loss
curve-validation = validation loss
axis-step = step
axis-loss = mean cross-entropy (nats)
overfitting-mark = ↑ overfitting: validation turns up
loss-caption =
    Training loss (solid) and validation loss (dashed) after every step. With few training
    sentences the validation loss turns up while the training loss keeps falling; the chart marks
    where.
loss-label = Training and validation loss against the step
loss-table = Loss per step
column-step = Step
column-train-loss = Training loss
column-val-loss = Validation loss

## Card: What the model predicts
predict-title = What the model predicts
predict-text =
    Each row of the table is a set of logits, and softmax turns it into the model’s guess for the
    next word. Pick the word it has just read; the bars follow the training as it runs.
# Shown before the list of words to pick from.
predict-after-word = After the word
# The word the list starts on: a word of the training sentences with many possible next words,
# written in lower case (the model lowers every word).
# The end of a sentence, as a token of the model (shown in its charts and tables).
end-mark = { "." }
predict-start-word = the
predict-caption = The eight most likely next words and their probabilities, from the model as trained so far.
predict-label = Next-word probabilities of the trained model
predict-table = Next-word distribution of the trained model
column-next-word = Next word
column-logit = Logit
column-probability = Probability
# The accessible name of the two buttons below.
use-logits-label = Use these logits
open-in-softmax = Open these logits in the softmax playground
open-in-sampling = … or sample from them

## Card: A loss at every position
positions-title = A loss at every position
positions-text =
    A language model is trained on every position of a text at once: each word is predicted from
    the ones before it, and the loss of the text is the mean of the losses at its positions.
# The logits [3, 1, 0] and [0.5, 0, 2] are the code's example (write their numbers as your
# language does); $first, $second and $mean are the losses worked out.
positions-example =
    Worked by hand: a position with logits [3, 1, 0] whose right token is the second has loss { $first };
    one with [0.5, 0, 2] and the third right has { $second }. The sequence’s loss is their mean, { $mean }.
# The sentence whose loss at every position the card shows: it must use only words of the
# training sentences below (it is best one of them), and its first two words are the prompt.
sequence = The cat sat on the mat.
# The switch: $count is the number of words of the prompt (2), $prompt those words of `sequence`.
answer-only =
    Fine-tuning: count the answer only (the prompt is the first { $count ->
        [one] word
       *[other] { $count } words
    }, “{ $prompt }”)
# The table's caption; $sequence is `sequence`.
positions-table = Loss at every position of “{ $sequence }”
column-reads = Reads
column-predicts = Predicts
column-loss = Loss
column-counted = Counted
# The "Counted" column: a position of the answer, or one of the prompt left out when fine-tuning.
counted-yes = yes
counted-no = no: prompt
row-mean = Mean

## The training text: the sentences the model learns from
# One message per sentence, corpus-01 to corpus-40: exactly forty (the code lists these keys; the
# link's `train` setting takes 1 to 30 of them, ten are held out for validation). Write forty
# short, plain sentences in your language over a small vocabulary (a few dozen words, repeated
# often, like these), each ending with a full stop: they are not translations to match, but the
# model learns from the language on screen. Words are split at spaces and punctuation; `.`, `!`
# and `?` end a sentence.
corpus-01 = The cat sat on the mat.
corpus-02 = The dog sat on the rug.
corpus-03 = The cat ate the fish.
corpus-04 = The dog ate the bone.
corpus-05 = A bird sang in the tree.
corpus-06 = The sun is warm.
corpus-07 = The cat likes the sun.
corpus-08 = The dog likes the park.
corpus-09 = The bird sat in the tree.
corpus-10 = The cat sleeps on the mat.
corpus-11 = The dog sleeps by the door.
corpus-12 = The sun is up.
corpus-13 = The cat is soft.
corpus-14 = The dog is happy.
corpus-15 = The bird is small.
corpus-16 = The fish swims in the pond.
corpus-17 = A cat ran to the door.
corpus-18 = A dog ran in the park.
corpus-19 = The cat saw the bird.
corpus-20 = The dog saw the cat.
corpus-21 = The bird saw the fish.
corpus-22 = The mat is red.
corpus-23 = The rug is blue.
corpus-24 = The sun is bright.
corpus-25 = The cat naps in the sun.
corpus-26 = The dog naps on the rug.
corpus-27 = The bird flew to the tree.
corpus-28 = The fish is in the pond.
corpus-29 = A cat sat by the door.
corpus-30 = The dog ran to the cat.
corpus-31 = The cat ran up the tree.
corpus-32 = The sun set over the park.
corpus-33 = The bird ate a seed.
corpus-34 = The dog ate a big bone.
corpus-35 = The cat is on the mat.
corpus-36 = The dog is on the rug.
corpus-37 = A small bird sang.
corpus-38 = The happy dog ran.
corpus-39 = The soft cat slept.
corpus-40 = The warm sun shone on the mat.

## Predict first, and the challenge: the questions (the cards say the rest: predict.ftl).
predict-few = Train on only 5 sentences. What does the validation loss do?
predict-rate = Make the learning rate ten times larger, 0.5 to 5. What does the training curve do?
challenge-stop = Pause the training within 50 steps of the validation loss’s lowest point.
