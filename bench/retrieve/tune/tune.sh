#!/usr/bin/env bash
# Scores several weightings in one process: tune.sh "graph,cochange,churn" ... (prints the overall row of each)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${WORK:-$here/../work}/tune
dotnet build "$here/Tune.csproj" -c Release -o "$out/bin" -nologo -v quiet >/dev/null
GIT_NO_LAZY_FETCH=1 dotnet "$out/bin/Tune.dll" /work/shared/bench/dev.json "${SNAPSHOTS:-/tmp/locbench/SNAPSHOTS}" "${MIRRORS:-/work/.mirror}" "$out" "$@" 2>/dev/null
i=0
for v in "$@"; do
  echo "== $v"
  python3 /work/shared/bench/score.py /work/shared/bench/dev.json "$out/$i.jsonl" | grep -E "OVERALL|^[a-zA-Z]+[-/]" | grep -v "^cases"
  i=$((i + 1))
done
