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
