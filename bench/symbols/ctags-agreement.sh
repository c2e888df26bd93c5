#!/usr/bin/env bash
# Agreement between Groundplan's TS/JS and Python symbol indexers and Universal Ctags.
# Usage: [VERBOSE=1] bench/symbols/ctags-agreement.sh [folder ...]   (defaults: samples/inkwell and real trees found on this machine)
# For each folder: ctags runs over exactly the files Groundplan indexed; definitions of comparable kinds (top-level
# and class members; not locals, parameters, properties, interface members or imports) are matched by path, name and line
# ('#' of private names dropped on both sides). ctags gives no scope to code inside anonymous callbacks or object
# literals, so an unscoped ctags definition counts as top level only when its line starts at column 0; names ctags
# invents (AnonymousFunction...) and type-only imports it calls aliases are left out. Only files both tools read
# count: ctags 5.9 maps .ts (not .tsx/.mts/.cts) and .js/.jsx/.mjs (not .cjs).
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
  (cd "$dir" && ctags --output-format=json --fields=+n+e+K+Z -f - -L "$work/files.txt" > "$work/ctags.json" 2>/dev/null)
  python3 - "$work/ours.tsv" "$work/ctags.json" "${VERBOSE:-0}" <<'PY'
import json, sys
from collections import defaultdict

CTAGS_READS = (".ts", ".js", ".jsx", ".mjs", ".py")

def language(path):
    return "python" if path.endswith(".py") else "ts/js"

VERBOSE = sys.argv[3] == "1"
ctags_kinds = {
    "ts/js": {"class", "interface", "enum", "function", "method", "constant", "variable", "alias", "namespace", "generator", "getter", "setter"},
    "python": {"class", "function", "member", "variable"},
}
ours, theirs = defaultdict(set), defaultdict(set)
for row in open(sys.argv[1], encoding="utf-8"):
    path, line, name, kind, _container = row.rstrip("\n").split("\t")
    if kind != "Route" and path.endswith(CTAGS_READS) and not path.endswith(".d.ts"):
        ours[language(path)].add((path, int(line), name.lstrip("#")))
for row in open(sys.argv[2], encoding="utf-8"):
    tag = json.loads(row)
    if tag.get("_type") != "tag":
        continue
    if tag["path"].endswith(".d.ts"):
        continue
    lang = language(tag["path"])
    scope_kind = tag.get("scopeKind")
    kind = tag.get("kind")
    if kind not in ctags_kinds[lang]:
        continue
    # Comparable: top level, or directly in a class (namespaces count as top level for TS); class attributes are not indexed.
    if scope_kind not in (None, "class", "namespace", "module"):
        continue
    pattern = tag.get("pattern", "/^")
    if lang == "ts/js" and scope_kind is None and pattern[2:3] in (" ", "\t"):
        continue
    if kind == "alias" and pattern.startswith("/^import"):
        continue
    if tag["name"].startswith("AnonymousFunction"):
        continue
    if lang == "python" and kind == "variable" and scope_kind == "class":
        continue
    if lang == "ts/js" and kind in ("constant", "variable") and scope_kind == "class":
        continue
    theirs[lang].add((tag["path"], tag["line"], tag["name"].lstrip("#")))
for lang in sorted(set(ours) | set(theirs)):
    both = ours[lang] & theirs[lang]
    recall = len(both) / len(theirs[lang]) if theirs[lang] else float("nan")
    precision = len(both) / len(ours[lang]) if ours[lang] else float("nan")
    print(f"{lang}: ctags {len(theirs[lang])}, ours {len(ours[lang])}, both {len(both)}; "
          f"ctags found by us {recall:.1%}, ours found by ctags {precision:.1%}")
    if VERBOSE:
        for miss in sorted(theirs[lang] - ours[lang])[:8]:
            print("   only ctags:", *miss)
        for extra in sorted(ours[lang] - theirs[lang])[:8]:
            print("   only ours: ", *extra)
PY
done
