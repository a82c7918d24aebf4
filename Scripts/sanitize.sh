#!/usr/bin/env bash
# Runs the XLSX reader and writer tests under AddressSanitizer with LeakSanitizer on.
#
#   Scripts/sanitize.sh                 # XLSXTests
#   Scripts/sanitize.sh plansheetTests  # another filter
#
# Builds into .build-asan (kept apart from the normal build). Any ASan or LSan report
# fails the run: the sanitizers abort the test process with a non-zero status, and the
# log is also searched for report headers in case a report came from a child process.
set -euo pipefail
cd "$(dirname "$0")/.."
FILTER=${1:-^XLSXTests\.}
LOG=.build-asan/sanitize-$(echo "$FILTER" | tr -cd "[:alnum:]").log
mkdir -p .build-asan
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Scripts/lsan.supp:print_suppressions=0}
set +e
nice -n 10 swift test -Xswiftc -sanitize=address --scratch-path .build-asan --filter "$FILTER" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e
if grep -qE '^==[0-9]+==ERROR: (AddressSanitizer|LeakSanitizer)' "$LOG"; then
    echo "sanitize.sh: sanitizer report in $LOG" >&2
    exit 1
fi
[ "$status" -eq 0 ] || { echo "sanitize.sh: tests failed (exit $status), see $LOG" >&2; exit "$status"; }
echo "sanitize.sh: $FILTER clean under AddressSanitizer and LeakSanitizer" >&2
