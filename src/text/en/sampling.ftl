## Section: Temperature and sampling.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A model does not have to say its favourite word. It can sample: pick a token at random, each
    with its probability. Temperature reshapes the probabilities first; top-k and top-p cut off the
    unlikely tail. Hugging Face and vLLM apply them in this order: divide by T, top-k, softmax,
    top-p, renormalise, draw.
