#!/usr/bin/env python3
"""Runs `groundplan lint --json` over the defect corpus and the clean plans and reports recall per rule family
and false positives per clean plan. Run from the repository root after a Release build:
    dotnet build src/Groundplan.Cli -c Release && python3 bench/lint/corpus.py"""
import glob, json, os, subprocess, sys, collections

ROOT = os.getcwd()
CLI = os.environ.get("GROUNDPLAN_CLI", os.path.join(ROOT, "src/Groundplan.Cli/bin/Release/net10.0/Groundplan.Cli.dll"))
FAMILY = {"1": "structure", "2": "grounding", "3": "completeness", "4": "style"}

def repo_path(name):
    return os.path.join(ROOT, "samples", name) if name == "inkwell" else os.path.join(ROOT, "tests/fixtures/recon", name)

def lint(plan, repo):
    out = subprocess.run(["dotnet", CLI, "lint", plan, "--repo", repo_path(repo), "--json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"{plan}: exit {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)["findings"]

seeded = collections.Counter(); found = collections.Counter(); extra = []
for expected_file in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/lint/corpus/*/*.expected"))):
    repo = os.path.basename(os.path.dirname(expected_file))
    plan = expected_file[:-len(".expected")] + ".md"
    labels = collections.Counter(l.strip() for l in open(expected_file) if l.strip())
    got = collections.Counter(f"{f['ruleId']} {f['line']}" for f in lint(plan, repo))
    for label, n in labels.items():
        family = FAMILY[label[2]]
        seeded[family] += n
        found[family] += min(n, got[label])
    for label, n in (got - labels).items():
        extra.append(f"{os.path.relpath(plan, ROOT)}: unexpected {label}")
    for label, n in (labels - got).items():
        extra.append(f"{os.path.relpath(plan, ROOT)}: missed {label}")

clean = sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/lint/clean/*/*.md")))
fp = {os.path.relpath(p, ROOT): len(lint(p, os.path.basename(os.path.dirname(p)))) for p in clean}

print("| family | seeded | found | recall |\n| --- | ---: | ---: | ---: |")
for family in ["structure", "grounding", "completeness", "style"]:
    s, f = seeded[family], found[family]
    print(f"| {family} | {s} | {f} | {f / s if s else 0:.2f} |")
print(f"| all | {sum(seeded.values())} | {sum(found.values())} | {sum(found.values()) / max(1, sum(seeded.values())):.2f} |")
print(f"\nclean plans: {len(fp)}, findings on them: {sum(fp.values())} ({sum(fp.values()) / max(1, len(fp)):.2f} per plan)")
for plan, n in fp.items():
    if n:
        print(f"  {plan}: {n}")
for line in extra:
    print(line)
