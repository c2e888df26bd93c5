#!/usr/bin/env bash
# Agreement between Groundplan's TS/JS and Python symbol indexers and Universal Ctags.
# Usage: bench/symbols/ctags-agreement.sh [folder ...]   (defaults: samples/inkwell and real trees found on this machine)
# For each folder: ctags runs over exactly the files Groundplan indexed; definitions of comparable kinds (top-level
# and class members; not locals, parameters, properties, interface members or imports) are matched by path, name and line.
# Reports per language: the share of ctags definitions we also find at the same line (recall vs ctags) and the share
# of ours that ctags has (agreement of ours). Needs: universal-ctags (apt-get install -y universal-ctags), python3, dotnet.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "$#" -eq 0 ]; then
  set -- "$root/samples/inkwell"
  for candidate in /usr/lib/node_modules/npm/lib /tmp/pool/node_modules/rxjs/src \
      "$(python3 -c 'import flask,os;print(os.path.dirname(flask.__file__))' 2>/dev/null || true)" \
      "$(python3 -c 'import werkzeug,os;print(os.path.dirname(werkzeug.__file__))' 2>/dev/null || true)"; do
    [ -n "$candidate" ] && [ -d "$candidate" ] && set -- "$@" "$candidate"
  done
fi

ctags --version | head -1
for dir in "$@"; do
  echo "== $dir"
  dotnet run --file "$here/dump-symbols.cs" -- "$dir" "$work/files.txt" > "$work/ours.tsv"
  (cd "$dir" && ctags --output-format=json --fields=+n+e+K+Z -f - -L "$work/files.txt" > "$work/ctags.json")
  python3 - "$work/ours.tsv" "$work/ctags.json" <<'PY'
import json, sys
from collections import defaultdict

def language(path):
    return "python" if path.endswith(".py") else "ts/js"

ctags_kinds = {
    "ts/js": {"class", "interface", "enum", "function", "method", "constant", "variable", "alias", "namespace", "generator", "getter", "setter"},
    "python": {"class", "function", "member", "variable"},
}
ours, theirs = defaultdict(set), defaultdict(set)
for row in open(sys.argv[1], encoding="utf-8"):
    path, line, name, kind, _container = row.rstrip("\n").split("\t")
    if kind != "Route":
        ours[language(path)].add((path, int(line), name))
for row in open(sys.argv[2], encoding="utf-8"):
    tag = json.loads(row)
    if tag.get("_type") != "tag":
        continue
    lang = language(tag["path"])
    scope_kind = tag.get("scopeKind")
    kind = tag.get("kind")
    if kind not in ctags_kinds[lang]:
        continue
    # Comparable: top level, or directly in a class (namespaces count as top level for TS); class attributes are not indexed.
    if scope_kind not in (None, "class", "namespace", "module"):
        continue
    if lang == "python" and kind == "variable" and scope_kind == "class":
        continue
    if lang == "ts/js" and kind in ("constant", "variable") and scope_kind == "class":
        continue
    theirs[lang].add((tag["path"], tag["line"], tag["name"]))
for lang in sorted(set(ours) | set(theirs)):
    both = ours[lang] & theirs[lang]
    recall = len(both) / len(theirs[lang]) if theirs[lang] else float("nan")
    precision = len(both) / len(ours[lang]) if ours[lang] else float("nan")
    print(f"{lang}: ctags {len(theirs[lang])}, ours {len(ours[lang])}, both {len(both)}; "
          f"ctags found by us {recall:.1%}, ours found by ctags {precision:.1%}")
    if "-v" in sys.argv or True:
        for miss in sorted(theirs[lang] - ours[lang])[:8]:
            print("   only ctags:", *miss)
        for extra in sorted(ours[lang] - theirs[lang])[:8]:
            print("   only ours: ", *extra)
PY
done
