#!/usr/bin/env bash
# The main job, end to end: the reform office receives the departments' submissions
# (Samples/submissions/: the seed's 15 initiatives, in the free-text and the table layout,
# as first adopted and as revised) and turns them into one plan, exports, a validation,
# the diff between the two versions and the progress report. Outputs go to ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build -c release --product plansheet 2>&1 | tail -1
bin="$(swift build -c release --show-bin-path)/plansheet"
out=out
mkdir -p "$out"
title=行財政改革行動計画

echo
echo "== 1. Import the department submissions (both layouts) =="
for version in first-adopted revised; do
  label=$([ "$version" = revised ] && echo R3改定 || echo 当初)
  for layout in free-text table; do
    echo "-- Samples/submissions/$version/$layout"
    "$bin" import "Samples/submissions/$version/$layout" --title "$title" --version "$label" \
      -o "$out/$version-$layout.json" --force
  done
done

echo
echo "== 2. Both layouts give the same plan (texts and source cells aside) =="
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
def semantic(path):
    plan = json.load(open(path, encoding="utf-8"))
    for initiative in plan["initiatives"]:
        initiative["source"] = None
        for indicator in initiative["indicators"]:
            for item in indicator["targets"] + indicator["actuals"]:
                item["text"] = ""
    return plan
for version in ["first-adopted", "revised"]:
    same = semantic(f"{out}/{version}-free-text.json") == semantic(f"{out}/{version}-table.json")
    expected = all(json.load(open(f"{out}/{version}-{layout}.json", encoding="utf-8")) ==
                   json.load(open(f"Samples/expected/{version}-{layout}.json", encoding="utf-8"))
                   for layout in ["free-text", "table"])
    print(f"{version}: free-text == table: {same}; equal to Samples/expected: {expected}")
    if not (same and expected):
        sys.exit(1)
PY

echo
echo "== 3. The revised plan =="
python3 - "$out/revised-free-text.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
initiatives = plan["initiatives"]
on_track = sum(1 for i in initiatives if i["status"] == "onTrack")
print(f"{plan['title']} ({plan['version']}): {len(initiatives)} 取組, 順調 {on_track}, 遅れ {len(initiatives) - on_track}")
for i in initiatives:
    mark = "順調" if i["status"] == "onTrack" else "遅れ"
    print(f"  {i['id']:4} {mark}  {i['department']:8} {i['title']}")
    for indicator in i["indicators"]:
        for t in indicator["targets"]:
            if t["revisedFrom"] is not None:
                print(f"           revised: {indicator['name']} FY{t['fiscalYear']} {t['revisedFrom']:g} → {t['value']:g}")
PY

echo
echo "== 4. Exports: consolidated workbook, long-form CSV (UTF-8 with BOM, CP932), JSON Lines =="
"$bin" import Samples/submissions/revised/free-text --title "$title" --version R3改定 --quiet \
  --format xlsx -o "$out/行動計画_R3改定.xlsx" --force
"$bin" import Samples/submissions/revised/table --quiet --format csv --encoding utf8-bom -o "$out/revised-long.csv" --force
"$bin" import Samples/submissions/revised/table --quiet --format csv --encoding cp932 -o "$out/revised-long-cp932.csv" --force
"$bin" import Samples/submissions/revised/table --quiet --format jsonl -o "$out/revised.jsonl" --force
"$bin" import "$out/行動計画_R3改定.xlsx" --quiet -o "$out/roundtrip.json" --force
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
strip = lambda p: [dict(i, source=None) for i in json.load(open(p, encoding="utf-8"))["initiatives"]]
print("consolidated workbook imports back to the same plan:", strip(f"{out}/roundtrip.json") == strip(f"{out}/revised-free-text.json"))
print("CP932 CSV decodes to the UTF-8 CSV:",
      open(f"{out}/revised-long-cp932.csv", encoding="cp932", newline="").read()
      == open(f"{out}/revised-long.csv", encoding="utf-8-sig", newline="").read())
PY
ls -l "$out"

echo
echo "== 5. Validate =="
"$bin" validate Samples/submissions/revised/table

echo
echo "== 6. What the revision changed (plansheet diff) =="
"$bin" diff "$out/first-adopted-free-text.json" "$out/revised-free-text.json" || true

echo
echo "== 7. The progress report (plansheet report) =="
"$bin" report "$out/revised-free-text.json" --previous "$out/first-adopted-free-text.json" -o "$out/report.html" --force
echo "wrote $out/report.html"
echo
echo "Outputs are in ./$out/"
