#!/usr/bin/env python3
"""Render bench/recon/truth.json as bench/recon/truth.md (the JSON is the source; edit it, then rerun).

Usage: render_truth.py truth.json > truth.md
"""
import json
import sys

KEY_TOPICS = ["data-layer", "migration-command", "test-framework", "test-command"]
STATUS_WORD = {"found": "found", "framework-default": "framework default (flagged)",
               "absent": "absent (recon must not claim one)", "not-established": "NOT ESTABLISHED"}


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def evidence(refs):
    return "<br>".join(f"`{r}`" for r in refs) if refs else "-"


def main(path):
    with open(path, encoding="utf-8") as f:
        truth = json.load(f)
    out = ["# Recon ground truth for the five benchmark repositories", "",
           "Generated from `truth.json` by `render_truth.py`; edit the JSON, not this file.", "",
           truth["about"], "",
           f"Snapshots: {truth['snapshots']}. Evidence is `path:line` inside the snapshot, 1-based; "
           "`compare.py verify` checks that every reference resolves to a non-blank line.", "",
           "## Snapshots", "",
           "| repository | case | snapshot commit (parent of the case) | stack |",
           "| --- | --- | --- | --- |"]
    for repo in truth["repos"]:
        out.append(f"| {repo['repo']} | {repo['case']} | `{repo['commit']}` | {cell(repo['stack'])} |")
    out += ["", "## Key facts (the issue's target: right on all five)", "",
            "| repository | " + " | ".join(KEY_TOPICS) + " |",
            "| --- |" + " --- |" * len(KEY_TOPICS)]
    for repo in truth["repos"]:
        cells = []
        for topic in KEY_TOPICS:
            parts = [f"{e['name']}: {e['expected']}" + ("" if e["status"] == "found" else f" [{e['status']}]")
                     for e in repo["facts"] if e["topic"] == topic]
            cells.append(cell("; ".join(parts)))
        out.append(f"| {repo['repo']} | " + " | ".join(cells) + " |")
    for repo in truth["repos"]:
        out += ["", f"## {repo['repo']}", "",
                f"Case `{repo['case']}`, snapshot `{repo['commit']}` (`{repo['dir']}/`). {repo['stack']}.", ""]
        out += [f"- {n}" for n in repo["notes"]]
        out += ["", "| topic | name | expected | status | evidence |", "| --- | --- | --- | --- | --- |"]
        for e in repo["facts"]:
            expected = e["expected"] + (f" — {e['note']}" if e.get("note") else "")
            out.append(f"| {e['topic']} | {cell(e['name'])} | {cell(expected)} | "
                       f"{STATUS_WORD.get(e['status'], e['status'])} | {evidence(e['evidence'])} |")
        covered = sorted({e["topic"] for e in repo["facts"]})
        out += ["", f"Topics covered: {', '.join(covered)}. The `command` topic (every package.json "
                "script / Makefile target) and `accessibility` are not listed: check `command` facts "
                "directly against the manifest they cite."]
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
