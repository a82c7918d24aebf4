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

The values come from `shape_rows`, which Scripts/gen_sst_workbook.py shares: it streams the same
cells with a shared-string table at sizes (10M cells) XlsxWriter's normal mode cannot hold.
"""
import datetime
import random
import sys
from typing import Iterator, List, Tuple

COLUMNS = 10
SEED = 20260401
SHAPES = ("wide", "strings", "numbers")

# One cell as shape_rows yields it: (kind, value). Kinds: "number"; "string" (a text that may
# repeat, e.g. a category); "unique" (a text no other cell of the sheet holds: it carries its row
# and column, so a streaming writer needs no dictionary to number it); "date" and "datetime"
# (a datetime.date / datetime.datetime, shown as yyyy-mm-dd / yyyy-mm-dd hh:mm:ss); "bool".
Cell = Tuple[str, object]


def shape_rows(shape: str, rows: int, rng: random.Random) -> Iterator[List[Cell]]:
    """The header row, then rows 2 … rows of the shape, drawing from rng in column order."""
    if shape == "wide":
        return wide_rows(rows, rng)
    if shape == "strings":
        return strings_rows(rows, rng)
    if shape == "numbers":
        return numbers_rows(rows, rng)
    sys.exit(f"unknown shape {shape} ({', '.join(SHAPES)})")


def wide_rows(rows: int, rng: random.Random) -> Iterator[List[Cell]]:
    categories = [f"Category {i:02d}" for i in range(40)]
    departments = ["総務部", "財政課", "企画政策課", "人事課", "市民協働課", "環境政策課", "都市計画課", "教育委員会"]
    notes = ["行財政改革の推進", "デジタル化による業務効率化", "公共施設の適正配置", "歳入確保の取組", "ＲＰＡ導入"]
    base = datetime.date(2020, 4, 1)
    stamp_base = datetime.datetime(2020, 4, 1)
    yield [("string", name) for name in ["id", "amount", "category", "code", "部局", "備考", "日付", "更新日時", "率", "flag"]]
    for row in range(1, rows):
        yield [
            ("number", row),
            ("number", round(rng.uniform(-1e6, 1e6), 2)),
            ("string", categories[rng.randrange(len(categories))]),
            ("unique", f"CODE-{row:08d}-{rng.randrange(1 << 30):x}"),
            ("string", departments[rng.randrange(len(departments))]),
            ("unique", f"{notes[rng.randrange(len(notes))]}（第{row}号）"),
            ("date", base + datetime.timedelta(days=rng.randrange(3650))),
            ("datetime", stamp_base + datetime.timedelta(seconds=rng.randrange(10**8))),
            ("number", rng.random()),
            ("bool", rng.random() < 0.5),
        ]


def strings_rows(rows: int, rng: random.Random) -> Iterator[List[Cell]]:
    repeated = [f"共通項目{i:03d}" for i in range(250)] + [f"shared value {i:03d}" for i in range(250)]
    words = ["行財政改革", "業務効率化", "公共施設", "歳入確保", "ＲＰＡ", "電子申請", "ペーパーレス", "窓口改善"]
    yield [("string", f"text{c}") for c in range(COLUMNS)]
    for row in range(1, rows):
        cells: List[Cell] = []
        for column in range(COLUMNS):
            pick = rng.random()
            if pick < 0.1:
                cells.append(("string", repeated[rng.randrange(len(repeated))]))
            elif column % 3 == 0:
                cells.append(("unique", f"R{row:07d}-{column}-{rng.randrange(1 << 32):08x}"))
            elif column % 3 == 1:
                cells.append(("unique", f"{words[rng.randrange(len(words))]}（第{row}号の{column}）"))
            else:
                cells.append(("unique", f"note {row}.{column}: {words[rng.randrange(len(words))]} {rng.randrange(10**6)}"))
        yield cells


def numbers_rows(rows: int, rng: random.Random) -> Iterator[List[Cell]]:
    yield [("string", name) for name in ["id", "count", "delta", "amount", "ratio", "scaled", "tiny", "huge", "price", "share"]]
    for row in range(1, rows):
        yield [
            ("number", row),
            ("number", rng.randrange(10**9)),
            ("number", -rng.randrange(10**6)),
            ("number", round(rng.uniform(-1e6, 1e6), 2)),
            ("number", rng.random()),
            ("number", rng.random() * 10 ** rng.randrange(-3, 12)),
            ("number", rng.random() * 10 ** -rng.randrange(5, 12)),
            ("number", rng.random() * 10 ** rng.randrange(15, 300)),
            ("number", round(rng.uniform(0, 10000), rng.randrange(0, 5))),
            ("number", rng.randrange(1, 1000) / rng.randrange(1, 1000)),
        ]


SHEET_NAMES = {"wide": "取組一覧", "strings": "strings", "numbers": "numbers"}


def write_shape(out: str, shape: str, rows: int, rng: random.Random, inline: bool) -> None:
    """The shape's workbook through XlsxWriter (constant_memory mode, inline strings, when inline)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(out, {"strings_to_numbers": False, "constant_memory": inline})
    sheet = workbook.add_worksheet(SHEET_NAMES[shape])
    formats = {
        "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
        "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
    } if shape == "wide" else {}
    for row, cells in enumerate(shape_rows(shape, rows, rng)):
        for column, (kind, value) in enumerate(cells):
            if kind == "number":
                sheet.write_number(row, column, value)
            elif kind in ("string", "unique"):
                sheet.write_string(row, column, value)
            elif kind == "bool":
                sheet.write_boolean(row, column, value)
            else:
                sheet.write_datetime(row, column, value, formats[kind])
    workbook.close()


def write_strings(out: str, rows: int, rng: random.Random, inline: bool) -> None:
    """strings.xlsx (Scripts/bench-compare.d/bench_tools.py calls this)."""
    write_shape(out, "strings", rows, rng, inline)


def write_numbers(out: str, rows: int, rng: random.Random, inline: bool) -> None:
    """numbers.xlsx (Scripts/bench-compare.d/bench_tools.py calls this)."""
    write_shape(out, "numbers", rows, rng, inline)


def parse_arguments(argv: List[str], script: str) -> Tuple[str, List[str], List[str]]:
    """(shape, positional arguments, --flags) from the command line both generators take."""
    argv = list(argv)
    shape = "wide"
    if "--shape" in argv:
        at = argv.index("--shape")
        shape = argv[at + 1] if at + 1 < len(argv) else ""
        del argv[at:at + 2]
    positional = [a for a in argv if not a.startswith("--")]
    if shape not in SHAPES or not positional:
        problem = f" (unknown shape {shape})" if shape not in SHAPES else ""
        sys.exit(f"usage: {script} OUT.xlsx [CELLS] [--shape {'|'.join(SHAPES)}]{problem}")
    return shape, positional, [a for a in argv if a.startswith("--")]


def main() -> None:
    shape, args, flags = parse_arguments(sys.argv[1:], "gen_bench_workbook.py")
    cells = int(args[1]) if len(args) > 1 else 1_000_000
    write_shape(args[0], shape, cells // COLUMNS, random.Random(SEED), "--inline-strings" in flags)


if __name__ == "__main__":
    main()
