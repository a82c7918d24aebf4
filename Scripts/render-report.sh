#!/usr/bin/env bash
# Renders the progress report of the Samples (the seed's 15 initiatives, revised plan
# against the first-adopted one) to HTML and photographs it with headless Chromium:
#   Docs/report.png   (what the README shows)
# Usage: Scripts/render-report.sh [OUT.png]   (PLANSHEET_BIN=… to use a built binary)
set -euo pipefail
cd "$(dirname "$0")/.."
out_png="${1:-Docs/report.png}"

. Scripts/render-setup.sh
need_packages chromium:chromium fonts-noto-cjk   # without fonts-noto-cjk Japanese renders as boxes
bin="$(plansheet_binary)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" report Samples/plans/revised.json --previous Samples/plans/first-adopted.json -o "$work/report.html"

mkdir -p "$(dirname "$out_png")"
# Chromium's own profile goes to the scratch folder; its D-Bus complaints are noise on a headless box.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1200,2000 --screenshot="$out_png" "file://$work/report.html" 2>/dev/null
size=$(stat -c %s "$out_png")
echo "render-report: $out_png ($size bytes)"
if [ "$size" -ge 1048576 ]; then
  echo "render-report: warning: $out_png is 1 MB or more; do not commit it as is" >&2
fi
