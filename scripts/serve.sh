#!/usr/bin/env bash
# Installs what is missing, then builds and serves the lesson on http://127.0.0.1:8080/.
source "$(dirname "$0")/lib.sh"
ensure_tools
PORT="${PORT:-8080}"
step "Softmax Lab at http://127.0.0.1:$PORT/ (Ctrl-C stops it)"
use_small_std
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
