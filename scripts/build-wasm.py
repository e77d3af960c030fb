#!/usr/bin/env python3
"""Builds the WebAssembly module and its JS glue for the page, as wasm-pack.toml says.

Reads wasm-pack.toml (the one place for wasm build settings), runs

    wasm-pack build --release --no-opt --mode no-install --no-pack \
        --target T --out-dir D --out-name N -- --config 'profile.release.K=V' ...

then wasm-opt (from the npm package binaryen, in node_modules) with the
configured flags on D/N_bg.wasm, loads the result in Node.js with its glue and
runs one analysis, and prints the module's raw and gzipped size.

wasm-pack never downloads anything here: --no-opt keeps it from fetching its own
wasm-opt, and --mode no-install makes it use the wasm-bindgen CLI on PATH (the
version Cargo.lock pins; scripts/setup.sh installs it) or fail, rather than
fetch one. If wasm-opt is enabled and fails, the build fails, naming the
command, so that an unoptimised module never ships unnoticed. Debian's wasm-opt
(binaryen 108) is not used: it exits 0 but writes a module that cannot load
(it exports the wrong table as wasm-bindgen's externref table), which is why
the build also loads its output before calling it done.

Usage: python3 scripts/build-wasm.py
"""

import gzip
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WASM_OPT = ROOT / "node_modules" / ".bin" / "wasm-opt"

# Loads the module with its glue in Node.js and runs one analysis and one refusal.
SMOKE = r"""
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [glue, wasm] = process.argv.slice(1);
const m = await import(pathToFileURL(glue));
await m.default({ module_or_path: readFileSync(wasm) });
const r = m.analyze('The deal could collapse, an unnamed official said. \u{1F469}\u200D\u{1F467}');
if (r.offsets !== 'utf16') throw new Error('unexpected analysis: ' + JSON.stringify(r));
let refused = '';
try { m.analyze('x'.repeat(m.maxInputBytes() + 1)); } catch (e) { refused = e.message; }
if (!refused) throw new Error('an input over maxInputBytes() was not refused');
console.log('build-wasm: the module loads in Node.js; whosaid ' + m.version());
"""


def toml_value(value):
    """Formats a setting as a TOML value for cargo's --config."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    sys.exit(f"build-wasm: unsupported profile value {value!r} in wasm-pack.toml")


def run(cmd, show=None):
    """Runs `cmd` in the repo root, echoing it (or `show`); exits on failure."""
    show = show or " ".join(cmd)
    print("+ " + show, flush=True)
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"build-wasm: failed (exit {result.returncode}): {show}")


def sizes(path):
    """Raw and gzipped bytes, gzipped at level 9 by Node.js's zlib, as the
    budget test (tests/e2e/size.test.mjs) measures it: Python's gzip module
    gives about 3% fewer bytes for the same module."""
    data = path.read_bytes()
    gz = subprocess.run(
        ["node", "-e", NODE_GZIP, str(path)], capture_output=True, text=True, check=False
    )
    if gz.returncode == 0 and gz.stdout.strip().isdigit():
        return len(data), int(gz.stdout)
    return len(data), len(gzip.compress(data, compresslevel=9))


NODE_GZIP = (
    "const z = require('node:zlib'); const d = require('node:fs').readFileSync(process.argv[1]);"
    "console.log(z.gzipSync(d, { level: z.constants.Z_BEST_COMPRESSION }).length);"
)


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
    if build.get("rustflags"):
        cmd += ["--config", f"build.rustflags={toml_value(build['rustflags'])}"]
    run(cmd)

    raw, zipped = sizes(wasm)
    print(f"build-wasm: {wasm.relative_to(ROOT)} before wasm-opt: {raw} bytes, {zipped} gzipped")

    opt = config.get("wasm-opt", {})
    if opt.get("enabled", False):
        if not WASM_OPT.exists():
            sys.exit(f"build-wasm: {WASM_OPT.relative_to(ROOT)} not found (npm package binaryen; run make setup)")
        tmp = wasm.with_suffix(".opt.wasm")
        run([str(WASM_OPT), "--version"])
        run([str(WASM_OPT), *opt.get("flags", []), str(wasm), "-o", str(tmp)])
        os.replace(tmp, wasm)
    else:
        print("build-wasm: wasm-opt disabled in wasm-pack.toml")

    glue = out_dir / f"{build['out-name']}.js"
    run(
        ["node", "--input-type=module", "-e", SMOKE, str(glue), str(wasm)],
        show=f"node -e <load and run {wasm.relative_to(ROOT)}>",
    )

    raw, zipped = sizes(wasm)
    print(f"build-wasm: {wasm.relative_to(ROOT)}: {raw} bytes, {zipped} gzipped")


if __name__ == "__main__":
    main()
