#!/usr/bin/env python3
"""Put `groundplan recon --json` output side by side with bench/recon/truth.json.

  compare.py verify  TRUTH SNAPSHOTS            check that every truth evidence path:line exists
  compare.py compare TRUTH SNAPSHOTS RESULTS    print truth and recon facts per repository and topic

SNAPSHOTS holds one <owner>+<name>/ folder per repository (bench/recon/snapshots.sh).
RESULTS holds <owner>+<name>.json, each the stdout of `groundplan recon --repo <dir> --json`:
a top-level "facts" array of {topic, name, value, status, evidence: [{path, line}]}.

The comparison does not judge: it pairs recon facts with truth entries by the truth's "match"
substrings, shows the text of each evidence line recon cites (so a person can see whether the line
really shows the fact), flags evidence that points nowhere, and flags Found facts in topics the truth
marks absent. A person then counts right / unknown / wrong per repository.
"""
import json
import os
import sys

TOPIC_ORDER = [
    "language", "framework", "routing", "workspace", "entry-point", "directory-role",
    "data-layer", "schema-file", "model", "migrations", "migration-command",
    "cache", "cache-invalidation", "authentication", "authorization", "validation",
    "data-fetching", "state", "frontend", "css", "component-library", "accessibility",
    "test-framework", "test-location", "test-naming", "test-fixture", "test-command",
    "lint", "ci-command", "command", "naming",
]
KEY_TOPICS = ["data-layer", "migration-command", "test-framework", "test-command"]
# FactStatus is an enum; accept its names in any case or its ordinal.
STATUS_NAMES = {"0": "Found", "1": "FrameworkDefault", "2": "Unknown",
                "found": "Found", "frameworkdefault": "FrameworkDefault", "framework-default": "FrameworkDefault",
                "unknown": "Unknown"}


def norm_status(raw):
    return STATUS_NAMES.get(str(raw).strip().lower(), str(raw))


def get(obj, key, default=None):
    """Field lookup tolerant of PascalCase serialisation (Topic vs topic)."""
    if key in obj:
        return obj[key]
    return obj.get(key[:1].upper() + key[1:], default)


class Snapshot:
    def __init__(self, root):
        self.root = root
        self._lines = {}

    def line(self, path, line):
        """The text at path:line, or None when the file or line does not exist."""
        if path not in self._lines:
            full = os.path.join(self.root, path)
            try:
                with open(full, encoding="utf-8", errors="replace") as f:
                    self._lines[path] = f.read().split("\n")
            except OSError:
                self._lines[path] = None
        lines = self._lines[path]
        if lines is None or not isinstance(line, int) or line < 1 or line > len(lines):
            return None
        return lines[line - 1].strip()


def split_ref(ref):
    path, _, line = ref.rpartition(":")
    return path, int(line)


def short(text, width=110):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def verify(truth, snapshots):
    bad = 0
    for repo in truth["repos"]:
        snap = Snapshot(os.path.join(snapshots, repo["dir"]))
        print(f"## {repo['repo']} @ {repo['commit'][:12]}")
        for fact in repo["facts"]:
            for ref in fact["evidence"]:
                path, line = split_ref(ref)
                text = snap.line(path, line)
                # A blank line cannot show a fact either.
                mark = "ok " if text else "BAD"
                bad += not text
                print(f"  {mark} {fact['topic']:<18} {ref:<60} {short(text or '(missing)', 70)}")
    print(f"\n{bad} evidence references point nowhere" if bad else "\nall evidence references resolve")
    return 1 if bad else 0


def matches(fact, entry):
    hay = f"{get(fact, 'name', '')} {get(fact, 'value', '')}".lower()
    return any(m in hay for m in entry["match"])


def compare_repo(repo, recon, snap):
    facts = get(recon, "facts", []) or []
    by_topic = {}
    for f in facts:
        by_topic.setdefault(get(f, "topic", "?"), []).append(f)
    truth_by_topic = {}
    for e in repo["facts"]:
        truth_by_topic.setdefault(e["topic"], []).append(e)

    topics = [t for t in TOPIC_ORDER if t in by_topic or t in truth_by_topic]
    topics += sorted(t for t in set(by_topic) | set(truth_by_topic) if t not in TOPIC_ORDER)
    flags = {"bad-evidence": 0, "found-in-absent-topic": 0, "unpaired": 0}
    key_hits = {}
    for topic in topics:
        expected = truth_by_topic.get(topic, [])
        actual = by_topic.get(topic, [])
        print(f"\n### {topic}")
        for e in expected:
            ev = ", ".join(e["evidence"]) or "-"
            print(f"  TRUTH [{e['status']}] {e['name']}: {short(e['expected'])}")
            print(f"        at {short(ev, 120)}")
            if e.get("note"):
                print(f"        note: {short(e['note'])}")
        if not actual:
            print("  RECON (nothing)")
        for f in actual:
            status = norm_status(get(f, "status", "?"))
            paired = [e["name"] for e in expected if matches(f, e)]
            hint = f"~ {', '.join(paired)}" if paired else "~ (no truth entry matches)"
            absent = any(e["status"] == "absent" for e in expected) and not any(
                e["status"] != "absent" for e in expected if matches(f, e))
            if status == "Found" and absent:
                hint += "  !! Found in a topic the truth marks absent"
                flags["found-in-absent-topic"] += 1
            wanted = {e["status"] for e in expected if matches(f, e)}
            if status == "Found" and wanted == {"framework-default"}:
                hint += "  !! truth: not documented, expected a flagged FrameworkDefault"
            if status == "FrameworkDefault" and "found" in wanted:
                hint += "  (truth: documented in the repo, expected Found)"
            if not paired and status != "Unknown":
                flags["unpaired"] += 1
            if topic in KEY_TOPICS and paired and status in ("Found", "FrameworkDefault"):
                key_hits.setdefault(topic, []).append(f"{get(f, 'name', '')} [{status}]")
            print(f"  RECON [{status}] {get(f, 'name', '')}: {short(get(f, 'value', ''))}   {hint}")
            for ev in get(f, "evidence", []) or []:
                path, line = get(ev, "path", ""), get(ev, "line", 0)
                text = snap.line(path, line)
                if not text:
                    flags["bad-evidence"] += 1
                    print(f"        at {path}:{line}  !! {'blank line' if text == '' else 'no such file or line'}")
                else:
                    print(f"        at {path}:{line}  | {short(text, 90)}")
    print("\n### summary (hints only; count right / unknown / wrong by hand)")
    statuses = {}
    for f in facts:
        s = norm_status(get(f, "status", "?"))
        statuses[s] = statuses.get(s, 0) + 1
    print(f"  recon facts: {len(facts)} " + " ".join(f"{k}={v}" for k, v in sorted(statuses.items())))
    print(f"  truth entries: {len(repo['facts'])}")
    for k, v in flags.items():
        print(f"  {k}: {v}")
    for topic in KEY_TOPICS:
        hits = key_hits.get(topic)
        print(f"  key {topic:<18} {'; '.join(hits) if hits else 'NO matching Found/FrameworkDefault fact'}")
    return facts


def compare(truth, snapshots, results):
    missing = 0
    for repo in truth["repos"]:
        print(f"\n## {repo['repo']} @ {repo['commit'][:12]} ({repo['stack']})")
        result = os.path.join(results, repo["dir"] + ".json")
        try:
            with open(result, encoding="utf-8") as f:
                recon = json.load(f)
        except (OSError, ValueError) as err:
            print(f"  no recon output: {err}")
            missing += 1
            continue
        compare_repo(repo, recon, Snapshot(os.path.join(snapshots, repo["dir"])))
    return 1 if missing else 0


def main(argv):
    if len(argv) < 4 or argv[1] not in ("verify", "compare") or (argv[1] == "compare" and len(argv) < 5):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        truth = json.load(f)
    if argv[1] == "verify":
        return verify(truth, argv[3])
    return compare(truth, argv[3], argv[4])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
