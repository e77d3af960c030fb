#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing:
#   - the Rust target wasm32-unknown-unknown, rustfmt and clippy (rustup);
#   - wasm-pack, and the wasm-bindgen CLI at the version Cargo.lock pins
#     (it brings wasm-bindgen-test-runner) (cargo install, built from source);
#   - Debian's chromium and chromium-driver (apt-get);
#   - the npm dev dependencies (npm ci): playwright-core, and binaryen for
#     wasm-opt (Debian's binaryen 108 writes broken modules for us: see
#     wasm-pack.toml).
# Nothing is downloaded from anywhere but crates.io, rustup's channel, Debian and
# npm: wasm-pack is never left to fetch its own binaries. Safe to run again;
# when everything is present it only checks, in a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1
TARGET=wasm32-unknown-unknown

say() { printf 'setup: %s\n' "$*"; }

# cargo install, --locked first; some releases' locked dependencies were later
# yanked (wasm-bindgen-cli 0.2.130 is one), so fall back to a fresh resolve.
cargo_install() {
    local krate=$1 version=$2
    say "cargo install $krate $version (builds from source, a few minutes)"
    cargo install "$krate" --version "$version" --locked --force \
        || { say "--locked failed for $krate $version; retrying without it"
             cargo install "$krate" --version "$version" --force; }
}

# --- Rust toolchain pieces -------------------------------------------------
if ! rustup target list --installed | grep -qx "$TARGET"; then
    say "adding the $TARGET target"
    rustup target add "$TARGET"
fi
for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
        say "adding the $component component"
        rustup component add "$component"
    fi
done

# --- wasm-pack --------------------------------------------------------------
if ! command -v wasm-pack >/dev/null; then
    cargo_install wasm-pack "$WASM_PACK_VERSION"
fi

# --- wasm-bindgen CLI, the version Cargo.lock pins --------------------------
# wasm-pack refuses (or, in its normal mode, downloads) any other version.
bindgen_version=$(python3 - <<'EOF'
import tomllib
with open("Cargo.lock", "rb") as f:
    lock = tomllib.load(f)
print(next(p["version"] for p in lock["package"] if p["name"] == "wasm-bindgen"))
EOF
)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$bindgen_version" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen CLI is '${have:-missing}', Cargo.lock wants $bindgen_version"
    cargo_install wasm-bindgen-cli "$bindgen_version"
fi

# --- Debian packages: the browser and its driver -------------------------------
apt_packages=(chromium chromium-driver)
missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null
    apt-get install -y -qq "${missing[@]}" </dev/null
fi

# --- npm dev dependencies -----------------------------------------------------
# A stamp in node_modules records the last install; redo it when package.json
# or package-lock.json is newer.
if [ -f package.json ]; then
    stamp=node_modules/.whosaid-setup-stamp
    if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] \
        || { [ -f package-lock.json ] && [ package-lock.json -nt "$stamp" ]; }; then
        # Test tools must use Debian's chromium, never fetch a browser of their own.
        export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
        if [ -f package-lock.json ]; then
            say "npm ci"
            npm ci --no-audit --no-fund </dev/null
        else
            say "npm install"
            npm install --no-audit --no-fund </dev/null
        fi
        touch "$stamp"
    fi
fi

# --- wasm-opt -------------------------------------------------------------------
# It comes from the npm package binaryen, pinned in package.json (see wasm-pack.toml).
if [ ! -x node_modules/.bin/wasm-opt ]; then
    echo "setup: node_modules/.bin/wasm-opt is missing; is binaryen in package.json?" >&2
    exit 1
fi

say "ok (wasm-pack $(wasm-pack --version | awk '{print $2}'), wasm-bindgen $bindgen_version, $(node_modules/.bin/wasm-opt --version))"
