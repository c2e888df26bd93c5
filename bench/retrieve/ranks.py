#!/usr/bin/env python3
"""Per case: where each existing gold file landed in a predictions file, and the top of the ranking (for error analysis)."""
import json
import sys

cases = {c["id"]: c for c in json.load(open(sys.argv[1]))["cases"]}
top = int(sys.argv[3]) if len(sys.argv) > 3 else 10
for line in open(sys.argv[2]):
    rec = json.loads(line)
    case = cases[rec["id"]]
    ranked = rec["ranked_files"]
    print(f"== {rec['id']}: {case['request'][:90]!r}")
    for g in case["gold_files"]:
        if g["status"] == "added":
            continue
        rank = ranked.index(g["path"]) + 1 if g["path"] in ranked else None
        print(f"   {'  -' if rank is None else f'{rank:3d}'}  {g['path']}")
    print("   top:", ", ".join(ranked[:top]))
