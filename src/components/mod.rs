//! Reusable pieces every section is built from.

pub mod card;
pub mod chart_canvas;
pub mod chart_figure;
pub mod data_table;
pub mod format;
pub mod formula;
pub mod notices;
pub mod read_aloud;
pub mod readouts;
pub mod section_nav;
pub mod share_dialog;
pub mod slider;
pub mod stepper;

pub use card::Card;
pub use chart_canvas::ChartCanvas;
pub use chart_figure::ChartFigure;
pub use data_table::DataTable;
pub use formula::{Formula, SoftmaxFormula};
pub use notices::Notices;
pub use read_aloud::ReadAloud;
pub use readouts::{Readout, Readouts};
pub use section_nav::SectionNav;
pub use share_dialog::ShareDialog;
pub use slider::Slider;
pub use stepper::Stepper;
