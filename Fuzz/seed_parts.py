#!/usr/bin/env python3
"""Seeds the `parts` fuzz target: every XML part of the real workbooks, prefixed with
the selector byte PartsFuzz.swift uses to pick its parser."""
import hashlib, os, sys, zipfile

source, corpus = sys.argv[1], sys.argv[2]
def selector(name):
    lower = name.lower()
    if "worksheets/" in lower: return [0, 1]
    if lower.endswith("sharedstrings.xml"): return [2]
    if lower.endswith("styles.xml"): return [3]
    if lower.endswith("workbook.xml"): return [4]
    if lower.endswith(".rels"): return [5]
    if lower.endswith("[content_types].xml"): return [5 | 0x80]
    return []
for file in sorted(os.listdir(source)):
    try:
        archive = zipfile.ZipFile(os.path.join(source, file))
    except Exception:
        continue
    for info in archive.infolist():
        if info.file_size > 200_000: continue
        for byte in selector(info.filename):
            try:
                data = bytes([byte]) + archive.read(info)
            except Exception:
                continue
            name = hashlib.sha1(data).hexdigest()
            with open(os.path.join(corpus, name), "wb") as out: out.write(data)
