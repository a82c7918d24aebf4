#!/usr/bin/env bash
# Installs what PlanSheet builds and tests with, on a fresh Debian machine.
# Safe to run again: it installs only what is missing.
set -euo pipefail

need_apt=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# libxlsxwriter-dev and time: Scripts/bench-write.sh (libxlsxwriter side by side, peak memory).
for pkg in zlib1g-dev libxml2-dev libxml2-utils pkg-config libxlsxwriter-dev time; do
  have_pkg "$pkg" || need_apt+=("$pkg")
done
if [ "${PLANSHEET_SKIP_LIBREOFFICE:-0}" != 1 ] && ! command -v soffice >/dev/null 2>&1; then
  need_apt+=(libreoffice-calc-nogui)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

python_ok() { python3 -c "import openpyxl, python_calamine" >/dev/null 2>&1; }
if ! python_ok; then
  echo "setup: installing openpyxl and python-calamine" >&2
  python3 -m pip install -q openpyxl python-calamine
fi
# XlsxWriter (workbook generation), fastexcel and pyarrow (readers side by side) for Scripts/bench-read.sh.
if ! python3 -c "import xlsxwriter, fastexcel, pyarrow" >/dev/null 2>&1; then
  echo "setup: installing XlsxWriter, fastexcel and pyarrow" >&2
  python3 -m pip install -q XlsxWriter fastexcel pyarrow
fi
# rust_xlsxwriter for Scripts/bench-write.sh, through its Python binding.
if ! python3 -c "import rustpy_xlsxwriter" >/dev/null 2>&1; then
  echo "setup: installing rustpy-xlsxwriter" >&2
  python3 -m pip install -q rustpy-xlsxwriter
fi
