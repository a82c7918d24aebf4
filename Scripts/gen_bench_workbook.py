#!/usr/bin/env python3
"""Writes a deterministic benchmark workbook with XlsxWriter (an independent producer).

Usage: gen_bench_workbook.py OUT.xlsx [CELLS] [--inline-strings]
       (CELLS defaults to 1,000,000; 10 columns per row)

Columns: row id (integer), amount (float), category (one of 40 repeated strings),
unique code (a different string every row), Japanese department name (repeated),
Japanese note (unique per row), date, date-time, ratio (float), flag (boolean).
Shared strings as Excel writes them; with --inline-strings, XlsxWriter's constant_memory
mode writes inline strings instead, so a reader holds no string table and its memory shows
what streaming alone costs.
"""
import datetime
import random
import sys

import xlsxwriter

COLUMNS = 10


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    inline = "--inline-strings" in sys.argv
    out = args[0]
    cells = int(args[1]) if len(args) > 1 else 1_000_000
    rows = cells // COLUMNS
    rng = random.Random(20260401)
    categories = [f"Category {i:02d}" for i in range(40)]
    departments = ["総務部", "財政課", "企画政策課", "人事課", "市民協働課", "環境政策課", "都市計画課", "教育委員会"]
    notes = ["行財政改革の推進", "デジタル化による業務効率化", "公共施設の適正配置", "歳入確保の取組", "ＲＰＡ導入"]
    base = datetime.date(2020, 4, 1)

    workbook = xlsxwriter.Workbook(out, {"strings_to_numbers": False, "constant_memory": inline})
    sheet = workbook.add_worksheet("取組一覧")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, ["id", "amount", "category", "code", "部局", "備考", "日付", "更新日時", "率", "flag"])
    for row in range(1, rows):
        sheet.write_number(row, 0, row)
        sheet.write_number(row, 1, round(rng.uniform(-1e6, 1e6), 2))
        sheet.write_string(row, 2, categories[rng.randrange(len(categories))])
        sheet.write_string(row, 3, f"CODE-{row:08d}-{rng.randrange(1 << 30):x}")
        sheet.write_string(row, 4, departments[rng.randrange(len(departments))])
        sheet.write_string(row, 5, f"{notes[rng.randrange(len(notes))]}（第{row}号）")
        sheet.write_datetime(row, 6, base + datetime.timedelta(days=rng.randrange(3650)), date_format)
        sheet.write_datetime(row, 7, datetime.datetime(2020, 4, 1) + datetime.timedelta(seconds=rng.randrange(10**8)), datetime_format)
        sheet.write_number(row, 8, rng.random())
        sheet.write_boolean(row, 9, rng.random() < 0.5)
    workbook.close()


if __name__ == "__main__":
    main()
