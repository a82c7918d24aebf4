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

# The writers, one per line: NAME then its command. Runs are interleaved (every writer once,
# then again), so a change in the machine's load falls on all of them alike.
WRITERS=(
  "PlanSheet|$PLANSHEET benchmark-write --rows $ROWS -o $WORK/out.xlsx"
  "PlanSheet(1-core)|$PLANSHEET benchmark-write --rows $ROWS -o $WORK/out.xlsx --serial"
  "PlanSheet(level6)|$PLANSHEET benchmark-write --rows $ROWS -o $WORK/out.xlsx --level 6"
  "PlanSheet(inline)|$PLANSHEET benchmark-write --rows $ROWS -o $WORK/out.xlsx --inline-strings"
  "libxlsxwriter(constant_memory)|$WORK/libxlsxwriter_bench $ROWS $WORK/out.xlsx"
  "rust_xlsxwriter(rustpy)|python3 Scripts/bench-write/rust_xlsxwriter_bench.py $ROWS $WORK/out.xlsx"
)

# measure NAME COMMAND: one run; appends "wall cpu rss size" to $WORK/NAME.runs
measure() {
  local name=$1 command=$2
  rm -f "$WORK/out.xlsx"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" $command >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  read -r wall user sys rss < "$WORK/time"
  echo "$wall $(echo "$user + $sys" | bc) $rss $(stat -c %s "$WORK/out.xlsx")" >> "$WORK/$name.runs"
}

for ((k = 0; k < RUNS; k++)); do
  for writer in "${WRITERS[@]}"; do measure "${writer%%|*}" "${writer#*|}"; done
done
# summary NAME: "NAME median_wall median_cpu peak_rss size"
summary() {
  local runs="$WORK/$1.runs"
  median() { cut -d' ' -f"$1" "$runs" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
  echo "$1 $(median 1) $(median 2) $(cut -d' ' -f3 "$runs" | sort -n | tail -1) $(tail -1 "$runs" | cut -d' ' -f4)"
}
for writer in "${WRITERS[@]}"; do summary "${writer%%|*}"; done > "$WORK/results"
CELLS=$((ROWS * 10 + 10))
# The floor: zlib deflating the same XML and nothing else (best of 3, in-process).
"$PLANSHEET" benchmark-write --rows "$ROWS" -o "$WORK/floor.xlsx"
python3 Scripts/bench-write/deflate_floor.py "$WORK/floor.xlsx" > "$WORK/floor"
# CSV to XLSX: the same cells as a UTF-8 CSV, typed on the way in (numbers, ISO dates).
python3 - "$ROWS" "$WORK/bench.csv" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
import datetime
epoch = datetime.date(1899, 12, 30)
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("id,value,status,code,title,date,amount,rate,dept,ratio\r\n")
    statuses = ["順調", "遅れ", "完了", "未着手"]
    for i in range(rows):
        day = (epoch + datetime.timedelta(days=43922 + i % 3650)).isoformat()
        out.write(f"{i},{i * 0.25 + 0.125!r},{statuses[i % 4]},ID-{i:07d},行財政改革 取組{i % 500},{day},"
                  f"{(i % 1000) * 1000},{(i % 100) / 100!r},部署{i % 20:02d},{i / 7!r}\r\n")
PY
measure "PlanSheet-csv" "$PLANSHEET convert $WORK/bench.csv --to xlsx -o $WORK/out.xlsx"
summary "PlanSheet-csv" > "$WORK/csv"
BIG=$((ROWS * 5))
measure "PlanSheet-5x" "$PLANSHEET benchmark-write --rows $BIG -o $WORK/out.xlsx"
summary "PlanSheet-5x" > "$WORK/big"

echo
echo "Writing $CELLS cells ($ROWS rows x 10 columns), median of $RUNS runs, $(nproc) cores, $(uname -m)"
echo "(whole process: start-up, generation and writing; wall and CPU (user+sys) seconds and peak RSS from /usr/bin/time;"
echo " ratios are libxlsxwriter's time divided by the writer's: above 1 is faster than libxlsxwriter)"
awk -v wbase="$(awk '$1 ~ /^libxlsxwriter/ {print $2}' "$WORK/results")" -v cbase="$(awk '$1 ~ /^libxlsxwriter/ {print $3}' "$WORK/results")" '
  BEGIN { printf "| %-30s | %7s | %8s | %6s | %8s | %11s | %7s |\n", "writer", "wall s", "vs lxw", "CPU s", "vs lxw", "peak RSS MB", "file MB"
          printf "|%s|%s|%s|%s|%s|%s|%s|\n", "--------------------------------", "--------:", "---------:", "-------:", "---------:", "------------:", "--------:" }
  { printf "| %-30s | %7.2f | %7.2fx | %6.2f | %7.2fx | %11.1f | %7.2f |\n", $1, $2, wbase / $2, $3, cbase / $3, $4 / 1024, $5 / 1048576 }' "$WORK/results"
awk -v small="$(awk '$1 == "PlanSheet" {print $4}' "$WORK/results")" -v cells="$((BIG * 10 + 10))" '
  { printf "\nPlanSheet at %d cells: %.2f s wall, %.2f s CPU, peak RSS %.1f MB (%.1f%% of the 1M-cell run)\n", cells, $2, $3, $4 / 1024, 100 * $4 / small }' "$WORK/big"
awk '{ printf "Floor: zlib deflating the same %.1f MB of XML alone at level %d: %.2f s CPU\n", $3, $1, $2 }' "$WORK/floor"
awk -v mb="$(stat -c %s "$WORK/bench.csv")" '{ printf "CSV to XLSX (plansheet convert, %.1f MB of CSV): %.2f s wall, %.2f s CPU, peak RSS %.1f MB\n", mb / 1048576, $2, $3, $4 / 1024 }' "$WORK/csv"
