//! The paste box's own wasm module: Trunk builds it beside the lesson (`data-bin="paste_box"`
//! in index.html) and the page fetches it the first time a student opens "Paste a model's
//! output" (`components::paste_slot`). See `softmax_lab::paste_box`.

fn main() {
    softmax_lab::paste_box::start();
}
