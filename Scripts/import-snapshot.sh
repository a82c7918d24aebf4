#!/usr/bin/env bash
# Records what `plansheet import` and `plansheet inspect --format json` write (stdout, stderr and the
# exit code) for every layout fixture and Samples workbook, one at a time and per Samples folder, so
# that a change meant to be behaviour-neutral (a speed-up) can be checked byte for byte:
#   Scripts/import-snapshot.sh .build/release/plansheet /tmp/before
#   … change, rebuild …
#   Scripts/import-snapshot.sh .build/release/plansheet /tmp/after && diff -r /tmp/before /tmp/after
set -euo pipefail
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
cd "$(dirname "$0")/.."
rm -rf "$out" && mkdir -p "$out"
record() {  # name, command...
    local name=$1; shift
    set +e
    "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.rc"
    set -e
}
inputs=$(find Tests/PlanIOTests/Fixtures/layouts Tests/PlanIOTests/Fixtures/second-opinion Tests/PlanIOTests/Fixtures/third-opinion Samples -name '*.xlsx' | sort)
for file in $inputs; do
    name=$(echo "$file" | tr '/' '_')
    record "$name.import" "$binary" import "$file"
    record "$name.inspect" "$binary" inspect "$file" --format json
    record "$name.inspect-text" "$binary" inspect "$file"
done
for folder in $(find Samples -name '*.xlsx' -exec dirname {} \; | sort -u); do
    name=$(echo "$folder" | tr '/' '_')
    record "$name.folder-import" "$binary" import "$folder"
done
echo "$(ls "$out" | wc -l) files in $out"
