# whosaid: every build and check has one entry point here; CI runs `make test`.
# Each target installs what it needs first (scripts/setup.sh; fast when present).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

# Headless Chromium for the wasm-bindgen browser tests: Debian's driver, never
# a download. The browser's flags are in webdriver.json.
CHROMEDRIVER := /usr/bin/chromedriver
export CHROMEDRIVER

WASM_TARGET := wasm32-unknown-unknown
PORT ?= 8080

.PHONY: test setup fmt lint build wasm serve clean
.PHONY: bench fuzz plot

## test: every check, in order, stopping at the first failure.
test: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	RUSTDOCFLAGS='-D warnings' cargo doc --no-deps --document-private-items --quiet
	cargo test
	bash fuzz/run.sh 15
	python3 scripts/build-wasm.py
	wasm-pack test --headless --chrome --chromedriver $(CHROMEDRIVER) --mode no-install -- --test web
	@# The page test comes last: CI reads the last test runner's closing lines.
	@if compgen -G 'tests/e2e/*.test.*' >/dev/null; then \
		echo '+ node --test tests/e2e/'; node --test tests/e2e/; \
	else \
		echo 'make test: skipped the page test (no test files in tests/e2e/)'; \
	fi

## setup: install the toolchain pieces, browser and npm packages that are missing.
setup:
	bash scripts/setup.sh

## fmt: format the Rust code in place.
fmt:
	cargo fmt --all

## lint: the formatting check, clippy and rustdoc, as `make test` runs them.
## Clippy runs twice: natively, and for wasm32, where src/wasm.rs and
## tests/web.rs live. Rustdoc fails on a broken link in a doc comment.
lint: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	RUSTDOCFLAGS='-D warnings' cargo doc --no-deps --document-private-items --quiet

## build: the native CLI (target/release/whosaid) and the wasm package (www/pkg).
build: setup
	cargo build --release
	python3 scripts/build-wasm.py

## wasm: only the wasm package for the page, as wasm-pack.toml says.
wasm: setup
	python3 scripts/build-wasm.py

## serve: build the wasm package and serve www/ on localhost (PORT=8080, or the next free port).
serve: wasm
	python3 scripts/serve.py --port $(PORT)

## dist: build dist/, the page with its wasm, ready for any static host (relative URLs only).
.PHONY: dist
dist: setup
	python3 scripts/build-dist.py

## clean: remove build outputs (target/, www/pkg/); node_modules stays.
clean:
	cargo clean
	rm -rf www/pkg

## bench: criterion benchmarks of the analysis, 1 KB to 10 MB, in MB/s (benches/analyze.rs).
bench:
	cargo bench --bench analyze

## fuzz: each cargo-fuzz target for FUZZ_SECONDS (default 60) over its corpus (fuzz/run.sh).
FUZZ_SECONDS ?= 60
fuzz:
	bash fuzz/run.sh $(FUZZ_SECONDS)

## plot: time against input size, native and wasm, 1 KB to 10 MB, into docs/scaling.svg.
plot: build
	python3 scripts/plot-scaling.py
