#!/usr/bin/env bash
# How PlanSheet's read time and memory grow with the size of one sheet: every bench shape
# (wide, strings, numbers; Scripts/gen_bench_workbook.py) at 1M and 10M cells (or the sizes
# given), converted to CSV by the release build; wall and CPU seconds (medians) and peak RSS.
#
#   Scripts/bench-growth.sh [CELLS ...]      (default: 1000000 10000000)
#   BENCH_RUNS=N (default 3), BENCH_GROWTH_DIR=DIR (workbooks kept there; default /tmp/plansheet-bench-growth)
#   BENCH_GROWTH_INLINE=1: workbooks with inline strings (XlsxWriter's constant_memory mode, the only
#   way it writes 10M cells without holding them all: gigabytes otherwise), so no shared-string table
# The 10M-cell workbooks take XlsxWriter a few minutes each to write, once.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_GROWTH_DIR:-/tmp/plansheet-bench-growth}
runs=${BENCH_RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000 10000000)
mkdir -p "$work"
suffix="" inline=()
[ "${BENCH_GROWTH_INLINE:-0}" = 1 ] && suffix=_inline inline=(--inline-strings)
swift build -c release --product plansheet >/dev/null
plansheet=$PWD/.build/release/plansheet

echo "bench-growth, $(date -u +%Y-%m-%d\ %H:%M) UTC: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); median of $runs runs"
echo "| shape${suffix} | cells | file MB | wall s | CPU s | peak RSS MB | CPU s per 1M cells |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for shape in wide strings numbers; do
  for cells in "${sizes[@]}"; do
    book=$work/${shape}_${cells}${suffix}.xlsx
    [ -f "$book" ] || python3 Scripts/gen_bench_workbook.py "$book" "$cells" --shape "$shape" "${inline[@]}"
    walls=() cpus=() peak=0
    for ((k = 0; k < runs; k++)); do
      read -r wall user system rss < <(/usr/bin/time -f "%e %U %S %M" "$plansheet" convert "$book" --to csv 2>&1 >/dev/null | tail -1)
      walls+=("$wall")
      cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
      (( rss > peak )) && peak=$rss
    done
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    awk -v s="$shape" -v c="$cells" -v f="$(stat -c %s "$book")" -v w="$wall" -v u="$cpu" -v p="$peak" 'BEGIN {
      printf "| %s | %d | %.1f | %.2f | %.2f | %.1f | %.2f |\n", s, c, f / 1048576, w, u, p / 1024, u / (c / 1e6) }'
  done
done
