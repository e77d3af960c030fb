#!/usr/bin/env python3
"""Measures analysis time against input size, natively and in WebAssembly, and plots it.

    python3 scripts/plot-scaling.py [--sizes 1K,...,10M] [--seconds S] [--no-wasm] [--out docs/scaling.svg]
    make plot

Runs the release CLI (`target/release/whosaid bench --sizes ... --json`, built
first with `cargo build --release`) and the browser benchmark
(`node scripts/bench-browser.mjs --sizes ... --json --no-page`, which needs
`make wasm`), and writes a log-log SVG by hand (Python's standard library only):
milliseconds per analysis (the fastest batch of runs of each size, the least
disturbed on a shared machine) against input bytes, one series per target, and a
dotted line of slope 1 (time proportional to size) through the native series'
geometric mean, so that a linear analysis runs parallel to it. The
measurements are kept in the SVG's <metadata> as JSON.

The texts are the PolNeAR dev texts (../shared/corpus/polnear/dev, relative to
the repo root), or tests/golden/*.txt when they are absent, built into inputs of
each size at run time; no article text is written anywhere.
"""

import argparse
import json
import math
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear" / "dev"
SIZES = "1K,3K,10K,30K,100K,300K,1M,3M,10M"


def run_json(cmd):
    print("+ " + " ".join(cmd), file=sys.stderr, flush=True)
    out = subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure_native(sizes, seconds):
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    cmd = [str(ROOT / "target/release/whosaid"), "bench", "--sizes", sizes, "--seconds", str(seconds), "--json"]
    if (POLNEAR / "text").is_dir():
        cmd += ["--polnear", str(POLNEAR)]
    else:
        cmd += sorted(str(p) for p in (ROOT / "tests/golden").glob("*.txt"))
    return run_json(cmd)


def measure_wasm(sizes, seconds):
    return run_json(["node", "scripts/bench-browser.mjs", "--sizes", sizes, "--seconds", str(seconds), "--json", "--no-page"])


# --- the SVG, by hand ----------------------------------------------------------

W, H = 720, 480
LEFT, RIGHT, TOP, BOTTOM = 80, 24, 48, 64
SERIES_STYLE = {
    "native": ("#1f77b4", "native (release CLI, opt-level 3)"),
    "wasm": ("#d62728", "WebAssembly in Chromium (core, opt-level 3)"),
}


def decades(lo, hi):
    return list(range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1))


def fmt_bytes(exp):
    return {0: "1 B", 1: "10 B", 2: "100 B", 3: "1 KB", 4: "10 KB", 5: "100 KB", 6: "1 MB", 7: "10 MB", 8: "100 MB"}.get(exp, f"1e{exp} B")


def fmt_ms(exp):
    value = 10.0 ** exp
    if value >= 1000:
        return f"{value / 1000:g} s"
    return f"{value:g} ms"


def svg(series, title, note):
    points = [(b, ms) for s in series.values() for b, ms in s]
    xs = decades(min(b for b, _ in points), max(b for b, _ in points))
    ys = decades(min(ms for _, ms in points), max(ms for _, ms in points))
    x0, x1, y0, y1 = xs[0], xs[-1], ys[0], ys[-1]

    def px(b):
        return LEFT + (math.log10(b) - x0) / (x1 - x0) * (W - LEFT - RIGHT)

    def py(ms):
        return H - BOTTOM - (math.log10(ms) - y0) / (y1 - y0) * (H - TOP - BOTTOM)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
        'font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{W}" height="{H}" fill="#fff"/>',
        f'<text x="{W / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">{escape(title)}</text>',
    ]
    # Grid and ticks.
    for e in xs:
        x = px(10.0**e)
        out.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{H - BOTTOM}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{H - BOTTOM + 16}" text-anchor="middle">{fmt_bytes(e)}</text>')
    for e in ys:
        y = py(10.0**e)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{fmt_ms(e)}</text>')
    out.append(
        f'<rect x="{LEFT}" y="{TOP}" width="{W - LEFT - RIGHT}" height="{H - TOP - BOTTOM}" fill="none" stroke="#333"/>'
    )
    out.append(
        f'<text x="{(LEFT + W - RIGHT) / 2}" y="{H - 22}" text-anchor="middle">input size (UTF-8 bytes, log scale)</text>'
    )
    out.append(
        f'<text transform="translate(18 {(TOP + H - BOTTOM) / 2}) rotate(-90)" text-anchor="middle">'
        "time per analysis (milliseconds, fastest batch, log scale)</text>"
    )
    # Linear reference: slope 1 through the geometric mean of the native series.
    ref = series.get("native") or next(iter(series.values()))
    k = math.exp(sum(math.log(ms / b) for b, ms in ref) / len(ref))  # ms per byte
    bx0, bx1 = 10.0**x0, 10.0**x1
    ra, rb = (bx0, k * bx0), (bx1, k * bx1)
    out.append('<clipPath id="plot"><rect x="%d" y="%d" width="%d" height="%d"/></clipPath>'
               % (LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM))
    out.append(
        f'<line clip-path="url(#plot)" x1="{px(ra[0]):.1f}" y1="{py(ra[1]):.1f}" x2="{px(rb[0]):.1f}" '
        f'y2="{py(rb[1]):.1f}" stroke="#555" stroke-dasharray="4 4"/>'
    )
    # Series.
    for name, pts in series.items():
        color, _ = SERIES_STYLE.get(name, ("#2ca02c", name))
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(b):.1f},{py(ms):.1f}" for i, (b, ms) in enumerate(pts))
        out.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for b, ms in pts:
            out.append(
                f'<circle cx="{px(b):.1f}" cy="{py(ms):.1f}" r="3.5" fill="{color}">'
                f"<title>{name}: {b} bytes, {ms:.3f} ms ({b / 1e3 / ms:.1f} MB/s)</title></circle>"
            )
    # Legend.
    lx, ly = LEFT + 14, TOP + 16
    entries = [(SERIES_STYLE.get(n, ("#2ca02c", n))[0], SERIES_STYLE.get(n, ("", n))[1], None) for n in series]
    entries.append(("#555", f"linear reference: time ∝ size ({1 / k / 1e3:.1f} MB/s)", "4 4"))
    for i, (color, label, dash) in enumerate(entries):
        y = ly + i * 18
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ' stroke-width="2"'
        out.append(f'<line x1="{lx}" y1="{y}" x2="{lx + 24}" y2="{y}" stroke="{color}"{dash_attr}/>')
        out.append(f'<text x="{lx + 30}" y="{y + 4}">{escape(label)}</text>')
    out.append(f'<text x="{W - RIGHT}" y="{H - 6}" text-anchor="end" fill="#666" font-size="10">{escape(note)}</text>')
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=SIZES, help=f"sizes to measure (default {SIZES})")
    parser.add_argument("--seconds", type=float, default=1.0, help="time budget per size and target (default 1)")
    parser.add_argument("--no-wasm", action="store_true", help="only the native series")
    parser.add_argument("--out", default=str(ROOT / "docs" / "scaling.svg"))
    args = parser.parse_args()

    runs = {"native": measure_native(args.sizes, args.seconds)}
    if not args.no_wasm:
        runs["wasm"] = measure_wasm(args.sizes, args.seconds)
    # The fastest batch of each size: on a shared machine, the least disturbed.
    series = {
        name: [(r["bytes"], r.get("best_ms_per_run", r["ms_per_run"])) for r in run["results"]]
        for name, run in runs.items()
    }
    for name, run in runs.items():
        for r in run["results"]:
            print(
                f"{name:>6} {r['size']:>5} {r['bytes']:>9} bytes  median {r['ms_per_run']:>10.3f} ms "
                f"{r['mb_per_s']:>6.1f} MB/s  best {r.get('best_ms_per_run', 0):>10.3f} ms {r.get('best_mb_per_s', 0):>6.1f} MB/s"
            )

    when = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    browser = runs.get("wasm", {}).get("browser", "")
    note = f"whosaid {runs['native']['whosaid']}, measured {when} by make plot" + (f"; {browser}" if browser else "")
    lines = svg(series, "whosaid: analysis time against input size", note)
    meta = json.dumps({"measured": when, "runs": runs}, separators=(",", ":"))
    lines.insert(2, f"<metadata>{escape(meta)}</metadata>")
    lines.append("</svg>")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"plot-scaling: wrote {Path(args.out).resolve().relative_to(ROOT) if Path(args.out).resolve().is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
