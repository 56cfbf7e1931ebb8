## Section: Training loop.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Training is the gradient step of the last section, repeated: compute the loss on the training
    text, take a step downhill, and again. Here a small model learns from forty short sentences,
    live in your browser, and you can watch it learn — and then learn too much.

## The pinned copy of a chart, on phones: its title.
pinned-train-loss = Training and validation loss
