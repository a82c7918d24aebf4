#!/usr/bin/env bash
# How PlanSheet's time and memory grow with the size of one sheet, reading and writing, every
# bench shape (wide, strings, numbers; Scripts/gen_bench_workbook.py) at 1M and 10M cells (or the
# sizes given): wall and CPU seconds (medians of BENCH_RUNS) and peak RSS (the highest), release build.
#
#   Scripts/bench-growth.sh [CELLS ...]      (default: 1000000 10000000)
#   BENCH_RUNS=N (default 3); BENCH_GROWTH_DIR=DIR (workbooks and CSVs kept there; default
#   /tmp/plansheet-bench-growth); BENCH_GROWTH_JOBS="read-shared read-inline write-csv write-generated"
#   (the default: all four) to run only some.
#
# Jobs, each a whole process under /usr/bin/time:
#   read-shared      convert --to csv of a workbook with a shared-string table, as Excel writes it
#                    (Scripts/gen_sst_workbook.py streams gen_bench_workbook.py's cells: t="s" cells,
#                    <sst count uniqueCount>; strings_10m's table is 9M strings, 250 MB of text)
#   read-inline      the same cells with inline strings (XlsxWriter's constant_memory mode): no table
#   write-csv        convert --to xlsx of the CSV that read-shared wrote (the same cells back)
#   write-generated  benchmark-write --rows CELLS/10 (Scripts/bench-write.sh's workload, no input file)
# Generating the 10M-cell workbooks takes a few minutes each (XlsxWriter's inline ones the longest), once.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_GROWTH_DIR:-/tmp/plansheet-bench-growth}
runs=${BENCH_RUNS:-3}
jobs=${BENCH_GROWTH_JOBS:-read-shared read-inline write-csv write-generated}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000 10000000)
mkdir -p "$work"
swift build -c release --product plansheet >/dev/null
plansheet=$PWD/.build/release/plansheet
scratch=$(mktemp -d "${TMPDIR:-/tmp}/plansheet-bench-growth-run.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

wants() { [[ " $jobs " == *" $1 "* ]]; }

# measure JOB SHAPE CELLS INPUT COMMAND...: runs the command `runs` times and prints its table line.
measure() {
  local job=$1 shape=$2 cells=$3 input=$4 k wall user system rss
  shift 4
  local walls=() cpus=() peak=0
  for ((k = 0; k < runs; k++)); do
    read -r wall user system rss < <(/usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null | tail -1)
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
    ((rss > peak)) && peak=$rss
  done
  local size=0
  [ -n "$input" ] && size=$(stat -c %s "$input")
  awk -v j="$job" -v s="$shape" -v c="$cells" -v f="$size" -v p="$peak" \
    -v w="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    -v u="$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" '
    function commas(n,  t) { t = sprintf("%d", n); while (t ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", t); return t }
    BEGIN {
      printf "| %s | %s | %s | %s | %.2f | %.2f | %.1f | %.2f |\n", j, s, commas(c), (f > 0 ? sprintf("%.1f", f / 1048576) : "—"), w, u, p / 1024, u / (c / 1e6) }'
}

# Workbooks first, so the table's load average is the measuring's own.
for shape in wide strings numbers; do
  for cells in "${sizes[@]}"; do
    shared=$work/${shape}_${cells}_sst.xlsx inline=$work/${shape}_${cells}_inline.xlsx
    if wants read-shared || wants write-csv; then
      [ -f "$shared" ] || python3 Scripts/gen_sst_workbook.py "$shared" "$cells" --shape "$shape"
    fi
    if wants read-inline; then
      [ -f "$inline" ] || python3 Scripts/gen_bench_workbook.py "$inline" "$cells" --shape "$shape" --inline-strings
    fi
    if wants write-csv; then
      [ -f "$work/${shape}_${cells}.csv" ] || "$plansheet" convert "$shared" --to csv -o "$work/${shape}_${cells}.csv"
    fi
  done
done

echo "bench-growth, $(date -u +%Y-%m-%d\ %H:%M) UTC: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); median of $runs runs, peak = highest"
echo "| job | shape | cells | input MB | wall s | CPU s | peak RSS MB | CPU s per 1M cells |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for shape in wide strings numbers; do
  for cells in "${sizes[@]}"; do
    if wants read-shared; then
      measure "read, shared strings → CSV" "$shape" "$cells" "$work/${shape}_${cells}_sst.xlsx" \
        "$plansheet" convert "$work/${shape}_${cells}_sst.xlsx" --to csv
    fi
    if wants read-inline; then
      measure "read, inline strings → CSV" "$shape" "$cells" "$work/${shape}_${cells}_inline.xlsx" \
        "$plansheet" convert "$work/${shape}_${cells}_inline.xlsx" --to csv
    fi
    if wants write-csv; then
      measure "write CSV → XLSX" "$shape" "$cells" "$work/${shape}_${cells}.csv" \
        "$plansheet" convert "$work/${shape}_${cells}.csv" --to xlsx -o "$scratch/out.xlsx" --force
    fi
  done
done
if wants write-generated; then
  for cells in "${sizes[@]}"; do
    measure "write generated (benchmark-write)" "bench-write" "$cells" "" \
      "$plansheet" benchmark-write --rows $((cells / 10)) -o "$scratch/generated.xlsx" --force
  done
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
