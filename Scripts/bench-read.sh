#!/usr/bin/env bash
# Times `plansheet convert --to csv` (release build) against python-calamine converting
# the same generated workbook to CSV, and shows peak memory for 1M and 5M cells.
#
# Usage: Scripts/bench-read.sh [CELLS ...]     (default: 1000000 5000000)
# Needs: python3 with xlsxwriter and python-calamine (Scripts/setup.sh installs them), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/plansheet-bench}
mkdir -p "$work"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000 5000000)
runs=${BENCH_RUNS:-5}

swift build -c release --product plansheet >/dev/null
plansheet="$root/.build/release/plansheet"

cat >"$work/calamine_csv.py" <<'PY'
import csv, datetime, sys
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
    writer = csv.writer(fh)
    for row in rows:
        writer.writerow([v.isoformat() if isinstance(v, (datetime.date, datetime.time)) else v for v in row])
PY

# Median wall time of a command over $runs runs, in seconds.
median() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        times+=("$(python3 -c "print($end - $start)")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Peak resident memory of a command, in MB.
peak_mb() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.1f", $6/1024}'
}

printf '%-10s %-12s %12s %12s %8s %14s %14s\n' cells xml_MB plansheet_s calamine_s ratio plansheet_MB calamine_MB
for cells in "${sizes[@]}"; do
    book="$work/bench-$cells.xlsx"
    [ -f "$book" ] || python3 Scripts/gen_bench_workbook.py "$book" "$cells"
    xml_mb=$(python3 -c "import zipfile,sys; print(round(zipfile.ZipFile(sys.argv[1]).getinfo('xl/worksheets/sheet1.xml').file_size/1048576))" "$book")
    ours=$(median "$plansheet" convert "$book" --to csv -o "$work/out.csv" --force)
    theirs=$(median python3 "$work/calamine_csv.py" "$book" "$work/out-calamine.csv")
    ratio=$(python3 -c "print($theirs / $ours)")
    our_mem=$(peak_mb "$plansheet" convert "$book" --to csv -o "$work/out.csv" --force)
    their_mem=$(peak_mb python3 "$work/calamine_csv.py" "$book" "$work/out-calamine.csv")
    printf '%-10s %-12s %12.3f %12.3f %7.2fx %14s %14s\n' "$cells" "$xml_mb" "$ours" "$theirs" "$ratio" "$our_mem" "$their_mem"
done
echo "ratio = python-calamine time / plansheet time (higher is better for plansheet); $runs runs, medians; $(nproc) cores"
