#!/usr/bin/env python3
"""Serve the whosaid page on loopback, for a browser or the end-to-end test.

A static file server over the Python standard library, bound to 127.0.0.1
only. It sends the MIME types a WebAssembly page needs (`application/wasm`,
`text/javascript` for `.js` and `.mjs`) and `Cache-Control: no-cache`, so a
rebuilt `www/pkg/` is picked up on the next reload.

    python3 scripts/serve.py                 # http://127.0.0.1:8080/, or the next free port
    python3 scripts/serve.py --port 9000 --root www

When the port is busy it tries the ports after it, and prints the address it
got as `whosaid is served at http://127.0.0.1:PORT/` (the end-to-end test reads
that line). `--port 0` lets the system pick a free port.
"""

from __future__ import annotations

import argparse
import errno
import functools
import http.server
import sys
from pathlib import Path

HOST = "127.0.0.1"
PORT_ATTEMPTS = 100

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
    ".ts": "text/plain; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with explicit MIME types and no caching."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        if self.server.quiet:  # type: ignore[attr-defined]
            return
        super().log_message(format, *args)


def bind(root: Path, port: int) -> http.server.ThreadingHTTPServer:
    """Binds to `port`, or to the first free port after it."""
    handler = functools.partial(Handler, directory=str(root))
    last_error: OSError | None = None
    attempts = 1 if port == 0 else PORT_ATTEMPTS
    for candidate in range(port, min(port + attempts, 65536)):
        try:
            return http.server.ThreadingHTTPServer((HOST, candidate), handler)
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise
            last_error = error
    raise SystemExit(f"serve: no free port in {port}..{port + attempts - 1}: {last_error}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the whosaid page on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8080, help="first port to try (default 8080; 0 for any)")
    parser.add_argument("--root", type=Path, default=Path("www"), help="directory to serve (default www)")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args()

    root = args.root.resolve()
    if not root.is_dir():
        raise SystemExit(f"serve: {args.root} is not a directory")
    if not (root / "pkg" / "whosaid.js").is_file():
        print(f"serve: warning: {root / 'pkg' / 'whosaid.js'} is missing; build the wasm first", file=sys.stderr)

    server = bind(root, args.port)
    server.quiet = args.quiet  # type: ignore[attr-defined]
    port = server.server_address[1]
    print(f"whosaid is served at http://{HOST}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
