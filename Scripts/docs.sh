#!/usr/bin/env bash
# Builds the DocC documentation of the libraries (SharedText and the four) and fails on any warning: a broken symbol
# link, an unresolved article, a missing image, or a public declaration without a doc comment.
#   bash Scripts/docs.sh                 # every library module
#   bash Scripts/docs.sh PlanIO          # one module
# Archives land in .build/plugins/Swift-DocC/outputs/MODULE.doccarchive.
# The articles are Docs/*.md, linked into each Sources/MODULE/MODULE.docc (one copy, the one in Docs/).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(SharedText XLSX PlanModel PlanDiff PlanIO)

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=()
for module in "${modules[@]}"; do
  echo "docs: $module"
  log="$logs/$module.log"
  # --warnings-as-errors makes docc exit non-zero; the grep also catches a docc warning that did not
  # (compiler output before "Building documentation" is the build's business, not this check's).
  if ! swift package generate-documentation --target "$module" --warnings-as-errors >"$log" 2>&1 \
     || sed -n '/^Building documentation for/,$p' "$log" | grep -qE '(^|[^a-z])(warning|error):'; then
    grep -E -A12 '(warning|error):' "$log" >&2 || tail -40 "$log" >&2
    failed+=("$module")
    continue
  fi
  # Public API without a doc comment: declarations in Sources/ (synthesised and inherited members
  # have no source location) that the symbol graph shows with no docComment.
  symbols=$(find .build -path "*/extracted-symbols/*/$module/*.symbols.json")
  # shellcheck disable=SC2086
  if ! python3 - $symbols <<'PY'
import json, sys
missing = []
for path in sys.argv[1:]:
    for symbol in json.load(open(path, encoding="utf-8"))["symbols"]:
        location = symbol.get("location")
        if symbol.get("accessLevel") in ("public", "open") and location and "docComment" not in symbol:
            file = location["uri"].split("/Sources/")[-1]
            missing.append(f"Sources/{file}:{location['position']['line'] + 1}: warning: "
                           f"{'.'.join(symbol['pathComponents'])} is public and has no doc comment")
if missing:
    print("\n".join(sorted(set(missing))), file=sys.stderr)
sys.exit(1 if missing else 0)
PY
  then
    failed+=("$module")
    continue
  fi
  echo "docs: $module built without warnings (.build/plugins/Swift-DocC/outputs/$module.doccarchive)"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "docs: warnings in ${failed[*]}" >&2
  exit 1
fi
