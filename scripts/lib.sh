# Shared by serve.sh, test.sh and bench.sh: installs whatever is missing, reuses what is there.
# Sourced, not run. Every tool comes from a package registry; nothing is downloaded from elsewhere.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# The one source of truth for wasm-bindgen is Cargo.toml (pinned with "=").
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"
export PATH="$HOME/.cargo/bin:$ROOT/scripts/node_modules/.bin:$PATH"
# Type-erase Leptos components in the wasm build: about 11 KB less gzip, the same behaviour.
# Set here (not in a .cargo/config.toml) so every script, and CI, builds the same binary.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components"

# The release wasm links a standard library rebuilt for size: `optimize_for_size` (smaller
# formatting and sorting code) and `panic = immediate-abort` (a panic traps at once instead of
# formatting a message). Measured on the same commit: 213.3 KB gzip with it, 240.8 KB without,
# so it saves about 27.5 KB of the 300 KB transfer budget. These are unstable cargo/rustc options:
# RUSTC_BOOTSTRAP=1 lets the pinned stable toolchain (rust-toolchain.toml) use them, and its
# rust-src component provides the library sources. Only release builds use this; tests, clippy
# and `serve.sh --debug` build the ordinary way, so a panic there still prints its message.
#
# What a toolchain upgrade risks here: none of this is covered by Rust's stability promise.
# The names have changed before (`panic_immediate_abort` was a build-std feature before it was
# `-Cpanic=immediate-abort`) and may change again: a new toolchain can then fail the release
# build (CI builds it, so that shows at once), or build and quietly lose the saving (the
# benchmark's size figure shows that). `cargo fetch -Zbuild-std` must also see the new
# library's dependencies. If it breaks, drop the `use_small_std` calls: the lesson still fits
# the budget without it today.
use_small_std() {
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort"
}

# The SCORM 1.2 package for learning management systems, written as <dist>/softmax-lab-scorm.zip:
# the release built again with the `scorm` feature (it talks to the LMS, registers no service
# worker) for a relative public URL, as an LMS serves a package from a path of its own choosing.
# Needs use_small_std and ensure_tools first, like every release build.
build_scorm_package() {
  local dist="$1"
  trunk build --release --features scorm --dist target/dist-scorm --public-url ./
  node scripts/scorm/package.mjs target/dist-scorm target/scorm-package "$dist/softmax-lab-scorm.zip"
}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
  # rust-toolchain.toml names the toolchain and the wasm target; make sure both are present.
  rustup show active-toolchain >/dev/null
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt
  rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src
}

ensure_cargo_tool() { # name, version, crate, extra args
  local bin="$1" version="$2" crate="$3"; shift 3
  if "$bin" --version 2>/dev/null | grep -q " $version\b"; then
    return
  fi
  step "installing $crate $version (first run only; a few minutes)"
  cargo install "$crate" --version "$version" "$@"
}

ensure_tools() {
  ensure_rust
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  # No --locked: a locked dependency of wasm-bindgen-cli is newer than the registry copy here.
  ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
  command -v node >/dev/null || { as_root apt-get update; as_root apt-get install -y nodejs npm; }
  if [ ! -x scripts/node_modules/.bin/wasm-opt ] || ! cmp -s scripts/package-lock.json scripts/node_modules/.package-lock.json; then
    step "installing npm tools (binaryen's wasm-opt, playwright-core, axe-core, lighthouse)"
    (cd scripts && npm ci --no-audit --no-fund)
  fi
  # trunk runs offline: every crate must already be in the local registry, including the ones
  # the rebuilt standard library needs (see use_small_std).
  cargo fetch --quiet
  RUSTC_BOOTSTRAP=1 cargo fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    step "installing Debian's chromium and chromium-driver"
    as_root apt-get update
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y chromium chromium-driver
  fi
  # The lesson uses the system's fonts: a Chinese and an Arabic one, as a student's phone has,
  # so the tests measure real glyphs (widths at 360 px) rather than empty boxes.
  # (Captured, not piped into grep -q: under pipefail an early exit of grep fails the pipe.)
  if [ -z "$(fc-list :lang=zh family)" ] || [ -z "$(fc-list 'Noto Sans Arabic UI' family)" ]; then
    step "installing Debian's fonts-wqy-microhei and fonts-noto-ui-core (Chinese and Arabic)"
    as_root apt-get update
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y fonts-wqy-microhei fonts-noto-ui-core
  fi
}
