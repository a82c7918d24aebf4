#!/usr/bin/env bash
# swift-format (it ships with the toolchain) in lint mode over every Swift folder, with the
# repository's .swift-format; --strict makes every finding an error, so the exit code says it.
#   bash Scripts/lint.sh                          # check
#   swift format format --in-place --recursive Sources Tests Benchmarks Fuzz   # fix what the pretty printer can
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --parallel --recursive Sources Tests Benchmarks Fuzz
echo "lint: clean"
