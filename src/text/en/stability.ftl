## Section: Numerical stability.

# The opening paragraph, under the title (also in the first screen the HTML carries).
lede =
    On paper, softmax does not care if every logit goes up by the same amount. On a computer it
    does: e^z grows so fast that a logit of a few hundred is already more than a float can hold. The
    fix is one subtraction, and every library makes it.

## The pinned copy of a chart, on phones: its title.
pinned-overflow = Digits of the naive denominator

# The section's formula, read aloud.
formula = softmax of z, i, equals e to the z i minus m, over the sum over j of e to the z j minus m, where m is the largest logit
