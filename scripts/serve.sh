#!/usr/bin/env bash
# Installs what is missing, then builds and serves the lesson on http://127.0.0.1:8080/.
#   bash scripts/serve.sh          the release build, as GitHub Pages serves it
#   bash scripts/serve.sh --debug  a debug build: a panic prints its message and source line in
#                                  the browser console (console_error_panic_hook), and the build
#                                  is faster, the wasm several times larger
source "$(dirname "$0")/lib.sh"
mode=release
case "${1:-}" in
  --debug) mode=debug ;;
  "") ;;
  *) echo "usage: bash scripts/serve.sh [--debug]" >&2; exit 2 ;;
esac
ensure_tools
PORT="${PORT:-8080}"
step "Softmax Lab ($mode build) at http://127.0.0.1:$PORT/ (Ctrl-C stops it)"
if [ "$mode" = debug ]; then
  # The ordinary standard library: panics unwind into the hook instead of trapping at once.
  exec trunk serve --address 127.0.0.1 --port "$PORT" --dist target/dist-debug
fi
use_small_std
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
