#!/usr/bin/env python3
"""Writes a Samples submission with hidden parts, for the legacy-format import test.

    python3 build_hidden_submission.py SAMPLE.xlsx OUT.xlsx

From the first-adopted somu.xlsx (table layout) it adds what departments leave in their files
and PlanSheet must leave out: a hidden row holding an abandoned initiative between two real
ones, a hidden column of internal notes, and a hidden sheet with an old version. The .xlsx is
written by openpyxl; Scripts/make-legacy-corpus.sh saves it through LibreOffice as .xls and .ods.
"""
import sys

import openpyxl

source, out = sys.argv[1], sys.argv[2]
book = openpyxl.load_workbook(source)
sheet = book["取組状況"]

# Row 7 (between 3-2 and D-2) becomes a hidden, abandoned initiative.
sheet.insert_rows(7)
for column, value in enumerate(["9-9", "経営感覚を持った行財政運営", "廃止した旧い取組", "総務部", "旧指標", "件", 5, 3], start=1):
    sheet.cell(row=7, column=column, value=value)
sheet.row_dimensions[7].hidden = True

# Column N: internal notes, hidden.
sheet.cell(row=4, column=14, value="内部メモ")
sheet.cell(row=6, column=14, value="課長確認済み")
sheet.cell(row=8, column=14, value="要再確認")
sheet.column_dimensions["N"].hidden = True

old = book.create_sheet("旧版")
old.append(["番号", "取組項目"])
old.append(["1-1", "旧版の取組"])
old.sheet_state = "hidden"

book.save(out)
