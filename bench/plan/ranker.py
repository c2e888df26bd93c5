#!/usr/bin/env python3
"""The ranker's own R@10 on the same cases, for comparison with the plans' impacted-files recall.
Writes ranker.jsonl (context --json --top 10) and plan.jsonl (the plans' impacted files, edits first) and scores both
with the dev set's score.py. Usage: ranker.py CLI_DLL DEV_JSON SNAPSHOTS OUT_DIR SCORE_PY"""
import json, os, subprocess, sys

cli, dev, snapshots, out, score = sys.argv[1:6]
cases = json.load(open(dev))["cases"]
with open(os.path.join(out, "ranker.jsonl"), "w") as ranker, open(os.path.join(out, "plan.jsonl"), "w") as planned:
    for case in cases:
        repo = os.path.join(snapshots, case["id"])
        proc = subprocess.run(["dotnet", cli, "context", "--repo", repo, "--request", case["request"], "--json", "--top", "10", "-q"], capture_output=True, text=True)
        ranking = json.loads(proc.stdout) if proc.returncode == 0 else {}
        ranked = [f["path"] if isinstance(f, dict) else f for f in ranking.get("ranked_files", [])]
        new = [f["path"] if isinstance(f, dict) else f for f in ranking.get("new_files", [])]
        ranker.write(json.dumps({"id": case["id"], "ranked_files": ranked, "new_files": new}) + "\n")
        plan_path = os.path.join(out, case["id"] + ".plan.json")
        if os.path.exists(plan_path):
            plan = json.load(open(plan_path))
            files = plan["impacted_files"]
            planned.write(json.dumps({"id": case["id"], "ranked_files": [f["path"] for f in files if f["change"] != "new"],
                                      "new_files": [f["path"] for f in files if f["change"] == "new"]}) + "\n")
for name in ("ranker", "plan"):
    print(f"\n{name}:")
    sys.stdout.flush()
    subprocess.run([sys.executable, score, dev, os.path.join(out, name + ".jsonl")])
