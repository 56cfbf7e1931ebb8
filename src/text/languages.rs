//! The languages the lesson speaks: adding one is a folder `src/text/<code>/` (with its
//! `GLOSSARY.md`) and one line in [`LANGUAGES`].

/// One language of the lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// Its code in the URL (`lang=`), `<html lang>` and the text folder.
    pub code: &'static str,
    /// Its name written in itself, for the language menu.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

/// Every language, the default first.
pub const LANGUAGES: [Language; 4] = [
    Language {
        code: "en",
        name: "English",
        rtl: false,
    },
    Language {
        code: "es",
        name: "Espa\u{f1}ol",
        rtl: false,
    },
    Language {
        code: "zh",
        name: "\u{7b80}\u{4f53}\u{4e2d}\u{6587}",
        rtl: false,
    },
    Language {
        code: "ar",
        name: "\u{627}\u{644}\u{639}\u{631}\u{628}\u{64a}\u{629}",
        rtl: true,
    },
];

/// The language whose code is `code`, if the lesson has it.
pub fn find(code: &str) -> Option<Language> {
    LANGUAGES.iter().copied().find(|l| l.code == code)
}
