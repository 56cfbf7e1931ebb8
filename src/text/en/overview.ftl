## Section: The big picture.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A language model writes one token at a time. Each time, it turns a long vector of features into
    one score per word it knows, turns the scores into probabilities, and either picks a word or,
    while training, measures how wrong it was. Step through it.
