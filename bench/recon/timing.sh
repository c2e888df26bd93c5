#!/usr/bin/env bash
# Recon time against pack time on the same trees (issue 3: recon <= 1.5x pack), measured as the median of RUNS
# alternating runs of each command, so drift on a shared machine hits both alike. Wall and CPU (user+sys) seconds.
#
# Usage: bench/rec../timing-lib.sh TREE [TREE...]
#   RUNS (env)  runs per command (default 5)
#   R2R  (env)  1 (default): publish as the tool package ships on linux-x64 (ReadyToRun); 0: a plain Release build,
#               what `dotnet run` runs
#   BIN  (env)  a folder holding Groundplan.Cli.dll to use as is (skips the build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${RUNS:-5}
work=${WORK:-/tmp/groundplan-recon-timing}
mkdir -p "$work"
# shellcheck source=../timing-lib.sh
source "$here/../timing-lib.sh"
build_groundplan

printf '| tree | files | pack wall s | recon wall s | wall ratio | pack CPU s | recon CPU s | CPU ratio |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for tree in "$@"; do
  : >"$work/pack.txt"; : >"$work/recon.txt"
  for _ in $(seq "$runs"); do
    rm -f "$work/out.xml" "$work/out.md"
    one pack --repo "$tree" -o "$work/out.xml" >>"$work/pack.txt"
    one recon --repo "$tree" -o "$work/out.md" >>"$work/recon.txt"
  done
  pw=$(cut -d' ' -f1 "$work/pack.txt" | median); pc=$(cut -d' ' -f2 "$work/pack.txt" | median)
  rw=$(cut -d' ' -f1 "$work/recon.txt" | median); rc=$(cut -d' ' -f2 "$work/recon.txt" | median)
  files=$(grep -c '<file path=' "$work/out.xml" || true)
  python3 - "$(basename "$tree")" "$files" "$pw" "$rw" "$pc" "$rc" <<'PY'
import sys
name, files, pw, rw, pc, rc = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
print(f"| {name} | {files} | {pw:.2f} | {rw:.2f} | {rw / pw:.2f} | {pc:.2f} | {rc:.2f} | {rc / pc:.2f} |")
PY
done
