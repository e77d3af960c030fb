#!/usr/bin/env bash
# Installs what `make fuzz` and the fuzz step of `make test` need, only when
# missing: cargo-fuzz, from crates.io (cargo install, built from source in about
# a minute and a half). Safe to run again; when it is present this only checks.
#
# cargo fuzz needs nightly-only rustc flags (-Zsanitizer, -Cpasses=sancov...).
# This machine has only the stable toolchain, so fuzz/run.sh sets
# RUSTC_BOOTSTRAP=1, which lets stable rustc accept them; no nightly is fetched.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_FUZZ_VERSION=0.13.2

say() { printf 'setup-fuzz: %s\n' "$*"; }

have=$(cargo fuzz --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$CARGO_FUZZ_VERSION" ]; then
    say "cargo-fuzz is '${have:-missing}'; cargo install cargo-fuzz $CARGO_FUZZ_VERSION (builds from source)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --force \
        || { say "--locked failed; retrying without it"
             cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --force; }
fi
# libFuzzer itself is C++, built by the libfuzzer-sys crate.
command -v c++ >/dev/null || { echo "setup-fuzz: no C++ compiler (c++); install g++" >&2; exit 1; }
say "ok ($(cargo fuzz --version))"
