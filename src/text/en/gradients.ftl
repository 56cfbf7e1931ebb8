## Section: Gradients.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Training changes the logits a little at a time, in the direction that lowers the loss. That
    direction is the gradient, and for softmax with cross-entropy it is remarkably simple: each
    token's probability minus its target, p − y.
