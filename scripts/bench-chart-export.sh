#!/usr/bin/env bash
# Chart PNG export end to end (process start to file): `relief chart trend` against the same
# chart drawn by benches/trend_matplotlib.py from the CSV export, on a 10-year sample journal.
# Needs python3 with matplotlib (pip install matplotlib). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release --bin relief
relief="${CARGO_TARGET_DIR:-target}/release/relief"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$relief" --db "$work/j.db" sample --days 3650 --seed 1 --end 2026-10-31 >/dev/null
"$relief" --db "$work/j.db" export --format csv --out "$work/j.csv"
runs=10
time_it() {
    python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); cmd = sys.argv[2:]
best = []
for _ in range(runs):
    t = time.perf_counter(); subprocess.run(cmd, check=True); best.append(time.perf_counter() - t)
best.sort(); print(f"{best[len(best)//2]*1000:.0f}")
PY
}
relief_ms=$(time_it "$relief" --db "$work/j.db" chart trend --out "$work/relief.png")
mpl_ms=$(time_it python3 benches/trend_matplotlib.py "$work/j.csv" "$work/mpl.png")
echo "relief chart trend --out x.png: ${relief_ms} ms (median of $runs)"
echo "matplotlib from the CSV:        ${mpl_ms} ms (median of $runs)"
python3 -c "print(f'relief is {${mpl_ms}/${relief_ms}:.1f}x faster')"
