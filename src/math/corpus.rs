//! The built-in training text for the lesson's tiny bigram model: short, plain sentences over a
//! small vocabulary, so the model has a few dozen words and trains in the browser in milliseconds.

/// Forty short English sentences (one per entry, each ending with a full stop).
///
/// ```
/// use softmax_lab::math::CORPUS;
/// assert_eq!(CORPUS.len(), 40);
/// assert!(CORPUS.iter().all(|s| s.ends_with('.')));
/// ```
pub const CORPUS: &[&str] = &[
    "The cat sat on the mat.",
    "The dog sat on the rug.",
    "The cat ate the fish.",
    "The dog ate the bone.",
    "A bird sang in the tree.",
    "The sun is warm.",
    "The cat likes the sun.",
    "The dog likes the park.",
    "The bird sat in the tree.",
    "The cat sleeps on the mat.",
    "The dog sleeps by the door.",
    "The sun is up.",
    "The cat is soft.",
    "The dog is happy.",
    "The bird is small.",
    "The fish swims in the pond.",
    "A cat ran to the door.",
    "A dog ran in the park.",
    "The cat saw the bird.",
    "The dog saw the cat.",
    "The bird saw the fish.",
    "The mat is red.",
    "The rug is blue.",
    "The sun is bright.",
    "The cat naps in the sun.",
    "The dog naps on the rug.",
    "The bird flew to the tree.",
    "The fish is in the pond.",
    "A cat sat by the door.",
    "The dog ran to the cat.",
    "The cat ran up the tree.",
    "The sun set over the park.",
    "The bird ate a seed.",
    "The dog ate a big bone.",
    "The cat is on the mat.",
    "The dog is on the rug.",
    "A small bird sang.",
    "The happy dog ran.",
    "The soft cat slept.",
    "The warm sun shone on the mat.",
];
