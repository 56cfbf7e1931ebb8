//! Ready-made starting points: logit presets for however many tokens there are, and example
//! token sets with their logits. Pure data; the state applies them.

use crate::text::keys::{sampling, shell};
use crate::text::Msg;

/// Starting points for the logits, applied to however many tokens there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The lesson's 2, 1, 0.5, -1 (extra tokens get 0).
    LessonDefault,
    /// Every logit 0: the uniform distribution.
    AllEqual,
    /// The first token 6, the rest 0.
    OneDominant,
    /// The first two 3, the rest 0.
    TwoTied,
}

impl Preset {
    /// Every preset, in the order of the buttons.
    pub const ALL: [Preset; 4] = [
        Preset::LessonDefault,
        Preset::AllEqual,
        Preset::OneDominant,
        Preset::TwoTied,
    ];

    /// Button text.
    pub fn label(self) -> Msg<0> {
        match self {
            Preset::LessonDefault => shell::PRESET_DEFAULT,
            Preset::AllEqual => shell::PRESET_EQUAL,
            Preset::OneDominant => shell::PRESET_DOMINANT,
            Preset::TwoTied => shell::PRESET_TIED,
        }
    }

    /// The logits of this preset for `n` tokens.
    pub fn logits(self, n: usize) -> Vec<f64> {
        let d = crate::params::default_logits();
        (0..n)
            .map(|i| match self {
                Preset::LessonDefault => d.get(i).copied().unwrap_or(0.0),
                Preset::OneDominant if i == 0 => 6.0,
                Preset::TwoTied if i < 2 => 3.0,
                _ => 0.0,
            })
            .collect()
    }
}

/// Ready-made token sets with logits, used by the sampling and loss sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    /// cat, dog, bird, fish with 2, 1, 0.5, -1: the lesson's default.
    Animals,
    /// refund, reship, escalate with 3, 1, 0: a support bot's next action (LESSON's figures).
    Support,
    /// Five ways to finish "The cat sat on the ___".
    Sentence,
}

impl Example {
    /// Button text: the tokens themselves, or the sentence's start (sampling's text file).
    pub fn label(self) -> String {
        match self {
            Example::Sentence => crate::text::t(sampling::EXAMPLE_SENTENCE),
            _ => self.tokens().0.join(&crate::text::t(shell::WORD_SEPARATOR)),
        }
    }

    /// The words before and after a chosen token: "The cat sat on the ___." when the tokens are
    /// the sentence example's (`sentence`), else a frame that fits any tokens ("The next token:
    /// ___"). One message each in the sampling section's text file, cut where the token goes, so
    /// a language puts the token where its grammar wants it.
    ///
    /// ```
    /// use softmax_lab::presets::Example;
    /// assert_eq!(Example::frame(true), ("The cat sat on the ".to_string(), ".".to_string()));
    /// assert_eq!(Example::frame(false), ("The next token: ".to_string(), String::new()));
    /// ```
    pub fn frame(sentence: bool) -> (String, String) {
        const TOKEN: &str = "\u{1}";
        let key = if sentence {
            shell::FRAME_SENTENCE
        } else {
            shell::FRAME_ANY
        };
        let words = crate::tr!(key, TOKEN);
        match words.split_once(TOKEN) {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (words, String::new()),
        }
    }

    /// The example's tokens (words of the language on screen) and logits.
    pub fn tokens(self) -> (Vec<String>, &'static [f64]) {
        let (key, logits): (_, &'static [f64]) = match self {
            Example::Animals => (shell::DEFAULT_TOKENS, &[2.0, 1.0, 0.5, -1.0]),
            Example::Support => (shell::EXAMPLE_SUPPORT_TOKENS, &[3.0, 1.0, 0.0]),
            Example::Sentence => (shell::EXAMPLE_SENTENCE_TOKENS, &[2.5, 1.5, 1.0, 0.0, -1.5]),
        };
        let words = crate::text::t(key);
        (
            words.split(',').map(|w| w.trim().to_string()).collect(),
            logits,
        )
    }
}
