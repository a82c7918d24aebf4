#!/usr/bin/env bash
# Prints the workbooks PlanSheet writes for people through LibreOffice, to check that they
# read like documents (landscape, fitted to the page width, the header on every page, rows
# tall enough for their wrapped text):
#   Docs/consolidated.png     page 1 of `plansheet import Samples/submissions/revised/table --format xlsx`
#   Docs/report-workbook.png  page 1 of the report workbook's 主な成果 sheet
#                             (`plansheet report … --format xlsx`)
# Usage: Scripts/render-workbooks.sh [OUTDIR]   (default Docs; PLANSHEET_BIN=… to use a built binary)
# KEEP_PDF=DIR keeps the PDFs (every page) in DIR for a closer look.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-Docs}"

. Scripts/render-setup.sh
# fonts-noto-cjk: without it Japanese prints as boxes.
need_packages soffice:libreoffice-calc pdftoppm:poppler-utils fonts-noto-cjk
bin="$(plansheet_binary)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdfs="${KEEP_PDF:-$work/pdf}"
mkdir -p "$out" "$pdfs"
"$bin" import Samples/submissions/revised/table --title 行財政改革行動計画 --version R3改定 --format xlsx \
  -o "$work/consolidated.xlsx" 2>/dev/null
"$bin" report Samples/plans/revised.json --previous Samples/plans/first-adopted.json --format xlsx \
  -o "$work/report-workbook.xlsx"

# LibreOffice prints every sheet of a workbook into one PDF, sheets in order.
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$pdfs" \
  "$work/consolidated.xlsx" "$work/report-workbook.xlsx" >/dev/null 2>&1

# The consolidated workbook starts with 取組一覧; the report workbook with 概要 (one page), then 主な成果.
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$pdfs/consolidated.pdf" "$out/consolidated"
pdftoppm -png -r 110 -f 2 -l 2 -singlefile "$pdfs/report-workbook.pdf" "$out/report-workbook"
for pdf in "$pdfs/"*.pdf; do
  echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages" >&2
done
echo "wrote $out/consolidated.png and $out/report-workbook.png" >&2
