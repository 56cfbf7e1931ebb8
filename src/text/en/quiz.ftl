## Section: Check yourself.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Short questions on every section of the lesson, from softmax and sampling to gradients,
    training, stability, attention and the pitfalls, with new numbers each time you ask for new
    questions. Work them out on paper, with a calculator or with the sliders of the earlier
    sections. Get 6 of the 8 right to pass and mark the lesson complete.
