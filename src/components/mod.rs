//! Reusable pieces every section is built from, and the hooks (`use_*`, one per file) they use.

pub mod card;
pub mod chart_canvas;
pub mod chart_figure;
pub mod data_table;
pub mod formula;
pub mod html_block;
pub mod live_announcer;
pub mod notices;
pub mod read_aloud;
pub mod readouts;
pub mod section_nav;
pub mod share_dialog;
pub mod slider;
pub mod stepper;
pub mod target_picker;
pub mod token_row;
pub mod use_animation_frame;
pub mod use_debounced;

pub use card::Card;
pub use chart_canvas::ChartCanvas;
pub use chart_figure::ChartFigure;
pub use data_table::DataTable;
pub use formula::{Formula, SoftmaxFormula};
pub use html_block::HtmlBlock;
pub use live_announcer::LiveAnnouncer;
pub use notices::Notices;
pub use read_aloud::ReadAloud;
pub use readouts::{Readout, Readouts};
pub use section_nav::SectionNav;
pub use share_dialog::ShareDialog;
pub use slider::Slider;
pub use stepper::Stepper;
pub use target_picker::TargetPicker;
pub use token_row::TokenRow;
pub use use_animation_frame::{use_animation_frame, AnimationFrame};
pub use use_debounced::{use_debounced, Debounced};
