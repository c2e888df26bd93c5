#!/usr/bin/env bash
# Plans each case of the localization dev set on its parent snapshot and scores the plans:
#   - named existing paths that do not exist (target 0), new paths that already exist (target 0)
#   - impacted-files recall against the case's gold files
#   - plan time relative to pack time on the same tree (each a fresh process, as users run them)
# Usage: bench/plan/run.sh [DEV_JSON] [SNAPSHOTS_DIR] [OUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dev="${1:-/work/shared/bench/dev.json}"
snapshots="${2:-/tmp/locbench/SNAPSHOTS}"
out="${3:-/tmp/groundplan-plan-bench}"
mkdir -p "$out"
dotnet build "$root/src/Groundplan.Cli" -c Release -o "$out/bin" -v q -nologo >/dev/null
python3 "$here/score.py" --cli "$out/bin/Groundplan.Cli.dll" --dev "$dev" --snapshots "$snapshots" --out "$out"
