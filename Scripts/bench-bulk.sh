#!/usr/bin/env bash
# Bulk runs: time and peak memory of `plansheet convert` (one worker, and both cores) over
# 200 … 10,000 small department files, against python-calamine converting the same files in one
# process, paired (the three run back to back, alternating), medians of RUNS runs. Docs/BULK.md carries the table it prints.
#
#   Scripts/bench-bulk.sh [RUNS] [COUNTS...]     (defaults: 3 runs; 200 1000 5000 10000 files)
#
# The files are Scripts/bench-compare's 200 department files (XlsxWriter, 20-80 rows x 9
# columns, about 30 rows on average), repeated under new names up to each count: per-file
# overhead, not content, is what grows. Work folder: $BENCH_WORK (default /tmp/plansheet-bench-compare).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; shift || true
COUNTS=("${@:-200 1000 5000 10000}")
# shellcheck disable=SC2206
COUNTS=(${COUNTS[*]})
WORK=${BENCH_WORK:-/tmp/plansheet-bench-compare}
TOOLS=Scripts/bench-compare.d/bench_tools.py
PLANSHEET=${PLANSHEET:-$PWD/.build/release/plansheet}
[ -x "$PLANSHEET" ] || swift build -c release --product plansheet >/dev/null
python3 -c "import python_calamine" 2>/dev/null || { echo "bench-bulk: pip install python-calamine" >&2; exit 2; }
python3 "$TOOLS" generate "$WORK"
SCRATCH=$(mktemp -d /tmp/plansheet-bench-bulk.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT

# once TOOL FOLDER: one whole-process run; prints "wall cpu peakMB".
once() {
  local tool=$1 folder=$2
  rm -rf "$SCRATCH/out"
  if [ "$tool" != calamine ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$SCRATCH/time" "$PLANSHEET" convert "$folder" --to csv -o "$SCRATCH/out" \
      -j "$tool" --max-files 1000000 >/dev/null 2>&1
  else
    /usr/bin/time -f "%e %U %S %M" -o "$SCRATCH/time" python3 "$TOOLS" calamine-files "$folder" "$SCRATCH/out" >/dev/null 2>&1
  fi
  awk '{ printf "%s %.2f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$SCRATCH/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# stats FILE: "median-wall median-cpu peak" of the runs recorded in FILE.
stats() {
  echo "$(cut -d' ' -f1 "$1" | median) $(cut -d' ' -f2 "$1" | median) $(cut -d' ' -f3 "$1" | sort -n | tail -1)"
}
echo "| files | tool | wall s | CPU s | peak MB | wall vs calamine | CPU vs calamine |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for count in "${COUNTS[@]}"; do
  folder=$WORK/departments-$count
  if [ "$(find "$folder" -name '*.xlsx' 2>/dev/null | wc -l)" != "$count" ]; then
    rm -rf "$folder"; mkdir -p "$folder"
    for ((i = 0; i < count; i++)); do cp "$WORK/departments/dept$(printf %03d $((i % 200))).xlsx" "$folder/dept$(printf %05d "$i").xlsx"; done
  fi
  : > "$SCRATCH/1"; : > "$SCRATCH/2"; : > "$SCRATCH/calamine"
  for ((k = 0; k < RUNS; k++)); do
    for tool in 1 2 calamine; do once "$tool" "$folder" >> "$SCRATCH/$tool"; done
  done
  read -r cw cc cm <<< "$(stats "$SCRATCH/calamine")"
  for tool in 1 2 calamine; do
    read -r w c m <<< "$(stats "$SCRATCH/$tool")"
    name=$([ "$tool" = calamine ] && echo "python-calamine (one process)" || echo "PlanSheet -j $tool")
    awk -v n="$count" -v t="$name" -v w="$w" -v c="$c" -v m="$m" -v cw="$cw" -v cc="$cc" \
      'BEGIN { printf "| %d | %s | %s | %s | %s | %.2fx | %.2fx |\n", n, t, w, c, m, w / cw, c / cc }'
  done
done
echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); median of $RUNS paired runs; ratio = PlanSheet / python-calamine (below 1: PlanSheet faster)"
