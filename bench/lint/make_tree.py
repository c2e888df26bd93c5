#!/usr/bin/env python3
"""Makes the lint timing inputs: a ~3,000-file tree (samples/inkwell plus copies of its source under src/modules/mNNN/)
and a 300-line checklist plan for it that names real files, symbols and commands.
Usage: python3 bench/lint/make_tree.py OUT_DIR   (run from the repository root)"""
import os, shutil, sys

root = os.getcwd()
out = sys.argv[1]
tree = os.path.join(out, "tree")
if os.path.isdir(tree):
    shutil.rmtree(tree)
shutil.copytree(os.path.join(root, "samples/inkwell"), tree)
src = [os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(tree, "src")) for f in fs]
count = sum(len(fs) for _, _, fs in os.walk(tree))
n = 0
while count < 3000:
    for f in src:
        rel = os.path.relpath(f, os.path.join(tree, "src"))
        dest = os.path.join(tree, "src/modules", f"m{n:03d}", rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(f, dest)
        count += 1
    n += 1

clean = open(os.path.join(root, "tests/fixtures/lint/clean/inkwell/checklist.md"), encoding="utf-8").read().split("\n")
head, body = clean[:4], clean[4:]
lines = list(head)
i = 0
while len(lines) < 300:
    # Each round re-plans the same four phases against another copied module, so every path still exists.
    module = f"src/modules/m{i:03d}/"
    lines += [l.replace("src/lib/", module + "lib/").replace("src/components/", module + "components/")
              .replace("#### Phase ", f"#### Phase ") for l in body if l.strip()] if i else [l for l in body]
    i += 1
open(os.path.join(out, "plan.md"), "w", encoding="utf-8").write("\n".join(lines[:300]) + "\n")
print(f"{count} files in {tree}, plan of {min(300, len(lines))} lines")
