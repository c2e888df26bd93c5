#!/usr/bin/env bash
# Speed of `groundplan context` (ingest + recon + rank) against `groundplan pack` and `groundplan recon` on the same ~3,000-file tree.
# Runs them alternately RUNS times each (Release build, the dll run directly) and prints the medians and their ratio.
# Environment: MIRRORS and REPO (a bare mirror laid out <owner>+<name>/repo), TARGET_FILES (about how many files), RUNS, WORK, REQUEST.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
MIRRORS=${MIRRORS:-/work/.mirror}
REPO=${REPO:-spree/spree}
MIRROR=$MIRRORS/${REPO/\//+}/repo
TARGET_FILES=${TARGET_FILES:-3000}
RUNS=${RUNS:-5}
WORK=${WORK:-$here/work}
REQUEST=${REQUEST:-Allow customers to delete a saved address from their account page}
mkdir -p "$WORK"
dotnet build "$root/src/Groundplan.Cli" -c Release -o "$WORK/bin" -nologo -v quiet >/dev/null
dll=$WORK/bin/Groundplan.Cli.dll

# The newest first-parent commit with at most TARGET_FILES files (walking back 200 commits at a time).
rev=""
for sha in $(git -C "$MIRROR" rev-list --first-parent HEAD | awk 'NR % 200 == 1'); do
  if [ "$(git -C "$MIRROR" ls-tree -r "$sha" | wc -l)" -le "$TARGET_FILES" ]; then rev=$sha; break; fi
done
[ -n "$rev" ] || { echo "no commit with at most $TARGET_FILES files" >&2; exit 1; }
# materialize.py writes the tree file by file when a partial clone lacks some blobs.
tree=$WORK/speed/speed-tree
mkdir -p "$WORK/speed"
printf '{"cases": [{"id": "speed-tree", "repo": "%s", "parent": "%s"}]}\n' "$REPO" "$rev" > "$WORK/speed/case.json"
python3 "${BENCH:-/work/shared/bench}/materialize.py" "$WORK/speed/case.json" "$WORK/speed" --mirrors "$MIRRORS" >/dev/null
echo "tree: $MIRROR at $rev, $(find "$tree" -type f | wc -l) files"

time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
pack=(); recon=(); context=()
time_ms dotnet "$dll" pack --repo "$tree" -o "$WORK/speed-pack.xml" >/dev/null   # warm the disk cache
for i in $(seq "$RUNS"); do
  pack+=("$(time_ms dotnet "$dll" pack --repo "$tree" -o "$WORK/speed-pack.xml")")
  recon+=("$(time_ms dotnet "$dll" recon --repo "$tree" --json -o "$WORK/speed-recon.json")")
  context+=("$(time_ms dotnet "$dll" context --repo "$tree" --request "$REQUEST" --json -o "$WORK/speed-context.json")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
mp=$(median "${pack[@]}"); mr=$(median "${recon[@]}"); mc=$(median "${context[@]}")
echo "pack runs (ms):    ${pack[*]}"
echo "recon runs (ms):   ${recon[*]}"
echo "context runs (ms): ${context[*]}"
echo "median pack ${mp} ms, recon ${mr} ms, context ${mc} ms"
echo "context/pack $(awk -v a="$mc" -v b="$mp" 'BEGIN {printf "%.2f", a / b}'), recon/pack $(awk -v a="$mr" -v b="$mp" 'BEGIN {printf "%.2f", a / b}'), context/recon $(awk -v a="$mc" -v b="$mr" 'BEGIN {printf "%.2f", a / b}')"
