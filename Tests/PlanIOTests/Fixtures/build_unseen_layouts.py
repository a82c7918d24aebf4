#!/usr/bin/env python3
"""Writes submissions in layouts the importer was not written against, for UnseenLayoutTests.

    build_unseen_layouts.py OUTDIR [--libreoffice PROFILE_DIR]

openpyxl writes OUTDIR/openpyxl/varied.xlsx; with --libreoffice the same file is re-saved by
LibreOffice into OUTDIR/libreoffice/varied.xlsx, the way real submissions reach the reform office.
The workbook has: a legend line (◎○△×), a header in two rows with 目標/実績 merged over the fiscal
years, header wordings outside the old list (事業名, アウトカム指標, 評価区分, 課題・対応), an era alias and
（当初）/（変更後） decorations, a unit in brackets (目標（件）), a section heading merged across the table,
percent number formats, a hidden column holding the superseded target, a hidden row, a note (※),
and a sheet named after its department.
"""
import os
import subprocess
import sys

import openpyxl

out = sys.argv[1]
os.makedirs(os.path.join(out, "openpyxl"), exist_ok=True)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "企画財政部"
ws.append(["凡例　◎：順調　○：概ね順調　△：やや遅れ　×：遅れ"])
ws.append(["事業名", "アウトカム指標", "目標（件）", None, None, "実績", None, "評価区分", "課題・対応"])
ws.append([None, None, "2023年度（Ｒ５）", "Ｒ６年度（当初）", "Ｒ６年度（変更後）", "令和５年度", "令和６年度", None, None])
for merged in ("A2:A3", "B2:B3", "H2:H3", "I2:I3", "C2:E2", "F2:G2"):
    ws.merge_cells(merged)
ws.append(["（２）多様な主体との連携・県民参画の推進"])
ws.merge_cells("A4:I4")
ws.append(["ＮＰＯとの連携", "助成数", 10, 10, 12, 11, None, "◎", "継続して支援する"])
ws.append(["電子申請の推進", "申請率", 0.5, 0.6, 0.7, 0.405, None, "△", "周知を強化する"])
for cell in ("C6", "D6", "E6"):
    ws[cell].number_format = "0%"
ws["F6"].number_format = "0.0%"
ws.append(["廃止した事業", "旧指標", 1, 1, 1, 1, None, "○", ""])
ws.row_dimensions[7].hidden = True
ws.append(["※ 実績は３月末時点"])
ws.column_dimensions["D"].hidden = True
path = os.path.join(out, "openpyxl", "varied.xlsx")
wb.save(path)

if "--libreoffice" in sys.argv:
    profile = sys.argv[sys.argv.index("--libreoffice") + 1]
    target = os.path.join(out, "libreoffice")
    os.makedirs(target, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                    "--outdir", target, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
