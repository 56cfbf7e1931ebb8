## Section: Softmax in attention.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Softmax is not only the last step of a language model. Inside every attention layer, each word
    scores every other word, and softmax turns each row of scores into weights W that sum to 1: how
    much of each word’s value vector V to mix into this one, W V.

## The pinned copy of a chart, on phones: its title.
pinned-saturation = Largest weight per row against d_k

# The section's formula, read aloud.
formula = the weights W equal softmax of Q K transposed over the square root of d k, plus the mask M
# Said by the live region after every change. { $dk }: the key dimension (a whole number);
# { $max }: the mean largest weight per row; { $future }: the weight all rows give to future words.
summary-scaled = d_k { $dk }, scaled: the largest weight in a row averages { $max }; future weight { $future }.
summary-not-scaled = d_k { $dk }, not scaled: the largest weight in a row averages { $max }; future weight { $future }.

## The example sentence whose words attend to each other.
# One word (token) per key, five in all, in the sentence's order: they name the rows (queries) and
# columns (keys) of the tables and the heatmap, so keep each short. Reorder or replace words
# freely: the sentence need only read naturally.
sentence-1 = Softmax
sentence-2 = turns
sentence-3 = scores
sentence-4 = into
sentence-5 = weights

## Card: Dot products grow with d_k.
scores-title = Dot products grow with d_k
scores-text =
    Each word has a query vector q (what it looks for) and a key vector k (what it offers), both
    with d_k numbers. The score of query i for key j is their dot product qᵢ · kⱼ: a sum of d_k
    products. Here the vectors are random, each number drawn from a standard normal distribution,
    so every score is a sum of d_k random terms and spreads like √d_k.
dk-label = Key dimension d_k
# The d_k slider's spoken value: "d_k 64, square root 8.0".
dk-valuetext = d_k { $dk }, square root { $root }
scale-check = Divide the scores by √d_k before softmax
query-label = Every query times
# The query slider's spoken value: "queries times 0.50".
query-valuetext = queries times { $scale }
# The accessible name of the group holding the button below.
vectors-label = Vectors
reroll = New random vectors
readout-spread = Spread of the raw scores (root mean square)
readout-mean-max = Largest weight in a row, on average
# What scaling does, under the controls: one of the three below. { $spread }: the measured root
# mean square of the raw scores; { $expected }: what theory expects ("√d_k = 8.0", or with the
# queries scaled "0.50 × √d_k = 4.0"); { $unit }: where dividing brings them ("1", or the query
# scale); { $max }: the mean largest weight per row;
# { $saturated } of { $rows }: rows with more than 99% on one word.
scale-words-one =
    The raw scores have a root mean square of { $spread }, where theory expects about { $expected }.
    With d_k = 1 dividing by √d_k changes nothing.
scale-words-scaled =
    The raw scores have a root mean square of { $spread }, where theory expects about { $expected }.
    Divided by √d_k they come back to about { $unit } whatever d_k is, so softmax stays soft: the largest
    weight in a row averages { $max }, and { $saturated } of the { $rows } rows put more than 99% on
    one word.
scale-words-unscaled =
    The raw scores have a root mean square of { $spread }, where theory expects about { $expected }.
    Unscaled, softmax sees gaps that wide, and the rows saturate as d_k grows: the largest weight in
    a row averages { $max }, and { $saturated } of the { $rows } rows put more than 99% on one word.
    A saturated row acts like argmax and passes almost no gradient back, so it stops learning.
# The top left cell of the tables of scores and weights: rows are queries, columns keys.
column-query-key = Query ↓ key →
raw-table = Raw scores q · k: rows are queries, columns are keys
saturation-caption =
    How peaked the rows get as d_k grows: the mean, over the five rows, of each row’s largest
    weight (1 means every row puts everything on one word, 0.2 would be even). Divided by √d_k
    (solid) it stays level; unscaled (dashed) it climbs toward 1.
saturation-label = Largest attention weight per row against d_k, with and without scaling
saturation-table = Mean largest weight per row by d_k
# The chart's legend: the solid line, then the dashed one.
series-scaled = divided by √d_k
series-not-scaled = not scaled
axis-dk = key dimension d_k
axis-largest-weight = largest weight in a row (mean)
# The chart's mark of the current setting when scaling is off: "d_k = 64, not scaled".
marker-not-scaled = d_k = { $dk }, not scaled
# The chart's table: its columns after d_k.
column-scaled = Divided by √d_k
column-not-scaled = Not scaled

## Card: Softmax, one row at a time.
weights-title = Softmax, one row at a time
weights-text =
    Softmax runs along each row: one query shares one unit of attention among the keys. A decoder
    must not look ahead, so the scores of later words are masked before softmax.
# The accessible name of the three choices below.
mask-legend = Causal mask
mask-neg-inf = Causal, −∞: future scores set to −∞
mask-zero = Causal, 0: future scores set to 0 (a common bug)
mask-none = No mask: every word sees every word
readout-future = Weight on future words, all rows
readout-saturated = Rows with more than 99% on one word
# The value of the readout above: "2 of 5" (the count comes first; tests read it).
saturated-value = { $count } of { $total }
# What the mask does, under the readouts: one of the three below.
mask-words-neg-inf =
    Future scores are set to −∞, and e^−∞ = 0: each word reads only itself and the words before
    it. Every weight above the diagonal is exactly 0, and what is left in each row still sums to
    1. This is how a decoder such as GPT is kept from reading the word it has to predict.
# { $word }: the sentence's first word; { $first }: the percentage of its attention on later
# words; { $rows }: how many rows have words after them; { $leak }: their mean percentage.
mask-words-zero =
    Future scores are set to 0 instead of −∞. But e^0 = 1, so the future still gets weight:
    “{ $word }” gives { $first }% of its attention to words it has not read yet, and the first
    { $rows } rows leak { $leak }% on average. Only −∞ hides a word.
mask-words-none =
    No mask: every word attends to every word, before and after it, as in an encoder such as
    BERT. A decoder trained this way could copy the next word instead of learning to predict it.
heatmap-caption =
    The attention weights: each row is one query word, each column a key word, and each row sums
    to 1. Darker cells get more weight; hatched cells are the future words the mask touches.
heatmap-label = Heatmap of the attention weights, rows are queries and columns keys, masked cells hatched
# The heatmap's axis titles: above the columns, beside the rows.
heatmap-columns = key: the word looked at →
heatmap-rows = query ↓
weights-table = Attention weights: rows are queries, columns are keys
# The weights table's last column.
column-row-sum = Row sum
seen-table = The scores softmax sees: scaled, then masked

## Card: Two softmaxes in one model.
compare-title = Two softmaxes in one model
compare-text =
    The same function does two different jobs. Inside attention it mixes information between the
    words of the context; at the output it turns the logits into the next-token distribution that
    the earlier sections sampled from and scored.
# The table's caption, also the accessible name of its scrolling box.
compare-caption = Attention softmax against output softmax
column-aspect = Aspect
column-attention = Attention softmax
column-output = Output softmax
# The table's rows: what is compared, then the attention softmax, then the output softmax.
compare-input = Input
compare-input-attention = Scores q · k / √d_k of one query against every key
compare-input-output = Logits: the last hidden state times the output matrix
compare-size = Size
# { $count }: the words of the example sentence.
compare-size-attention = { $count } here: one per token of the context, up to the context length
# { $vocab }: a typical vocabulary's size (128,000).
compare-size-output = { $vocab }: one per token of the vocabulary
compare-meaning = Meaning
compare-meaning-attention = How much each token contributes to this token’s new representation
compare-meaning-output = How likely each token is to come next
compare-temperature = Temperature
compare-temperature-attention = Fixed: 1/√d_k plays that part, chosen so the scores spread about 1
compare-temperature-output = Chosen when sampling: T divides the logits
compare-loss = Loss
compare-loss-attention = None of its own: it learns only from the loss at the output
compare-loss-output = Cross-entropy against the true next token
compare-where = Where
compare-where-attention = One row per query token, in every head of every layer
compare-where-output = Once per position, at the very end of the model

## Predict first: the questions (the cards say the rest: predict.ftl).
predict-unscaled = Without the 1/√d_k, d_k grows from 4 to 256. What happens to the rows of weights?
predict-zero-mask = Scores [1, 2, 0, 0], the last two masked with 0 instead of −∞. What weight does each masked word get?
challenge-uniform = Make one row of attention weights uniform: every word it can see gets the same weight.
