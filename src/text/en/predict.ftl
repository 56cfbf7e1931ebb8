## The cards of "Predict first" and the challenges (src/predict_box/), loaded the first time a
## student opens one. The questions and goals are in each section's text; this is everything a
## card says once it is open. Feedback is neutral: it says what happened, never a grade.

## Every prediction.
set-up = Set it up
# Under "Set it up".
set-up-hint = Loads the numbers the question is about. Your own settings are kept.
restore = Back to my settings
# After "Set it up" or "Back to my settings", for screen readers.
set-up-done = The question’s numbers are loaded.
restored = Your own settings are back.
guess-legend = Your guess
commit = Lock in my guess
skip = Skip
# After Skip, in place of the card's controls.
skipped = Skipped. Open it again any time to try it.
try-again = Try again
see-why = See why
# A number guessed: { $guess } and { $answer } are written as the page writes numbers.
you-said = You said { $guess }; it is { $answer }.
band-close = Close: within { $close } of it.
band-near = Near: within { $near } of it.
band-far = Further off than { $near }.
# A choice: { $choice } is the one chosen, { $answer } what happens.
choice-said = You said: { $choice }.
choice-right = That is what happens.
choice-other = What happens: { $answer }.
# Before the prediction's own instruction to see the answer live.
see-it = See it live:
# Before the belief the prediction is about.
myth = A common expectation:

## Every challenge.
not-yet = Not yet: keep moving the controls.
hint = Hint
solution = Show a solution
# Before the hint and the solution, once shown.
hint-label = Hint:
solution-label = A solution:

## Logits and softmax: add 10 to every logit (set up at −3, −4, −4.5, −6: the same gaps as the
## default, so p(cat) starts at 0.609, and ten steps up stay within the sliders' range).
softmax-add-try = Press “+1 to every logit” ten times and watch cat’s bar.
softmax-add-why =
    Softmax divides each eᶻ by their sum. Adding 10 multiplies every eᶻ by the same e¹⁰, and that
    factor cancels in the division: only the gaps between the logits count.
softmax-add-myth = bigger logits, bigger probabilities. Only bigger than the others counts.

## Logits and softmax: double every logit (2, 1, 0.5, −1 to 4, 2, 1, −2). { $before } and
## { $after } are how many times cat is likelier than dog before and after ("2.7", "7.4").
softmax-double-try = Type 4, 2, 1 and −2 into the boxes and watch cat’s bar.
softmax-double-why =
    Doubling the logits doubles every gap, and softmax turns each gap into a ratio through eᶻ:
    cat’s lead over dog grows from { $before } times to { $after } times. Probabilities move
    exponentially, not in proportion: doubling the logits is a temperature of 0.5.
softmax-double-myth = probabilities scale with the logits, so doubling them changes nothing.

## Logits and softmax: two tokens at exactly 40% each. { $gap } is ln 2 ("0.69"); { $third }
## is 1 − ln 2 ("0.31"); { $pair } and { $rest } are the probabilities that gives ("0.400",
## "0.200"); { $first } and { $second } are the two probabilities that met the goal.
softmax-forty-hint =
    Two tokens share the same probability when their logits are equal. Together they get 80%
    when the other tokens get 20%: with one other token, its logit is ln 2 ≈ { $gap } below theirs.
softmax-forty-solution =
    Remove one token so three are left. Set two logits to 1 and the third to { $third } (1 − ln 2):
    that gives { $pair }, { $pair } and { $rest }.
softmax-forty-met = Done: two tokens at { $first } and { $second }.

## The big picture: which step turns scores into probabilities. The five choices follow the
## pipeline's steps, in its order. { $sum } is what the lesson's logits add up to ("2.5").
overview-step-a = The transformer blocks
overview-step-b = The hidden state
overview-step-c = The linear layer that gives the logits
overview-step-d = Softmax
overview-step-e = Sampling
overview-step-try = Step through the pipeline to “Logits”, then to “Softmax”, and compare their numbers.
overview-step-why =
    The linear layer gives every token a score, a logit: any real number, and the lesson’s add up
    to { $sum }. Softmax makes each one positive with eᶻ and divides by their total, so they add
    up to 1: only then are they probabilities.
overview-step-myth = the transformer itself outputs probabilities. It outputs logits; softmax is a last, separate step.

## Sampling: the temperature towards 0.05. { $n } is the number of tokens ("4"), { $now } is
## p(cat) at T = 1 ("0.609"), { $cold } and { $hot } are p(cat) at T = 0.05 and T = 5.
sampling-cold-a = It goes towards 1
sampling-cold-b = It goes towards 1/{ $n }: every token alike
sampling-cold-c = It goes towards 0
sampling-cold-d = It stays at { $now }
sampling-cold-try = Drag the temperature to 0.05, then up to 5, and watch cat’s bar.
sampling-cold-why =
    Dividing the logits by a small T stretches the gaps between them, so the largest takes nearly
    everything: p(cat) is { $cold } at T = 0.05. A large T shrinks the gaps and evens the tokens
    out towards 1/{ $n }: p(cat) is { $hot } at T = 5.
sampling-cold-myth = a temperature near 0 makes the model random. It makes it pick its favourite every time; randomness grows with T.

## Sampling: min-p 0.1 while the temperature rises. { $low }, { $mid } and { $high } are the
## tokens kept at T = 0.5, 1 and 2; { $last } is what applying T last would keep.
sampling-min-p-a = The same number throughout
sampling-min-p-b = More as the temperature rises
sampling-min-p-c = Fewer as the temperature rises
sampling-min-p-try = Drag the temperature from 0.5 to 2 and watch “Tokens kept”.
sampling-min-p-why =
    Min-p keeps the tokens with at least 0.1 times the top token’s probability, and here, as in
    Hugging Face, the temperature acts first. A higher T flattens the distribution, so more tokens
    clear the bar: { $low }, { $mid } and { $high } at T = 0.5, 1 and 2. Libraries that apply the
    temperature last, such as llama.cpp, keep { $last } throughout.
sampling-min-p-myth = min-p is a fixed cut-off. It is relative to the top token, so it moves with the temperature.

## Sampling: exactly three tokens with top-p alone. { $two } and { $three } are the lesson's
## first two and first three probabilities added up ("0.834", "0.970"); { $low } and { $high }
## the lowest and highest top-p on the slider that keep three ("0.84", "0.96"); { $p } is the
## top-p that met it and { $mass } the kept tokens' probability.
sampling-three-hint =
    Top-p keeps the most likely tokens until their probabilities add up to at least top-p.
    Leave the temperature at 1 and top-k and min-p at 0, and move top-p only.
sampling-three-solution =
    With the lesson’s tokens the first two add up to { $two } and the first three to { $three }:
    any top-p from { $low } to { $high } keeps three, 0.9 for example.
sampling-three-met = Done: top-p { $p } keeps three tokens, with { $mass } of the probability.

## Cross-entropy: a model that knows nothing, over 50,257 tokens. { $loss } is ln 50,257
## ("10.82"); { $p } is 1/50,257 ("0.000020"); { $floor } is the loss at the
## slider's lowest p, 0.001 ("6.91").
loss-uniform-try =
    Drag the slider to its lowest, p = 0.001: the loss is { $floor } nats. A uniform guess has
    p = { $p }, further down the same curve.
loss-uniform-why =
    The loss is −ln p of the right token, and a model that knows nothing gives each of the 50,257
    tokens p = 1/50,257: its loss is ln 50,257 = { $loss } nats. Training starts near there, and
    every nat below it is something the model has learned.
loss-uniform-myth = an untrained model’s loss starts near 0. It starts near ln of the vocabulary’s size.

## Cross-entropy: which drop costs more. { $first } and { $second } are the loss added by
## 0.9 → 0.5 and by 0.1 → 0.01 ("0.588", "2.303").
loss-drops-a = From 0.9 to 0.5
loss-drops-b = From 0.1 to 0.01
loss-drops-c = They cost the same
loss-drops-try = Drag the slider from 0.9 to 0.5, then from 0.1 to 0.01, and read the loss each time.
loss-drops-why =
    The loss is −ln p, so what counts is the ratio, not the difference: 0.9 → 0.5 adds { $first }
    nats, 0.1 → 0.01 adds { $second }. A model that was unsure and becomes confidently wrong pays
    the most.
loss-drops-myth = the loss moves in step with p, like accuracy. It is logarithmic: the last steps towards p = 0 cost the most.

## Cross-entropy: a loss under 0.1 nats. { $p } is exp(−0.1) ("0.905"); { $loss } the loss,
## with four decimals ("0.0998").
loss-under-hint = The loss is −ln p: it is under 0.1 nats when p is above exp(−0.1) ≈ { $p }.
loss-under-solution = Drag the slider to { $p } or higher: at { $p } the loss is { $loss } nats.
loss-under-met = Done: p = { $p } gives a loss of { $loss } nats.

## Gradients: what the entries add up to, for [3, 1, 0] with dog right. { $entries } is the
## list of entries ("0.844; −0.886; 0.042"), { $sum } their total.
gradients-sum-try = Read the gradient bars and their table: add up the entries.
gradients-sum-why =
    Each entry is pᵢ − yᵢ. The probabilities add up to 1 and so does the one-hot target, so the
    entries add up to { $sum }: what the right word gains, the others lose. Here they are
    { $entries }.
gradients-sum-myth = only the right word’s logit is pushed. Every logit is, the wrong ones in proportion to their probability.

## Gradients: the right word at p = 0.99. { $grad } is its gradient ("−0.010"), { $far } the
## gradient of a word at p = 0.01 ("−0.990").
gradients-sure-try = Read cat’s bar: it is almost flat. Then pick a word the model thinks unlikely and compare.
gradients-sure-why =
    The right word’s gradient is p − 1 = { $grad }: a model that is sure and right is barely
    pushed. The large pushes come from the examples it gets wrong: at p = 0.01 it is { $far }.
gradients-sure-myth = every example pushes the model as hard as any other. The push is p − 1: the surer and righter the model, the weaker it is.

## Gradients: the right word's gradient at −0.50. { $word } is the word the solution picks and
## { $p } its probability now ("dog", "0.224"); { $grad } and { $prob } what met it.
gradients-half-hint =
    The right word’s gradient is p − 1: it is −0.50 when the model gives that word a probability
    of 0.50. Pick a word it gives less than that, and take steps.
gradients-half-solution =
    Above, under “Which word really came next?”, pick { $word } (p = { $p }), then take steps
    here: each one raises its probability. Lower the learning rate as p nears 0.50, so that a step
    does not jump past it.
gradients-half-met = Done: the right word’s gradient is { $grad }, at p = { $prob }.

## Training: 5 sentences. { $best } is the step where the validation loss is lowest, { $low }
## that loss ("155", "3.251").
training-few-a = It keeps falling
training-few-b = It falls, then rises while the training loss keeps falling
training-few-c = It stays about where it started
training-few-try = Press Start and watch the two curves; pause when the validation curve turns up.
training-few-why =
    With 5 sentences the validation loss is lowest at step { $best } ({ $low } nats) and rises after
    it, while the training loss keeps falling: the model learns those sentences by heart instead
    of the language. More sentences push the turn later.
training-few-myth = a lower training loss always means a better model.

## Training: ten times the learning rate. { $fast } and { $slow } are the training losses after
## 100 steps at { $high } and { $low } ("5" and "0.5"); { $wild } is the first rate tried where the
## loss jumps ("50").
training-rate-a = It falls faster, and as smoothly
training-rate-b = It jumps about, or blows up
training-rate-c = Nothing changes
training-rate-try = Set the learning rate to 5 and press Start, then Reset, set it to 0.5 and compare.
training-rate-why =
    Here ten times the rate is still gentle: after 100 steps the training loss is { $fast } nats at
    { $high } against { $slow } at { $low }, and it never rises on the way. A rate can be too big,
    though: at { $wild }, beyond this slider, the steps overshoot and the loss jumps up and down.
training-rate-myth = a bigger learning rate is always faster. It is, up to a point; past it the steps overshoot.

## Training: pause near the validation minimum. { $best } is the step of the minimum; { $from }
## and { $to } the steps that count; { $steps } where the student paused.
training-stop-hint =
    The validation loss is lowest at some step, then rises. Watch the validation curve and press
    Pause near its lowest point; fewer steps per second make that easier.
training-stop-solution =
    With these settings the validation loss is lowest at step { $best }: press Reset, and pause
    anywhere from step { $from } to { $to }. Step takes one step at a time.
training-stop-met = Done: paused at step { $steps }, near the validation minimum at step { $best }.

## Numerical stability: [1000, 999] the naive way. { $limit } is ln of the largest double
## ("709.78"); { $stable } the stable softmax ("0.731; 0.269").
stability-naive-a = [{ $stable }]
stability-naive-b = Not a number: the computation breaks
stability-naive-c = Half each, since the logits are nearly equal
stability-naive-try = Read the table: the naive columns break where the stable one is fine. Drag the offset down until they work again.
stability-naive-why =
    e¹⁰⁰⁰ is far beyond the largest double, about e^{ $limit }: both exponentials overflow to ∞, and
    ∞ / ∞ is not a number. Subtracting the largest logit first gives e⁰ and e⁻¹, and the right
    answer: { $stable }.
stability-naive-myth = big numbers are fine, the computer just uses more digits.

## Numerical stability: the largest logit whose eᶻ is finite in f32. { $f32 } and { $f64 } are
## ln of the largest float and double ("88.72", "709.78").
stability-f32-try = With f32 chosen, drag the offset: the naive columns break once the largest logit passes { $f32 }.
stability-f32-why =
    The naive formula computes eᶻ first, and the largest f32 is about 3.4 × 10³⁸ = e^{ $f32 }: a
    logit above { $f32 } overflows to ∞. In f64 the limit is { $f64 }. Subtracting the largest
    logit first keeps every exponent at 0 or below, whatever the logits.
stability-f32-myth = overflow needs huge logits. In f32, { $f32 } is enough.

## Numerical stability, the challenge: an infinite loss from finite logits. { $precision } is
## f32 or f64; { $token } a token's name; { $c } the offset; { $loss } the loss log-softmax gives.
stability-infinite-hint =
    The naive formula divides each e^(z + c) by their sum. When the sum overflows to ∞ but a term
    does not, that term’s p is exactly 0, and −ln 0 is infinite. Raise c slowly near the point
    where the naive softmax breaks; in f32 that comes much sooner.
stability-infinite-solution =
    With these logits in { $precision }, set c to { $c }: e^(z + c) of { $token } still fits, but the
    sum overflows to ∞, so its naive p is 0 and its loss is infinite. log-softmax gives it a loss of
    { $loss } nats.
stability-infinite-met = Done: at c = { $c } in { $precision }, the naive ln p of { $token } is −∞, an infinite loss; log-softmax gives { $loss } nats.

## Attention: no 1/√d_k while d_k grows. { $r4 }, { $r64 }, { $r256 } are √4, √64, √256;
## { $small } and { $large } the rows' mean largest weight at d_k = 4 and 256.
attention-unscaled-a = They stay about as they are
attention-unscaled-b = Each row puts nearly all its weight on one word
attention-unscaled-c = Each row spreads its weight evenly
attention-unscaled-try = Untick “Divide the scores by √d_k”, then drag d_k from 4 to 256 and watch the largest weight in a row.
attention-unscaled-why =
    Each score adds up d_k products, so its spread grows like √d_k: { $r4 }, { $r64 } and { $r256 }
    for d_k = 4, 64 and 256. Softmax of widely spread scores gives nearly all the weight to one
    word: the largest weight in a row goes from { $small } to { $large } on average. Dividing by
    √d_k keeps the spread near 1.
attention-unscaled-myth = the 1/√d_k is cosmetic. Without it, a large d_k saturates softmax and its gradients vanish.

## Attention: a mask of 0. { $weight } is each masked key's weight ("0.083").
attention-zero-mask-try = Choose the mask “Causal, 0” and look above the diagonal: the future words still get weight.
attention-zero-mask-why =
    A mask of 0 is not −∞: e⁰ = 1, so each masked word keeps the weight a score of 0 gets,
    1 / (e¹ + e² + 1 + 1) = { $weight } here. Only −∞, whose eᶻ is 0, leaves them nothing.
attention-zero-mask-myth = a score of 0 means ignored. Softmax turns it into e⁰ = 1, a share like any other.

## Attention, the challenge: one row uniform. { $word } is the word whose row it is, { $count }
## how many words that row takes in, { $weight } each one's weight ("0.200").
attention-uniform-hint =
    Softmax only sees the differences between scores: a row’s weights are equal when its scores
    are. Multiplying a query by a number multiplies every score in its row by that number.
attention-uniform-solution =
    Set “Every query times” to 0: every score q · k becomes 0, and e⁰ = 1 for each word a row
    takes in, so they share it equally. The row of “{ $word }” gives each of its { $count } words
    { $weight }.
attention-uniform-met = Done: the row of “{ $word }” gives each of its { $count } words { $weight }.

## Pitfalls: softmax twice. { $e } is e ("2.72"); { $once } and { $twice } the probabilities.
pitfalls-twice-a = The same as once
pitfalls-twice-b = Flatter than once
pitfalls-twice-c = Sharper than once
pitfalls-twice-try = Read the table: with softmax twice the loss stays higher and the right logit’s pull is weaker.
pitfalls-twice-why =
    Softmax’s outputs lie between 0 and 1, so the second softmax sees logits less than 1 apart: no
    two of its outputs differ by more than a factor e ≈ { $e }. [2, 1, 0] gives { $once } once and
    { $twice } twice.
pitfalls-twice-myth = softmax twice is harmless, since probabilities stay probabilities.

## Pitfalls: a "temperature" dividing the probabilities.
pitfalls-after-a = Nothing
pitfalls-after-b = The same as softmax(z / T)
pitfalls-after-c = Something else
pitfalls-after-try = Drag this card’s temperature slider: the bars of the probabilities divided by T do not move.
pitfalls-after-why =
    Dividing every probability by T scales them all by the same factor, and renormalising undoes
    it: (p / T) / Σ(p / T) = p. A temperature must act on the logits, before softmax: softmax(z / T)
    is p raised to the power 1/T and renormalised, not p divided by T.
pitfalls-after-myth = a temperature does the same wherever in the pipeline it is applied.

## Pitfalls, the challenge: make the temperature move the bars. { $token } is the likeliest
## token, { $one } its probability at T = 1 and { $half } at T = 0.5; { $t } the temperature,
## { $change } the largest change in a probability.
pitfalls-before-hint =
    Dividing every probability by the same T and renormalising gives them back unchanged. Where
    else in the pipeline could the temperature act?
pitfalls-before-solution =
    Tick “Divide the logits by T, before softmax”, then move the temperature away from 1: at
    T = 0.5, p({ $token }) goes from { $one } to { $half }.
pitfalls-before-met = Done: at T = { $t }, with the logits divided, a probability moves by { $change }.
