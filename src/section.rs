//! The lesson's sections: their order, URL ids, numbers, titles and opening paragraphs. Pure and
//! self-contained (std only, no other module of the crate), because the release build also
//! compiles this file on its own into the tool that writes each section's opening into
//! index.html (src/bin/prerender.rs): the text is written once, here.

/// The lesson's sections, in order, with their URL ids (`s=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// 0. The big picture.
    Overview,
    /// 1. Logits and softmax.
    Softmax,
    /// 2. Temperature, top-k, top-p and sampling.
    Sampling,
    /// 3. Cross-entropy.
    Loss,
    /// 4. Gradients and one training step.
    Gradients,
    /// 5. The training loop and loss curves.
    Training,
    /// 6. Numerical stability.
    Stability,
    /// 7. Softmax inside attention.
    Attention,
    /// 8. Pitfalls.
    Pitfalls,
    /// 9. Check yourself.
    Quiz,
}

impl Section {
    /// Every section, in lesson order.
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Softmax,
        Section::Sampling,
        Section::Loss,
        Section::Gradients,
        Section::Training,
        Section::Stability,
        Section::Attention,
        Section::Pitfalls,
        Section::Quiz,
    ];

    /// The URL ids (`s=softmax`), in the order of [`Section::ALL`].
    pub const IDS: [&'static str; 10] = [
        "overview",
        "softmax",
        "sampling",
        "loss",
        "gradients",
        "training",
        "stability",
        "attention",
        "pitfalls",
        "quiz",
    ];

    /// The sections this build of the lesson contains, in order: the navigation lists exactly
    /// these, and a link to any other shows the big picture.
    pub const AVAILABLE: [Section; 10] = [
        Section::Overview,
        Section::Softmax,
        Section::Sampling,
        Section::Loss,
        Section::Gradients,
        Section::Training,
        Section::Stability,
        Section::Attention,
        Section::Pitfalls,
        Section::Quiz,
    ];

    /// The id used in the URL (`s=softmax`) and in element ids.
    pub fn id(self) -> &'static str {
        Self::IDS[self.number()]
    }

    /// The section whose URL id is `id`, if any.
    pub fn from_id(id: &str) -> Option<Section> {
        let i = Self::IDS.iter().position(|x| *x == id)?;
        Some(Self::ALL[i])
    }

    /// The title shown in the navigation and as the section heading.
    pub fn title(self) -> &'static str {
        match self {
            Section::Overview => "The big picture",
            Section::Softmax => "Logits and softmax",
            Section::Sampling => "Temperature and sampling",
            Section::Loss => "Cross-entropy",
            Section::Gradients => "Gradients",
            Section::Training => "Training loop",
            Section::Stability => "Numerical stability",
            Section::Attention => "Softmax in attention",
            Section::Pitfalls => "Pitfalls",
            Section::Quiz => "Check yourself",
        }
    }

    /// The section's opening paragraph, shown under its title and written into index.html by
    /// the build, so it is on screen before any script runs.
    pub fn lede(self) -> &'static str {
        match self {
            Section::Overview => concat!(
                "A language model writes one token at a time. Each time, it turns a long vector of ",
                "features into one score per word it knows, turns the scores into probabilities, and ",
                "either picks a word or, while training, measures how wrong it was. Step through it."
            ),
            Section::Softmax => concat!(
                "A model's last layer gives every candidate token a score called a logit. Softmax ",
                "turns those scores into probabilities: exponentiate, then divide by the total."
            ),
            Section::Sampling => concat!(
                "A model does not have to say its favourite word. It can sample: pick a token at random, ",
                "each with its probability. Temperature reshapes the probabilities first; top-k and top-p ",
                "cut off the unlikely tail. Hugging Face and vLLM apply them in this order: divide by T, ",
                "top-k, softmax, top-p, renormalise, draw."
            ),
            Section::Loss => concat!(
                "Training needs one number that says how wrong a prediction was. Cross-entropy looks only at ",
                "the probability the model gave the word that really came next, and takes minus its ",
                "logarithm: sure and right costs almost nothing, sure and wrong costs a lot."
            ),
            Section::Gradients => concat!(
                "Training changes the logits a little at a time, in the direction that lowers the loss. ",
                "That direction is the gradient, and for softmax with cross-entropy it is remarkably ",
                "simple: each token's probability minus its target, p \u{2212} y."
            ),
            Section::Training => concat!(
                "Training is the gradient step of the last section, repeated: compute the loss on the training text, ",
                "take a step downhill, and again. Here a small model learns from forty short sentences, live in your ",
                "browser, and you can watch it learn \u{2014} and then learn too much."
            ),
            Section::Stability => concat!(
                "On paper, softmax does not care if every logit goes up by the same amount. On a computer ",
                "it does: e^z grows so fast that a logit of a few hundred is already more than a float can ",
                "hold. The fix is one subtraction, and every library makes it."
            ),
            Section::Attention => concat!(
                "Softmax is not only the last step of a language model. Inside every attention layer, each word ",
                "scores every other word, and softmax turns each row of scores into weights W that sum to 1: how much ",
                "of each word\u{2019}s value vector V to mix into this one, W V."
            ),
            Section::Pitfalls => concat!(
                "Each of these mistakes runs without an error message: the code trains, the numbers look like ",
                "numbers. Try each one on the playground\u{2019}s logits and see what it costs."
            ),
            // The pass mark and the count are the quiz's (tests/quiz.rs checks they agree).
            Section::Quiz => concat!(
                "Short questions on every section of the lesson, from softmax and sampling to gradients, ",
                "training, stability, attention and the pitfalls, with new numbers each time you ask for new ",
                "questions. Work them out on paper, with a calculator or with the sliders of the earlier ",
                "sections. Get 6 of the 8 right to pass and mark the lesson complete."
            ),
        }
    }

    /// The section's number in the lesson (0 for the big picture).
    pub fn number(self) -> usize {
        self as usize
    }

    /// The next section of this build, in lesson order, if any.
    pub fn next(self) -> Option<Section> {
        let i = Self::AVAILABLE.iter().position(|x| *x == self)?;
        Self::AVAILABLE.get(i + 1).copied()
    }
}
