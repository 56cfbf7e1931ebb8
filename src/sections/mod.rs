//! One module per lesson section (LESSON.md numbering). Which of them this build contains is
//! [`crate::params::Section::AVAILABLE`].

pub mod attention;
pub mod gradients;
pub mod loss;
pub mod overview;
pub mod pitfalls;
pub mod quiz;
pub mod sampling;
pub mod softmax;
pub mod stability;
pub mod training;
