#!/usr/bin/env bash
# Writes the small bench-shape workbooks the output-digest test converts in the default run
# (3,000 cells each of Scripts/gen_bench_workbook.py's wide, strings and numbers shapes).
set -euo pipefail
cd "$(dirname "$0")"
for shape in wide strings numbers; do
  python3 ../../../Scripts/gen_bench_workbook.py "$shape-shape.xlsx" 3000 --shape "$shape"
done
