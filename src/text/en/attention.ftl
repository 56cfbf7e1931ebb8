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
