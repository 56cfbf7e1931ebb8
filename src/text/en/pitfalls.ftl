## Section: Pitfalls.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Each of these mistakes runs without an error message: the code trains, the numbers look like
    numbers. Try each one on the playground’s logits and see what it costs.

## The pinned copy of a chart, on phones: its title.
pinned-temperature-after = Temperature before softmax, and after it (faint)
