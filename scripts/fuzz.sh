#!/usr/bin/env bash
# Fuzzes the CSV and JSON importers with cargo-fuzz (libFuzzer): any bytes must parse or be
# refused, never panic, and whatever parses imports all or nothing into a real journal.
# Not part of CI. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 120)
#
# libFuzzer's instrumentation needs nightly flags; RUSTC_BOOTSTRAP lets the stable toolchain
# accept them, so no second toolchain is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seeds: a month of the sample journal exported in both formats, so the fuzzer starts from
# real files rather than from nothing.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --quiet --bin relief
./target/debug/relief --db "$work/seed.db" sample --days 30 --seed 7 >/dev/null
mkdir -p fuzz/corpus/import_csv fuzz/corpus/import_json
./target/debug/relief --db "$work/seed.db" export --format csv --out fuzz/corpus/import_csv/sample.csv
./target/debug/relief --db "$work/seed.db" export --format json --out fuzz/corpus/import_json/sample.json

status=0
for target in import_csv import_json; do
  log="$work/$target.log"
  echo "fuzzing $target for ${seconds}s…"
  if RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
    runs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)"
    echo "$target: ${runs:-?} runs, no crash"
  else
    status=1
    echo "$target: FAILED — the input that broke it is in fuzz/artifacts/$target/" >&2
    tail -n 40 "$log" >&2
  fi
done
exit "$status"
