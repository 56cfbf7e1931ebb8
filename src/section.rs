//! The lesson's sections: their order, URL ids and numbers. Pure and self-contained (std only, no
//! other module of the crate), because the release build also compiles this file on its own into
//! the tool that writes each section's opening into index.html (src/bin/prerender.rs). Their
//! titles and openings are text (`src/text/sections.rs`).

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
