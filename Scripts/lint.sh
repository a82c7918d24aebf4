#!/usr/bin/env bash
# swift-format (it ships with the toolchain) in lint mode over every Swift folder, with the
# repository's .swift-format; --strict makes every finding an error, so the exit code says it.
#   bash Scripts/lint.sh                          # check
#   find Sources Tests Benchmarks Fuzz -name '*.swift' -not -path '*.docc/*' | xargs swift format format --in-place   # fix what the pretty printer can
set -euo pipefail
cd "$(dirname "$0")/.."
# The code files of the DocC tutorials (Sources/*/*.docc/Resources) keep the README example's
# aligned comments, as the README shows them; ReadmeExampleTests checks them against the tested code.
find Sources Tests Benchmarks Fuzz -name '*.swift' -not -path '*.docc/*' -not -path '*/.build/*' -print0 | sort -z \
  | xargs -0 swift format lint --strict --parallel
echo "lint: clean"
