//! Softmax Lab: an interactive lesson on softmax, temperature, top-p sampling and cross-entropy.
//!
//! The pure math lives in [`math`] (std only); [`params`] maps every setting to the URL;
//! [`charts`] draws on any plotters backend; [`state`] holds the signals every section reads;
//! [`components`] and [`sections`] build the page; [`share`] writes instructors' links and
//! iframe snippets; [`offline`] registers the service worker; [`scorm`] decides what a learning
//! management system is told; [`App`] is the whole app.

pub mod app;
pub mod browser;
pub mod charts;
pub mod components;
pub mod derived;
pub mod dom;
pub mod format;
pub mod guess;
#[cfg(feature = "scorm")]
pub mod lms;
#[cfg(feature = "scorm")]
pub mod lms_api;
pub mod markup;
pub mod math;
pub mod number;
pub mod offline;
pub mod params;
pub mod paste;
pub mod paste_box;
pub mod predict;
pub mod predict_box;
pub mod presets;
pub mod progress;
pub mod quiz;
pub mod scorm;
pub mod section;
pub mod sections;
pub mod share;
pub mod share_box;
pub mod state;
pub mod text;

pub use app::App;
