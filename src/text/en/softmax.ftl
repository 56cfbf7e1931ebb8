## Section: Logits and softmax.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    A model's last layer gives every candidate token a score called a logit. Softmax turns those
    scores into probabilities: exponentiate, then divide by the total.
