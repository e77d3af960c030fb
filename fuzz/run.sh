#!/usr/bin/env bash
# Runs each cargo-fuzz target for SECONDS (default 60), over the checked-in
# regression inputs (fuzz/regressions/<target>/, read only) and a working corpus
# (fuzz/corpus/<target>/, git-ignored, kept between runs). Stops at the first
# failure; libFuzzer saves the failing input under fuzz/artifacts/<target>/.
#
#     fuzz/run.sh [SECONDS] [TARGET...]      (make fuzz; make test runs it for 15 s)
#
# The build is release with debug assertions and overflow checks (cargo fuzz's
# default) and no sanitizer: the crate forbids unsafe code, so what is hunted
# is panics and broken invariants, and without AddressSanitizer a run is about
# nine times faster. RUSTC_BOOTSTRAP=1 lets the stable toolchain take the
# nightly-only flags cargo fuzz passes (scripts/setup-fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze utf16)

bash scripts/setup-fuzz.sh
cargo fuzz build --sanitizer none
for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target"
    echo "+ cargo fuzz run $target for ${seconds}s"
    log=$(mktemp)
    if ! cargo fuzz run --sanitizer none "$target" "fuzz/corpus/$target" "fuzz/regressions/$target" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
        cat "$log"
        rm -f "$log"
        echo "fuzz: $target failed; the input is in fuzz/artifacts/$target/ (copy it to fuzz/regressions/$target/ once fixed)" >&2
        exit 1
    fi
    grep -E '^Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added' "$log" \
        | sed "s/^/fuzz $target: /"
    rm -f "$log"
done
