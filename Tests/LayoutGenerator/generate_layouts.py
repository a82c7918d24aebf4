#!/usr/bin/env python3
"""Writes department submissions in varied, ordinary layouts, with the facts each one holds.

    generate_layouts.py OUTDIR [--count N] [--seed S] [--combinations-only] [--no-libreoffice]

From Samples/data/seed-plan.json (the seed's 15 initiatives) it writes OUTDIR/NN-<name>.xlsx and
OUTDIR/NN-<name>.json. The first workbooks differ from the Samples' table layout in one way each
(NN-<variation>.xlsx, so that the cost of each class shows alone); the next N (default 40,
NN-mixed-table.xlsx, NN-free-text.xlsx) combine variations drawn from pools with a seeded random
generator (the same seed gives the same workbooks; another seed gives other wordings, orders and
combinations, so that an importer cannot be tuned to one set):

  headers   one, two or three rows; the year above 目標/実績 or 目標/実績 merged above the year
            cells; non-year headers merged vertically, or written in the top or bottom row only;
            wordings outside PlanSheet's list (事業名, アウトカム指標, 計画値, 評価区分, 担当部署, KPI …);
            decorations (2023年度（Ｒ５）計画値, （変更後）, 【必須】, line breaks, 目標（件）)
  statuses  順調/遅れ, ◎○△×, Ａ/Ｂ/Ｃ, 達成/未達成, 概ね順調/やや遅れ, with a legend line above the table
  numbers   numeric cells, full-width text, percent formats (0.405 shown as 40.5%), units kept only in
            a custom format (#,##0"業務")
  noise     hidden columns holding the targets before revision, hidden rows holding a withdrawn
            initiative, section headings as merged rows, 記入例 rows, ※ notes below the table,
            the header repeated inside the table
  shape     one department per file (in a column, a 所管： line or a cover sheet), several departments
            in a column, a sheet per department (the department only in the sheet name); one row per
            indicator with the initiative merged, repeated or left blank below; the indicator name on
            the first line of a multi-line target cell; the free-text layout of the seed

Every workbook is written with openpyxl and then re-saved by LibreOffice headless
(soffice --convert-to xlsx), the way real files reach the reform office.

The JSON beside each workbook is derived from the source data, never from PlanSheet:
  facts                 status and department of each initiative; each target and result with its
                        fiscal year, value (null for a qualitative one) and unit
  forbiddenInitiatives  texts that must not become initiatives (legend, heading, example row,
                        note, hidden row), with the reason
  hiddenValues          values present only in hidden rows and columns, which must not be imported
  classes               the variations the workbook combines (the scorer totals by class)
"""
import argparse
import copy
import importlib.util
import json
import os
import random
import sys

from libreoffice_resave import resave_with_libreoffice
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
_spec = importlib.util.spec_from_file_location("make_samples", os.path.join(ROOT, "Scripts", "make_samples.py"))
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)

FULL = samples.FULL_DIGITS
YEARS = [2020, 2021, 2022]

# ---------------------------------------------------------------- pools

WORDS = {
    "id": ["番号", "No.", "項番", "整理番号", "№"],
    "section": ["方向性", "改革の方向性", "基本方針", "取組の柱"],
    "title": ["取組項目", "取組名", "事業名", "取組内容", "施策名", "取組事項", "主な取組"],
    "department": ["所管課", "担当部署", "所属", "担当課", "所管部局", "部局名"],
    "indicator": ["指標名", "指標", "KPI", "成果指標", "アウトカム指標", "目標指標", "ＫＰＩ（重要業績評価指標）"],
    "unit": ["単位", "単位等"],
    "status": ["進捗", "評価区分", "進捗状況", "評価", "達成状況", "自己評価"],
    "cause": ["遅れの要因", "遅れの理由", "要因分析", "遅延理由"],
    "next": ["今後の取組予定", "今後の方針", "今後の対応", "課題・対応", "改善策・今後の方針"],
}
TARGET_WORDS = ["目標", "目標値", "計画値", "目標（計画値）"]
REMARKS_WORDS = ["備考", "特記事項", "補足", "備考（連絡事項等）"]
REMARKS = ["Ｒ３年度から所管替え予定", "数値は３月末時点", "他部局と共同で実施", "詳細は別紙参照", "目標値は年度途中に見直し"]
TOTAL_TITLES = ["合計", "計", "小計", "合　計"]
COMBINED_WORDS = ["目標／実績", "目標・実績", "目標及び実績", "計画・実績", ""]  # "": the year alone
COMBINED_STYLES = ["目標：{t}\n実績：{a}", "【目標】{t}\n【実績】{a}", "（目標）{t}\n（実績）{a}"]
RESULT_WORDS = ["実績", "実績値", "結果", "取組実績"]
TITLE_DECORATIONS = ["", "", "【必須】", "（必須）", "※"]
REVISED_DECORATIONS = ["（変更後）", "（修正）", "（改定後）", "（見直し後）"]
OLD_DECORATIONS = ["（当初）", "（変更前）", "（修正前）"]


def year_text(year, style):
    """The fiscal year as departments write it."""
    reiwa = year - 2018
    era = "元" if reiwa == 1 else str(reiwa)
    return {
        "letter": "Ｒ" + era.translate(FULL) + "年度",
        "ascii": f"R{era}年度",
        "reiwa-full": "令和" + era.translate(FULL) + "年度",
        "reiwa": f"令和{era}年度",
        "western": f"{year}年度",
        "alias": f"{year}年度（Ｒ{era.translate(FULL)}）",
        "fy": f"FY{year}",
    }[style]


YEAR_STYLES = ["letter", "ascii", "reiwa-full", "reiwa", "western", "alias", "fy"]

# A status vocabulary: the words for on track and delayed, and the legend line that explains them.
VOCABULARIES = [
    {"name": "words", "onTrack": ["順調"], "delayed": ["遅れ"], "legends": [None]},
    {"name": "symbols", "onTrack": ["◎", "○"], "delayed": ["△", "×"],
     "legends": ["【凡例】◎：順調　○：概ね順調　△：やや遅れ　×：遅れ", "（凡例）◎順調、○概ね順調、△やや遅れ、×遅れ",
                 "進捗の記号　◎：順調　○：概ね順調　△：やや遅れ　×：遅れ"]},
    {"name": "grades", "onTrack": ["Ａ", "Ｂ"], "delayed": ["Ｃ"],
     "legends": ["評価区分　Ａ：順調　Ｂ：概ね順調　Ｃ：遅れ", "【評価基準】Ａ…順調、Ｂ…概ね順調、Ｃ…遅れている"]},
    {"name": "achieved", "onTrack": ["達成"], "delayed": ["未達成"],
     "legends": ["※進捗欄は「達成」又は「未達成」を記入", "（凡例）達成：目標を達成、未達成：目標に届かず遅れ"]},
    {"name": "degrees", "onTrack": ["概ね順調", "順調"], "delayed": ["やや遅れ", "遅れ"],
     "legends": [None, "進捗区分：順調／概ね順調／やや遅れ／遅れ"]},
]

WITHDRAWN = ["（廃止）紙による決裁の削減", "（統合）庁内ＬＡＮの再構築", "旧：電子申請の拡充",
             "（休止）県有施設の予約システム改修"]
EXAMPLE_TITLES = ["（記入例）○○システムの導入による業務の効率化", "記入例：〇〇事業の推進", "【記入例】△△手続のオンライン化"]
NOTES = ["※ 実績は令和３年３月末時点の数値です。", "※ 目標を変更した場合は変更後の値を記入してください。",
         "※ 数値は速報値であり、今後変動する可能性があります。"]
SHEET_TITLES = ["■ 行動計画の取組状況（Ｒ２年度）", "令和２年度 行財政改革行動計画 進捗状況調書", "取組状況一覧",
                "行財政改革 取組の進捗（令和２年度末）"]
OTHER_SECTION_HEADINGS = ["（その他の取組）", "■ 重点的に進捗を管理する取組", "その他"]


# ---------------------------------------------------------------- facts

def facts_of(initiatives, department_of=None):
    """What the workbook says, from the source data: status and department per initiative, every
    target and result with year, value and unit."""
    facts = []
    for initiative in initiatives:
        title = initiative["title"]
        department = department_of(initiative) if department_of else initiative["department"]
        facts.append({"kind": "status", "initiative": title, "value": initiative["status"]})
        facts.append({"kind": "department", "initiative": title, "value": department})
        for indicator in initiative["indicators"]:
            for kind, entries in (("target", indicator["targets"]), ("actual", indicator["actuals"])):
                for entry in entries:
                    facts.append({"kind": kind, "initiative": title, "indicator": indicator["name"],
                                  "fiscalYear": entry["fiscalYear"], "value": entry["value"],
                                  "unit": indicator["unit"]})
    return facts


# ---------------------------------------------------------------- table layout

class Column:
    """One column of the table: its role, fiscal year and kind for year columns, and its header."""

    def __init__(self, role, year=None, kind=None, hidden=False, old=False):
        self.role, self.year, self.kind, self.hidden, self.old = role, year, kind, hidden, old
        self.flat = ""        # the header written in one row
        self.top = ""         # the year or kind in the first of two header rows
        self.bottom = ""      # the kind or year in the second


class TableVariant:
    """The choices for one table workbook, drawn from the pools."""

    def __init__(self, rng, initiatives):
        self.rng = rng
        self.by_kind = False  # year columns grouped by kind (目標 over the years) rather than by year
        self.header = rng.choice(["flat", "flat", "year-over-kind", "kind-over-year", "three-rows"])
        self.plain_header = rng.choice(["merged", "merged", "top", "bottom"])  # non-year headers in 2-row headers
        self.year_style = rng.choice(YEAR_STYLES)
        # Each wording is the usual one (first in its pool) half of the time, so that the class totals
        # tell which unusual wording costs what.
        usual = lambda pool: pool[0] if rng.random() < 0.5 else rng.choice(pool[1:])
        self.target_word = usual(TARGET_WORDS)
        self.result_word = usual(RESULT_WORDS)
        self.words = {role: usual(pool) for role, pool in WORDS.items()}
        self.title_decoration = rng.choice(TITLE_DECORATIONS)
        self.break_headers = rng.random() < 0.3
        self.vocabulary = rng.choice(VOCABULARIES)
        self.legend = rng.choice(self.vocabulary["legends"])
        self.numbers = rng.choice(["numeric", "numeric", "text", "unit-format"])
        self.percent_format = self.numbers != "text" and rng.random() < 0.6
        self.indicator_in_target = rng.random() < 0.15
        self.unit_in_header = None   # the one unit of every indicator, written in the year headers: 目標（件）
        self.old_after = rng.random() < 0.5  # a hidden old column right of the visible one (the rightmost wins)
        self.continuation = rng.choice(["merge", "merge", "repeat", "blank"])
        self.sections = rng.choice(["column", "headings", "none"])
        self.example_row = rng.random() < 0.3
        self.notes = rng.random() < 0.4
        self.hidden_row = rng.random() < 0.3
        self.repeated_header = rng.random() < 0.15  # the header again inside the table, as after a page break
        revised = any(t["revisedFrom"] is not None for i in initiatives for ind in i["indicators"] for t in ind["targets"])
        self.hidden_old_targets = revised and not self.indicator_in_target and rng.random() < 0.5
        self.hidden_old_actuals = not self.indicator_in_target and rng.random() < 0.25
        self.title_lines = rng.choice([0, 1, 2, 3])
        # Classes added later draw from a generator of their own, so the earlier choices stay the same.
        self.extra = extra = random.Random(str(rng.getstate()[1][:8]))
        self.remarks_column = extra.random() < 0.3       # a 備考 column of free remarks, header not a role word
        self.remarks_word = extra.choice(REMARKS_WORDS)
        self.spacer_columns = extra.random() < 0.25      # blank, headerless columns between groups of columns
        self.totals_row = extra.random() < 0.2           # a 合計 row under the table summing the figure columns
        self.mixed_year_styles = extra.random() < 0.25   # each year column its own era style (令和, R, 西暦 …)
        # The report year's target and result in one cell (目標：50業務 / 実績：51業務) under one year column.
        self.combined_cells = not self.indicator_in_target and extra.random() < 0.2
        self.combined_word = extra.choice(COMBINED_WORDS)
        self.combined_style = extra.choice(COMBINED_STYLES)
        if self.combined_cells and self.header not in ("flat", "year-over-kind"):
            self.header = extra.choice(["flat", "year-over-kind"])
        if self.indicator_in_target:
            self.numbers = "text"
            self.percent_format = False
            self.header = rng.choice(["flat", "year-over-kind"])

    def make_baseline(self):
        """The Samples' own table layout: every choice the usual one."""
        self.header, self.plain_header, self.year_style = "flat", "merged", "letter"
        self.target_word, self.result_word = TARGET_WORDS[0], RESULT_WORDS[0]
        self.words = {role: pool[0] for role, pool in WORDS.items()}
        self.title_decoration, self.break_headers = "", False
        self.vocabulary, self.legend = VOCABULARIES[0], None
        self.numbers, self.percent_format, self.indicator_in_target = "numeric", False, False
        self.continuation, self.sections = "merge", "column"
        self.example_row = self.notes = self.hidden_row = self.hidden_old_targets = self.hidden_old_actuals = False
        self.repeated_header = False
        self.title_lines = 2
        self.unit_in_header = None
        self.remarks_column = self.spacer_columns = self.totals_row = self.mixed_year_styles = False
        self.combined_cells = False

    def classes(self):
        tags = ["table", f"header-{self.header}", f"status-{self.vocabulary['name']}", f"numbers-{self.numbers}",
                f"years-{self.year_style}", f"rows-{self.continuation}", f"sections-{self.sections}"]
        if self.header != "flat":
            tags.append(f"plain-header-{self.plain_header}")
        if self.legend:
            tags.append("legend")
        if self.percent_format:
            tags.append("percent-format")
        if self.indicator_in_target:
            tags.append("indicator-in-target-cell")
        if self.break_headers:
            tags.append("header-line-breaks")
        if self.title_decoration.strip():
            tags.append("header-decorations")
        if self.unit_in_header:
            tags.append("unit-in-header")
        for flag in ("example_row", "notes", "hidden_row", "hidden_old_targets", "hidden_old_actuals", "repeated_header",
                     "remarks_column", "spacer_columns", "totals_row", "mixed_year_styles", "combined_cells"):
            if getattr(self, flag):
                tags.append(flag.replace("_", "-"))
        for role in ("title", "indicator", "status", "department"):
            if self.words[role] not in KNOWN_WORDS[role]:
                tags.append(f"unusual-{role}-header")
        if self.target_word != "目標" or self.result_word != "実績":
            tags.append("unusual-year-header")
        return tags


# Wordings the Samples already use: anything else counts as an unusual wording for the class totals.
KNOWN_WORDS = {"title": ("取組項目",), "department": ("所管課",), "indicator": ("指標名",), "status": ("進捗",)}


def columns_for(variant, initiatives, department_column):
    """The table's columns in order, with their header texts."""
    columns = [Column("id")]
    if variant.sections == "column":
        columns.append(Column("section"))
    columns.append(Column("title"))
    if department_column:
        columns.append(Column("department"))
    if not variant.indicator_in_target:
        columns.append(Column("indicator"))
        if variant.numbers != "unit-format" and not variant.unit_in_header:
            columns.append(Column("unit"))
    if variant.indicator_in_target:
        year_columns = [Column("target-cell", kind="target"), Column("actual", 2020, "actual")]
    else:
        revised_years = {t["fiscalYear"] for i in initiatives for ind in i["indicators"] for t in ind["targets"]
                         if t["revisedFrom"] is not None}
        def with_old(year):
            visible = [Column("target", year, "target")]
            if not (variant.hidden_old_targets and year in revised_years):
                return visible
            old = [Column("target", year, "target", hidden=True, old=True)]
            return visible + old if variant.old_after else old + visible
        previous = [Column("actual", 2019, "actual", hidden=True, old=True)] if variant.hidden_old_actuals else []
        if variant.header in ("kind-over-year",) or (variant.header == "three-rows" and variant.rng.random() < 0.5):
            year_columns = [c for year in YEARS for c in with_old(year)] \
                + previous + [Column("actual", 2020, "actual")]
            variant.by_kind = True
        else:
            report_year = [Column("combined", 2020, "combined")] if variant.combined_cells \
                else [Column("target", 2020, "target"), Column("actual", 2020, "actual")]
            year_columns = previous + report_year + [c for year in YEARS[1:] for c in with_old(year)]
            variant.by_kind = False
    if variant.spacer_columns:
        columns.append(Column("spacer"))
    columns += year_columns
    if variant.spacer_columns:
        columns.append(Column("spacer"))
    columns += [Column("status"), Column("cause"), Column("next")]
    if variant.remarks_column:
        columns.insert(len(columns) - variant.extra.choice([0, 2]), Column("remarks"))
    revised_years = {c.year for c in columns if c.old and c.kind == "target"}
    for column in columns:
        label_headers(variant, column, revised_years)
    return columns


def label_headers(variant, column, revised_years):
    rng = variant.rng
    if column.role == "target-cell":
        column.flat = column.top = column.bottom = "目標（抄）" if rng.random() < 0.5 else variant.target_word
        return
    if column.role == "spacer":
        return
    if column.role == "remarks":
        column.flat = column.top = column.bottom = variant.remarks_word
        return
    if column.kind is None:
        word = variant.words[column.role]
        if column.role == "title":
            word += variant.title_decoration
        if variant.break_headers and len(word) >= 4 and column.role in ("title", "indicator", "next"):
            word = word[:2] + "\n" + word[2:]
        column.flat = column.top = column.bottom = word
        return
    if column.kind == "combined":
        year = year_text(column.year, variant.year_style)
        column.flat = year + (" " if variant.combined_word else "") + variant.combined_word
        column.top, column.bottom = year, variant.combined_word
        return
    kind = variant.target_word if column.kind == "target" else variant.result_word
    suffix = f"（{variant.unit_in_header}）" if variant.unit_in_header else ""
    if column.kind == "target" and column.year in revised_years:
        suffix += rng.choice(OLD_DECORATIONS) if column.old else rng.choice(REVISED_DECORATIONS)
    style = variant.extra.choice(YEAR_STYLES[:6]) if variant.mixed_year_styles else variant.year_style
    year = year_text(column.year, style)
    joiner = "\n" if variant.break_headers else rng.choice(["", "", " "])
    column.flat = year + joiner + kind + suffix
    if variant.by_kind:
        column.top, column.bottom = kind, year + suffix
    else:
        column.top, column.bottom = year, kind + suffix


def status_word(variant, status):
    return variant.rng.choice(variant.vocabulary[status])


def value_cell(variant, indicator, entry, kind):
    """(value, number format) for a target or result cell."""
    if kind == "target":
        value, _ = samples.table_target(indicator, entry, variant.numbers == "text")
    else:
        value, _ = samples.table_actual(indicator, entry, variant.numbers == "text")
    unit = indicator["unit"]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if unit == "%" and variant.percent_format:
            return value / 100, "0.0%" if value != int(value) else "0%"
        if variant.numbers == "unit-format" and unit:
            return value, '#,##0"' + unit + '"' if value == int(value) else '#,##0.0"' + unit + '"'
        return value, "#,##0" if value >= 1000 and variant.rng.random() < 0.5 else None
    if variant.numbers == "unit-format" and unit and isinstance(value, str) and entry["value"] is not None \
            and indicator["direction"] == "increase" and not value.endswith(unit):
        value += unit  # a revision written as text keeps its unit in the text when no column holds it
    return value, None


def combined_cell(variant, indicator, year):
    """The year's target and result in one cell, each after its label."""
    def part(kind, entries):
        entry = next((e for e in entries if e["fiscalYear"] == year), None)
        if entry is None:
            return "－"
        make = samples.table_target if kind == "target" else samples.table_actual
        value, _ = make(indicator, entry, variant.numbers == "text")
        text = samples.number_text(value) if isinstance(value, (int, float)) else value
        # A bare number takes the unit, as a clerk writes it in a text cell.
        if indicator["unit"] and text and (text[-1].isdigit()):
            text += indicator["unit"]
        return text
    return variant.combined_style.format(t=part("target", indicator["targets"]), a=part("actual", indicator["actuals"]))


def target_cell_text(indicator, initiative):
    """The indicator name on the first line, the targets by year below (free-text style)."""
    lines = [] if samples.anonymous(initiative, indicator) else ["○" + indicator["name"]]
    return "\n".join(lines + [t["text"] for t in indicator["targets"]])


def table_sheet(book, name, variant, initiatives, department_column, title_line, first_adopted):
    """Writes one table sheet; returns (forbidden texts, hidden values)."""
    rng = variant.rng
    sheet = book.create_sheet(name)
    columns = columns_for(variant, initiatives, department_column)
    width = len(columns)
    forbidden, hidden_values = [], []
    row = 1
    if variant.title_lines:
        sheet.cell(row=row, column=1, value=rng.choice(SHEET_TITLES)).font = Font(bold=True)
        row += 1
        if title_line:
            sheet.cell(row=row, column=1, value=title_line)
            row += 1
        row += variant.title_lines - 1
    elif title_line:
        sheet.cell(row=row, column=1, value=title_line)
        row += 2
    if variant.legend:
        sheet.cell(row=row, column=1, value=variant.legend)
        forbidden.append({"text": variant.legend, "why": "legend"})
        row += 1
    header_rows = header_block(sheet, row, columns, variant)
    row += header_rows
    if variant.example_row:
        title = rng.choice(EXAMPLE_TITLES)
        values = {"id": "記入例", "title": title, "section": samples.SECTIONS[0], "department": "○○課",
                  "indicator": "〇〇件数", "unit": "件", "status": status_word(variant, "onTrack")}
        for index, column in enumerate(columns, start=1):
            if column.role in values:
                sheet.cell(row=row, column=index, value=values[column.role])
            elif column.kind == "target" and column.year == 2020 and not column.hidden:
                sheet.cell(row=row, column=index, value=100)
            elif column.role == "target-cell":
                sheet.cell(row=row, column=index, value="○〇〇件数\nＲ２年度：100件")
        forbidden.append({"text": title, "why": "example"})
        row += 1
    groups = section_groups(initiatives, rng) if variant.sections == "headings" else [(None, initiatives)]
    hidden_after = rng.randrange(len(initiatives)) if variant.hidden_row else None
    header_again_after = rng.randrange(max(len(initiatives) - 1, 1)) if variant.repeated_header else None
    written = 0
    for heading, members in groups:
        if heading:
            sheet.cell(row=row, column=1, value=heading).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            forbidden.append({"text": heading, "why": "heading"})
            row += 1
        for initiative in members:
            row = initiative_rows(sheet, row, columns, variant, initiative, first_adopted, hidden_values)
            if written == hidden_after:
                forbidden.append(withdrawn_row(sheet, row, columns, variant))
                row += 1
            if written == header_again_after and written < len(initiatives) - 1:
                row += header_block(sheet, row, columns, variant)
                title_header = next(c.flat for c in columns if c.role == "title")
                forbidden.append({"text": title_header, "why": "repeated header"})
            written += 1
    if variant.totals_row:
        title = rng.choice(TOTAL_TITLES)
        totals_row(sheet, row, columns, title)
        forbidden.append({"text": title, "why": "total"})
        row += 1
    if variant.notes:
        row += rng.choice([0, 1])
        note = rng.choice(NOTES)
        sheet.cell(row=row, column=1, value=note)
        forbidden.append({"text": note, "why": "note"})
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = {"title": 28, "indicator": 26, "next": 32, "cause": 24,
                                                 "target-cell": 36}.get(column.role, 12)
        if column.hidden:
            sheet.column_dimensions[letter].hidden = True
    return forbidden, hidden_values


def totals_row(sheet, row, columns, title):
    """A 合計 row under the table: the sum of each visible figure column's numbers. It is no initiative."""
    for index, column in enumerate(columns, start=1):
        if column.role == "title":
            sheet.cell(row=row, column=index, value=title)
        elif column.kind and not column.hidden:
            numbers = [sheet.cell(row=r, column=index).value for r in range(1, row)]
            numbers = [n for n in numbers if isinstance(n, (int, float)) and not isinstance(n, bool)]
            if numbers:
                sheet.cell(row=row, column=index, value=sum(numbers))


def withdrawn_row(sheet, row, columns, variant):
    """A hidden row holding an initiative that was withdrawn: it must not be imported."""
    title = variant.rng.choice(WITHDRAWN)
    values = {"id": "廃止", "title": title, "indicator": "旧指標", "unit": "件",
              "status": status_word(variant, "delayed"), "department": "旧所管課", "target-cell": "○旧指標\nＲ２年度：7,777件"}
    for index, column in enumerate(columns, start=1):
        if column.role in values:
            sheet.cell(row=row, column=index, value=values[column.role])
        elif column.kind == "target" and not column.hidden:
            sheet.cell(row=row, column=index, value=7777)
    sheet.row_dimensions[row].hidden = True
    return {"text": title, "why": "hidden row"}


def header_block(sheet, row, columns, variant):
    """Writes the header rows; returns how many there are."""
    fill = PatternFill("solid", fgColor="DDEBF7")

    def put(r, c, text):
        cell = sheet.cell(row=r, column=c, value=text or None)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")

    if variant.header == "flat":
        for index, column in enumerate(columns, start=1):
            put(row, index, column.flat)
        return 1
    rows = 3 if variant.header == "three-rows" else 2
    first = row + rows - 2  # the row of the year/kind tops
    if rows == 3:
        year_indexes = [i for i, c in enumerate(columns, start=1) if c.kind]
        put(row, year_indexes[0], "目標及び実績" if variant.rng.random() < 0.5 else "数値目標・実績")
        if len(year_indexes) > 1:
            sheet.merge_cells(start_row=row, start_column=year_indexes[0], end_row=row, end_column=year_indexes[-1])
    index = 1
    while index <= len(columns):
        column = columns[index - 1]
        if not column.kind:
            if variant.plain_header == "merged":
                put(row, index, column.flat)
                sheet.merge_cells(start_row=row, start_column=index, end_row=row + rows - 1, end_column=index)
            elif variant.plain_header == "top":
                put(row, index, column.flat)
            else:
                put(row + rows - 1, index, column.flat)
            index += 1
            continue
        end = index
        while end < len(columns) and columns[end].kind and columns[end].top == column.top:
            end += 1
        put(first, index, column.top)
        if end > index:
            sheet.merge_cells(start_row=first, start_column=index, end_row=first, end_column=end)
        for c in range(index, end + 1):
            put(first + 1, c, columns[c - 1].bottom)
        index = end + 1
    return rows


def section_groups(initiatives, rng):
    groups = []
    for number, section in enumerate(samples.SECTIONS, start=1):
        members = [i for i in initiatives if i["section"] == section]
        if members:
            groups.append((f"（{str(number).translate(FULL)}）{section}", members))
    others = [i for i in initiatives if i["section"] is None]
    if others:
        groups.append((rng.choice(OTHER_SECTION_HEADINGS), others))
    return groups


def initiative_rows(sheet, row, columns, variant, initiative, first_adopted, hidden_values):
    """Writes an initiative's rows (one per indicator); returns the next free row."""
    indicators = initiative["indicators"] or [None]
    start = row
    old_targets = {(ind["name"], t["fiscalYear"]): t["value"]
                   for i in first_adopted if i["id"] == initiative["id"] for ind in i["indicators"] for t in ind["targets"]}
    for offset, indicator in enumerate(indicators):
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=row, column=index)
            value, number_format = initiative_value(variant, column, initiative, indicator, offset, old_targets,
                                                    hidden_values, row)
            if value is None:
                continue
            cell.value = value
            if number_format:
                cell.number_format = number_format
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    if variant.continuation == "merge" and row - start > 1:
        for index, column in enumerate(columns, start=1):
            if column.role in ("id", "section", "title", "department", "status", "cause", "next", "remarks"):
                sheet.merge_cells(start_row=start, start_column=index, end_row=row - 1, end_column=index)
    return row


def initiative_value(variant, column, initiative, indicator, offset, old_targets, hidden_values, row):
    per_initiative = {"id": initiative["id"], "section": initiative["section"], "title": initiative["title"],
                      "department": initiative["department"],
                      "status": status_word(variant, initiative["status"]),
                      "cause": initiative["delayReason"], "next": initiative["nextSteps"],
                      "remarks": variant.extra.choice(REMARKS) if variant.remarks_column and variant.extra.random() < 0.5 else None}
    if column.role == "spacer":
        return None, None
    if column.role in per_initiative:
        if offset > 0 and variant.continuation != "repeat":
            return None, None
        return per_initiative[column.role], None
    if indicator is None:
        return None, None
    if column.role == "indicator":
        return indicator["name"], None
    if column.role == "unit":
        return samples.unit_cell(indicator) or None, None
    if column.role == "target-cell":
        return target_cell_text(indicator, initiative) or None, None
    if column.role == "actual" and variant.indicator_in_target:
        return "\n".join(a["text"] for a in indicator["actuals"]) or None, None
    if column.old and column.kind == "target":
        old = old_targets.get((indicator["name"], column.year))
        revised = next((t for t in indicator["targets"] if t["fiscalYear"] == column.year), None)
        if old is None or revised is None or revised["revisedFrom"] is None:
            return None, None
        hidden_values.append({"initiative": initiative["title"], "indicator": indicator["name"], "kind": "target",
                              "fiscalYear": column.year, "value": old})
        return old, None
    if column.old and column.kind == "actual":
        if not any(a["value"] is not None for a in indicator["actuals"]):
            return None, None
        value = variant.rng.randint(3, 900)
        hidden_values.append({"initiative": initiative["title"], "indicator": indicator["name"], "kind": "actual",
                              "fiscalYear": column.year, "value": value})
        return value, None
    if column.kind == "combined":
        return combined_cell(variant, indicator, column.year), None
    entries = indicator["targets"] if column.kind == "target" else indicator["actuals"]
    entry = next((e for e in entries if e["fiscalYear"] == column.year), None)
    if entry is None:
        return None, None
    return value_cell(variant, indicator, entry, column.kind)


def vocabulary(name):
    return next(v for v in VOCABULARIES if v["name"] == name)


# Workbooks that differ from the Samples' table layout in one way only, so that each class's cost shows
# on its own: (name, shape, where the department is, change to the baseline variant).
SINGLE_VARIATIONS = [
    ("year-over-kind", None, None, lambda v: setattr(v, "header", "year-over-kind")),
    ("kind-over-year", None, None, lambda v: setattr(v, "header", "kind-over-year")),
    ("three-rows", None, None, lambda v: setattr(v, "header", "three-rows")),
    ("two-rows-top", None, None, lambda v: (setattr(v, "header", "year-over-kind"), setattr(v, "plain_header", "top"))),
    ("two-rows-bottom", None, None, lambda v: (setattr(v, "header", "kind-over-year"), setattr(v, "plain_header", "bottom"))),
    ("title-jigyomei", None, None, lambda v: v.words.update(title="事業名")),
    ("title-torikumi-naiyo", None, None, lambda v: v.words.update(title="取組内容")),
    ("indicator-outcome", None, None, lambda v: v.words.update(indicator="アウトカム指標")),
    ("indicator-kpi", None, None, lambda v: v.words.update(indicator="KPI")),
    ("status-hyoka-kubun", None, None, lambda v: v.words.update(status="評価区分")),
    ("department-tanto-busho", None, None, lambda v: v.words.update(department="担当部署")),
    ("target-keikakuchi", None, None, lambda v: setattr(v, "target_word", "計画値")),
    ("years-alias", None, None, lambda v: setattr(v, "year_style", "alias")),
    ("years-western", None, None, lambda v: setattr(v, "year_style", "western")),
    ("decoration-hissu", None, None, lambda v: setattr(v, "title_decoration", "【必須】")),
    ("header-line-breaks", None, None, lambda v: setattr(v, "break_headers", True)),
    ("status-symbols", None, None, lambda v: (setattr(v, "vocabulary", vocabulary("symbols")),
                                               setattr(v, "legend", vocabulary("symbols")["legends"][0]))),
    ("status-grades", None, None, lambda v: (setattr(v, "vocabulary", vocabulary("grades")),
                                              setattr(v, "legend", vocabulary("grades")["legends"][0]))),
    ("status-achieved", None, None, lambda v: (setattr(v, "vocabulary", vocabulary("achieved")),
                                                setattr(v, "legend", vocabulary("achieved")["legends"][0]))),
    ("status-degrees", None, None, lambda v: setattr(v, "vocabulary", vocabulary("degrees"))),
    ("numbers-text", None, None, lambda v: setattr(v, "numbers", "text")),
    ("numbers-unit-format", None, None, lambda v: setattr(v, "numbers", "unit-format")),
    ("percent-format", None, None, lambda v: setattr(v, "percent_format", True)),
    ("hidden-old-targets", None, None, lambda v: (setattr(v, "hidden_old_targets", True), setattr(v, "old_after", False))),
    ("hidden-old-targets-right", None, None, lambda v: (setattr(v, "hidden_old_targets", True),
                                                        setattr(v, "old_after", True))),
    ("hidden-old-actuals", None, None, lambda v: setattr(v, "hidden_old_actuals", True)),
    ("hidden-row", None, None, lambda v: setattr(v, "hidden_row", True)),
    ("example-row", None, None, lambda v: setattr(v, "example_row", True)),
    ("notes", None, None, lambda v: setattr(v, "notes", True)),
    ("section-headings", None, None, lambda v: setattr(v, "sections", "headings")),
    ("repeated-header", None, None, lambda v: setattr(v, "repeated_header", True)),
    ("rows-repeat", None, None, lambda v: setattr(v, "continuation", "repeat")),
    ("rows-blank", None, None, lambda v: setattr(v, "continuation", "blank")),
    ("indicator-in-target-cell", None, None, lambda v: (setattr(v, "indicator_in_target", True), setattr(v, "numbers", "text"))),
    ("unit-in-header", "unit-in-header", None, lambda v: setattr(v, "unit_in_header", "件")),
    ("sheet-per-department", "sheet-per-department", None, lambda v: None),
    ("department-line", "department", "line", lambda v: None),
    ("department-cover", "department", "cover", lambda v: None),
    ("remarks-column", None, None, lambda v: (setattr(v, "remarks_column", True), setattr(v, "remarks_word", "備考"))),
    ("spacer-columns", None, None, lambda v: setattr(v, "spacer_columns", True)),
    ("totals-row", None, None, lambda v: setattr(v, "totals_row", True)),
    ("years-mixed", None, None, lambda v: setattr(v, "mixed_year_styles", True)),
    ("target-and-result-cells", None, None, lambda v: (setattr(v, "combined_cells", True),
                                                       setattr(v, "combined_word", "目標／実績"),
                                                       setattr(v, "combined_style", COMBINED_STYLES[0]))),
]


def table_workbook(rng, plan, first_adopted, single=None):
    """A table-layout workbook: returns (workbook, facts, forbidden, hidden values, classes).
    `single` is one of SINGLE_VARIATIONS, or None for a random combination."""
    shape = rng.choice(["department", "department", "mixed", "sheet-per-department"])
    if single:
        shape = single[1] or "department"
    by_department = {}
    for initiative in plan["initiatives"]:
        by_department.setdefault(initiative["department"], []).append(initiative)
    departments = sorted(by_department)
    book = Workbook()
    book.remove(book.active)
    forbidden, hidden, classes = [], [], [f"shape-{shape}"]
    if shape == "sheet-per-department":
        chosen = sorted(rng.sample(departments, rng.randint(2, 4)), key=departments.index)
        sheets = [(d, by_department[d]) for d in chosen]
    elif shape == "unit-in-header":
        # Every indicator of these initiatives counts 件: the unit can stand in the header.
        sheets = [("取組状況", [i for i in plan["initiatives"] if i["indicators"]
                               and all(ind["unit"] == "件" for ind in i["indicators"])])]
    elif shape == "mixed":
        picked = rng.sample(plan["initiatives"], rng.randint(4, 8))
        sheets = [(rng.choice(["取組状況", "行動計画", "一覧", "Sheet1"]), [i for i in plan["initiatives"] if i in picked])]
    else:
        # A single variation uses the department with the most to show: revisions, percents, delays.
        department = "企画財政部" if single else rng.choice(departments)
        sheets = [(rng.choice(["取組状況", "進捗状況", "行動計画（Ｒ２）", "調書"]), by_department[department])]
    variant = TableVariant(rng, [i for _, members in sheets for i in members])
    where = "column"
    if shape == "department":
        where = rng.choice(["column", "line", "cover"])
    if single:
        variant.make_baseline()
        single[3](variant)
        where = single[2] or "column"
        classes.append("single-variation")
    classes.append(f"department-{'sheet-name' if shape == 'sheet-per-department' else where}")
    facts = []
    if where == "cover":
        cover = book.create_sheet("表紙")
        cover.append(["令和２年度 行財政改革行動計画 取組状況調書"])
        cover.append([])
        cover.append([rng.choice(["部局名", "所管部局", "提出部局"]), sheets[0][1][0]["department"]])
    for name, members in sheets:
        department_column = shape in ("mixed", "unit-in-header") or where == "column"
        line = f"{rng.choice(['所管：', '所管部局：', '担当部局　'])}{members[0]['department']}" if where == "line" else None
        found, hidden_values = table_sheet(book, name, variant, members, department_column, line, first_adopted)
        forbidden += found
        hidden += hidden_values
        facts += facts_of(members)
    return book, facts, forbidden, hidden, classes + variant.classes()


# ---------------------------------------------------------------- free-text layout

def free_text_workbook(rng, plan):
    """The seed's free-text layout for one department, with other header wordings and statuses."""
    departments = sorted({i["department"] for i in plan["initiatives"]})
    department = rng.choice(departments)
    status_column = rng.random() < 0.7
    vocabulary = rng.choice(VOCABULARIES) if status_column else VOCABULARIES[0]
    legend = rng.choice(vocabulary["legends"]) if status_column else None
    sheets, _ = samples.free_text_book(plan, department, "revised", {"status_column": status_column})
    sheet = sheets[0]
    renames = {"取組項目": rng.choice(WORDS["title"]), "目標（抄）": rng.choice(["目標（抄）", "目標", "目標・指標"]),
               "進捗": rng.choice(WORDS["status"])}
    on_track, delayed = rng.choice(vocabulary["onTrack"]), rng.choice(vocabulary["delayed"])
    for number in sheet.header_rows:
        sheet.rows[number - 1] = [renames.get(value, value) for value in sheet.rows[number - 1]]
    if status_column:
        for values in sheet.rows:
            if len(values) == 6 and values[5] in ("順調", "遅れ") and values[0] not in ("番号",):
                values[5] = on_track if values[5] == "順調" else delayed
    forbidden = []
    if legend:
        blank = next(i for i, values in enumerate(sheet.rows) if not values)
        sheet.rows[blank] = [legend]
        forbidden.append({"text": legend, "why": "legend"})
    for values in sheet.rows:
        if len(values) == 1 and values[0] and values[0][0] in "１２（":
            forbidden.append({"text": values[0], "why": "heading"})
    book = samples.openpyxl_book(sheets)
    initiatives = [i for i in plan["initiatives"] if i["department"] == department]
    classes = ["free-text", f"status-{vocabulary['name'] if status_column else 'block-titles'}"]
    if legend:
        classes.append("legend")
    if renames["取組項目"] != "取組項目" or renames["進捗"] != "進捗":
        classes.append("unusual-free-text-header")
    return book, facts_of(initiatives), forbidden, [], classes


# ---------------------------------------------------------------- output

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--count", type=int, default=40, help="random combinations after the single variations")
    parser.add_argument("--combinations-only", action="store_true", help="leave out the single-variation workbooks")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--no-libreoffice", action="store_true", help="keep the openpyxl files as they are")
    args = parser.parse_args()
    with open(os.path.join(ROOT, "Samples", "data", "seed-plan.json"), encoding="utf-8") as handle:
        plan = json.load(handle)
    first_adopted = samples.first_adopted(copy.deepcopy(plan))["initiatives"]
    os.makedirs(args.outdir, exist_ok=True)
    written = []
    singles = [] if args.combinations_only else SINGLE_VARIATIONS
    for index in range(1, len(singles) + args.count + 1):
        rng = random.Random(f"{args.seed}-{index}")
        if index <= len(singles):
            single = singles[index - 1]
            book, facts, forbidden, hidden, classes = table_workbook(rng, plan, first_adopted, single)
            layout = single[0]
        elif rng.random() < 0.15:
            book, facts, forbidden, hidden, classes = free_text_workbook(rng, plan)
            layout = "free-text"
        else:
            book, facts, forbidden, hidden, classes = table_workbook(rng, plan, first_adopted)
            layout = "mixed-table"
        name = f"{index:02d}-{layout}.xlsx"
        path = os.path.join(args.outdir, name)
        book.properties.creator = "PlanSheet layout generator"
        book.save(path)
        written.append(path)
        expected = {"file": name, "seed": args.seed, "classes": sorted(set(classes)), "facts": facts,
                    "forbiddenInitiatives": forbidden, "hiddenValues": hidden}
        with open(path[:-5] + ".json", "w", encoding="utf-8") as handle:
            json.dump(expected, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    if not args.no_libreoffice:
        resave_with_libreoffice(written)
    print(f"{len(written)} workbooks written to {args.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
