## Section: Cross-entropy.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    Training needs one number that says how wrong a prediction was. Cross-entropy looks only at the
    probability the model gave the word that really came next, and takes minus its logarithm: sure
    and right costs almost nothing, sure and wrong costs a lot.

## The pinned copy of a chart, on phones: its title.
pinned-smoothing = Target and prediction
pinned-loss-curve = The loss −ln p
pinned-distillation = Soft targets

# The section's formula, read aloud.
formula = L equals minus the natural log of p of the correct token
