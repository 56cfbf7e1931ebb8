//! The share dialog's own wasm module: Trunk builds it beside the lesson (`data-bin="share_box"`
//! in index.html) and the page fetches it the first time an instructor presses "Share / embed".
//! See `softmax_lab::share_box`.

fn main() {
    softmax_lab::share_box::start();
}
