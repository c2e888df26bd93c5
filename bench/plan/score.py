#!/usr/bin/env python3
"""Runs `groundplan plan` and `groundplan pack` on every dev case and prints the grounding, recall and timing table."""
import argparse, json, os, re, statistics, subprocess, sys, time

BACKTICK = re.compile(r"`([^`\s]+)`( \(new\))?")


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return proc, time.perf_counter() - start


def named_paths(plan):
    """Existing paths the plan names: impacted edits/deletes, key discoveries, test patterns, backticked paths in steps."""
    new = {f["path"] for f in plan["impacted_files"] if f["change"] == "new"}
    named = {f["path"] for f in plan["impacted_files"] if f["change"] != "new"}
    named |= {d["path"] for d in plan["key_discoveries"]}
    named |= {t["pattern"].rsplit(":", 1)[0] for t in plan["tests"] if t.get("pattern")}
    for phase in plan["phases"]:
        for task in phase["tasks"]:
            for step in task["steps"]:
                for token, marked_new in BACKTICK.findall(step["text"]):
                    path = token.split(":")[0]
                    if "/" in path and "." in path.rsplit("/", 1)[-1] and not marked_new and path not in new and "<" not in path and "*" not in path:
                        named.add(path)
    return named, new


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--snapshots", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    cases = json.load(open(args.dev))["cases"]
    rows = []
    for case in cases:
        repo = os.path.join(args.snapshots, case["id"])
        request = case["request"]
        plan_proc, plan_s = run(["dotnet", args.cli, "plan", "--repo", repo, "--request", request, "--format", "json", "--stdout", "-q"])
        if plan_proc.returncode != 0:
            print(f"{case['id']}: plan failed: {plan_proc.stderr.strip()}", file=sys.stderr)
            rows.append({"id": case["id"], "failed": True})
            continue
        pack_out = os.path.join(args.out, case["id"] + ".pack.xml")
        pack_proc, pack_s = run(["dotnet", args.cli, "pack", "--repo", repo, "-o", pack_out, "-q"])
        if os.path.exists(pack_out):
            os.remove(pack_out)
        plan = json.loads(plan_proc.stdout)
        with open(os.path.join(args.out, case["id"] + ".plan.json"), "w") as f:
            f.write(plan_proc.stdout)
        named, new = named_paths(plan)
        missing = sorted(p for p in named if not os.path.exists(os.path.join(repo, p)))
        new_existing = sorted(p for p in new if os.path.exists(os.path.join(repo, p)))
        impacted = {f["path"] for f in plan["impacted_files"]}
        gold = [g["path"] for g in case["gold_files"]]
        gold_existing = [g["path"] for g in case["gold_files"] if g["status"] != "added"]
        rows.append({
            "id": case["id"], "repo": case["repo"], "named": len(named), "missing": missing, "new_existing": new_existing,
            "recall_all": sum(p in impacted for p in gold) / len(gold) if gold else None,
            "recall_existing": sum(p in impacted for p in gold_existing) / len(gold_existing) if gold_existing else None,
            "impacted": len(impacted), "plan_s": plan_s, "pack_s": pack_s if pack_proc.returncode == 0 else None,
        })
        print(f"{case['id']}: named {len(named)}, missing {len(missing)}, new-but-exists {len(new_existing)}, "
              f"recall {rows[-1]['recall_all']:.2f}, plan {plan_s:.2f}s, pack {pack_s:.2f}s", file=sys.stderr)
    json.dump(rows, open(os.path.join(args.out, "results.json"), "w"), indent=1)
    ok = [r for r in rows if not r.get("failed")]
    print("| repo | cases | named existing paths | missing | new but existing | recall (all gold) | recall (existing gold) | plan s (median) | pack s (median) | plan/pack |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    groups = sorted({r["repo"] for r in ok}) + ["overall"]
    for g in groups:
        rs = ok if g == "overall" else [r for r in ok if r["repo"] == g]
        rec = [r["recall_all"] for r in rs if r["recall_all"] is not None]
        rece = [r["recall_existing"] for r in rs if r["recall_existing"] is not None]
        plan_t = statistics.median(r["plan_s"] for r in rs)
        pack_t = statistics.median(r["pack_s"] for r in rs if r["pack_s"])
        ratio = statistics.median(r["plan_s"] / r["pack_s"] for r in rs if r["pack_s"])
        print(f"| {g} | {len(rs)} | {sum(r['named'] for r in rs)} | {sum(len(r['missing']) for r in rs)} | {sum(len(r['new_existing']) for r in rs)} | "
              f"{statistics.mean(rec):.3f} | {statistics.mean(rece):.3f} | {plan_t:.2f} | {pack_t:.2f} | {ratio:.2f}x |")
    failed = [r["id"] for r in rows if r.get("failed")]
    if failed:
        print(f"\nFailed: {', '.join(failed)}")
    for r in ok:
        for p in r["missing"]:
            print(f"- missing in {r['id']}: `{p}`")
        for p in r["new_existing"]:
            print(f"- marked new but exists in {r['id']}: `{p}`")


if __name__ == "__main__":
    main()
