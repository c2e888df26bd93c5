#!/usr/bin/env python3
"""Runs `groundplan context --json` on every case of a case file and writes the predictions JSONL score.py reads.

Each case is ranked from its materialized snapshot directory with the history of its mirror up to the case's parent
commit (--mode hist, the default), from the snapshot alone (--mode dir), or from the bare mirror at the parent
(--mode rev; fails on partial clones whose blobs are missing). History never goes past the parent.

Usage: predict.py CASES --dll Groundplan.Cli.dll -o preds.jsonl [--mode hist|rev|dir] [--snapshots DIR] [--mirrors DIR] [--jobs 2]
"""
import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def mirror_dir(mirrors, repo):
    base = os.path.join(mirrors, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo", ".git"), os.path.join(base, "repo"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")) and os.path.isdir(os.path.join(cand, "objects")):
            return cand
    raise FileNotFoundError(f"no mirror for {repo} under {mirrors}")


def run_case(case, args):
    if args.mode == "rev":
        source = ["--repo", mirror_dir(args.mirrors, case["repo"]), "--rev", case["parent"]]
    elif args.mode == "hist":
        source = ["--repo", os.path.join(args.snapshots, case["id"]),
                  "--history", mirror_dir(args.mirrors, case["repo"]), "--history-rev", case["parent"]]
    else:
        source = ["--repo", os.path.join(args.snapshots, case["id"])]
    cmd = ["dotnet", args.dll, "context", *source, "--request", case["request"], "--json", "--top", str(args.top)]
    start = time.time()
    env = dict(os.environ, GIT_NO_LAZY_FETCH="1")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = round(time.time() - start, 2)
    if proc.returncode != 0:
        print(f"{case['id']}: exit {proc.returncode}: {proc.stderr.strip()[:300]}", file=sys.stderr)
        return {"id": case["id"], "ranked_files": [], "new_files": [], "meta": {"error": proc.stderr.strip()[:300], "seconds": seconds}}
    doc = json.loads(proc.stdout)
    return {"id": case["id"],
            "ranked_files": [f["path"] for f in doc["ranked_files"]],
            "new_files": [f["path"] for f in doc["new_files"]],
            "meta": {"seconds": seconds, "structural_only": doc["structural_only"]}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("--dll", required=True)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--mode", choices=["hist", "rev", "dir"], default="hist")
    ap.add_argument("--snapshots", default="")
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--ids", default="")
    args = ap.parse_args()
    cases = json.load(open(args.cases))["cases"]
    if args.ids:
        wanted = set(args.ids.split(","))
        cases = [c for c in cases if c["id"] in wanted]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        records = list(pool.map(lambda c: run_case(c, args), cases))
    with open(args.output, "w") as out:
        for rec in records:
            out.write(json.dumps(rec) + "\n")
    total = sum(r["meta"].get("seconds", 0) for r in records)
    print(f"{len(records)} cases, {total:.1f} s of runs -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
