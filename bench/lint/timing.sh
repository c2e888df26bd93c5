#!/usr/bin/env bash
# Lint time against pack time on a ~3,000-file tree with a 300-line plan (issue 6: lint <= pack), as the median of
# RUNS alternating runs of each command, wall and CPU (user+sys) seconds, ratio from the same run.
# Usage: bench/lint/timing.sh   (needs GNU time)
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
if [[ -z "${BIN:-}" ]]; then
  BIN="$work/bin"
  if [[ "${R2R:-1}" == 1 ]]; then
    dotnet publish "$root/src/Groundplan.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$BIN" --nologo -v quiet >&2
  else
    dotnet build "$root/src/Groundplan.Cli" -c Release -o "$BIN" --nologo -v quiet >&2
  fi
fi
one() {
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" dotnet "$BIN/Groundplan.Cli.dll" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/time.txt" | awk "{ printf \"%.3f %.3f\\n\", \$1, \$2 + \$3 }"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
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
