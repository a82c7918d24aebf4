# Sourced by the render scripts (render-report.sh, render-workbooks.sh): installs what is missing
# and finds the plansheet binary.
#   need_packages COMMAND:PACKAGE... PACKAGE...   an entry with a colon is installed when COMMAND is
#                                                 missing, one without when the package is not installed
#   plansheet_binary                              prints $PLANSHEET_BIN, or builds and prints the debug binary

need_packages() {
  local sudo="" missing=() item
  [ "$(id -u)" = 0 ] || sudo="sudo"
  for item in "$@"; do
    if [[ "$item" == *:* ]]; then
      command -v "${item%%:*}" >/dev/null 2>&1 || missing+=("${item#*:}")
    else
      dpkg-query -W -f='${Status}' "$item" 2>/dev/null | grep -q "install ok installed" || missing+=("$item")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "$(basename "$0"): installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

plansheet_binary() {
  if [ -n "${PLANSHEET_BIN:-}" ]; then echo "$PLANSHEET_BIN"; return; fi
  swift build --product plansheet >&2
  echo "$(swift build --show-bin-path)/plansheet"
}
