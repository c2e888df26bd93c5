#!/usr/bin/env bash
# Lint time against pack time on a ~3,000-file tree with a 300-line plan (issue 6: lint <= pack), as the median of
# RUNS alternating runs of each command, wall and CPU (user+sys) seconds, ratio from the same run.
# Usage: bench/li../timing-lib.sh   (needs GNU time)
#   RUNS (env)  runs per command (default 5)
#   R2R  (env)  1 (default): publish as the tool package ships on linux-x64 (ReadyToRun); 0: a plain Release build,
#               what `dotnet run` runs
#   BIN  (env)  a folder holding Groundplan.Cli.dll to use as is (skips the build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${RUNS:-5}
work=${WORK:-/tmp/groundplan-lint-timing}
mkdir -p "$work"
(cd "$root" && python3 bench/lint/make_tree.py "$work") >&2
# shellcheck source=../timing-lib.sh
source "$here/../timing-lib.sh"
build_groundplan
: > "$work/pack.txt"; : > "$work/lint.txt"
for i in $(seq "$runs"); do
  one pack --repo "$work/tree" -o "$work/pack.xml" --quiet >> "$work/pack.txt"
  one lint "$work/plan.md" --repo "$work/tree" --quiet >> "$work/lint.txt"
done
pw=$(cut -d' ' -f1 "$work/pack.txt" | median); pc=$(cut -d' ' -f2 "$work/pack.txt" | median)
lw=$(cut -d' ' -f1 "$work/lint.txt" | median); lc=$(cut -d' ' -f2 "$work/lint.txt" | median)
echo "| command | wall (median of $runs) | cpu |"
echo "| --- | ---: | ---: |"
echo "| pack | ${pw} s | ${pc} s |"
echo "| lint | ${lw} s | ${lc} s |"
awk -v l="$lw" -v p="$pw" -v lc="$lc" -v pc="$pc" 'BEGIN { printf "\nlint / pack: wall %.2fx, cpu %.2fx\n", l / p, lc / pc }'
