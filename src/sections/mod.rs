//! One module per lesson section (LESSON.md numbering), plus the live region they share.

pub mod live;
pub mod loss;
pub mod overview;
pub mod quiz;
pub mod sampling;
pub mod softmax;

use crate::params::Section;

/// The sections this build of the lesson contains, in order: the navigation lists exactly these.
pub const AVAILABLE: [Section; 5] = [
    Section::Overview,
    Section::Softmax,
    Section::Sampling,
    Section::Loss,
    Section::Quiz,
];
