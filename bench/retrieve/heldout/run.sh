#!/usr/bin/env bash
# Held-out localization check: builds the cases from the mirrors (make_cases.py), materializes their parent
# snapshots, and scores `groundplan context` with history (MODE=hist) and without (MODE=dir) beside BM25,
# all through bench/retrieve/run.sh. Outputs under $WORK: cases.json, SNAPSHOTS/, hist/, dir/, *.md.
# Environment: MIRRORS (default /work/.mirror), WORK (default this folder's work/), PER_REPO (8), JOBS (2).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BENCH=${BENCH:-/work/shared/bench}
MIRRORS=${MIRRORS:-/work/.mirror}
WORK=${WORK:-$here/work}
PER_REPO=${PER_REPO:-8}
JOBS=${JOBS:-2}
export BENCH MIRRORS JOBS
mkdir -p "$WORK/hist" "$WORK/dir"
# bench/retrieve/run.sh keeps an existing bm25.jsonl; the cases may have changed since it was written
rm -f "$WORK/hist/bm25.jsonl" "$WORK/dir/bm25.jsonl"

python3 "$here/make_cases.py" "$MIRRORS" "$WORK/cases.json" --per-repo "$PER_REPO"
python3 "$BENCH/materialize.py" "$WORK/cases.json" "$WORK/SNAPSHOTS" --mirrors "$MIRRORS"

CASES=$WORK/cases.json SNAPSHOTS=$WORK/SNAPSHOTS WORK=$WORK/hist MODE=hist \
  "$here/../run.sh" | tee "$WORK/hist.md"
# BM25 does not depend on the mode: the dir run reuses the hist run's predictions
cp "$WORK/hist/bm25.jsonl" "$WORK/dir/bm25.jsonl"
CASES=$WORK/cases.json SNAPSHOTS=$WORK/SNAPSHOTS WORK=$WORK/dir MODE=dir \
  "$here/../run.sh" | tee "$WORK/dir.md"
