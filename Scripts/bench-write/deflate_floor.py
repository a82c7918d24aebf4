"""The floor for any XLSX writer on this workload: only deflating the sheet XML with zlib.

Usage: python3 deflate_floor.py WORKBOOK.xlsx
Reads xl/worksheets/sheet1.xml (and the shared strings) of a workbook, then times (CPU time) raw
deflate (window bits -15, as ZIP stores it) of those bytes at levels 1 and 6, in C through
Python's zlib module. Prints one line per level: "level seconds megabytes"."""
import sys
import time
import zipfile
import zlib

with zipfile.ZipFile(sys.argv[1]) as archive:
    parts = [archive.read(name) for name in archive.namelist()
             if name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"]
size = sum(len(part) for part in parts)
for level in (1, 6):
    best = None
    for _ in range(3):
        start = time.process_time()
        for part in parts:
            compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
            for offset in range(0, len(part), 1 << 18):
                compressor.compress(part[offset:offset + (1 << 18)])
            compressor.flush()
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    print(level, f"{best:.3f}", f"{size / 1e6:.1f}")
