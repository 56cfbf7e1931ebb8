#!/usr/bin/env bash
# Installs what is missing, builds the release and prints the benchmark's JSON line.
# Pass --check to fail when a budget of DESIGN.md is missed.
source "$(dirname "$0")/lib.sh"
ensure_tools
ensure_chromium
use_small_std
trunk build --release --dist dist
build_scorm_package dist
node scripts/bench.mjs "$@"
