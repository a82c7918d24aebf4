"""Writes the bench-write workload with rust_xlsxwriter through PyPI's rustpy-xlsxwriter.

Usage: python3 rust_xlsxwriter_bench.py ROWS OUTPUT.xlsx
The records are built before the clock starts, so the time printed is the write alone
(peak memory, measured around the whole process, includes the Python records)."""
import datetime
import sys
import time

from rustpy_xlsxwriter import write_worksheet

rows, output = int(sys.argv[1]), sys.argv[2]
statuses = ["順調", "遅れ", "完了", "未着手"]
titles = [f"行財政改革 取組{k}" for k in range(500)]
departments = [f"部署{k:02d}" for k in range(20)]
epoch = datetime.date(1899, 12, 30)
dates = [epoch + datetime.timedelta(days=43922 + k) for k in range(3650)]


def records():
    for i in range(rows):
        yield {"id": i, "value": i * 0.25 + 0.125, "status": statuses[i % 4], "code": f"ID-{i:07d}",
               "title": titles[i % 500], "date": dates[i % 3650], "amount": (i % 1000) * 1000,
               "rate": (i % 100) / 100, "dept": departments[i % 20], "ratio": i / 7}


data = list(records())
start = time.perf_counter()
write_worksheet(data, output, sheet_name="bench", datetime_format="yyyy-mm-dd")
print(f"rust_xlsxwriter: {time.perf_counter() - start:.3f} s", file=sys.stderr)
