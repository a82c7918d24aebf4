#!/usr/bin/env bash
# Bulk runs: time and peak memory of `plansheet convert` over 200 … 10,000 small department
# files, against python-calamine converting the same files in one process, paired (the two run
# back to back, alternating), medians of RUNS runs. Docs/BULK.md carries the table it prints.
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
  if [ "$tool" = plansheet ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$SCRATCH/time" "$PLANSHEET" convert "$folder" --to csv -o "$SCRATCH/out" \
      --max-files 1000000 >/dev/null 2>&1
  else
    /usr/bin/time -f "%e %U %S %M" -o "$SCRATCH/time" python3 "$TOOLS" calamine-files "$folder" "$SCRATCH/out" >/dev/null 2>&1
  fi
  awk '{ printf "%s %.2f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$SCRATCH/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| files | PlanSheet wall s | CPU s | peak MB | python-calamine wall s | CPU s | peak MB | wall ratio | CPU ratio |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for count in "${COUNTS[@]}"; do
  folder=$WORK/departments-$count
  if [ "$(find "$folder" -name '*.xlsx' 2>/dev/null | wc -l)" != "$count" ]; then
    rm -rf "$folder"; mkdir -p "$folder"
    for ((i = 0; i < count; i++)); do cp "$WORK/departments/dept$(printf %03d $((i % 200))).xlsx" "$folder/dept$(printf %05d "$i").xlsx"; done
  fi
  : > "$SCRATCH/ps"; : > "$SCRATCH/py"
  for ((k = 0; k < RUNS; k++)); do
    once plansheet "$folder" >> "$SCRATCH/ps"
    once calamine "$folder" >> "$SCRATCH/py"
  done
  psw=$(cut -d' ' -f1 "$SCRATCH/ps" | median); psc=$(cut -d' ' -f2 "$SCRATCH/ps" | median); psm=$(cut -d' ' -f3 "$SCRATCH/ps" | sort -n | tail -1)
  pyw=$(cut -d' ' -f1 "$SCRATCH/py" | median); pyc=$(cut -d' ' -f2 "$SCRATCH/py" | median); pym=$(cut -d' ' -f3 "$SCRATCH/py" | sort -n | tail -1)
  awk -v n="$count" -v a="$psw" -v b="$psc" -v c="$psm" -v d="$pyw" -v e="$pyc" -v f="$pym" \
    'BEGIN { printf "| %d | %s | %s | %s | %s | %s | %s | %.2fx | %.2fx |\n", n, a, b, c, d, e, f, a / d, b / e }'
done
echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); median of $RUNS paired runs; ratio = PlanSheet / python-calamine (below 1: PlanSheet faster)"
