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

# $z1, $z2 and $z3 are three logits; $shift is a whole number.
shift-prompt =
    The logits { $z1 }, { $z2 } and { $z3 } all go up by { $shift }. What happens to the
    probabilities?
shift-option-same = They stay exactly the same
shift-option-up = They all go up
shift-option-uniform = They move toward uniform
shift-option-sharper = The largest one grows and the others shrink

## Questions on section 2, temperature and sampling.

temperature-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }. With temperature
    T = { $t }, what probability does cat get? Two decimals are enough.

placement-prompt = A sampler uses temperature T = { $t }. Where in the pipeline does T act?
placement-option-logits = It divides the logits, before softmax
placement-option-probabilities = It divides the probabilities, after softmax
placement-option-added = It is added to every logit
placement-option-loss = It only changes the loss

# $p1 to $p5 are five probabilities, largest first; $top-p is the threshold p.
top-p-prompt =
    Five tokens have probabilities { $p1 }, { $p2 }, { $p3 }, { $p4 } and { $p5 }. How many tokens
    does top-p with p = { $top-p } keep?
# Between two numbers of the list in top-p-reason (in quotes to keep the space).
top-p-totals-separator = { ", " }

# $p1 to $p5 are five probabilities, largest first; min_p is the setting's name in code.
min-p-prompt =
    Five tokens have probabilities { $p1 }, { $p2 }, { $p3 }, { $p4 } and { $p5 }. How many tokens
    does min-p with min_p = { $min-p } keep?

## Questions on section 3, cross-entropy.

loss-prompt =
    In “The cat sat”, the model gives the correct word “sat” probability { $p }. What is the
    cross-entropy loss, in nats? Two decimals are enough.

perplexity-prompt =
    Over a sentence, the mean cross-entropy is { $loss } nats per token. What is the perplexity?
    One decimal is enough.

ranking-prompt =
    Three models predict the next word. Which prediction has the largest cross-entropy loss?
# $on-wrong and $on-correct are probabilities.
ranking-option-wrong = Probability { $on-wrong } on a wrong word and { $on-correct } on the correct one
ranking-option-sure = Probability { $on-correct } on the correct word
# $words is a count (3 to 6).
ranking-option-even = Probability 1/{ $words } on each of { $words } words, the correct one among them
ranking-option-same = All three have the same loss

# $classes is a count; label_smoothing is PyTorch's name for the setting.
smoothing-prompt =
    A classifier over { $classes } classes is trained with label smoothing ε = { $epsilon }, the
    way PyTorch's label_smoothing does it. What target probability does the correct class get?
    Two decimals are enough.

distillation-prompt =
    A teacher gives two wrong words, “dog” and “bird”, logits { $z-dog } and { $z-bird }. In its
    soft targets at distillation temperature T = { $t }, how many times as likely as “bird” is
    “dog”? Two decimals are enough.

## Questions on section 4, gradients.

# $correct is the correct word, $asked the token whose gradient is asked for (a token-* word).
gradient-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }, and the correct
    word is { $correct }. What is the gradient of the cross-entropy loss with respect to
    { $asked }'s logit? Two decimals are enough.

step-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }, and the correct
    word is { $correct }. One step of gradient descent subtracts lr · (p − y) from every logit.
    Which logit goes down the most?
# An option: $token is a token-* word.
step-option-logit = The logit of { $token }
step-option-none = None: every logit goes up

## Questions on section 5, the training loop.

# $l1 to $l5 are the losses at the five positions.
answer-prompt =
    A training example has a two-word prompt and a three-word answer. The losses at its five
    positions are { $l1 } and { $l2 } (the prompt), then { $l3 }, { $l4 } and { $l5 } (the
    answer). Fine-tuning counts the answer only: what loss does the example give? Two decimals
    are enough.

# $best-step and $step-now are training steps (whole numbers), the losses in nats.
overfit-prompt =
    While a model trains, its training loss keeps falling. Its validation loss was lowest at step
    { $best-step } ({ $best-loss } nats) and has risen since, to { $loss-now } nats at step
    { $step-now }. What is happening?
overfit-option-overfitting = Overfitting: it is learning its training sentences by heart
overfit-option-learning-rate = The learning rate is too small to make progress
overfit-option-underfitting = Underfitting: the model is too small for the data
overfit-option-leak = The validation set must have been trained on

## Questions on section 6, numerical stability.

# $precision is f32 or f64. The options are "z = 89" and so on.
overflow-prompt =
    A naive softmax computes e^z of every logit in { $precision } arithmetic. Which of these logits
    is the only one whose e^z overflows to infinity?

# $z1 to $z3 are three large logits, the largest first.
logsumexp-prompt =
    The logits are { $z1 }, { $z2 } and { $z3 }. What is their log-sum-exp,
    ln(e^z₁ + e^z₂ + e^z₃)? Two decimals are enough.

## Questions on section 7, softmax in attention.

# $score is a whole number, $dk the vectors' length (d_k).
scaled-prompt =
    A raw attention score q · k is { $score }, and the query and key vectors have d_k = { $dk }
    components. What score does softmax see once it is scaled? Two decimals are enough.

leak-prompt =
    In a decoder, the first word's score for itself (already scaled) is { $score }. A bug sets the
    scores of the four words after it to 0 instead of −∞. What share of its attention leaks to
    those future words? Two decimals are enough.

## Questions on section 8, pitfalls.

twice-prompt =
    The logits for cat, dog and bird are { $z-cat }, { $z-dog } and { $z-bird }, and the correct
    word is { $correct }. A bug applies softmax, then passes the probabilities to a loss that
    applies softmax again. What loss does it report? Two decimals are enough.

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
