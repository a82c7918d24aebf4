#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a given number of seconds.
#
#   Scripts/fuzz.sh 120            # every target, 120 s each, one after the other
#   Scripts/fuzz.sh 600 zip parts  # only these targets
#   FUZZ_BUILD_ONLY=1 Scripts/fuzz.sh
#
# Targets compile the module sources directly with `swiftc -sanitize=fuzzer,address`
# (Fuzz/ is not a SwiftPM target, so normal builds are unaffected), optimized as
# `swift build -c release` builds the shipped binary: -O with whole-module
# optimization, overflow and bounds checks on. The script refuses to run while
# Package.swift passes unsafe flags (such as -Ounchecked), since the fuzzed code would
# then not be the code users run. SharedText (the text rules below XLSX and PlanModel) is
# built as a module first and linked into every target; the plan-level targets (importer,
# merged, report) build XLSX, PlanModel and PlanDiff as modules too, then PlanIO with the target. Corpora grow in
# .build-fuzz/corpus/TARGET, seeded from ../shared/corpus (real + malformed), the
# test inputs and earlier regressions. A crash input is copied to
# Tests/Fixtures/fuzz-regressions/TARGET-<hash>; FuzzRegressionTests replays every
# file there through the reader, so it stays a test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-60}
shift || true
ALL_TARGETS=(zip workbook parts expression csv cfb biff ods importer merged report)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
SWIFTC=${SWIFTC:-swiftc}
OUT=$ROOT/.build-fuzz
REGRESSIONS=$ROOT/Tests/Fixtures/fuzz-regressions
SHARED_CORPUS=${SHARED_CORPUS:-$ROOT/../shared/corpus}
mkdir -p "$OUT/bin" "$OUT/modules" "$REGRESSIONS"

if grep -n 'unsafeFlags' Package.swift >&2; then
    echo "fuzz.sh: Package.swift passes unsafe flags: the release binary is not what the fuzzers build; remove them first" >&2
    exit 2
fi

XML_CFLAGS=$(pkg-config --cflags libxml-2.0 zlib)
XML_LIBS=$(pkg-config --libs libxml-2.0 zlib)
CCFLAGS=()
for flag in $XML_CFLAGS; do CCFLAGS+=(-Xcc "$flag"); done
COMMON=(-sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -wmo -g
        -I "$ROOT/Sources/CZlib" -I "$ROOT/Sources/CLibXML2" "${CCFLAGS[@]}" $XML_LIBS)

xlsx_sources() { find Sources/XLSX -name '*.swift' | sort; }
module_sources() { find "Sources/$1" -name '*.swift' | sort; }

# A library module as an object file and a .swiftmodule in $OUT/modules, for the plan-level targets.
build_module() {
    local module=$1 object=$OUT/modules/$1.o
    if [ -f "$object" ] && [ -z "$(find $(module_sources "$module") -newer "$object" | head -1)" ]; then return 0; fi
    echo "fuzz.sh: building module $module" >&2
    # shellcheck disable=SC2046
    nice -n 10 "$SWIFTC" "${COMMON[@]}" -c -module-name "$module" $(module_sources "$module") -I "$OUT/modules" \
        -emit-module -emit-module-path "$OUT/modules/$module.swiftmodule" -o "$object" 2>"$OUT/build-$module.log" \
        || { cat "$OUT/build-$module.log" >&2; return 1; }
}

# The plan-level targets: PlanIO compiled with the target file, linked to the module objects.
build_planio_target() {
    local target=$1 file=$2 binary=$OUT/bin/fuzz-$1
    build_module SharedText && build_module XLSX && build_module PlanModel && build_module PlanDiff || return 1
    local sources
    sources=$(module_sources PlanIO; echo "$file")
    if [ -x "$binary" ] && [ -z "$(find $sources "$OUT/modules" -newer "$binary" | head -1)" ]; then return 0; fi
    echo "fuzz.sh: building $target" >&2
    # shellcheck disable=SC2086
    # Linked from inside $OUT: the debug-info module swiftc writes beside an executable lands there,
    # not in the repository's root.
    (cd "$OUT" && nice -n 10 "$SWIFTC" "${COMMON[@]}" -module-name PlanIO $(for source in $sources; do echo "$ROOT/$source"; done) \
        -I "$OUT/modules" "$OUT/modules/SharedText.o" "$OUT/modules/XLSX.o" "$OUT/modules/PlanModel.o" "$OUT/modules/PlanDiff.o" \
        -o "$binary") \
        2>"$OUT/build-$target.log" || { cat "$OUT/build-$target.log" >&2; return 1; }
}

build() {
    local target=$1 binary=$OUT/bin/fuzz-$1
    case $target in
        zip)        sources=$(xlsx_sources; echo Fuzz/ZipFuzz.swift); module=XLSX ;;
        workbook)   sources=$(xlsx_sources; echo Fuzz/WorkbookFuzz.swift); module=XLSX ;;
        parts)      sources=$(xlsx_sources; echo Fuzz/PartsFuzz.swift); module=XLSX ;;
        cfb)        sources=$(xlsx_sources; echo Fuzz/CFBFuzz.swift); module=XLSX ;;
        biff)       sources=$(xlsx_sources; echo Fuzz/BIFFFuzz.swift); module=XLSX ;;
        ods)        sources=$(xlsx_sources; echo Fuzz/ODSContentFuzz.swift); module=XLSX ;;
        expression) sources=$(find Sources/PlanModel -name '*.swift' | sort; echo Fuzz/ExpressionFuzz.swift); module=PlanModel ;;
        csv)
            if ! grep -rqs "struct CSVReader" Sources/XLSX; then
                echo "fuzz.sh: csv: no CSV reader in Sources/XLSX yet, skipped" >&2; return 1
            fi
            sources=$(xlsx_sources; echo Fuzz/CSVFuzz.swift); module=XLSX ;;
        importer) build_planio_target importer Fuzz/ImporterFuzz.swift; return ;;
        merged)   build_planio_target merged Fuzz/MergedCellsFuzz.swift; return ;;
        report)   build_planio_target report Fuzz/ReportFuzz.swift; return ;;
        *) echo "fuzz.sh: unknown target $target" >&2; exit 2 ;;
    esac
    build_module SharedText || return 1
    # Rebuild only when a source is newer than the binary.
    if [ -x "$binary" ] && [ -z "$(find $sources "$OUT/modules" -newer "$binary" | head -1)" ]; then return 0; fi
    echo "fuzz.sh: building $target" >&2
    # shellcheck disable=SC2086
    nice -n 10 "$SWIFTC" "${COMMON[@]}" -module-name "$module" $sources -I "$OUT/modules" "$OUT/modules/SharedText.o" \
        -o "$binary" 2>"$OUT/build-$target.log" \
        || { cat "$OUT/build-$target.log" >&2; return 1; }
}

seed() {
    local target=$1 corpus=$OUT/corpus/$1
    mkdir -p "$corpus"
    # Without the shared corpus the seeds come from the repository alone; say so rather than stop.
    [ -d "$SHARED_CORPUS" ] || echo "fuzz.sh: $SHARED_CORPUS not found: $target is seeded from the repository only (set SHARED_CORPUS)" >&2
    [ -n "$(ls -A "$corpus" 2>/dev/null)" ] && return 0
    case $target in
        zip|workbook|importer)
            { find "$SHARED_CORPUS/real" "$SHARED_CORPUS/malformed" Samples Tests/Fixtures -type f \
                \( -name '*.xlsx' -o -name '*.xlsm' \) -size "$([ "$target" = zip ] && echo -2M || echo -300k)" 2>/dev/null || true; } | while read -r file; do
                cp "$file" "$corpus/$(basename "$file")"; done ;;
        cfb)
            { find "$SHARED_CORPUS/legacy" Tests/PlanIOTests/Fixtures/legacy -type f -name '*.xls' -size -300k 2>/dev/null || true; } | while read -r file; do
                cp "$file" "$corpus/$(basename "$file")"; done ;;
        biff|ods)
            # The workbook streams of the .xls files, the content.xml of the .ods files.
            python3 Fuzz/seed_legacy.py "$target" "$corpus" "$SHARED_CORPUS/legacy" Tests/PlanIOTests/Fixtures/legacy ;;
        parts)
            # Each part of each real workbook, prefixed with the selector byte of its parser.
            python3 Fuzz/seed_parts.py "$SHARED_CORPUS/real" Tests/Fixtures/workbooks Samples "$corpus" ;;
        expression)
            python3 Fuzz/seed_expressions.py "$corpus" ;;
        merged)
            # 64 bytes of grid, then merged ranges of four bytes (see Sources/PlanIO/FuzzEntryPoints.swift).
            python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(64)) + bytes([0, 1, 2, 0, 3, 0, 0, 1, 0, 0, 255, 255]))' > "$corpus/grid" ;;
        report)
            find Samples/plans Samples/expected Tests -type f -name '*.json' -size -256k 2>/dev/null | while read -r file; do
                cp "$file" "$corpus/$(basename "$file")"; done ;;
        csv)
            # The first byte selects encoding and separator (see Fuzz/CSVFuzz.swift): 0 = detected, comma.
            find Tests Samples -type f -name '*.csv' -size -256k 2>/dev/null | while read -r file; do
                { printf '\000'; cat "$file"; } > "$corpus/$(basename "$file")"; done
            printf '\000a,b,c\r\n"x ""y""",2,\r\n' > "$corpus/quoted.csv"
            printf '\002\xef\xbb\xbf\xe5\x8f\x96\xe7\xb5\x84,\xe7\x9b\xae\xe6\xa8\x99\n1,2\n' > "$corpus/bom.csv"
            printf '\003\x8e\xe6\x91\x67,\x96\xda\x95\x57\r\n1,2020/4/1\r\n' > "$corpus/cp932.csv" ;;
    esac
    # Earlier crash inputs of this target go back in.
    find "$REGRESSIONS" -name "$target-*" -type f -exec cp {} "$corpus/" \; 2>/dev/null || true
}

run() {
    local target=$1 binary=$OUT/bin/fuzz-$1 corpus=$OUT/corpus/$1 artifacts=$OUT/artifacts/$1/
    # Findings of earlier runs are already kept under Tests/Fixtures/fuzz-regressions.
    rm -rf "$artifacts"
    mkdir -p "$artifacts"
    local dict=()
    [ -f "Fuzz/$target.dict" ] && dict=(-dict="Fuzz/$target.dict")
    echo "fuzz.sh: running $target for ${SECONDS_PER_TARGET}s" >&2
    set +e
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 nice -n 10 "$binary" "$corpus" \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 -rss_limit_mb=1536 -timeout=20 \
        -artifact_prefix="$artifacts" -print_final_stats=1 "${dict[@]}" 2>"$OUT/$target.log"
    local status=$?
    set -e
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE' "$OUT/$target.log" | sed "s/^/$target: /" >&2 || true
    echo "$(date -u +%FT%TZ) $target ${SECONDS_PER_TARGET}s exit=$status $(grep -o 'number_of_executed_units: [0-9]*' "$OUT/$target.log")" >> "$OUT/history.log"
    local found=0
    # Slow units (over 10 s) are reported but not kept: the run's -timeout (20 s) decides what is a hang.
    for crash in "$artifacts"crash-* "$artifacts"leak-* "$artifacts"timeout-* "$artifacts"oom-*; do
        [ -f "$crash" ] || continue
        local name
        name="$target-$(basename "$crash")"
        cp "$crash" "$REGRESSIONS/$name"
        echo "fuzz.sh: $target: FINDING kept as Tests/Fixtures/fuzz-regressions/$name" >&2
        found=1
    done
    return $found
}

failures=0
for target in "${TARGETS[@]}"; do
    build "$target" || continue
    [ -n "${FUZZ_BUILD_ONLY:-}" ] && continue
    seed "$target"
    run "$target" || failures=$((failures + 1))
done
exit $((failures > 0 ? 1 : 0))
