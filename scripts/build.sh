#!/usr/bin/env bash
# Installs what is missing and builds the static site into dist/, with the SCORM package for
# learning management systems in it (dist/softmax-lab-scorm.zip).
# Usage: scripts/build.sh [--public-url /repo-name/]   (GitHub Pages project sites need the sub-path)
source "$(dirname "$0")/lib.sh"
ensure_tools
use_small_std
trunk build --release --dist dist "$@"
build_scorm_package dist
step "built dist/ ($(du -sh dist | cut -f1)); publish it as static files"
