#!/usr/bin/env bash
# Renders the progress report of the Samples (the seed's 15 initiatives, revised plan
# against the first-adopted one) to HTML and photographs it with headless Chromium:
#   Docs/report.png   (what the README shows)
# Usage: Scripts/render-report.sh [OUT.png]   (PLANSHEET_BIN=… to use a built binary)
set -euo pipefail
cd "$(dirname "$0")/.."
out_png="${1:-Docs/report.png}"

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
have_pkg fonts-noto-cjk || need+=(fonts-noto-cjk)   # without it Japanese renders as boxes
if [ ${#need[@]} -gt 0 ]; then
  echo "render-report: installing ${need[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

bin="${PLANSHEET_BIN:-}"
if [ -z "$bin" ]; then
  swift build --product plansheet >&2
  bin="$(swift build --show-bin-path)/plansheet"
fi

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
