#!/usr/bin/env bash
# Plans every case of the localization dev set with the offline engine and lints each plan against its own snapshot:
# the findings a user would see if they linted what `groundplan plan` wrote. Prints findings per rule and the
# number of plans with any finding; plans and lint reports stay in OUT.
# Usage: bench/plan/lint.sh [DEV_JSON] [SNAPSHOTS_DIR] [OUT_DIR]; FORMAT=spec|checklist|blueprint (default spec).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dev="${1:-/work/shared/bench/dev.json}"
snapshots="${2:-/tmp/locbench/SNAPSHOTS}"
out="${3:-/tmp/groundplan-plan-lint}"
format="${FORMAT:-spec}"
mkdir -p "$out"
dotnet build "$root/src/Groundplan.Cli" -c Release -o "$out/bin" -v q -nologo >/dev/null
dll="$out/bin/Groundplan.Cli.dll"
python3 -c "
import json, sys
for c in json.load(open(sys.argv[1]))['cases']:
    print(c['id'] + '\t' + ' '.join(c['request'].split()))
" "$dev" | while IFS=$'\t' read -r id request; do
  dotnet "$dll" plan --repo "$snapshots/$id" --request "$request" --format "$format" --out "$out/$id.md" --force >/dev/null 2>&1 \
    || { echo "plan failed: $id" >&2; continue; }
  # lint exits 1 when it reports errors; the report is what is counted
  dotnet "$dll" lint "$out/$id.md" --repo "$snapshots/$id" > "$out/$id.lint" 2>&1 || true
done
echo "findings per rule ($format plans):"
grep -hoE "  GP[0-9]+  " "$out"/*.lint | sort | uniq -c | sort -rn || true
echo "plans with any finding: $(grep -lE "  GP[0-9]+  " "$out"/*.lint | wc -l) of $(ls "$out"/*.md | wc -l)"
