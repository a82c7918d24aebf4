#!/usr/bin/env python3
"""Writes a workbook of the formulas department files hold, for the .ods formula-text test.

    python3 build_formula_workbook.py OUT.xlsx

openpyxl writes the formulas in Excel's syntax; Scripts/make-legacy-corpus.sh saves the file
through LibreOffice as .ods (OpenFormula, of:=SUM([.B2:.C2])), and the reader must give back
the text openpyxl wrote. Column A names each case; column D holds the formula.
"""
import sys

import openpyxl

FORMULAS = [
    ("sum of a range", "SUM(B2:C2)"),
    ("arithmetic", "B3*2+C3/4-1"),
    ("absolute references", "$B$4+B$4+$C4"),
    ("another sheet", "元データ!A1*2"),
    ("a quoted sheet", "'R2 実績'!B2+1"),
    ("a range on another sheet", "SUM(元データ!A1:A3)"),
    ("text and comparison", 'IF(B8>=C8,"達成","未達")'),
    ("concatenation", 'B9&"件"'),
    ("nested functions", "ROUND(AVERAGE(B2:C4),1)"),
    ("whole column", "SUM(B:B)"),
    ("percent", "B12/C12"),
]

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "計算"
sheet.append(["case", "b", "c", "formula"])
for row, (case, formula) in enumerate(FORMULAS, start=2):
    sheet.append([case, row * 10, row, "=" + formula])
data = book.create_sheet("元データ")
for value in (1, 2, 3):
    data.append([value])
actual = book.create_sheet("R2 実績")
actual.append(["x", 5])
actual.append(["y", 7])
book.save(sys.argv[1])
