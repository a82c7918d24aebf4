#!/usr/bin/env bash
# Writes the same generated workbook (1,000,000 cells: 10 columns of numbers, repeated and
# unique strings, Japanese text, dates) with PlanSheet, libxlsxwriter (constant_memory mode)
# and rust_xlsxwriter (PyPI rustpy-xlsxwriter), and prints median times, ratios and peak memory.
# Then writes 5,000,000 cells with PlanSheet to show that its memory stays flat.
#
# Usage: Scripts/bench-write.sh [ROWS] [RUNS]     (defaults: 100000 rows = 1M cells, 5 runs)
# Needs: cc, libxlsxwriter-dev, python3 with rustpy-xlsxwriter, /usr/bin/time (Scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
RUNS=${2:-5}
WORK=$(mktemp -d /tmp/plansheet-bench-write.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

for tool in cc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-write: $tool missing; run Scripts/setup.sh" >&2; exit 2; }
done
[ -f /usr/include/xlsxwriter.h ] || { echo "bench-write: libxlsxwriter-dev missing; run Scripts/setup.sh" >&2; exit 2; }
python3 -c "import rustpy_xlsxwriter" 2>/dev/null || { echo "bench-write: rustpy-xlsxwriter missing; run Scripts/setup.sh" >&2; exit 2; }

echo "building: swift build -c release, cc -O2 (libxlsxwriter $(pkg-config --modversion xlsxwriter 2>/dev/null || echo '?'))" >&2
swift build -c release --product plansheet >/dev/null
PLANSHEET=.build/release/plansheet
cc -O2 -o "$WORK/libxlsxwriter_bench" Scripts/bench-write/libxlsxwriter_bench.c -lxlsxwriter

# run NAME COMMAND... : RUNS runs; prints "NAME median_seconds peak_rss_kb size_bytes"
run() {
  local name=$1; shift
  local times=() peak=0
  for ((k = 0; k < RUNS; k++)); do
    rm -f "$WORK/out.xlsx"
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    read -r seconds rss < "$WORK/time"
    times+=("$seconds")
    (( rss > peak )) && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$name $median $peak $(stat -c %s "$WORK/out.xlsx")"
}

CELLS=$((ROWS * 10 + 10))
{
  run "PlanSheet(level1)" "$PLANSHEET" benchmark-write --rows "$ROWS" -o "$WORK/out.xlsx"
  run "PlanSheet(level6)" "$PLANSHEET" benchmark-write --rows "$ROWS" -o "$WORK/out.xlsx" --level 6
  run "PlanSheet(inline)" "$PLANSHEET" benchmark-write --rows "$ROWS" -o "$WORK/out.xlsx" --inline-strings
  run "libxlsxwriter(constant_memory)" "$WORK/libxlsxwriter_bench" "$ROWS" "$WORK/out.xlsx"
  run "rust_xlsxwriter(rustpy)" python3 Scripts/bench-write/rust_xlsxwriter_bench.py "$ROWS" "$WORK/out.xlsx"
} > "$WORK/results"
BIG=$((ROWS * 5))
RUNS=1 run "PlanSheet(level1,5x)" "$PLANSHEET" benchmark-write --rows "$BIG" -o "$WORK/out.xlsx" > "$WORK/big"

echo
echo "Writing $CELLS cells ($ROWS rows x 10 columns), median of $RUNS runs, $(nproc) cores, $(uname -m)"
echo "(whole process: start-up, generation and writing; peak RSS from /usr/bin/time)"
awk -v base="$(awk '$1 ~ /^libxlsxwriter/ {print $2}' "$WORK/results")" '
  BEGIN { printf "%-32s %9s %12s %12s %10s\n", "writer", "seconds", "vs libxlsxw", "peak RSS MB", "file MB" }
  { printf "%-32s %9.3f %11.2fx %12.1f %10.2f\n", $1, $2, base / $2, $3 / 1024, $4 / 1048576 }' "$WORK/results"
awk -v small="$(awk '$1 == "PlanSheet(level1)" {print $3}' "$WORK/results")" -v cells="$((BIG * 10 + 10))" '
  { printf "PlanSheet at %d cells: %.3f s, peak RSS %.1f MB (%.1f%% of the 1x run)\n", cells, $2, $3 / 1024, 100 * $3 / small }' "$WORK/big"
