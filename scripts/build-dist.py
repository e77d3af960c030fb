#!/usr/bin/env python3
"""Build dist/: the page as any static host serves it, as is.

    python3 scripts/build-dist.py              # builds the wasm, then copies www/ to dist/
    python3 scripts/build-dist.py --no-build   # copies the wasm already in www/pkg/

dist/ holds www/ with its pkg/ (the wasm-bindgen module and the .wasm), and an
empty .nojekyll so GitHub Pages serves it untouched. Every URL in the page is
relative, so dist/ works from a domain's root or from a subfolder (such as
https://USER.github.io/whosaid/); this script refuses to build if a root-relative
or remote URL has crept into the HTML, CSS or JavaScript.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WWW = ROOT / "www"
DIST = ROOT / "dist"
# Files in www/pkg/ that the page does not need.
SKIP = {".gitignore", "README.md", "package.json"}
# URLs the page loads: src/href attributes, CSS url(), JS imports and new URL(...).
URL_PATTERNS = [
    re.compile(r"""\b(?:src|href)\s*=\s*["']([^"']+)["']"""),
    re.compile(r"""url\(\s*["']?([^"')]+)"""),
    re.compile(r"""\bfrom\s+["']([^"']+)["']"""),
    re.compile(r"""\bimport\(\s*["']([^"']+)["']"""),
    re.compile(r"""new\s+URL\(\s*["']([^"']+)["']"""),
]


def check_relative(root: Path) -> list[str]:
    """Every root-relative or remote URL in the page's files, as `file: url`."""
    problems = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".html", ".css", ".js"}:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in URL_PATTERNS:
            for url in pattern.findall(text):
                if url.startswith(("data:", "#", "blob:")):
                    continue
                if url.startswith("/") or re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I):
                    problems.append(f"{path.relative_to(root)}: {url}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description="Build dist/, the static page ready to publish.")
    parser.add_argument("--no-build", action="store_true", help="use the wasm already in www/pkg/")
    parser.add_argument("--out", type=Path, default=DIST, help="where to write (default dist/)")
    args = parser.parse_args()
    out = args.out.resolve()

    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build-wasm.py")], check=True, cwd=ROOT)
    for needed in ("whosaid.js", "whosaid_bg.wasm"):
        if not (WWW / "pkg" / needed).is_file():
            raise SystemExit(f"build-dist: www/pkg/{needed} is missing; build the wasm first (make wasm)")

    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(WWW, out, ignore=lambda folder, names: [n for n in names if n in SKIP])
    (out / ".nojekyll").touch()

    problems = check_relative(out)
    if problems:
        raise SystemExit("build-dist: the page must use relative URLs only:\n  " + "\n  ".join(problems))
    files = [p for p in out.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"build-dist: {out}/ holds {len(files)} files, {size / 1024:.0f} KiB; serve it as is")


if __name__ == "__main__":
    main()
