#!/usr/bin/env bash
# Times `plansheet convert --to csv` (release build) against python-calamine and fastexcel
# converting the same generated workbook to CSV, with the floor of this stack measured in the same run
# (zlib inflating the sheet XML; zlib + libxml2 SAX doing nothing per event), and peak memory.
#
# Usage: Scripts/bench-read.sh [CELLS ...]     (default: 1000000 5000000)
#   BENCH_RUNS=N   runs per measurement (median reported; default 5)
#   BENCH_DIR=DIR  where workbooks are generated and kept (default /tmp/plansheet-bench)
# Needs: python3 with xlsxwriter, python-calamine, fastexcel and pyarrow (Scripts/setup.sh installs them), /usr/bin/time.
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

cat >"$work/fastexcel_csv.py" <<'PY'
import sys
import fastexcel
import pyarrow.csv
table = fastexcel.read_excel(sys.argv[1]).load_sheet(0, header_row=None).to_arrow()
pyarrow.csv.write_csv(table, sys.argv[2])
PY

# Median CPU time (user + system; steadier than wall time on a shared machine) of a
# command over $runs runs, in seconds; BENCH_CLOCK=wall measures wall time instead.
median() {
    local times=()
    for _ in $(seq "$runs"); do
        times+=("$(/usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1 | awk -v clock="${BENCH_CLOCK:-cpu}" '{print (clock == "wall") ? $1 : $2 + $3}')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Peak resident memory of a command, in MB.
peak_mb() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.1f", $6/1024}'
}

ratio() { python3 -c "print(f'{$1 / $2:.2f}x')"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1 /proc/loadavg); $runs runs, medians of ${BENCH_CLOCK:-cpu} seconds"
printf '%-9s %7s | %9s %9s %9s %10s %11s | %8s %8s %8s | %7s %7s %7s %9s\n' cells xml_MB inflate_s sax_s plansheet calamine_s fastexcel_s vs_cal vs_fast vs_floor ps_MB cal_MB fast_MB ps_inl_MB
for cells in "${sizes[@]}"; do
    book="$work/bench-$cells.xlsx"
    inline="$work/bench-$cells-inline.xlsx"
    [ -f "$book" ] || python3 Scripts/gen_bench_workbook.py "$book" "$cells"
    [ -f "$inline" ] || python3 Scripts/gen_bench_workbook.py "$inline" "$cells" --inline-strings
    xml_mb=$(python3 -c "import zipfile,sys; print(round(zipfile.ZipFile(sys.argv[1]).getinfo('xl/worksheets/sheet1.xml').file_size/1048576))" "$book")
    inflate=$(median "$plansheet" scan "$book" --stage inflate)
    sax=$(median "$plansheet" scan "$book" --stage parse)
    ours=$(median "$plansheet" convert "$book" --to csv -o "$work/out.csv" --force)
    theirs=$(median python3 "$work/calamine_csv.py" "$book" "$work/out-calamine.csv")
    fast=$(median python3 "$work/fastexcel_csv.py" "$book" "$work/out-fastexcel.csv")
    our_mem=$(peak_mb "$plansheet" convert "$book" --to csv -o "$work/out.csv" --force)
    their_mem=$(peak_mb python3 "$work/calamine_csv.py" "$book" "$work/out-calamine.csv")
    fast_mem=$(peak_mb python3 "$work/fastexcel_csv.py" "$book" "$work/out-fastexcel.csv")
    inline_mem=$(peak_mb "$plansheet" convert "$inline" --to csv -o "$work/out.csv" --force)
    printf '%-9s %7s | %9.3f %9.3f %9.3f %10.3f %11.3f | %8s %8s %8s | %7s %7s %7s %9s\n' "$cells" "$xml_mb" "$inflate" "$sax" "$ours" \
        "$theirs" "$fast" "$(ratio "$theirs" "$ours")" "$(ratio "$fast" "$ours")" "$(ratio "$ours" "$sax")" \
        "$our_mem" "$their_mem" "$fast_mem" "$inline_mem"
done
cat <<'TXT'
vs_cal, vs_fast = python-calamine / fastexcel (to_arrow + pyarrow CSV) time over plansheet time (higher is better for plansheet)
vs_floor = plansheet time / (inflate + SAX parse doing nothing) time (1.00x would be the floor)
ps_MB, cal_MB, fast_MB = peak RSS converting the shared-strings workbook (the string table grows with unique strings);
ps_inl_MB = peak RSS of plansheet on the same data written with inline strings (no table): flat in rows.
TXT

# Many small files: 200 department workbooks (500 rows x 10 columns each) to CSV, PlanSheet
# with 1 and 2 workers against python-calamine converting them all in one Python process.
batch="$work/batch-200"
if [ ! -d "$batch/in" ]; then
    mkdir -p "$batch/in"
    python3 Scripts/gen_bench_workbook.py "$batch/dept.xlsx" 5000
    for i in $(seq -w 1 200); do cp "$batch/dept.xlsx" "$batch/in/dept-$i.xlsx"; done
fi
cat >"$work/calamine_batch.py" <<'PY'
import csv, datetime, os, sys
from python_calamine import CalamineWorkbook
source, target = sys.argv[1], sys.argv[2]
os.makedirs(target, exist_ok=True)
for name in sorted(os.listdir(source)):
    rows = CalamineWorkbook.from_path(os.path.join(source, name)).get_sheet_by_index(0).to_python()
    with open(os.path.join(target, name[:-5] + ".csv"), "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        for row in rows:
            writer.writerow([v.isoformat() if isinstance(v, (datetime.date, datetime.time)) else v for v in row])
PY
wall() { BENCH_CLOCK=wall median "$@"; }
one=$(wall "$plansheet" convert "$batch/in" --to csv -o "$batch/out1" --force -j 1)
two=$(wall "$plansheet" convert "$batch/in" --to csv -o "$batch/out2" --force -j 2)
cal=$(wall python3 "$work/calamine_batch.py" "$batch/in" "$batch/out-calamine")
echo
echo "200 files x 5,000 cells to CSV (wall seconds, median): plansheet -j1 $one, -j2 $two, python-calamine (one process) $cal"
echo "files/s: plansheet -j2 $(python3 -c "print(round(200 / $two))"), python-calamine $(python3 -c "print(round(200 / $cal))");" \
     "speed-up vs calamine $(ratio "$cal" "$two"), 1 -> 2 workers $(ratio "$one" "$two")"
