#!/usr/bin/env bash
# Installs what is missing, then runs every check: format, lints (native and wasm32, the web build
# and the SCORM package's), native tests, browser tests (wasm-bindgen-test in headless Chromium),
# the release builds (root, sub-path and the SCORM package), the end-to-end tests (Playwright
# driving Chromium) and the benchmark (size, memory and console budgets fail the run; the latency
# figure is printed with its verdict, see scripts/bench.mjs).
source "$(dirname "$0")/lib.sh"
started=$SECONDS
ensure_tools
ensure_chromium

step "format"
cargo fmt --check

step "clippy, native"
cargo clippy --all-targets --locked -- -D warnings

step "clippy, wasm32"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "clippy, wasm32, the SCORM package's build"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked --features scorm -- -D warnings

step "native tests: math facts and properties, URL params, chart snapshots, doc-tests"
cargo test --locked

step "browser tests: components in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "release build, served at /"
use_small_std
trunk build --release --dist dist

step "release build, served at /softmax-lab/ (as on GitHub Pages)"
trunk build --release --dist target/dist-subpath --public-url /softmax-lab/

step "SCORM package: the release with the scorm feature, for a relative URL, zipped"
build_scorm_package dist
cp dist/softmax-lab-scorm.zip target/dist-subpath/

step "end-to-end tests: Playwright + Chromium on the release builds"
node --test --test-concurrency=1 tests/e2e/

step "benchmark: prints the figures; fails on a size, memory or console budget, reports timing"
node scripts/bench.mjs --check-stable

step "all checks passed in $((SECONDS - started)) s"
