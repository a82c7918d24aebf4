#!/usr/bin/env bash
# Import benchmark: generates N department submissions (table layout, cover sheet, merged cells,
# 20 initiatives × 3 indicators each), imports them one at a time and in parallel on all cores,
# and prints files per second. Usage: Scripts/bench-import.sh [FILES=200] [ROUNDS=3]
# The same binary writes the submissions for other runs (`import-benchmark --write DIR N`) and imports
# a folder one file at a time without timing (`--serial DIR ROUNDS`), for callgrind and for CPU
# seconds of two builds run in turn (Docs/IMPORT.md §6, "Speed").
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -c release --package-path Benchmarks/ImportBenchmark import-benchmark "${1:-200}" "${2:-3}"
