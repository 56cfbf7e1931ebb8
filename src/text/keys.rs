//! The key of every English message, one module per text file, written by build.rs from
//! `src/text/en/*.ftl`: a key the code uses always exists, and its type says how many
//! placeholders it has and whether it carries markup.

#[allow(unused_imports)]
use super::{Msg, Rich};

include!(concat!(env!("OUT_DIR"), "/text_keys.rs"));
