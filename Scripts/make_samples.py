#!/usr/bin/env python3
"""Builds Samples/ from the one hand-written data file Samples/data/seed-plan.json.

Writes, deterministically (fixed timestamps inside the workbooks, sorted keys where order is free):

  Samples/plans/first-adopted.json   the plan as first adopted (targets before the seed's revisions)
  Samples/plans/revised.json         the plan with the revised R3/R4 targets the seed reports
  Samples/submissions/<version>/<layout>/<department>.xlsx
                                     department submissions, layout free-text (the seed's) or table
  Samples/expected/<version>-<layout>.json
                                     the plan `plansheet import` must produce from that folder,
                                     value for value (texts as written in that layout, source cells)

Run from anywhere: python3 Scripts/make_samples.py   (needs openpyxl)
"""
import copy
import datetime
import io
import json
import os
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SAMPLES = os.path.join(ROOT, "Samples")
REPORT_YEAR = 2020  # the seed reports on Ｒ２年度
FIXED_TIME = datetime.datetime(2021, 4, 30, 9, 0, 0)

SECTIONS = ["県庁のＩＣＴ化・働き方改革", "多様な主体との連携・県民参画の推進", "経営感覚を持った行財政運営"]
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")

# Department → file name (ASCII, so that every tool and shell handles it).
DEPARTMENT_FILES = {
    "企画財政部": "kikaku-zaisei.xlsx",
    "総務部": "somu.xlsx",
    "県民生活部": "kenmin-seikatsu.xlsx",
    "危機管理防災部": "kiki-kanri-bosai.xlsx",
    "会計局": "kaikei.xlsx",
}

# How each department's workbook is shaped, so that the Samples exercise the importer's cases.
# free-text: whether the sheet has a 進捗 column (without it, the block title 主な成果 /
#            遅れが生じている取組 gives the status).
# table: cover sheet 表紙 first, a notes sheet, an empty sheet, title lines above the header,
#        numbers written as full-width text instead of numeric cells.
FREE_TEXT_SHAPE = {
    "県民生活部": {"status_column": False},
}
TABLE_SHAPE = {
    "企画財政部": {"cover": True, "title_lines": True},
    "総務部": {"cover": True, "title_lines": True},
    "県民生活部": {"notes": True, "title_lines": True, "text_numbers": True},
    "危機管理防災部": {"title_lines": False},
    "会計局": {"empty_sheet": True, "title_lines": True, "text_numbers": True},
}

# Titles written over several lines in the free-text cells, as the seed's table wraps them.
TITLE_LINES = {
    "1-1": ["ＲＰＡ・ＡＩ-ＯＣＲ・", "音声テキスト化による", "業務自動化の推進"],
    "2-1": ["埼玉コラボレーション", "ラウンジを活用した", "連携事業の推進"],
    "D-4": ["ＳＮＳ及びスマートフォ", "ンアプリ「まいたま」を", "活用した広報の充実"],
}
# Initiatives whose indicators the seed numbers (１, ２) instead of marking them with ○.
NUMBERED_INDICATORS = {"1-2", "1-3"}

FREE_TEXT_SHEET = "行動計画"
TABLE_SHEET = "取組状況"
TABLE_HEADER = ["番号", "方向性", "取組項目", "所管課", "指標名", "単位", "Ｒ２年度目標", "Ｒ２年度実績",
                "Ｒ３年度目標", "Ｒ４年度目標", "進捗", "遅れの要因", "今後の取組予定"]
TABLE_MERGED_COLUMNS = [0, 1, 2, 3, 10, 11, 12]
STATUS_TEXT = {"onTrack": "順調", "delayed": "遅れ"}


# ---------------------------------------------------------------- versions

def fy_label(year):
    """Ｒ３年度 for 2021."""
    return "Ｒ" + str(year - 2018).translate(FULL_DIGITS) + "年度"


def period_suffix(period):
    return {"perYear": "／年", "cumulative": "／累計", "perMonth": "／月"}.get(period, "")


def number_text(value):
    """12000 → '12,000'; 40.5 → '40.5'."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,}".rstrip("0").rstrip(".")


def plain_number(value):
    """The text a numeric cell reads back as: 12000 → '12000'; 40.5 → '40.5'."""
    return str(int(value)) if value == int(value) else repr(value)


def first_adopted(revised):
    """The plan before the revisions the seed reports: a revised target goes back to its old value,
    a target added by the revision (later years without revisedFrom) goes away, and so does an
    indicator left with neither targets nor results."""
    plan = copy.deepcopy(revised)
    plan["version"] = "当初"
    for initiative in plan["initiatives"]:
        kept = []
        for indicator in initiative["indicators"]:
            targets = []
            for target in indicator["targets"]:
                if target["fiscalYear"] is not None and target["fiscalYear"] > REPORT_YEAR:
                    if target["revisedFrom"] is None:
                        continue
                    old = target["revisedFrom"]
                    target["value"] = old
                    target["revisedFrom"] = None
                    target["text"] = (fy_label(target["fiscalYear"]) + "：" + number_text(old)
                                      + (indicator["unit"] or "") + period_suffix(indicator["period"]))
                targets.append(target)
            indicator["targets"] = targets
            if targets or indicator["actuals"]:
                kept.append(indicator)
        initiative["indicators"] = kept
    return plan


def is_revision(target, version):
    """Whether a target is written as a revision in 今後の取組等 (free-text layout, revised version)."""
    return version == "revised" and target["fiscalYear"] is not None and target["fiscalYear"] > REPORT_YEAR


# ---------------------------------------------------------------- free-text layout

def indicator_header(initiative, index, indicator):
    name_lines = indicator["name"].split("　")
    if initiative["id"] in NUMBERED_INDICATORS:
        return [str(index + 1).translate(FULL_DIGITS) + " " + name_lines[0]] + name_lines[1:]
    return ["○" + name_lines[0]] + name_lines[1:]


def anonymous(initiative, indicator):
    """An indicator named after its initiative is written without a ○ line (as 3-1 in the seed)."""
    return indicator["name"] == initiative["title"]


def free_text_target_cell(initiative, version):
    blocks = []
    for index, indicator in enumerate(initiative["indicators"]):
        targets = [t for t in indicator["targets"] if not is_revision(t, version)]
        if not targets and any(is_revision(t, version) for t in indicator["targets"]):
            continue  # an indicator only the revision introduces lives in 今後の取組等
        lines = [] if anonymous(initiative, indicator) else indicator_header(initiative, index, indicator)
        lines += [t["text"] for t in targets]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def free_text_result_cell(initiative):
    several = len(initiative["indicators"]) > 1
    blocks = []
    for index, indicator in enumerate(initiative["indicators"]):
        if not indicator["actuals"] and several:
            continue
        lines = indicator_header(initiative, index, indicator) if several else []
        lines += [a["text"] for a in indicator["actuals"]]
        blocks.append("\n".join(lines))
    text = "\n\n".join(blocks)
    if initiative["delayReason"]:
        text += "\n【遅れが生じている要因】\n" + initiative["delayReason"]
    return text


def free_text_next_steps_cell(initiative, version):
    parts = [initiative["nextSteps"] or ""]
    for indicator in initiative["indicators"]:
        revisions = [t for t in indicator["targets"] if is_revision(t, version)]
        if not revisions:
            continue
        compact = re.sub(r"\s", "", indicator["name"]).replace("-", "－")
        embedded = all(compact in re.sub(r"\s", "", t["text"]) for t in revisions)
        lines = [] if embedded else ["○" + compact]
        lines += [t["text"] for t in revisions]
        parts.append("\n".join(lines))
    return "\n".join(parts[:1] + ["\n\n".join(parts[1:])] if len(parts) > 1 else parts)


def write_free_text(plan, department, version, path):
    """The seed's layout: title lines, then blocks (１ 主な成果 › （ｎ）direction, ２ 遅れが生じている取組),
    each with its own header row and one row per initiative."""
    shape = FREE_TEXT_SHAPE.get(department, {})
    status_column = shape.get("status_column", True)
    initiatives = [i for i in plan["initiatives"] if i["department"] == department]
    book = Workbook()
    sheet = book.active
    sheet.title = FREE_TEXT_SHEET
    sheet.append(["■ 行動計画の取組状況"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([f"所管：{department}"])
    sheet.append([])
    locations = {}

    def block(title, rows, result_header, next_header):
        if title:
            sheet.append([title])
            sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        header = ["番号", "取組項目", "目標（抄）", result_header, next_header] + (["進捗"] if status_column else [])
        sheet.append(header)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for initiative in rows:
            title = "\n".join(TITLE_LINES.get(initiative["id"], [initiative["title"]]))
            values = [initiative["id"], title, free_text_target_cell(initiative, version),
                      free_text_result_cell(initiative), free_text_next_steps_cell(initiative, version)]
            if status_column:
                values.append(STATUS_TEXT[initiative["status"]])
            sheet.append(values)
            locations[initiative["id"]] = f"B{sheet.max_row}"
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.append([])

    main = [i for i in initiatives if i["status"] == "onTrack"]
    if main:
        sheet.append(["１ 主な成果"])
        for number, section in enumerate(SECTIONS, start=1):
            rows = [i for i in main if i["section"] == section]
            if rows:
                first = number == 1
                block(f"（{str(number).translate(FULL_DIGITS)}）{section}", rows,
                      "Ｒ２年度実績" if first else "Ｒ２年度末実績", "今後の取組等" if first else "今後の取組予定")
    delayed = [i for i in initiatives if i["status"] == "delayed"]
    if delayed:
        block("２ 遅れが生じている取組", delayed, "Ｒ２年度末実績", "今後の取組等")
    for column, width in zip("ABCDEF", [6, 24, 36, 36, 40, 8]):
        sheet.column_dimensions[column].width = width
    save(book, path)
    return locations


# ---------------------------------------------------------------- table layout

def unit_cell(indicator):
    return (indicator["unit"] or "") + period_suffix(indicator["period"])


def fy_prefix_stripped(text):
    return re.sub(r"^.*?Ｒ[０-９0-9]+年度[：:]\n?", "", text, count=1)


def table_target(indicator, target, text_numbers):
    """(cell value, the text the importer keeps) for one target in the table layout."""
    if target["value"] is None:
        text = fy_prefix_stripped(target["text"])
        return text, text
    if indicator["direction"] == "decrease":
        text = fy_prefix_stripped(target["text"]).replace(indicator["name"], "")
        return text, text
    if target["revisedFrom"] is not None:
        text = fy_prefix_stripped(target["text"])
        if indicator["unit"] and text.endswith(indicator["unit"]):
            text = text[: -len(indicator["unit"])]
        return text, text
    return number_cell(target["value"], text_numbers)


def number_cell(value, text_numbers):
    if text_numbers:
        text = number_text(value).translate(FULL_DIGITS).replace(",", "，")
        return text, text
    return value, plain_number(value)


def table_actual(actual, text_numbers):
    if actual["value"] is None:
        return actual["text"], actual["text"]
    if actual["approximate"]:
        text = "約" + number_text(actual["value"])
        return text, text
    return number_cell(actual["value"], text_numbers)


def write_table(plan, department, version, path):
    """One row per indicator, a column per fiscal year, the initiative's cells merged down."""
    shape = TABLE_SHAPE.get(department, {})
    text_numbers = shape.get("text_numbers", False)
    initiatives = [i for i in plan["initiatives"] if i["department"] == department]
    book = Workbook()
    first = book.active
    if shape.get("cover"):
        first.title = "表紙"
        first.append(["令和２年度 行財政改革行動計画 取組状況調書"])
        first.append([])
        first.append(["部局名", department])
        first.append(["提出日", datetime.date(2021, 4, 30)])
        first.append(["担当", "行政・デジタル改革担当"])
        sheet = book.create_sheet(TABLE_SHEET)
    else:
        first.title = TABLE_SHEET
        sheet = first
    if shape.get("title_lines"):
        sheet.append(["■ 行動計画の取組状況（Ｒ２年度）"])
        sheet.append([])
    sheet.append(TABLE_HEADER)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    sheet.freeze_panes = f"A{header_row + 1}"
    locations, texts = {}, {}
    for initiative in initiatives:
        start = sheet.max_row + 1
        locations[initiative["id"]] = f"C{start}"
        indicators = initiative["indicators"] or [None]
        for offset, indicator in enumerate(indicators):
            row = [None] * len(TABLE_HEADER)
            if offset == 0:
                row[0], row[1], row[2], row[3] = initiative["id"], initiative["section"], initiative["title"], department
                row[10] = STATUS_TEXT[initiative["status"]]
                row[11], row[12] = initiative["delayReason"], initiative["nextSteps"]
            if indicator is not None:
                row[4], row[5] = indicator["name"], unit_cell(indicator) or None
                for target in indicator["targets"]:
                    column = {2020: 6, 2021: 8, 2022: 9}[target["fiscalYear"]]
                    row[column], texts[(initiative["id"], indicator["name"], "t", target["fiscalYear"])] = \
                        table_target(indicator, target, text_numbers)
                for actual in indicator["actuals"]:
                    row[7], texts[(initiative["id"], indicator["name"], "a", actual["fiscalYear"])] = \
                        table_actual(actual, text_numbers)
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        end = sheet.max_row
        if end > start:
            for column in TABLE_MERGED_COLUMNS:
                letter = get_column_letter(column + 1)
                sheet.merge_cells(f"{letter}{start}:{letter}{end}")
    status = DataValidation(type="list", formula1='"順調,遅れ"', allow_blank=True)
    sheet.add_data_validation(status)
    status.add(f"K{header_row + 1}:K{max(sheet.max_row, header_row + 1)}")
    for column, width in enumerate([6, 20, 28, 12, 28, 8, 14, 14, 14, 14, 8, 30, 36], start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    if shape.get("notes"):
        notes = book.create_sheet("記入要領")
        notes.append(["記入要領"])
        notes.append(["・進捗欄は「順調」「遅れ」から選択してください。"])
        notes.append(["・遅れの場合は、遅れの要因を記入してください。"])
    if shape.get("empty_sheet"):
        book.create_sheet("Sheet1")
    save(book, path)
    return locations, texts


# ---------------------------------------------------------------- output

def save(book, path):
    """Saves with fixed timestamps, so the same data gives the same bytes."""
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.properties.creator = "PlanSheet Samples"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2021-04-30T09:00:00Z<", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2021, 4, 30, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)


def write_json(value, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def departments_in_order(plan):
    return sorted({i["department"] for i in plan["initiatives"]}, key=lambda d: DEPARTMENT_FILES[d])


def import_order(plan, locations_by_file):
    """Initiatives in the order the importer reads them: files by name, rows top to bottom."""
    def key(initiative):
        file = DEPARTMENT_FILES[initiative["department"]]
        cell = locations_by_file[file][initiative["id"]]
        return (file, int(cell[1:]))
    return sorted(plan["initiatives"], key=key)


def expected_free_text(plan, locations_by_file):
    result = copy.deepcopy(plan)
    for initiative in result["initiatives"]:
        file = DEPARTMENT_FILES[initiative["department"]]
        initiative["source"] = {"file": file, "sheet": FREE_TEXT_SHEET, "cell": locations_by_file[file][initiative["id"]]}
    result["initiatives"] = import_order(result, locations_by_file)
    return result


def expected_table(plan, locations_by_file, texts):
    result = copy.deepcopy(plan)
    for initiative in result["initiatives"]:
        file = DEPARTMENT_FILES[initiative["department"]]
        initiative["source"] = {"file": file, "sheet": TABLE_SHEET, "cell": locations_by_file[file][initiative["id"]]}
        for indicator in initiative["indicators"]:
            for target in indicator["targets"]:
                target["text"] = texts[(initiative["id"], indicator["name"], "t", target["fiscalYear"])]
            for actual in indicator["actuals"]:
                actual["text"] = texts[(initiative["id"], indicator["name"], "a", actual["fiscalYear"])]
    result["initiatives"] = import_order(result, locations_by_file)
    return result


def main():
    with open(os.path.join(SAMPLES, "data", "seed-plan.json"), encoding="utf-8") as handle:
        revised = json.load(handle)
    versions = {"revised": revised, "first-adopted": first_adopted(revised)}
    for name, plan in versions.items():
        write_json(plan, os.path.join(SAMPLES, "plans", f"{name}.json"))
        free_locations, table_locations, table_texts = {}, {}, {}
        for department in departments_in_order(plan):
            file = DEPARTMENT_FILES[department]
            folder = os.path.join(SAMPLES, "submissions", name)
            free_locations[file] = write_free_text(plan, department, name, os.path.join(folder, "free-text", file))
            locations, texts = write_table(plan, department, name, os.path.join(folder, "table", file))
            table_locations[file] = locations
            table_texts.update(texts)
        write_json(expected_free_text(plan, free_locations), os.path.join(SAMPLES, "expected", f"{name}-free-text.json"))
        write_json(expected_table(plan, table_locations, table_texts), os.path.join(SAMPLES, "expected", f"{name}-table.json"))
    print("Samples written to", os.path.normpath(SAMPLES), file=sys.stderr)


if __name__ == "__main__":
    main()
