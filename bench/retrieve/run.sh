#!/usr/bin/env bash
# Localization benchmark for `groundplan context`: predictions for every case, scored beside the BM25 baseline.
#   MODE=hist (default) rank the materialized snapshot, with the mirror's history up to each case's parent commit
#   MODE=rev  rank the bare mirror at the parent commit (needs every blob: fails on partial clones)
#   MODE=dir  rank the materialized snapshot directory alone (no history)
# Environment: BENCH (the shared bench folder), CASES, SNAPSHOTS, MIRRORS, WORK (outputs), JOBS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BENCH=${BENCH:-/work/shared/bench}
CASES=${CASES:-$BENCH/dev.json}
MIRRORS=${MIRRORS:-/work/.mirror}
WORK=${WORK:-$here/work}
SNAPSHOTS=${SNAPSHOTS:-/tmp/locbench/SNAPSHOTS}
MODE=${MODE:-hist}
JOBS=${JOBS:-2}
mkdir -p "$WORK"

dotnet build "$root/src/Groundplan.Cli" -c Release -o "$WORK/bin" -nologo -v quiet >/dev/null

if ! ls "$SNAPSHOTS"/*.done >/dev/null 2>&1; then
  SNAPSHOTS=$WORK/SNAPSHOTS
  python3 "$BENCH/materialize.py" "$CASES" "$SNAPSHOTS" --mirrors "$MIRRORS"
fi

python3 "$here/predict.py" "$CASES" --dll "$WORK/bin/Groundplan.Cli.dll" -o "$WORK/preds.jsonl" \
  --mode "$MODE" --snapshots "$SNAPSHOTS" --mirrors "$MIRRORS" --jobs "$JOBS"

echo "## groundplan context ($MODE)"
python3 "$BENCH/score.py" "$CASES" "$WORK/preds.jsonl" --markdown
if [ ! -s "$WORK/bm25.jsonl" ]; then
  python3 "$BENCH/bm25.py" "$CASES" "$SNAPSHOTS" -o "$WORK/bm25.jsonl" --jobs "$JOBS" 2>/dev/null
fi
echo
echo "## BM25 baseline"
python3 "$BENCH/score.py" "$CASES" "$WORK/bm25.jsonl" --markdown
