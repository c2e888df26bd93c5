#!/usr/bin/env bash
# Compares Groundplan's Go, Ruby and C# symbol indexers with Universal Ctags on real code.
# Usage: bench/symbols-go-rb-cs/ctags-agreement.sh <dir> [<dir> ...]
# For each language it reports, over definitions of comparable kinds, the share of ctags' definitions we find
# at the same file and line with the same name (recall against ctags), the share of ours that ctags has, and, where
# ctags gives an end line, the share of shared definitions whose end line agrees (a check of block matching).
# Needs: universal-ctags (apt-get install -y universal-ctags), python3, the .NET 10 SDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for dir in "$@"; do
  dir="$(cd "$dir" && pwd)"
  name="$(basename "$dir")"
  # Paths on both sides start with the directory's name, so several directories do not collide.
  (cd "$dir/.." && ctags --output-format=json --fields=+n+e+K --sort=no -R --languages=Go,Ruby,C# -f - "$name") >> "$work/ctags.json"
  dotnet run --file "$here/dump-symbols.cs" -- "$dir" | sed "s|^|$name/|" >> "$work/ours.tsv"
done

python3 - "$work/ctags.json" "$work/ours.tsv" <<'PY'
import json, sys
# ctags kind -> comparable; ours kind -> comparable. Fields, enumerators, locals, imports and accessors are left out.
ctags_kinds = {
  "Go": {"package", "func", "const", "type", "var", "struct", "interface", "talias"},
  "Ruby": {"class", "module", "method", "singletonMethod", "constant"},
  "C#": {"namespace", "class", "struct", "interface", "enum", "method", "property"},
}
ours_kinds = {
  "Go": {"Module", "Function", "Method", "Constant", "Type", "Variable", "Struct", "Interface"},
  "Ruby": {"Class", "Module", "Method", "Constant"},
  "C#": {"Module", "Class", "Struct", "Interface", "Enum", "Method", "Variable"},
}
ext = {".go": "Go", ".rb": "Ruby", ".cs": "C#"}
def lang(path):
  for e, l in ext.items():
    if path.endswith(e): return l
def short(name): return name.split("::")[-1].split(".")[-1]
theirs = {l: set() for l in ctags_kinds}
ends_theirs, ends_ours = {}, {}
for line in open(sys.argv[1]):
  t = json.loads(line)
  if t.get("_type") != "tag": continue
  l = lang(t["path"])
  if l and t.get("kind") in ctags_kinds[l]:
    key = (t["path"], t["line"], short(t["name"]))
    theirs[l].add(key)
    if "end" in t: ends_theirs[key] = t["end"]
ours = {l: set() for l in ctags_kinds}
for line in open(sys.argv[2]):
  path, n, kind, name, container, end = line.rstrip("\n").split("\t")[:6]
  l = lang(path)
  if l and kind in ours_kinds[l]:
    ours[l].add((path, int(n), short(name)))
    ends_ours[(path, int(n), short(name))] = int(end)
print(f"{'language':8} {'ctags':>7} {'ours':>7} {'ctags found by us':>18} {'ours found by ctags':>20} {'same end line':>14}")
for l in ctags_kinds:
  both = theirs[l] & ours[l]
  r = len(both) / len(theirs[l]) if theirs[l] else 0
  p = len(both) / len(ours[l]) if ours[l] else 0
  ended = [k for k in both if k in ends_theirs]
  e = sum(ends_theirs[k] == ends_ours[k] for k in ended) / len(ended) if ended else 0
  print(f"{l:8} {len(theirs[l]):7} {len(ours[l]):7} {r:18.1%} {p:20.1%} {e:9.1%} of {len(ended)}")
import os
if os.environ.get("SHOW_DIFF"):
    for l in ctags_kinds:
      for x in sorted(theirs[l] - ours[l])[:int(os.environ["SHOW_DIFF"])]: print("missing", l, *x)
      for x in sorted(ours[l] - theirs[l])[:int(os.environ["SHOW_DIFF"])]: print("extra  ", l, *x)
      for x in sorted(k for k in theirs[l] & ours[l] if k in ends_theirs and ends_theirs[k] != ends_ours[k])[:int(os.environ["SHOW_DIFF"])]: print("end    ", l, *x, ends_theirs[x], ends_ours[x])
PY
