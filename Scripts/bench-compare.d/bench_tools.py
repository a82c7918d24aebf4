#!/usr/bin/env python3
"""The Python side of Scripts/bench-compare: workload generation and the Python contenders.

  bench_tools.py generate WORK [CELLS]     wide.xlsx (CELLS mixed cells, XlsxWriter) + departments/ (200 files)
                                           + strings.xlsx and numbers.xlsx (CELLS cells each, the shapes of
                                           Scripts/gen_bench_workbook.py --shape strings / numbers)
  bench_tools.py extract XLSX ENTRY OUT    OUT.deflate (the entry's raw deflate bytes) and OUT.xml (inflated)
  bench_tools.py calamine-csv XLSX         python-calamine: first sheet to CSV on stdout
  bench_tools.py calamine-read XLSX        python-calamine: first sheet to Python values only
  bench_tools.py fastexcel-read XLSX       fastexcel: first sheet loaded (parsed into Arrow columns)
  bench_tools.py fastexcel-csv XLSX        fastexcel: first sheet to CSV on stdout (needs pyarrow)
  bench_tools.py calamine-files DIR OUT    python-calamine: every .xlsx in DIR to OUT/NAME.csv, one process

Workloads are deterministic: a seeded random generator and fixed document properties, so the
same command writes byte-identical files on every machine. Imports are made inside each command
so a contender's start-up time counts only its own libraries.
"""
import datetime
import os
import random
import struct
import sys
import zlib

COLUMNS = 10
FIXED_DATE = datetime.datetime(2026, 4, 1, 9, 0, 0)


def generate(work: str, cells: int = 1_000_000) -> None:
    import xlsxwriter

    os.makedirs(work, exist_ok=True)
    generate_shapes(work, cells)
    if os.path.exists(os.path.join(work, "departments", "dept199.xlsx")):
        return
    rng = random.Random(20260401)
    categories = [f"Category {i:02d}" for i in range(40)]
    departments = ["総務部", "財政課", "企画政策課", "人事課", "市民協働課", "環境政策課", "都市計画課", "教育委員会"]
    notes = ["行財政改革の推進", "デジタル化による業務効率化", "公共施設の適正配置", "歳入確保の取組", "ＲＰＡ導入"]
    base = datetime.date(2020, 4, 1)
    book = xlsxwriter.Workbook(os.path.join(work, "wide.xlsx"), {"strings_to_numbers": False})
    book.set_properties({"created": FIXED_DATE})
    sheet = book.add_worksheet("取組一覧")
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    stamp_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, ["id", "amount", "category", "code", "部局", "備考", "日付", "更新日時", "率", "flag"])
    for row in range(1, cells // COLUMNS):
        sheet.write_number(row, 0, row)
        sheet.write_number(row, 1, round(rng.uniform(-1e6, 1e6), 2))
        sheet.write_string(row, 2, categories[rng.randrange(len(categories))])
        sheet.write_string(row, 3, f"CODE-{row:08d}-{rng.randrange(1 << 30):x}")
        sheet.write_string(row, 4, departments[rng.randrange(len(departments))])
        sheet.write_string(row, 5, f"{notes[rng.randrange(len(notes))]}（第{row}号）")
        sheet.write_datetime(row, 6, base + datetime.timedelta(days=rng.randrange(3650)), date_format)
        sheet.write_datetime(row, 7, FIXED_DATE + datetime.timedelta(seconds=rng.randrange(10**8)), stamp_format)
        sheet.write_number(row, 8, rng.random())
        sheet.write_boolean(row, 9, rng.random() < 0.5)
    book.close()

    folder = os.path.join(work, "departments")
    os.makedirs(folder, exist_ok=True)
    statuses = ["順調", "遅れ", "完了", "未着手"]
    for index in range(200):
        book = xlsxwriter.Workbook(os.path.join(folder, f"dept{index:03d}.xlsx"))
        book.set_properties({"created": FIXED_DATE})
        sheet = book.add_worksheet("取組一覧")
        deadline_format = book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, ["番号", "取組項目", "指標", "目標", "実績", "達成率", "状況", "担当課", "期限"])
        for row in range(1, 21 + rng.randrange(60)):
            target = 10 + rng.randrange(90)
            actual = rng.randrange(120)
            sheet.write_row(row, 0, [row, f"取組{index}-{row} {notes[rng.randrange(len(notes))]}", "導入件数（件）",
                                     target, actual, round(actual / target, 4), statuses[rng.randrange(4)],
                                     departments[index % len(departments)]])
            sheet.write_datetime(row, 8, base + datetime.timedelta(days=rng.randrange(1500)), deadline_format)
        book.close()


def generate_shapes(work: str, cells: int) -> None:
    """strings.xlsx and numbers.xlsx, written by Scripts/gen_bench_workbook.py (one generator for both scripts)."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    import gen_bench_workbook

    for shape, write in (("strings", gen_bench_workbook.write_strings), ("numbers", gen_bench_workbook.write_numbers)):
        path = os.path.join(work, f"{shape}.xlsx")
        if not os.path.exists(path):
            write(path, cells // COLUMNS, random.Random(20260401), False)


def extract(xlsx: str, entry: str, out: str) -> None:
    """Copies an entry's raw deflate bytes out of the ZIP (local header walk) and its inflated XML."""
    import zipfile

    with zipfile.ZipFile(xlsx) as archive:
        info = archive.getinfo(entry)
        if info.compress_type != zipfile.ZIP_DEFLATED:
            raise SystemExit(f"{entry} is not deflated")
    with open(xlsx, "rb") as file:
        file.seek(info.header_offset)
        header = file.read(30)
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        file.seek(info.header_offset + 30 + name_length + extra_length)
        raw = file.read(info.compress_size)
    with open(out + ".deflate", "wb") as file:
        file.write(raw)
    with open(out + ".xml", "wb") as file:
        file.write(zlib.decompress(raw, -15))


def _csv_value(value):
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value


def calamine_csv(xlsx: str, out) -> None:
    import csv
    from python_calamine import CalamineWorkbook

    writer = csv.writer(out)
    for row in CalamineWorkbook.from_path(xlsx).get_sheet_by_index(0).to_python():
        writer.writerow([_csv_value(v) for v in row])


def main() -> None:
    command, args = sys.argv[1], sys.argv[2:]
    if command == "generate":
        generate(args[0], int(args[1]) if len(args) > 1 else 1_000_000)
    elif command == "extract":
        extract(*args)
    elif command == "calamine-csv":
        calamine_csv(args[0], sys.stdout)
    elif command == "calamine-read":
        from python_calamine import CalamineWorkbook

        rows = CalamineWorkbook.from_path(args[0]).get_sheet_by_index(0).to_python()
        print(len(rows))
    elif command == "fastexcel-read":
        import fastexcel

        print(fastexcel.read_excel(args[0]).load_sheet(0).height)
    elif command == "fastexcel-csv":
        import fastexcel
        import pyarrow.csv

        table = fastexcel.read_excel(args[0]).load_sheet(0).to_arrow()
        pyarrow.csv.write_csv(table, sys.stdout.buffer)
    elif command == "calamine-files":
        folder, out = args
        os.makedirs(out, exist_ok=True)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".xlsx"):
                with open(os.path.join(out, name[:-5] + ".csv"), "w", newline="", encoding="utf-8") as file:
                    calamine_csv(os.path.join(folder, name), file)
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
