## Section: Pitfalls.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Each of these mistakes runs without an error message: the code trains, the numbers look like
    numbers. Try each one on the playground’s logits and see what it costs.

## The pinned copy of a chart, on phones: its title.
pinned-temperature-after = Probabilities at this T, and at T = 1 (faint)

# Said by the live region after every change: the loss done right, and with softmax applied twice.
summary = Right loss { $loss } nats; with softmax applied twice { $twice } nats.

## Table headers the cards share.
column-token = Token
column-logit = Logit
column-softmax = Softmax
# The tables' last row: each column's sum.
row-sum = Sum

## Card: Softmax applied twice.
twice-title = Softmax applied twice
# Followed by one button per token: the word that came next.
twice-text =
    A model that already ends in softmax, handed to a loss that applies softmax itself
    (PyTorch’s CrossEntropyLoss expects logits), runs softmax twice. Nothing crashes. Pick the
    right word:
twice-table = Loss and gradient with softmax once and twice
column-measure = Measure
column-once = Softmax once (right)
column-twice = Softmax twice
row-loss = Loss (nats)
row-gradient = Gradient on the right logit
# { $loss-twice } and { $loss }: the losses in nats; { $grad-twice } and { $grad }: the gradients
# on the right logit; { $ratio }: how many times weaker; { $tokens }: how many tokens;
# { $others }: one fewer; { $floor }: the lowest loss softmax twice allows.
twice-verdict =
    Fed probabilities instead of logits, the loss reads { $loss-twice } instead of { $loss } nats,
    and the push on the right logit is { $grad-twice } instead of { $grad }: about { $ratio } times
    weaker. Probabilities lie between 0 and 1, so a second softmax sees logits that barely differ
    and returns something close to uniform: with { $tokens } tokens the loss can never fall below
    ln(1 + { $others }/e) = { $floor } nats, however sure and right the model is.
twice-caption =
    How hard each version pulls the right word’s logit up as that logit changes, the others fixed.
    Done right, the pull fades only once the model is right; with softmax twice it stays small all
    along.
twice-label = Size of the gradient on the right logit, with softmax applied once and twice, as the right logit grows
twice-chart-table = The pull on the right logit, once and twice
# The chart's legend: the solid line, then the dashed one.
series-once = softmax once
series-twice = softmax twice
axis-right-logit = the right word's logit
axis-pull = pull on the right logit
# The chart's mark of the current logit: "now 0.127".
marker-now = now { $pull }
# The chart's table.
column-right-logit = Right logit
column-pull-once = Pull, once
column-pull-twice = Pull, twice

## Card: Softmax or sigmoid?
sigmoid-title = Softmax or sigmoid?
sigmoid-text =
    Softmax answers “which one?”: exactly one token comes next. When several labels can be true
    at once (a photo with a cat and a dog, a text that is both urgent and about billing), each
    label needs its own yes-or-no probability: a sigmoid per logit, σ(z) = 1 / (1 + e^−z),
    trained with binary cross-entropy. Raise two logits in the playground and both sigmoids go up;
    softmax makes them compete.
sigmoid-table = Sigmoids and softmax of the same logits
column-sigmoid = Sigmoid, on its own
column-softmax-shared = Softmax, shared
# { $likely } of { $labels }: the tokens whose sigmoid is above 0.5; { $total }: the sigmoids' sum.
sigmoid-verdict =
    Read as independent yes-or-no questions, { $likely } of the { $labels } labels are more likely
    yes than no, and the sigmoids add up to { $total }. Softmax cannot say that: its probabilities
    always share exactly 1.

## Card: Logits are not probabilities.
not-probs-title = Logits are not probabilities
not-probs-text =
    A logit is a score on a log scale: only differences between logits mean anything, and a logit
    of 2 is not “twice as likely” as a logit of 1 (softmax makes it e ≈ 2.7 times as likely). To
    get probabilities, exponentiate and normalise, which is softmax.
not-probs-table = Logits, logits over their sum, and softmax
column-share = Logit / sum of logits
# The verdict under the table: { $logits } is one of logits-fail and logits-pass, { $share } one
# of share-fail and share-pass.
not-probs-verdict = { $logits } { $share }
# { $faults }: a list of what is wrong, made of the fault-* texts below.
logits-fail = Read as probabilities, these logits fail: { $faults }.
logits-pass =
    These logits happen to look like probabilities, but that is luck: add 1 to each and they no
    longer do, while softmax gives the same answer.
share-fail = Dividing by their sum fails too: { $faults }.
share-pass =
    Dividing by their sum gives numbers that sum to 1 here, but not the model’s probabilities: it
    ignores that logits are log-odds, and it breaks as soon as one is negative.
# What is wrong with reading numbers as probabilities, listed in { $faults } above.
fault-not-finite = some are not even finite numbers
# { $count }: how many of the numbers.
fault-negative = { $count } negative
fault-above-one = { $count } above 1
fault-sum = they sum to { $sum }
# Between two faults of the list.
fault-separator = {", "}

## Card: Temperature goes before softmax.
temperature-title = Temperature goes before softmax
temperature-text =
    Temperature divides the logits, before softmax. Applied to the probabilities afterwards
    (divide each by T, renormalise) it does nothing; the version that does work afterwards,
    raising each probability to the power 1/T, is the same as dividing the logits.
# The box under the temperature slider: move the temperature onto the logits.
t-before = Divide the logits by T, before softmax
# The temperature slider's spoken value: "temperature 0.50".
temperature-valuetext = temperature { $t }
temperature-verdict-one =
    At T = 1 neither way changes anything. Move the temperature and watch whether the bars move.
# { $t }: the temperature; { $change }: the largest change in any probability.
temperature-verdict = At T = { $t }, dividing the logits moves the probabilities by up to { $change }.
temperature-verdict-after =
    At T = { $t }, dividing the probabilities moves them by nothing at all, because renormalising
    cancels the common factor 1/T. Dividing the logits would move them by up to { $change }.
temperature-caption =
    Solid bars: the probabilities with T applied to the probabilities after softmax, or, with the
    box ticked, to the logits before it. Faint bars behind them: the same at T = 1. Applied after
    softmax, the solid bars never leave the faint ones.
temperature-label = Bar chart of the probabilities with the temperature applied, and faint, at T = 1
temperature-table = Temperature before softmax and after it
# The table's columns after the token and "T = 1".
column-before = Logits divided by T, then softmax
column-after = Softmax, then p divided by T

## Predict first: the questions (the cards say the rest: predict.ftl).
predict-twice = Apply softmax twice to [2, 1, 0]. What comes out?
predict-after = A “temperature” that divides the probabilities by T and renormalises them. What does it change?
challenge-before = Make the temperature slider on this card change the chart.
