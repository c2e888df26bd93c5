#!/usr/bin/env bash
# Extract the five recon-measurement snapshots (issue 3, "Measure").
#
# Each snapshot is the parent commit of the repository's latest case in
# /work/shared/bench/dev.json, "latest" meaning the newest author date (the
# case's "date" field).  For four repositories that is also the last case in
# file order; for umami the last case in file order (umami-2e62a06a, 2026-01-06)
# is older than umami-128217c0 (2026-01-24), which is the one used here.
# bench/recon/truth.md and truth.json describe exactly these commits.
#
# Usage: bench/recon/snapshots.sh [MIRRORS] [OUT]
#   MIRRORS  folder of bare mirrors laid out <owner>+<name>/repo  (default /work/.mirror)
#   OUT      where snapshots go, one <owner>+<name>/ each           (default /tmp/recon-truth)
# BENCH (env) is the benchmark folder holding materialize.py (default /work/shared/bench).
# Rerunnable: a snapshot whose .done marker names the same commit is skipped.
# Paths of blobs a partial clone lacks are listed in <OUT>/<owner>+<name>.missing.
set -euo pipefail

mirrors="${1:-/work/.mirror}"
out="${2:-/tmp/recon-truth}"
bench="${BENCH:-/work/shared/bench}"   # for materialize.py's partial-clone fallback

# repo  case-id  parent-sha (the snapshot)
snapshots=(
  "umami-software/umami      umami-128217c0        355fa1e9a98ba6ec3b5e7e6ac1335d39e60ec7a3"
  "maybe-finance/maybe       maybe-60c3a04a        c0267d5665cb2e1638b5b364cffae2c0dd85197b"
  "healthchecks/healthchecks healthchecks-3718ff57 8ba75475bb0918cb5d99408979dba11b21173c09"
  "usememos/memos            memos-20c19ef8        1e3ec38fa10aa9917a0c6f0b4b55840821828916"
  "Kareadita/Kavita          kavita-34842111       5fb942bfe129f7ebdba57f5c670957005b126d3a"
)

git_dir_for() {
  local base="$mirrors/${1/\//+}"
  local cand
  for cand in "$base/repo/.git" "$base/repo" "$base"; do
    if [[ -f "$cand/HEAD" && -d "$cand/objects" ]]; then echo "$cand"; return 0; fi
  done
  echo "no mirror for $1 under $mirrors (looked for $base/repo)" >&2
  return 1
}

mkdir -p "$out"
status=0
for row in "${snapshots[@]}"; do
  read -r repo case_id sha <<<"$row"
  dest="$out/${repo/\//+}"
  marker="$dest.done"
  if [[ -d "$dest" && -f "$marker" && "$(cat "$marker")" == "$sha" ]]; then
    echo "skipped   $repo @ ${sha:0:12} ($case_id) -> $dest"
    continue
  fi
  git_dir="$(git_dir_for "$repo")" || { status=1; continue; }
  tmp="$dest.tmp"
  rm -rf "$tmp" && mkdir -p "$tmp"
  # A temporary folder renamed into place: an interrupted run never looks finished.
  # A temporary folder renamed into place: an interrupted run never looks finished.
  method="git archive"
  missing=""
  if ! git --git-dir="$git_dir" archive --format=tar "$sha" 2>/dev/null | tar -x -C "$tmp" 2>/dev/null; then
    # Partial clones lack some large blobs (fonts, images): write the tree file by
    # file with materialize.py's fallback and list what was skipped.
    rm -rf "$tmp" && mkdir -p "$tmp"
    method="per-file (partial clone)"
    if ! missing="$(python3 -c '
import sys; sys.path.insert(0, sys.argv[1])
from materialize import extract_file_by_file
print("\n".join(extract_file_by_file(sys.argv[2], sys.argv[3], sys.argv[4])))
' "$bench" "$git_dir" "$sha" "$tmp")"; then
      echo "FAIL      $repo @ ${sha:0:12}: extraction failed" >&2
      rm -rf "$tmp"; status=1; continue
    fi
    [[ -n "$missing" ]] && echo "  $repo: $(wc -l <<<"$missing") missing blobs skipped, e.g. $(head -1 <<<"$missing")" >&2
  fi
  rm -rf "$dest" "$marker" "$dest.missing"
  mv "$tmp" "$dest"
  [[ -n "$missing" ]] && printf '%s\n' "$missing" >"$dest.missing"
  echo "$sha" >"$marker"
  echo "extracted $repo @ ${sha:0:12} ($case_id) by $method -> $dest ($(find "$dest" -type f | wc -l) files)"
done
exit $status
