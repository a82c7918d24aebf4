#!/usr/bin/env python3
"""Builds submissions that PlanSheet did not write, for the import tests.

    build_variants.py OUTDIR [--libreoffice PROFILE_DIR]

From Samples/plans/revised.json, writes OUTDIR/<variant>/<department file>.xlsx with openpyxl
and (with --libreoffice) through LibreOffice from flat ODS files. Each variant shapes the same
data differently: title lines above the header, a cover sheet first, merged or repeated cells,
和暦 and Western fiscal-year headers, full-width digits, numbers as text, the department only on
the cover or only in the file name. The test imports each folder and compares the plan with the
data it was built from.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
spec = importlib.util.spec_from_file_location("make_samples", os.path.join(ROOT, "Scripts", "make_samples.py"))
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

# variant name → (layout, shape, engine, file naming: "ascii" or "department")
VARIANTS = {
    "openpyxl-table-reiwa": ("table", {"cover": True, "title_lines": 4, "text_numbers": True, "year_style": "reiwa"}, "openpyxl", "ascii"),
    "openpyxl-table-western": ("table", {"cover": True, "department_column": False, "year_style": "western"}, "openpyxl", "ascii"),
    "openpyxl-table-filename": ("table", {"department_column": False, "title_lines": 0}, "openpyxl", "department"),
    "openpyxl-free-text": ("free-text", {"status_column": True}, "openpyxl", "ascii"),
    "libreoffice-table": ("table", {"cover": True, "title_lines": 3, "text_numbers": True, "year_style": "end"}, "libreoffice", "ascii"),
    "libreoffice-free-text": ("free-text", {"status_column": False}, "libreoffice", "ascii"),
}


def main():
    out = sys.argv[1]
    profile = sys.argv[sys.argv.index("--libreoffice") + 1] if "--libreoffice" in sys.argv else None
    with open(os.path.join(ROOT, "Samples", "plans", "revised.json"), encoding="utf-8") as handle:
        plan = json.load(handle)
    for name, (layout, shape, engine, naming) in VARIANTS.items():
        if engine == "libreoffice" and profile is None:
            continue
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        pending = []
        for department in samples.departments_in_order(plan):
            stem = department if naming == "department" else samples.DEPARTMENT_FILES[department][:-5]
            if layout == "table":
                sheets = samples.table_book(plan, department, "revised", shape)[0]
            else:
                sheets = samples.free_text_book(plan, department, "revised", shape)[0]
            if engine == "openpyxl":
                samples.save(sheets, os.path.join(folder, stem + ".xlsx"))
            else:
                path = os.path.join(folder, stem + ".fods")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(samples.fods_text(sheets))
                pending.append(path)
        if pending:
            samples.convert_with_libreoffice(pending, folder, profile)
    print(json.dumps(sorted(os.listdir(out)), ensure_ascii=False))


if __name__ == "__main__":
    main()
