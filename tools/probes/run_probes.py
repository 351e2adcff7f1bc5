#!/usr/bin/env python3
"""Runs the development probes through a built `bbconduct` and prints counts only.

usage: python3 tools/probes/run_probes.py [BBCONDUCT] [--no-model]

pupil-harm.jsonl: for each category, the posts in odd position within that category are the development half (tuned
on); the even ones are kept back and reported by count only. The innocent probes: odd line numbers (by id) are the
development half, even ones kept back. Prints, per half, the harmful posts found in their expected category and the
innocent posts with a finding other than the consent rules (and how many were blocked).
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INNOCENT = ["innocent-risky-words", "everyday-double-meanings", "equality-education", "friendly-banter"]


def scan(binary, posts, extra):
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for p in posts:
                f.write(json.dumps({"id": p["id"], "text": p["text"]}) + "\n")
        subprocess.run([binary, "scan", src, "--out", out, "--progress", "none", *extra], stderr=subprocess.DEVNULL, check=False)
        with open(out, encoding="utf-8") as f:
            return {r["id"]: r for r in map(json.loads, f)}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    extra = [a for a in sys.argv[1:] if a.startswith("--")]
    binary = args[0] if args else os.path.join(HERE, "..", "..", "src", "BBConduct.Cli", "bin", "Release", "net10.0", "bbconduct")
    with open(os.path.join(HERE, "pupil-harm.jsonl"), encoding="utf-8") as f:
        harm = [json.loads(line) for line in f]
    seen = collections.Counter()
    for p in harm:
        seen[p["expect"]] += 1
        p["half"] = "dev" if seen[p["expect"]] % 2 == 1 else "kept-back"
    results = scan(binary, harm, extra)
    for half in ("dev", "kept-back"):
        found, total = collections.Counter(), collections.Counter()
        for p in (p for p in harm if p["half"] == half):
            total[p["expect"]] += 1
            if any(f["category"] == p["expect"] for f in results[p["id"]]["findings"]):
                found[p["expect"]] += 1
        print(f"pupil-harm {half}: {sum(found.values())}/{sum(total.values())} in the expected category  "
              + " ".join(f"{c}:{found[c]}/{total[c]}" for c in sorted(total)))
    for name in INNOCENT:
        with open(os.path.join(HERE, name + ".jsonl"), encoding="utf-8") as f:
            posts = [json.loads(line) for line in f]
        results = scan(binary, posts, extra)
        for half, parity in (("dev", 1), ("kept-back", 0)):
            ids = [p["id"] for p in posts if int("".join(ch for ch in p["id"] if ch.isdigit())) % 2 == parity]
            flagged = sum(1 for i in ids if any(not f["rule"].startswith("consent.") for f in results[i]["findings"]))
            blocked = sum(1 for i in ids if results[i]["verdict"] == "block")
            print(f"{name} {half}: {flagged}/{len(ids)} with a finding other than consent, {blocked} blocked")


if __name__ == "__main__":
    main()
