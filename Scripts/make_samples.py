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


class SheetModel:
    """A sheet as rows of values, with merges and the rows to style: written by openpyxl or,
    through a flat ODS file, by LibreOffice."""

    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []          # (first row, column, last row, column), 1-based
        self.header_rows = []
        self.bold_rows = []
        self.wrap_from = None     # rows from here on wrap their text
        self.widths = []
        self.freeze = None
        self.status_validation = None  # (column letter, first row, last row)

    def append(self, values=()):
        self.rows.append(list(values))
        return len(self.rows)


def year_label(year, style, kind):
    """The header of a fiscal-year column: Ｒ２年度目標 (era letter, full-width), 令和2年度目標,
    2020年度 目標, Ｒ２年度末実績."""
    if style == "reiwa":
        return f"令和{year - 2018}年度{kind}"
    if style == "western":
        return f"{year}年度 {kind}"
    if style == "end" and kind == "実績":
        return fy_label(year) + "末実績"
    return fy_label(year) + kind


def free_text_book(plan, department, version, shape=None):
    """The seed's layout: title lines, then blocks (１ 主な成果 › （ｎ）direction, ２ 遅れが生じている取組),
    each with its own header row and one row per initiative."""
    shape = shape if shape is not None else FREE_TEXT_SHAPE.get(department, {})
    status_column = shape.get("status_column", True)
    initiatives = [i for i in plan["initiatives"] if i["department"] == department]
    sheet = SheetModel(FREE_TEXT_SHEET)
    sheet.bold_rows.append(sheet.append(["■ 行動計画の取組状況"]))
    if shape.get("department_line", True):
        sheet.append([f"所管：{department}"])
    sheet.append([])
    sheet.wrap_from = len(sheet.rows) + 1
    locations = {}

    def block(title, rows, result_header, next_header):
        if title:
            sheet.bold_rows.append(sheet.append([title]))
        header = ["番号", "取組項目", "目標（抄）", result_header, next_header] + (["進捗"] if status_column else [])
        sheet.header_rows.append(sheet.append(header))
        for initiative in rows:
            title_text = "\n".join(TITLE_LINES.get(initiative["id"], [initiative["title"]]))
            values = [initiative["id"], title_text, free_text_target_cell(initiative, version),
                      free_text_result_cell(initiative), free_text_next_steps_cell(initiative, version)]
            if status_column:
                values.append(STATUS_TEXT[initiative["status"]])
            locations[initiative["id"]] = f"B{sheet.append(values)}"
        sheet.append([])

    main = [i for i in initiatives if i["status"] == "onTrack"]
    if main:
        sheet.bold_rows.append(sheet.append(["１ 主な成果"]))
        for number, section in enumerate(SECTIONS, start=1):
            rows = [i for i in main if i["section"] == section]
            if rows:
                first = number == 1
                block(f"（{str(number).translate(FULL_DIGITS)}）{section}", rows,
                      "Ｒ２年度実績" if first else "Ｒ２年度末実績", "今後の取組等" if first else "今後の取組予定")
    delayed = [i for i in initiatives if i["status"] == "delayed"]
    if delayed:
        block("２ 遅れが生じている取組", delayed, "Ｒ２年度末実績", "今後の取組等")
    sheet.widths = [6, 24, 36, 36, 40, 8]
    return [sheet], locations


def write_free_text(plan, department, version, path):
    sheets, locations = free_text_book(plan, department, version)
    save(sheets, path)
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


def table_actual(indicator, actual, text_numbers):
    # A reduction (61.2％減 against Ｒ元年度) is only a reduction in words: a bare number would read as a level.
    if actual["value"] is None or indicator["direction"] == "decrease":
        return actual["text"], actual["text"]
    if actual["approximate"]:
        text = "約" + number_text(actual["value"])
        return text, text
    return number_cell(actual["value"], text_numbers)


def table_book(plan, department, version, shape=None):
    """One row per indicator, a column per fiscal year, the initiative's cells merged down."""
    shape = shape if shape is not None else TABLE_SHAPE.get(department, {})
    text_numbers = shape.get("text_numbers", False)
    year_style = shape.get("year_style", "letter")
    merge = shape.get("merge", True)
    department_column = shape.get("department_column", True)
    initiatives = [i for i in plan["initiatives"] if i["department"] == department]
    sheets = []
    if shape.get("cover"):
        cover = SheetModel("表紙")
        cover.append(["令和２年度 行財政改革行動計画 取組状況調書"])
        cover.append([])
        cover.append(["部局名", department])
        cover.append(["提出日", datetime.date(2021, 4, 30)])
        cover.append(["担当", "行政・デジタル改革担当"])
        sheets.append(cover)
    sheet = SheetModel(TABLE_SHEET)
    sheets.append(sheet)
    title_lines = shape.get("title_lines", True)
    title_count = 2 if title_lines is True else (title_lines or 0)
    if title_count:
        sheet.bold_rows.append(sheet.append(["■ 行動計画の取組状況（Ｒ２年度）"]))
        for _ in range(title_count - 1):
            sheet.append([])
    header = ["番号", "方向性", "取組項目"] + (["所管課"] if department_column else []) + ["指標名", "単位",
              year_label(2020, year_style, "目標"), year_label(2020, year_style, "実績"),
              year_label(2021, year_style, "目標"), year_label(2022, year_style, "目標"), "進捗", "遅れの要因", "今後の取組予定"]
    columns = {name: index for index, name in enumerate(["番号", "方向性", "取組項目"] + (["所管課"] if department_column else [])
                                                         + ["指標名", "単位", "t2020", "a2020", "t2021", "t2022", "進捗", "遅れの要因", "今後の取組予定"])}
    header_row = sheet.append(header)
    sheet.header_rows.append(header_row)
    sheet.wrap_from = header_row + 1
    sheet.freeze = f"A{header_row + 1}"
    locations, texts = {}, {}
    title_letter = get_column_letter(columns["取組項目"] + 1)
    for initiative in initiatives:
        start = len(sheet.rows) + 1
        locations[initiative["id"]] = f"{title_letter}{start}"
        indicators = initiative["indicators"] or [None]
        for offset, indicator in enumerate(indicators):
            row = [None] * len(header)
            if offset == 0:
                row[columns["番号"]], row[columns["方向性"]], row[columns["取組項目"]] = \
                    initiative["id"], initiative["section"], initiative["title"]
                if department_column:
                    row[columns["所管課"]] = department
                row[columns["進捗"]] = STATUS_TEXT[initiative["status"]]
                row[columns["遅れの要因"]], row[columns["今後の取組予定"]] = initiative["delayReason"], initiative["nextSteps"]
            if indicator is not None:
                row[columns["指標名"]], row[columns["単位"]] = indicator["name"], unit_cell(indicator) or None
                for target in indicator["targets"]:
                    row[columns["t%d" % target["fiscalYear"]]], texts[(initiative["id"], indicator["name"], "t", target["fiscalYear"])] = \
                        table_target(indicator, target, text_numbers)
                for actual in indicator["actuals"]:
                    row[columns["a2020"]], texts[(initiative["id"], indicator["name"], "a", actual["fiscalYear"])] = \
                        table_actual(indicator, actual, text_numbers)
            sheet.append(row)
        end = len(sheet.rows)
        if end > start and merge:
            for name in ["番号", "方向性", "取組項目", "所管課", "進捗", "遅れの要因", "今後の取組予定"]:
                if name in columns:
                    sheet.merges.append((start, columns[name] + 1, end, columns[name] + 1))
    sheet.status_validation = (get_column_letter(columns["進捗"] + 1), header_row + 1, max(len(sheet.rows), header_row + 1))
    sheet.widths = [6, 20, 28] + ([12] if department_column else []) + [28, 8, 14, 14, 14, 14, 8, 30, 36]
    if shape.get("notes"):
        notes = SheetModel("記入要領")
        notes.append(["記入要領"])
        notes.append(["・進捗欄は「順調」「遅れ」から選択してください。"])
        notes.append(["・遅れの場合は、遅れの要因を記入してください。"])
        sheets.append(notes)
    if shape.get("empty_sheet"):
        sheets.append(SheetModel("Sheet1"))
    return sheets, locations, texts


def write_table(plan, department, version, path):
    sheets, locations, texts = table_book(plan, department, version)
    save(sheets, path)
    return locations, texts


# ---------------------------------------------------------------- output

def openpyxl_book(sheets):
    book = Workbook()
    book.remove(book.active)
    for model in sheets:
        sheet = book.create_sheet(model.name)
        for values in model.rows:
            sheet.append(values)
        for number in model.bold_rows:
            sheet.cell(row=number, column=1).font = Font(bold=True)
        for number in model.header_rows:
            for cell in sheet[number]:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="DDEBF7")
        if model.wrap_from:
            for row in sheet.iter_rows(min_row=model.wrap_from):
                for cell in row:
                    if cell.value is not None:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
        for first_row, column, last_row, last_column in model.merges:
            sheet.merge_cells(start_row=first_row, start_column=column, end_row=last_row, end_column=last_column)
        for index, width in enumerate(model.widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        if model.freeze:
            sheet.freeze_panes = model.freeze
        if model.status_validation:
            letter, first, last = model.status_validation
            status = DataValidation(type="list", formula1='"順調,遅れ"', allow_blank=True)
            sheet.add_data_validation(status)
            status.add(f"{letter}{first}:{letter}{last}")
    return book


def save(sheets, path):
    """Saves with openpyxl and fixed timestamps, so the same data gives the same bytes."""
    book = openpyxl_book(sheets)
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    book.properties.creator = "PlanSheet Samples"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
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


def fods_text(sheets):
    """The sheets as a flat OpenDocument spreadsheet (one XML file), which LibreOffice converts to
    XLSX: merged cells as number-rows-spanned, numbers as float cells, line breaks as <text:p>."""
    from xml.sax.saxutils import escape
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:body><office:spreadsheet>']
    for model in sheets:
        out.append(f'<table:table table:name="{escape(model.name)}">')
        covered = set()
        spans = {}
        for first_row, column, last_row, last_column in model.merges:
            spans[(first_row, column)] = (last_row - first_row + 1, last_column - column + 1)
            for r in range(first_row, last_row + 1):
                for c in range(column, last_column + 1):
                    if (r, c) != (first_row, column):
                        covered.add((r, c))
        width = max([len(r) for r in model.rows] + [1])
        for number, values in enumerate(model.rows, start=1):
            out.append('<table:table-row>')
            for column in range(1, width + 1):
                value = values[column - 1] if column <= len(values) else None
                if (number, column) in covered:
                    out.append('<table:covered-table-cell/>')
                    continue
                span = spans.get((number, column))
                attributes = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"' if span else ""
                if value is None:
                    out.append(f'<table:table-cell{attributes}/>')
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{value}"{attributes}>'
                               f'<text:p>{value}</text:p></table:table-cell>')
                elif isinstance(value, datetime.date):
                    out.append(f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"{attributes}>'
                               f'<text:p>{value.isoformat()}</text:p></table:table-cell>')
                else:
                    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
                    out.append(f'<table:table-cell office:value-type="string"{attributes}>{paragraphs}</table:table-cell>')
            out.append('</table:table-row>')
        if not model.rows:
            out.append('<table:table-row><table:table-cell/></table:table-row>')
        out.append('</table:table>')
    out.append('</office:spreadsheet></office:body></office:document>')
    return "\n".join(out)


def convert_with_libreoffice(fods_paths, folder, profile):
    """Has LibreOffice (soffice --headless, one start for all files) convert flat ODS files to XLSX in `folder`."""
    import subprocess
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "xlsx",
                    "--outdir", folder] + list(fods_paths),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for source in fods_paths:
        os.remove(source)


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
