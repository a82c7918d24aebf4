#!/usr/bin/env python3
"""Writes a deterministic benchmark workbook with XlsxWriter (an independent producer).

Usage: gen_bench_workbook.py OUT.xlsx [CELLS] [--inline-strings] [--shape wide|strings|numbers]
       (CELLS defaults to 1,000,000; 10 columns per row; shape defaults to wide)

wide (issue 14's wide_1m) columns: row id (integer), amount (float), category (one of 40 repeated strings),
unique code (a different string every row), Japanese department name (repeated),
Japanese note (unique per row), date, date-time, ratio (float), flag (boolean).
Shared strings as Excel writes them; with --inline-strings, XlsxWriter's constant_memory
mode writes inline strings instead, so a reader holds no string table and its memory shows
what streaming alone costs.

strings (strings_1m): ten text columns, about 90 % of the cells a string seen nowhere else
(ASCII codes, Japanese notes, mixed), the rest drawn from 500 repeated ones: the shared-string
table holds about 900,000 entries, so a reader's memory shows what the table costs.

numbers (numbers_1m): ten number columns: integers, negative integers, 2-decimal amounts, random
doubles of 16-17 significant digits, tiny and huge magnitudes (1e-7 … 1e+300), so number parsing
and shortest round-trip printing dominate.
"""
import datetime
import random
import sys

import xlsxwriter

COLUMNS = 10


def main() -> None:
    argv = sys.argv[1:]
    shape = "wide"
    if "--shape" in argv:
        at = argv.index("--shape")
        shape = argv[at + 1]
        del argv[at:at + 2]
    args = [a for a in argv if not a.startswith("--")]
    inline = "--inline-strings" in argv
    out = args[0]
    cells = int(args[1]) if len(args) > 1 else 1_000_000
    rows = cells // COLUMNS
    rng = random.Random(20260401)
    if shape == "strings":
        write_strings(out, rows, rng, inline)
        return
    if shape == "numbers":
        write_numbers(out, rows, rng, inline)
        return
    if shape != "wide":
        sys.exit(f"gen_bench_workbook.py: unknown shape {shape} (wide, strings, numbers)")
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


def write_strings(out: str, rows: int, rng: random.Random, inline: bool) -> None:
    repeated = [f"共通項目{i:03d}" for i in range(250)] + [f"shared value {i:03d}" for i in range(250)]
    words = ["行財政改革", "業務効率化", "公共施設", "歳入確保", "ＲＰＡ", "電子申請", "ペーパーレス", "窓口改善"]
    workbook = xlsxwriter.Workbook(out, {"strings_to_numbers": False, "constant_memory": inline})
    sheet = workbook.add_worksheet("strings")
    sheet.write_row(0, 0, [f"text{c}" for c in range(COLUMNS)])
    for row in range(1, rows):
        for column in range(COLUMNS):
            pick = rng.random()
            if pick < 0.1:
                value = repeated[rng.randrange(len(repeated))]
            elif column % 3 == 0:
                value = f"R{row:07d}-{column}-{rng.randrange(1 << 32):08x}"
            elif column % 3 == 1:
                value = f"{words[rng.randrange(len(words))]}（第{row}号の{column}）"
            else:
                value = f"note {row}.{column}: {words[rng.randrange(len(words))]} {rng.randrange(10**6)}"
            sheet.write_string(row, column, value)
    workbook.close()


def write_numbers(out: str, rows: int, rng: random.Random, inline: bool) -> None:
    workbook = xlsxwriter.Workbook(out, {"strings_to_numbers": False, "constant_memory": inline})
    sheet = workbook.add_worksheet("numbers")
    sheet.write_row(0, 0, ["id", "count", "delta", "amount", "ratio", "scaled", "tiny", "huge", "price", "share"])
    for row in range(1, rows):
        sheet.write_number(row, 0, row)
        sheet.write_number(row, 1, rng.randrange(10**9))
        sheet.write_number(row, 2, -rng.randrange(10**6))
        sheet.write_number(row, 3, round(rng.uniform(-1e6, 1e6), 2))
        sheet.write_number(row, 4, rng.random())
        sheet.write_number(row, 5, rng.random() * 10 ** rng.randrange(-3, 12))
        sheet.write_number(row, 6, rng.random() * 10 ** -rng.randrange(5, 12))
        sheet.write_number(row, 7, rng.random() * 10 ** rng.randrange(15, 300))
        sheet.write_number(row, 8, round(rng.uniform(0, 10000), rng.randrange(0, 5)))
        sheet.write_number(row, 9, rng.randrange(1, 1000) / rng.randrange(1, 1000))
    workbook.close()


if __name__ == "__main__":
    main()
