#!/bin/sh
# Saves XLSX workbooks through LibreOffice as legacy Excel (.xls, BIFF8) and OpenDocument (.ods),
# the two formats departments still send, so the readers can be checked against the XLSX originals.
#
#   Scripts/make-legacy-corpus.sh OUT_DIR FILE.xlsx...     convert the named workbooks into OUT_DIR
#   Scripts/make-legacy-corpus.sh                          regenerate the committed fixtures:
#       Samples/submissions/first-adopted/{table,free-text}/*.xlsx -> Tests/PlanIOTests/Fixtures/legacy/<layout>/
#       the table somu.xlsx with a hidden row, column and sheet (Fixtures/legacy/build_hidden_submission.py,
#       openpyxl) -> Tests/PlanIOTests/Fixtures/legacy/hidden/somu.{xlsx,xls,ods}
#       the unseen varied layout (Fixtures/build_unseen_layouts.py: percents, hidden row and column, legend)
#           -> .../legacy/varied/varied.{xlsx,xls,ods}
#       a workbook of common formulas (Fixtures/legacy/build_formula_workbook.py) -> .../legacy/formulas/formulas.{xlsx,xls,ods}
#
# Needs soffice (LibreOffice). Each output keeps its input's base name: somu.xlsx -> somu.xls, somu.ods.
set -eu
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "make-legacy-corpus: soffice (LibreOffice) not found" >&2; exit 2; }

convert() { # OUT_DIR FILE...
    out=$1; shift
    mkdir -p "$out"
    # A private profile: a LibreOffice the user has open does not block or alter the conversion.
    profile=$(mktemp -d)
    for filter in 'xls:MS Excel 97' 'ods:calc8'; do
        soffice -env:UserInstallation=file://"$profile" --headless --calc --convert-to "$filter" --outdir "$out" "$@" >/dev/null
    done
    rm -rf "$profile"
}

if [ $# -ge 2 ]; then
    out=$1; shift
    convert "$out" "$@"
else
    for layout in table free-text; do
        convert "Tests/PlanIOTests/Fixtures/legacy/$layout" Samples/submissions/first-adopted/$layout/*.xlsx
    done
    hidden=Tests/PlanIOTests/Fixtures/legacy/hidden
    mkdir -p "$hidden"
    python3 Tests/PlanIOTests/Fixtures/legacy/build_hidden_submission.py Samples/submissions/first-adopted/table/somu.xlsx "$hidden/somu.xlsx"
    convert "$hidden" "$hidden/somu.xlsx"
    formulas=Tests/PlanIOTests/Fixtures/legacy/formulas
    mkdir -p "$formulas"
    python3 Tests/PlanIOTests/Fixtures/legacy/build_formula_workbook.py "$formulas/formulas.xlsx"
    convert "$formulas" "$formulas/formulas.xlsx"
    varied=Tests/PlanIOTests/Fixtures/legacy/varied
    mkdir -p "$varied"
    build=$(mktemp -d)
    python3 Tests/PlanIOTests/Fixtures/build_unseen_layouts.py "$build" >/dev/null
    cp "$build/openpyxl/varied.xlsx" "$varied/varied.xlsx"
    rm -rf "$build"
    convert "$varied" "$varied/varied.xlsx"
fi
