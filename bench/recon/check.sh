#!/usr/bin/env bash
# Issue 3 "Measure": run `groundplan recon --repo <dir> --json` on the five benchmark snapshots and print
# its facts next to the ground truth (truth.json), per repository and topic, so a person can count
# right / unknown / wrong. Also times recon against `groundplan pack` on the same tree (target: <= 1.5x).
#
# Usage: bench/recon/check.sh [SNAPSHOTS] [OUT]
#   SNAPSHOTS  folder made by snapshots.sh (default /tmp/recon-truth)
#   OUT        where recon JSON, pack output and the report go (default /tmp/recon-truth-results)
# GROUNDPLAN (env): the groundplan command to run; default: publish src/Groundplan.Cli (Release) into OUT/bin.
# Needs python3 and, for the default, the .NET SDK.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
snapshots="${1:-/tmp/recon-truth}"
out="${2:-/tmp/recon-truth-results}"
truth="$here/truth.json"
mkdir -p "$out"

if [[ -z "${GROUNDPLAN:-}" ]]; then
  echo "== publishing groundplan (Release) into $out/bin" >&2
  dotnet publish "$root/src/Groundplan.Cli" -c Release -o "$out/bin" --nologo -v quiet >&2
  GROUNDPLAN="$out/bin/Groundplan.Cli"
fi

# dir and commit of each repository, from the truth file so the two never disagree.
mapfile -t rows < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["repos"]:
    print(r["dir"], r["commit"])
' "$truth")

seconds() { # wall seconds of a command, its stdout to $1
  local dest=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$dest" || return $?
  end=$(date +%s.%N)
  python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.2f}")' "$start" "$end"
}

failed=0
timings="$out/timings.tsv"
printf 'repo\trecon_s\tpack_s\tratio\n' >"$timings"
for row in "${rows[@]}"; do
  read -r dir commit <<<"$row"
  tree="$snapshots/$dir"
  if [[ ! -d "$tree" ]]; then
    echo "missing snapshot $tree: run bench/recon/snapshots.sh first" >&2
    failed=1; continue
  fi
  if [[ "$(cat "$tree.done" 2>/dev/null)" != "$commit" ]]; then
    echo "warning: $tree is not marked as $commit (truth.json's commit); facts may not line up" >&2
  fi
  echo "== $dir" >&2
  if ! recon_s=$(seconds "$out/$dir.json" "$GROUNDPLAN" recon --repo "$tree" --json); then
    echo "   groundplan recon failed on $tree (see above); skipping" >&2
    rm -f "$out/$dir.json"; failed=1; continue
  fi
  # The contract: a JSON object with a top-level "facts" array.
  if ! python3 -c '
import json, sys
try:
    doc = json.load(open(sys.argv[1]))
except ValueError as err:
    sys.exit(f"   not JSON: {err}")
facts = doc.get("facts", doc.get("Facts")) if isinstance(doc, dict) else None
if not isinstance(facts, list):
    sys.exit("   no top-level facts array")
' "$out/$dir.json"; then
    echo "   $out/$dir.json is not recon JSON with a facts array" >&2
    failed=1; continue
  fi
  pack_s=$(seconds /dev/null "$GROUNDPLAN" pack --repo "$tree" -o "$out/$dir.pack.xml" --quiet) || pack_s=""
  ratio=$(python3 -c 'import sys; r, p = sys.argv[1:]; print(f"{float(r) / float(p):.2f}" if p and float(p) > 0 else "-")' "$recon_s" "$pack_s")
  printf '%s\t%s\t%s\t%s\n' "$dir" "$recon_s" "${pack_s:--}" "$ratio" >>"$timings"
done

report="$out/report.txt"
python3 "$here/compare.py" compare "$truth" "$snapshots" "$out" | tee "$report" || failed=1
echo
echo "## timings (one run each; recon / pack target <= 1.5)"
column -t -s $'\t' "$timings" 2>/dev/null || cat "$timings"
echo
echo "report: $report; recon JSON: $out/<owner>+<name>.json" >&2
exit $failed
