//! The prediction cards' own wasm module: Trunk builds it beside the lesson
//! (`data-bin="predict_box"` in index.html) and the page fetches it the first time a student
//! opens a "Predict first" or "Challenge" card (`components::predict_slot`). See
//! `softmax_lab::predict_box`.

fn main() {
    softmax_lab::predict_box::start();
}
