#!/usr/bin/env python3
"""Records what `plansheet convert` writes for every workbook of the shared corpus, as digests.

Usage: record-output-digests.py PLANSHEET_BINARY OUT.tsv ROOT [FOLDER ...]
  e.g. record-output-digests.py .build/release/plansheet Tests/Fixtures/output-digests/corpus.tsv \
           /work/shared/corpus real extra/real malformed
       record-output-digests.py .build/release/plansheet Tests/Fixtures/output-digests/repository.tsv \
           Tests/Fixtures/workbooks . ../../../Samples/submissions

For every .xlsx/.xlsm in the folders below ROOT (default: real, extra/real, malformed; sorted),
and for CSV and JSON Lines,
it runs `PLANSHEET convert FILE --to FORMAT --all-sheets -o DIR` and writes one line per output
file: corpus path, format, exit status, output file name, byte count, SHA-256. A run that writes
nothing (a workbook PlanSheet refuses) gets one line with `-` for the name.

The digests were recorded with the binary from before the reader was restructured (issue 14);
`OutputDigestCorpusTests` converts the same files with today's binary and expects the same lines,
so any change in the bytes PlanSheet writes shows up as a failing file.
"""
import hashlib
import os
import subprocess
import sys
import tempfile

DEFAULT_FOLDERS = ["real", "extra/real", "malformed"]
FORMATS = ["csv", "jsonl"]


def workbooks(root: str, folders: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if name.lower().endswith((".xlsx", ".xlsm")):
                found.append(os.path.normpath(os.path.join(folder, name)))
    return found


def main() -> None:
    binary, out, corpus = sys.argv[1:4]
    folders = sys.argv[4:] or DEFAULT_FOLDERS
    lines = ["# path\tformat\tstatus\toutput\tbytes\tsha256"]
    for relative in workbooks(corpus, folders):
        for fmt in FORMATS:
            with tempfile.TemporaryDirectory() as scratch:
                target = os.path.join(scratch, "out")
                run = subprocess.run([binary, "convert", os.path.join(corpus, relative), "--to", fmt,
                                      "--all-sheets", "-o", target],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
                names = sorted(os.listdir(target)) if os.path.isdir(target) else []
                if not names:
                    lines.append(f"{relative}\t{fmt}\t{run.returncode}\t-\t0\t-")
                for name in names:
                    with open(os.path.join(target, name), "rb") as handle:
                        data = handle.read()
                    lines.append(f"{relative}\t{fmt}\t{run.returncode}\t{name}\t{len(data)}\t{hashlib.sha256(data).hexdigest()}")
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
