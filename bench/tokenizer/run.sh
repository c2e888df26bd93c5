#!/usr/bin/env bash
# Compares Groundplan's o200k_base counter with gpt-tokenizer's countTokens (as repomix calls it) on the same
# files in the same run: the two alternate over several runs, every file's count must agree, and the summary
# gives median throughput (wall clock and CPU time) and the ratio.
#   bench/tokenizer/run.sh [runs] [folders...]
# Default: 3 runs over *.cs/*.js/*.ts/*.json/*.md of the pack benchmark's tree (bench/pack/run.sh makes it), else of
# /usr/share/dotnet and /usr/lib/node_modules.
# The files split into two corpora: "source", and "vocab" — token vocabularies shipped as JS (gpt-tokenizer's
# bpeRanks and dist bundles), where nearly every piece is a distinct rare token: the worst case for both tools.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-3}"
shift || true
folders=("$@")
[[ ${#folders[@]} -gt 0 ]] || folders=("${TMPDIR:-/tmp}/groundplan-bench/tree")
[[ -d "${folders[0]}" ]] || folders=(/usr/share/dotnet /usr/lib/node_modules)

work="$root/bench/.work/tokenizer"
mkdir -p "$work"
existing=()
for folder in "${folders[@]}"; do [[ -d "$folder" ]] && existing+=("$folder"); done
find "${existing[@]}" -type f \( -name '*.cs' -o -name '*.js' -o -name '*.ts' -o -name '*.json' -o -name '*.md' \) -size +0 \
  | LC_ALL=C sort >"$work/all.txt"
vocab='/(bpeRanks|gpt-tokenizer/dist)/'
grep -Ev "$vocab" "$work/all.txt" >"$work/source.txt" || true
grep -E "$vocab" "$work/all.txt" >"$work/vocab.txt" || true

# Building Groundplan installs gpt-tokenizer into its obj/npm folder; the node side times that same copy.
dotnet build "$here/TokenizerBench.csproj" -c Release -o "$work/bin" -v quiet -nologo >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
package="$root/src/Groundplan/obj/npm/node_modules/gpt-tokenizer"
results="$work/results.txt"
: >"$results"
status=0

for corpus in source vocab; do
  list="$work/$corpus.txt"
  [[ -s "$list" ]] || continue
  echo "== $corpus: $(wc -l <"$list") files, $(xargs -d '\n' cat <"$list" | wc -c | awk '{printf "%.1f MB", $1/1e6}')"
  for run in $(seq 1 "$runs"); do
    node "$here/bench.mjs" "$package" "$list" "$work/$corpus-node.txt" | sed "s/^/$corpus /" | tee -a "$results"
    dotnet "$work/bin/TokenizerBench.dll" "$list" "$work/$corpus-groundplan.txt" | sed "s/^/$corpus /" | tee -a "$results"
  done
  if cmp -s "$work/$corpus-node.txt" "$work/$corpus-groundplan.txt"; then
    echo "counts: all $(wc -l <"$list") files agree"
  else
    status=1
    echo "counts: these files differ (path, gpt-tokenizer, groundplan):"
    paste "$list" "$work/$corpus-node.txt" "$work/$corpus-groundplan.txt" | awk -F'\t' '$2 != $3' | head -20
  fi
done

echo "== parallel, all files, $(nproc) threads"
dotnet "$work/bin/TokenizerBench.dll" "$work/all.txt" "$work/all-parallel.txt" --threads "$(nproc)"

echo "== medians over $runs runs (MB/s)"
awk '
  { corpus = $1; tool = $2; for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    key = corpus " " tool; n[key]++; wall[key, n[key]] = v["mb_per_s"]; cpu[key, n[key]] = v["cpu_mb_per_s"]; keys[key] = 1 }
  function median(a, key, count,   i, j, t, s) {
    for (i = 1; i <= count; i++) s[i] = a[key, i] + 0
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
    return count % 2 ? s[(count + 1) / 2] : (s[count / 2] + s[count / 2 + 1]) / 2
  }
  END {
    for (c = 0; c < 2; c++) {
      corpus = c == 0 ? "source" : "vocab"; g = corpus " groundplan"; j = corpus " gpt-tokenizer"
      if (!(g in keys)) continue
      gw = median(wall, g, n[g]); gc = median(cpu, g, n[g]); jw = median(wall, j, n[j]); jc = median(cpu, j, n[j])
      printf "%-7s groundplan wall %6.1f cpu %6.1f | gpt-tokenizer wall %6.1f cpu %6.1f | ratio wall %5.1fx cpu %5.1fx\n", corpus, gw, gc, jw, jc, gw / jw, gc / jc
    }
  }' "$results"
exit "$status"
