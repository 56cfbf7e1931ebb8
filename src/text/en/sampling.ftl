## Section: Temperature and sampling.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A model does not have to say its favourite word. It can sample: pick a token at random, each
    with its probability. Temperature reshapes the probabilities first; top-k and top-p cut off the
    unlikely tail. Hugging Face and vLLM apply them in this order: divide by T, top-k, softmax,
    top-p, renormalise, draw.

## The pinned copy of a chart, on phones: its title.
pinned-sampling = The distribution sampled from

# The section's formula, read aloud.
formula = p i equals e to the z i over T, divided by the sum over j of e to the z j over T
