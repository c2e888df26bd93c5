#!/usr/bin/env bash
# Times `groundplan pack` against `repomix` on the same trees in one run: alternating, RUNS runs each,
# with .gitignore handling, secret scanning and token counting on in both (their defaults).
# Prints a Markdown table for BENCHMARKS.md. Needs: .NET SDK, node/npm, GNU time (apt-get install time).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# Outside this repository: its .gitignore would otherwise hide the tree from repomix.
work=${BENCH_WORK:-${TMPDIR:-/tmp}/groundplan-bench}
runs=${RUNS:-5}
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  echo "GNU time is missing: apt-get install -y time" >&2
  exit 2
fi

echo "== installing repomix and the tree's source packages from npm" >&2
npm install --prefix "$work/npm" --no-audit --no-fund --no-package-lock --loglevel=error \
  repomix@1.14.0 typescript@5.6.3 rxjs@7.8.1 lodash@4.17.21 @types/node@22.10.0 date-fns@4.1.0 >&2
repomix="$work/npm/node_modules/repomix/bin/repomix.cjs"

echo "== publishing groundplan (Release)" >&2
dotnet publish "$root/src/Groundplan.Cli" -c Release -o "$work/bin" --nologo -v quiet >&2
groundplan="$work/bin/Groundplan.Cli"

echo "== generating the large tree" >&2
node "$here/make-tree.mjs" "$work/npm" "$work/tree" >&2

results="$work/results.tsv"
: > "$results"
for name in large sample; do
  tree="$work/tree"
  [ "$name" = sample ] && tree="$root/samples/inkwell"
  echo "== $name: $runs alternating runs each" >&2
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$groundplan" pack --repo "$tree" -o "$work/gp.xml" --quiet >/dev/null
    echo -e "$name\tgroundplan\t$(cat "$work/t" | tr ' ' '\t')" >> "$results"
    (cd "$work" && /usr/bin/time -f "%e %M" -o "$work/t" node "$repomix" "$tree" -o "$work/rx.xml" --quiet >/dev/null)
    echo -e "$name\trepomix\t$(cat "$work/t" | tr ' ' '\t')" >> "$results"
  done
  "$groundplan" pack --repo "$tree" -o "$work/gp.xml" --quiet --json > "$work/gp-$name.json"
  node "$here/repomix-tokens.mjs" "$work/npm" "$tree" > "$work/rx-$name.json"
done

node "$here/report.mjs" "$work"
