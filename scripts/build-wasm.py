#!/usr/bin/env python3
"""Builds the WebAssembly module and its JS glue for the page, as wasm-pack.toml says.

Reads wasm-pack.toml (the one place for wasm build settings), runs

    wasm-pack build --release --no-opt --mode no-install --no-pack \
        --target T --out-dir D --out-name N -- --config 'profile.release.K=V' ...

then Debian's wasm-opt with the configured flags on D/N_bg.wasm, and prints the
module's raw and gzipped size.

wasm-pack never downloads anything here: --no-opt keeps it from fetching its own
wasm-opt, and --mode no-install makes it use the wasm-bindgen CLI on PATH (the
version Cargo.lock pins; scripts/setup.sh installs it) or fail, rather than
fetch one. If wasm-opt is enabled and fails, the build fails, naming the
command, so that an unoptimised module never ships unnoticed.

Usage: python3 scripts/build-wasm.py
"""

import gzip
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def toml_value(value):
    """Formats a setting as a TOML value for cargo's --config."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    sys.exit(f"build-wasm: unsupported profile value {value!r} in wasm-pack.toml")


def run(cmd):
    """Runs `cmd` in the repo root, echoing it; exits on failure."""
    print("+ " + " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"build-wasm: failed ({result.returncode}): {' '.join(cmd)}")


def sizes(path):
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=9))


def main():
    with open(ROOT / "wasm-pack.toml", "rb") as f:
        config = tomllib.load(f)
    build = config["build"]
    out_dir = ROOT / build["out-dir"]
    wasm = out_dir / f"{build['out-name']}_bg.wasm"

    cmd = [
        "wasm-pack", "build", "--release", "--no-opt", "--mode", "no-install", "--no-pack",
        "--target", build["target"],
        "--out-dir", build["out-dir"],
        "--out-name", build["out-name"],
        "--",
    ]
    for key, value in config.get("profile", {}).get("release", {}).items():
        cmd += ["--config", f"profile.release.{key}={toml_value(value)}"]
    run(cmd)

    raw, zipped = sizes(wasm)
    print(f"build-wasm: {wasm.relative_to(ROOT)} before wasm-opt: {raw} bytes, {zipped} gzipped")

    opt = config.get("wasm-opt", {})
    if opt.get("enabled", False):
        if shutil.which("wasm-opt") is None:
            sys.exit("build-wasm: wasm-opt not found (Debian package binaryen; run make setup)")
        tmp = wasm.with_suffix(".opt.wasm")
        run(["wasm-opt", *opt.get("flags", []), str(wasm), "-o", str(tmp)])
        os.replace(tmp, wasm)
    else:
        print("build-wasm: wasm-opt disabled in wasm-pack.toml")

    raw, zipped = sizes(wasm)
    print(f"build-wasm: {wasm.relative_to(ROOT)}: {raw} bytes, {zipped} gzipped")


if __name__ == "__main__":
    main()
