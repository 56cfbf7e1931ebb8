## Section 2: temperature, top-k, top-p and sampling.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A model does not have to say its favourite word. It can sample: pick a token at random, each
    with its probability. Temperature reshapes the probabilities first; top-k and top-p cut off the
    unlikely tail. Hugging Face and vLLM apply them in this order: divide by T, top-k, softmax,
    top-p, renormalise, draw.
# The section's formula, read aloud.
formula = p i equals e to the z i over T, divided by the sum over j of e to the z j over T
# Said by the live region after every change ($entropy: e.g. "1.08").
summary = Keeps { $kept } of { $size } tokens; entropy { $entropy } nats.

## The settings card.
settings-title = Settings
# The pinned copy of the chart, on phones: its title.
pinned-sampling = The distribution sampled from
# The switch between the playground's tokens and a large vocabulary (hidden legend, for screen readers).
vocab-legend = Vocabulary
vocab-tokens = These { $count } tokens
# $size: the large vocabulary's size, e.g. "128,000".
vocab-real = A real vocabulary ({ $size } tokens)
# The temperature slider's spoken value, by range of T ($temperature: e.g. "0.05").
valuetext-greedy = temperature { $temperature }, almost always the top token (greedy)
valuetext-sharper = temperature { $temperature }, sharper than the model's own distribution
valuetext-own = temperature { $temperature }, the model's own distribution
valuetext-flatter = temperature { $temperature }, flatter: rarer tokens gain
# The top-k, top-p and min-p sliders' labels.
top-k-label = Top-k (0 = off)
top-p-label = Top-p
min-p-label = Min-p (0 = off)
# The sliders' spoken values: "top-k 2, keeps 2 of 4 tokens".
valuetext-top-k-off = top-k off, keeps every token
valuetext-top-k = top-k { $k }, keeps { $kept } of { $size } tokens
valuetext-top-p = top-p { $p }, keeps { $kept } of { $size } tokens
valuetext-min-p-off = min-p off, keeps every token
valuetext-min-p = min-p { $m }, keeps { $kept } of { $size } tokens
settings-hint =
    Top-k 0, top-p 1 and min-p 0 switch those filters off. At T = 0.05 the top token takes
    practically all the probability: sampling turns into greedy decoding.
# Min-p against top-p on two made-up models of 11 tokens, at the current settings. $sure-top,
# $sure-last: the sure model's top and last probabilities; $min-p, $top-p: the settings;
# $sure-min-p, $sure-top-p, $unsure-min-p, $unsure-top-p: how many tokens each keeps.
min-p-adapts =
    Min-p's bar is a share of the top token's probability, so it follows the model's confidence.
    A sure model (top token { $sure-top }, ten others at { $sure-last } each): min-p { $min-p } keeps
    { $sure-min-p } of 11, while top-p { $top-p } has to take { $sure-top-p } to gather its mass. An
    unsure one (top token { $unsure-top }, the last { $unsure-last }): min-p keeps { $unsure-min-p },
    top-p { $unsure-top-p }.
# The readouts under the sliders: a label, then its value.
readout-entropy = Entropy
readout-entropy-value = { $entropy } nats
readout-bits = In bits
readout-bits-value = { $bits } bits
readout-choices = Effective choices eᴴ
readout-kept = Tokens kept
# "2 of 4": tokens kept of the tokens there are.
readout-kept-value = { $kept } of { $size }
# The example token sets (group label, then "Examples: " before the buttons).
examples-label = Examples
examples-try = Examples:
# The third example button (the first two show their tokens, from the shell's text): the start
# of the shell's frame-sentence.
example-sentence = The cat sat on the …
edit-tokens = Edit the tokens and logits

## The distribution sampled from (its chart, its table, the rank curve).
distribution-title = What the model samples from
distribution-caption =
    Solid bars: the final distribution, most likely first. Faint bars: T = 1. Hatched ✕: removed
    by top-k, top-p or min-p. Line: cumulative probability that top-p compares with its threshold;
    the lower dashed line is min-p's bar, a share of the top token's probability. With the real
    vocabulary the bars are ranks 1 to 20, and the last bar is every other token together.
distribution-label = Bar chart of the sampling distribution after temperature, top-k, top-p and min-p
distribution-table = The pipeline, token by token
# Lines across the chart, labelled on the chart: top-p's threshold and min-p's bar.
threshold-top-p = top-p { $p }
threshold-min-p = min-p { $m } × top
column-token = Token
column-p-base = p at T = 1
column-p-scaled = p at T
column-kept = Kept
column-sampled = Sampled p
# The "Kept" column: yes, or no and the filter that removed the token ($filter: top-k, top-p or min-p).
kept-yes = yes
kept-no = no ({ $filter })
# In the large-vocabulary mode: a token's name ($id: its number) and the last bar's.
vocab-token = token { $id }
vocab-other = one of the other { $count }
ranks-caption =
    Every token's probability against its rank, both on log scales: a long tail of rare tokens. The
    marker is where the nucleus ends.
ranks-label = Rank against probability on log axes, with the end of the nucleus marked
ranks-table = Probability by rank
# The rank curve's legend (the other line is "T = 1"), axes and marker (short: drawn on the chart).
series-at-t = at T
axis-rank = rank
axis-probability = probability
nucleus-ends = nucleus ends: { $count }
column-rank = Rank

## Draw tokens.
draws-title = Draw tokens
draw-buttons = Draw tokens
# The draw buttons: "Draw 1", "Draw 100", "Draw 1,000".
draw-n = Draw { $count }
draw-clear = Clear
draw-new-seed = New seed
readout-draws = Draws
readout-gap = Largest gap from exact
readout-noise = Typical gap 1/(2√n)
readout-seed = Seed
draws-caption =
    Solid bars: the share of your draws that landed on each token (the latest one highlighted).
    Faint bars: the exact probabilities. The more draws, the closer they sit.
draws-label = Histogram of the draws beside the exact probabilities
draws-table = Draws per token
column-exact = Exact p
column-draws = Draws
column-share = Share
row-all = All
draws-hint =
    Draws come from a seeded generator: the same seed and settings always give the same draws, so
    a shared link replays them. Changing a setting replays the same random numbers through the new
    distribution.

## Which temperature when?
uses-title = Which temperature when?
uses-low-title = Low T (0.1 to 0.4): code, facts, extraction
uses-low-text =
    When one continuation is right, keep the model on its best guess. A typo in a variable name is
    not creativity.
uses-high-title = Higher T (0.8 to 1.2): stories, brainstorming
uses-high-text =
    When many continuations are fine, let the less likely ones through. Too high and the text drifts
    into nonsense.
# A button that sets the temperature: "Set T = 0.2".
uses-set = Set T = { $temperature }
uses-logits =
    Temperature divides the <strong>logits</strong>, before softmax; it does not scale the
    probabilities after it. Dividing by T is the same as raising each probability to the power 1/T
    and renormalising, which is why the order of the tokens never changes, only how far apart they
    are.

## Other libraries, other orders.
orders-title = Other libraries, other orders
orders-text =
    Everything above follows Hugging Face transformers and vLLM. llama.cpp's default chain picks the
    top-k, top-p and min-p survivors from the T = 1 distribution and applies temperature last, so a
    high temperature cannot let extra tokens in. Many APIs also switch top-k on by default, often at
    40 or 50.
orders-compare = Compare both orders on the playground's logits
orders-table = Temperature first (Hugging Face) versus last (llama.cpp)
column-temperature-first = Temperature first
column-temperature-last = Temperature last
# The comparison's verdict: the two orders keep different numbers of tokens.
orders-differ =
    Here the order matters: temperature first keeps { $first ->
        [one] 1 token
       *[other] { $first } tokens
    }, temperature last keeps { $last }.
# The same tokens kept, different probabilities ($diff: the largest difference, e.g. "0.031").
orders-shift = Both keep the same { $count } tokens, but their probabilities differ by up to { $diff }.
orders-same =
    Here both orders give the same distribution. Lower top-p and move the temperature away from 1
    to see them part.

## Predict first, and the challenge: the questions (the cards say the rest: predict.ftl).
predict-cold = Turn the temperature down towards 0.05. What happens to p(cat)?
predict-min-p = Min-p at 0.1, and the temperature rising from 0.5 to 2: how many tokens are kept?
challenge-three = Keep exactly 3 tokens, using top-p only.
