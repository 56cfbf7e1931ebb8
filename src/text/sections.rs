//! The sections' titles and opening paragraphs, and which text file each section's words are in.

use super::keys::{self, shell};
use super::{t, Msg};
use crate::section::Section;

/// The title keys, in the order of [`Section::ALL`].
const TITLES: [Msg<0>; 10] = [
    shell::TITLE_OVERVIEW,
    shell::TITLE_SOFTMAX,
    shell::TITLE_SAMPLING,
    shell::TITLE_LOSS,
    shell::TITLE_GRADIENTS,
    shell::TITLE_TRAINING,
    shell::TITLE_STABILITY,
    shell::TITLE_ATTENTION,
    shell::TITLE_PITFALLS,
    shell::TITLE_QUIZ,
];

/// The opening paragraphs' keys, in the order of [`Section::ALL`].
const LEDES: [Msg<0>; 10] = [
    keys::overview::LEDE,
    keys::softmax::LEDE,
    keys::sampling::LEDE,
    keys::loss::LEDE,
    keys::gradients::LEDE,
    keys::training::LEDE,
    keys::stability::LEDE,
    keys::attention::LEDE,
    keys::pitfalls::LEDE,
    keys::quiz::LEDE,
];

impl Section {
    /// The title shown in the navigation and as the section heading.
    pub fn title(self) -> String {
        t(TITLES[self.number()])
    }

    /// The section's opening paragraph, shown under its title (and written into index.html by
    /// the build, so it is on screen before any script runs).
    pub fn lede(self) -> String {
        t(LEDES[self.number()])
    }

    /// The index in [`keys::FILES`] of the text file with this section's words.
    pub fn text_file(self) -> usize {
        keys::FILES
            .iter()
            .position(|f| *f == self.id())
            .unwrap_or(0)
    }
}
