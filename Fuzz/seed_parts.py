#!/usr/bin/env python3
"""Seeds the `parts` fuzz target: every XML part of the real workbooks, prefixed with
the selector byte PartsFuzz.swift uses to pick its parser."""
import hashlib, os, sys, zipfile

# Folders of workbooks (walked recursively); a folder that does not exist is passed over, so
# a clone without the shared corpus still seeds from its own fixtures.
*sources, corpus = sys.argv[1:]
def selector(name):
    lower = name.lower()
    if "worksheets/" in lower: return [0, 1]
    if lower.endswith("sharedstrings.xml"): return [2]
    if lower.endswith("styles.xml"): return [3]
    if lower.endswith("workbook.xml"): return [4]
    if lower.endswith(".rels"): return [5]
    if lower.endswith("[content_types].xml"): return [5 | 0x80]
    return []
files = sorted(os.path.join(folder, name) for source in sources if os.path.isdir(source)
               for folder, _, names in os.walk(source) for name in names if name.endswith((".xlsx", ".xlsm")))
for file in files:
    try:
        archive = zipfile.ZipFile(file)
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
