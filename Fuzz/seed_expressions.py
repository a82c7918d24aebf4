#!/usr/bin/env python3
"""Seeds the `expression` fuzz target: the target and result lines of the seed report
and every string literal of the expression grammar tests."""
import hashlib, os, re, sys

corpus = sys.argv[1]
lines = set()
for path in ["/work/shared/seed/r2-gyozaisei-kaikaku.txt"]:
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            line = line.strip()
            if line and re.search(r"[0-9０-９]", line) and len(line) < 200: lines.add(line)
tests = "Tests/PlanModelTests/ExpressionGrammarTests.swift"
if os.path.exists(tests):
    for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', open(tests, encoding="utf-8").read()):
        if literal: lines.add(literal)
for line in sorted(lines):
    data = line.encode("utf-8")
    with open(os.path.join(corpus, hashlib.sha1(data).hexdigest()), "wb") as out: out.write(data)
print(f"{len(lines)} expression seeds", file=sys.stderr)
