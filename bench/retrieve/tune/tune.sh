#!/usr/bin/env bash
# Scores several weightings in one process: tune.sh "graph,cochange,churn" ... (prints the overall row of each).
# CASES and SNAPSHOTS choose the set: dev.json by default; the held-out set is heldout/work/{cases.json,SNAPSHOTS}.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${WORK:-$here/../work}/tune
CASES=${CASES:-/work/shared/bench/dev.json}
dotnet build "$here/Tune.csproj" -c Release -o "$out/bin" -nologo -v quiet >/dev/null
GIT_NO_LAZY_FETCH=1 dotnet "$out/bin/Tune.dll" "$CASES" "${SNAPSHOTS:-/tmp/locbench/SNAPSHOTS}" "${MIRRORS:-/work/.mirror}" "$out" "$@" 2>/dev/null
i=0
for v in "$@"; do
  echo "== $v"
  python3 /work/shared/bench/score.py "$CASES" "$out/$i.jsonl" | grep -E "OVERALL|^[a-zA-Z]+[-/]" | grep -v "^cases"
  i=$((i + 1))
done
