#!/usr/bin/env python3
"""A second, independent generator of department submissions: templates as clerks elsewhere build them.

    second_opinion.py OUTDIR [--count N] [--seed S] [--no-libreoffice]
    second_opinion.py Tests/PlanIOTests/Fixtures/second-opinion --fixtures   (the committed fixtures)

generate_layouts.py was written by the people who wrote the importer, so its blind spots are the
importer's. This one starts from the other end: how a clerk in another prefecture, handed the
Samples' data (Samples/data/seed-plan.json), lays out the office's own submission form in Excel.
Each workbook draws every choice below independently from a generator seeded by (S, index):

  front      a cover (表紙) naming the department, an instructions sheet (記入要領) with the
             evaluation scale, both or neither; a hidden work sheet holding the targets before revision
  shape      all departments on one sheet with a 所管 column; one department per file; a sheet per
             department named after it
  above      a title block (令和２年度 行財政改革 … 調書, 現在日, 部局名 in one or two cells), blank
             rows, the table starting in column A or B
  numbering  a No. column or a number in front of the title: 1-1, ①, (1), 1
  sections   a 方向性 column, heading rows (Ⅰ …, 【方向性１】…) or none
  figures    目標値/実績値 merged over the years; the year merged over 目標/実績; one row of
             compound headers (R2目標); three header rows (数値目標 over 目標/実績 over years);
             目標 and 実績 in alternating rows with a 区分 column; one cell per indicator listing
             `Ｒ２：…` lines
  extra      現状値 (baseline) and 達成率 columns whose figures are neither targets nor results,
             備考, 要因, 今後の方向性; a hidden column with the target before revision; a hidden
             row with a withdrawn initiative; a 記入例 row; ※ and （注） footnotes
  values     numbers with #,##0 or a unit format, numbers as text with units (12,000枚), in
             full-width digits, percents as percent cells or text, 約, 以上, 削減, revisions
             (20,000→67,000), empty years as －, ―, - or blank; units in a 単位 column, in the
             indicator's name (利用枚数（枚）), in the number format or in the text
  statuses   順調/遅れ, 順調に進んでいる/遅れている, ◎○△×, Ａ–Ｄ, 1–3, 達成/未達成 with the legend
             above the table, in a footnote or only on the instructions sheet
  cosmetics  frozen panes, print titles, an autofilter, a drop-down list on the status column
  saving     re-saved by LibreOffice (soffice --headless --convert-to xlsx) or left as openpyxl wrote it

Beside each OUTDIR/NNN-<shape>.xlsx, OUTDIR/NNN-<shape>.json holds the facts it was made from, in
the format Scripts/score-layouts.py reads (facts, forbiddenInitiatives, hiddenValues, classes), and:

  strayValues   figures that are neither a target nor a result (現状値, 達成率): importing one as a
                target or result of its indicator is a wrong value
  blankEntries  target or result cells written empty (－, ―): importing anything there is invented
"""
import argparse
import json
import os
import random
import sys

from libreoffice_resave import resave_with_libreoffice
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TARGET_YEARS = [2020, 2021, 2022]
WIDE = str.maketrans("0123456789,.%-()", "０１２３４５６７８９，．％－（）")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# ---------------------------------------------------------------- wordings a clerk might choose

TITLE_HEADERS = ["取組名", "取組の名称", "改革項目", "具体的な取組", "取組事項", "重点取組", "事業・取組名"]
INDICATOR_HEADERS = ["指標", "成果指標（ＫＰＩ）", "評価指標", "目標指標", "指標名称", "数値目標の指標"]
TARGET_WORDS = ["目標値", "目標", "計画値", "年度目標"]
RESULT_WORDS = ["実績値", "実績", "取組実績", "年度実績"]
STATUS_HEADERS = ["自己評価", "評価", "進捗状況", "達成度", "取組の評価", "進捗度"]
DEPARTMENT_HEADERS = ["所管部局", "部局名", "担当部局", "所管"]
SECTION_HEADERS = ["方向性", "改革の柱", "基本方針"]
NUMBER_HEADERS = ["No.", "番号", "項番", "No"]
CAUSE_HEADERS = ["遅れの理由", "要因分析", "課題", "遅れている要因"]
NEXT_HEADERS = ["今後の方向性", "今後の対応", "改善策", "今後の取組"]
REMARK_HEADERS = ["備考", "特記事項", "補足"]
BASELINE_HEADERS = ["現状値", "基準値"]
RATE_HEADERS = ["達成率", "進捗率"]
UNIT_HEADERS = ["単位"]
KIND_HEADERS = ["区分", "目標／実績", "種別"]

TITLE_BLOCKS = ["{era}年度 行財政改革行動計画 取組状況調書", "行財政改革の取組状況について（{era}年度）",
                "【様式１】行動計画 進捗管理シート", "{era}年度　行財政改革推進プラン　実施状況報告書"]
DATE_LINES = ["（令和３年３月31日現在）", "令和３年４月15日提出", "（基準日：R3.3.31）"]
SECTION_STYLES = ["Ⅰ　{}", "【方向性{n}】{}", "{n}　{}", "＜{}＞"]
NOTES = ["※１ 実績値は令和３年３月31日現在の数値を記入すること。", "（注）評価欄は記入要領により記入してください。",
         "※ 数値は速報値を含む。", "注）目標値を変更した取組は変更後の値を記入。"]
ROMAN = "ⅠⅡⅢⅣ"

# Status scales: the cell's text per status, and the legend line that explains it (None: no legend needed).
SCALES = {
    "words": ({"onTrack": ["順調"], "delayed": ["遅れ"]}, None),
    "sentences": ({"onTrack": ["順調に進んでいる", "順調に進捗"], "delayed": ["遅れている", "遅れが生じている"]}, None),
    "symbols": ({"onTrack": ["◎", "○"], "delayed": ["△", "×"]}, "◎：順調　○：概ね順調　△：やや遅れ　×：遅れ"),
    "grades": ({"onTrack": ["Ａ", "Ｂ"], "delayed": ["Ｃ", "Ｄ"]}, "Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れ　Ｄ：遅れ"),
    "digits": ({"onTrack": ["1", "2"], "delayed": ["3"]}, "1：順調　2：概ね順調　3：遅れ"),
    "achieved": ({"onTrack": ["達成", "概ね達成"], "delayed": ["未達成"]}, "達成：目標を達成（順調）　未達成：目標に届かない（遅れ）"),
    "words-with-note": ({"onTrack": ["順調（計画どおり進捗）", "順調（目標を上回る）"],
                         "delayed": ["遅れ（新型コロナの影響）", "やや遅れ（一部未実施）"]}, None),
}
# A status written as a mark under one of several sub-columns (進捗状況 over 順調 | 遅れ).
BOX_SCALES = [(["順調", "遅れ"], {"順調": "onTrack", "遅れ": "delayed"}),
              (["順調", "概ね順調", "遅れ"], {"順調": "onTrack", "概ね順調": "onTrack", "遅れ": "delayed"})]
BOX_MARKS = ["○", "●", "✓", "〇"]
LEGEND_FORMS = ["【評価】{}", "評価基準　{}", "（評価の区分）{}", "※評価欄　{}"]


def era_year(year):
    return year - 2018


def year_label(year, style):
    """A fiscal year as a clerk writes it in a header."""
    r = era_year(year)
    return {
        "reiwa": f"令和{str(r).translate(WIDE)}年度",
        "r-short": f"R{r}",
        "r-wide": f"Ｒ{str(r).translate(WIDE)}年度",
        "western": f"{year}年度",
        "western-number": year,
        "both": f"R{r}\n({year})",
        "western-era": f"{year}(R{r})年度",
    }[style]


def line_year(year, style):
    """The year in front of a `…：value` line inside a cell."""
    r = era_year(year)
    return {"r": f"Ｒ{str(r).translate(WIDE)}", "r-nendo": f"R{r}年度", "reiwa": f"令和{r}年度"}[style]


# ---------------------------------------------------------------- figures as cells

def number_text(value):
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}".rstrip("0").rstrip(".")


class Figures:
    """How this template writes one target or result: a number with a format, or text."""

    def __init__(self, rng):
        self.style = rng.choice(["number", "number", "text", "wide-text", "mixed"])
        self.unit_place = rng.choice(["column", "name", "format"] if self.style == "number" else
                                     ["text", "text", "column", "name"])
        self.empty = rng.choice(["", "－", "―", "-"])
        self.revisions = rng.random() < 0.3
        self.qualifiers = rng.random() < 0.5
        self.rng = rng
        self.footnote_marks = False

    def classes(self):
        tags = [f"values-{self.style}", f"unit-in-{self.unit_place}"]
        if self.footnote_marks:
            tags.append("footnote-marks")
        if self.empty:
            tags.append("empty-as-dash")
        if self.revisions:
            tags.append("revision-arrows")
        return tags

    def cell(self, indicator, entry, kind):
        """(value, number_format) for the cell."""
        if entry is None:
            return (self.empty or None), None
        value, unit = entry["value"], indicator["unit"]
        if value is None:
            return strip_year_prefix(entry["text"]), None
        style = self.style if self.style != "mixed" else self.rng.choice(["number", "text"])
        if style == "number" and self.unit_place != "text":
            if unit == "%":
                return value / 100, ("0%" if float(value).is_integer() else "0.0%")
            if self.unit_place == "format" and unit:
                return value, f'#,##0"{unit}"'
            return value, ("#,##0" if value >= 1000 else "General")
        return self.text(indicator, entry, kind, wide=(style == "wide-text")), None

    def text(self, indicator, entry, kind, wide=False):
        value, unit = entry["value"], indicator["unit"] or ""
        shown = number_text(value)
        if self.revisions and kind == "target" and entry.get("revisedFrom") not in (None, value):
            shown = f"{number_text(entry['revisedFrom'])}→{shown}"
        text = f"{shown}{unit}"
        if indicator["direction"] == "decrease" and unit == "%":
            text += "削減" if kind == "target" else "減"
        if self.qualifiers:
            if kind == "target" and entry.get("comparator") == "atLeast" and indicator["direction"] == "increase":
                text += "以上"
            if kind == "actual" and entry.get("approximate"):
                text = "約" + text
            if indicator.get("period") == "perYear":
                text += "／年"
        if self.footnote_marks and self.rng.random() < 0.2:
            text += self.rng.choice(["※", "（※１）", "注1"])  # a figure pointing at a footnote
        return text.translate(WIDE) if wide else text


def strip_year_prefix(text):
    """A qualitative cell without the `Ｒ２年度：` its source line began with (the column gives the year)."""
    first, _, rest = text.partition("：")
    if rest and len(first) <= 6 and ("年度" in first):
        return rest.strip()
    return text


def baseline_of(indicator):
    """A 現状値 for the indicator: a figure that is none of its targets or results."""
    values = [e["value"] for e in indicator["targets"] + indicator["actuals"] if e["value"] is not None]
    if not values:
        return None
    base = min(values) * 0.6
    return round(base, 1) if indicator["unit"] == "%" else int(base) or 1


# ---------------------------------------------------------------- the template

class Template:
    """Every choice of one workbook, drawn once."""

    def __init__(self, rng):
        self.rng = rng
        self.shape = rng.choice(["department-column", "one-department", "one-department", "sheet-per-department"])
        self.front = rng.choice([[], [], ["cover"], ["guide"], ["cover", "guide"]])
        self.hidden_sheet = rng.random() < 0.15
        self.title_lines = rng.choice([0, 1, 2, 2, 3])
        self.department_line = rng.choice(["one-cell", "two-cells", "none"])
        self.origin = rng.choice([1, 1, 2])
        self.gap = rng.random() < 0.4
        self.numbering = rng.choice(["none", "column", "column", "prefix"])
        self.number_style = rng.choice(["hyphen", "circled", "paren", "plain"])
        self.sections = rng.choice(["none", "column", "headings", "headings"])
        self.section_style = rng.choice(SECTION_STYLES)
        self.figures = rng.choice(["kind-over-year", "year-over-kind", "compound", "three-rows", "alternating-rows",
                                   "year-lines"])
        self.year_style = rng.choice(["reiwa", "r-short", "r-wide", "western", "western-number", "both",
                                      "western-era"])
        self.line_year_style = rng.choice(["r", "r-nendo", "reiwa"])
        self.actual_years = rng.choice([[2020], [2020, 2021]])
        self.values = Figures(rng)
        self.scale = rng.choice(list(SCALES))
        self.legend_place = rng.choice(["above", "footnote", "guide"]) if SCALES[self.scale][1] else "none"
        if self.legend_place == "guide" and "guide" not in self.front:
            self.front = self.front + ["guide"]
        self.legend_form = rng.choice(LEGEND_FORMS)
        self.baseline = rng.random() < 0.35
        self.rate = rng.random() < 0.3 and self.figures not in ("alternating-rows", "year-lines")
        self.remarks = rng.random() < 0.5
        self.cause = rng.random() < 0.5
        self.next_steps = rng.random() < 0.6
        self.hidden_column = rng.random() < 0.3 and self.figures in ("kind-over-year", "year-over-kind", "compound")
        self.hidden_row = rng.random() < 0.3
        self.initiative_cells = rng.choice(["merged", "merged", "repeated", "first-only"])
        self.example_row = rng.random() < 0.25
        self.notes = rng.sample(NOTES, rng.choice([0, 1, 2]))
        self.header_fill = rng.choice(["merged", "merged", "top", "bottom"])
        self.title_header = rng.choice(TITLE_HEADERS)
        self.indicator_header = rng.choice(INDICATOR_HEADERS)
        self.target_word = rng.choice(TARGET_WORDS)
        self.result_word = rng.choice(RESULT_WORDS)
        self.status_header = rng.choice(STATUS_HEADERS)
        self.department_header = rng.choice(DEPARTMENT_HEADERS)
        self.libreoffice = rng.random() < 0.65
        # Drawn last, so that the choices above stay what they were for a seed.
        self.status_boxes = rng.random() < 0.2
        self.box_scale = rng.choice(BOX_SCALES)
        self.box_mark = rng.choice(BOX_MARKS)
        self.wrap_titles = rng.random() < 0.3
        self.blank_rows = rng.random() < 0.2
        self.year_format = rng.random() < 0.5
        if self.values.style == "number" and rng.random() < 0.25:
            self.values.unit_place = "name-line"
        if rng.random() < 0.12:
            self.figures = "final-target"
            self.rate = self.hidden_column = False
        self.merge_headings = rng.random() < 0.6
        self.column_numbers = rng.choice([None, None, None, None, None, "paren", "circled"])
        self.values.footnote_marks = rng.random() < 0.2

    def classes(self):
        tags = [f"shape-{self.shape}", f"figures-{self.figures}", f"years-{self.year_style}",
                f"status-{self.scale}", f"legend-{self.legend_place}", f"numbering-{self.numbering}",
                f"sections-{self.sections}", f"initiative-{self.initiative_cells}",
                f"header-{self.header_fill}", "saved-libreoffice" if self.libreoffice else "saved-openpyxl"]
        tags += [f"front-{part}" for part in self.front]
        tags += [name for name, on in (("status-boxes", self.status_boxes), ("wrapped-titles", self.wrap_titles),
                                       ("blank-rows", self.blank_rows), ("column-numbers", self.column_numbers))
                 if on]
        tags += [name for name, on in (("baseline-column", self.baseline), ("rate-column", self.rate),
                                       ("remarks-column", self.remarks), ("hidden-column", self.hidden_column),
                                       ("hidden-row", self.hidden_row), ("example-row", self.example_row),
                                       ("hidden-sheet", self.hidden_sheet), ("title-block", self.title_lines > 0),
                                       ("table-offset", self.origin > 1), ("notes", bool(self.notes))) if on]
        return tags + self.values.classes()

    def status_text(self, status, index):
        choices = SCALES[self.scale][0][status]
        return choices[index % len(choices)]

    def legend_line(self):
        return self.legend_form.format(SCALES[self.scale][1])

    def number(self, index, section_index, within):
        if self.number_style == "hyphen":
            return f"{section_index}-{within}"
        if self.number_style == "circled":
            return CIRCLED[index % len(CIRCLED)]
        if self.number_style == "paren":
            return f"({index + 1})"
        return str(index + 1)


# ---------------------------------------------------------------- columns

class Column:
    """One column of the table: its header texts top to bottom and what its cells hold."""

    def __init__(self, role, head, group=None, year=None, kind=None, hidden=False, width=12):
        self.role, self.head, self.group, self.year, self.kind = role, head, group, year, kind
        self.hidden, self.width = hidden, width


def columns_for(t, with_department_column):
    """The columns of the table, in order (header texts without the depth padding)."""
    columns = []
    if t.numbering == "column":
        columns.append(Column("number", [t.rng.choice(NUMBER_HEADERS)], width=6))
    if t.sections == "column":
        columns.append(Column("section", [t.rng.choice(SECTION_HEADERS)], width=16))
    columns.append(Column("title", [t.title_header], width=30))
    if with_department_column:
        columns.append(Column("department", [t.department_header], width=12))
    columns.append(Column("indicator", [t.indicator_header], width=24))
    if t.values.unit_place == "column":
        columns.append(Column("unit", [t.rng.choice(UNIT_HEADERS)], width=6))
    if t.baseline:
        columns.append(Column("baseline", [t.rng.choice(BASELINE_HEADERS) + "（R元）"], width=10))
    columns += figure_columns(t)
    if t.rate:
        columns.append(Column("rate", [t.rng.choice(RATE_HEADERS)], width=8))
    if t.status_boxes:
        columns += [Column("box", [t.status_header, word], group="status", width=6) for word in t.box_scale[0]]
    else:
        columns.append(Column("status", [t.status_header], width=8))
    if t.cause:
        columns.append(Column("cause", [t.rng.choice(CAUSE_HEADERS)], width=24))
    if t.next_steps:
        columns.append(Column("next", [t.rng.choice(NEXT_HEADERS)], width=24))
    if t.remarks:
        columns.append(Column("remarks", [t.rng.choice(REMARK_HEADERS)], width=12))
    return columns


def figure_columns(t):
    y = lambda year: year_label(year, t.year_style)  # noqa: E731
    tw, rw = t.target_word, t.result_word
    out = []
    if t.figures == "kind-over-year":
        for year in TARGET_YEARS:
            if t.hidden_column and year == 2021:
                out.append(Column("old-target", [tw, f"{y(year)}（当初）" if isinstance(y(year), str) else "当初"],
                                  group="t", year=year, kind="target", hidden=True))
            out.append(Column("figure", [tw, y(year)], group="t", year=year, kind="target"))
        out += [Column("figure", [rw, y(year)], group="r", year=year, kind="actual") for year in t.actual_years]
    elif t.figures == "year-over-kind":
        for year in TARGET_YEARS:
            if t.hidden_column and year == 2021:
                out.append(Column("old-target", [y(year), "当初目標"], group=year, year=year, kind="target",
                                  hidden=True))
            out.append(Column("figure", [y(year), tw], group=year, year=year, kind="target"))
            if year in t.actual_years:
                out.append(Column("figure", [y(year), rw], group=year, year=year, kind="actual"))
    elif t.figures == "compound":
        form = t.rng.choice(["{y}{k}", "{k}（{y}）", "{y}\n{k}", "{y} {k}"])
        joined = lambda year, word: form.format(y=str(y(year)).replace("\n", ""), k=word)  # noqa: E731
        for year in TARGET_YEARS:
            if t.hidden_column and year == 2021:
                out.append(Column("old-target", [joined(year, "当初" + tw)], year=year, kind="target", hidden=True))
            out.append(Column("figure", [joined(year, tw)], year=year, kind="target"))
        out += [Column("figure", [joined(year, rw)], year=year, kind="actual") for year in t.actual_years]
    elif t.figures == "three-rows":
        top = t.rng.choice(["数値目標", "目標・実績", "数値目標及び実績"])
        out += [Column("figure", [top, tw, y(year)], group="all", year=year, kind="target") for year in TARGET_YEARS]
        out += [Column("figure", [top, rw, y(year)], group="all", year=year, kind="actual")
                for year in t.actual_years]
    elif t.figures == "alternating-rows":
        out.append(Column("kind", [t.rng.choice(KIND_HEADERS)], width=8))
        out += [Column("figure", [y(year)], year=year, kind="either") for year in TARGET_YEARS]
    elif t.figures == "final-target":
        out.append(Column("final", [t.rng.choice([tw, "最終" + tw, tw + "（最終）"])], kind="target"))
        out.append(Column("final-year", [t.rng.choice(["目標年度", "達成年度"])], width=9))
        out += [Column("figure", [rw + "（" + str(y(year)).replace("\n", "") + "）"], year=year, kind="actual")
                for year in t.actual_years]
    else:  # year-lines
        out.append(Column("lines", [tw + "（年度別）"], kind="target", width=28))
        out.append(Column("lines", [rw + "（" + str(y(2020)).replace("\n", "") + "）"], year=2020, kind="actual",
                          width=20))
    for column in out:
        column.width = max(column.width, 11)
    return out


# ---------------------------------------------------------------- writing a sheet

def write_header(sheet, row, left, columns, t):
    """Writes the header block at `row`; returns the first row under it."""
    depth = max(len(c.head) for c in columns)
    for offset, column in enumerate(columns):
        col = left + offset
        head = column.head
        if len(head) < depth and column.group is not None:  # a group's sub-header spans the rows below it
            head = head + [None] * (depth - len(head))
            level = len(column.head) - 1
            for fill_level, text in enumerate(head):
                if text is not None:
                    sheet.cell(row + fill_level, col, text)
            sheet.merge_cells(start_row=row + level, start_column=col, end_row=row + depth - 1, end_column=col)
            continue
        if len(head) < depth:  # a plain header in a deeper block
            if t.header_fill == "bottom":
                head = [None] * (depth - len(head)) + head
            else:
                head = head + [None] * (depth - len(head))
        for level, text in enumerate(head):
            if text is not None:
                cell = sheet.cell(row + level, col, text)
                if isinstance(text, int) and t.year_format:
                    cell.number_format = '0"年度"'  # 2020 shown as 2020年度
        if len(column.head) < depth and t.header_fill == "merged":
            sheet.merge_cells(start_row=row, start_column=col, end_row=row + depth - 1, end_column=col)
    # Groups: the same top text over neighbouring columns is merged across.
    offset = 0
    while offset < len(columns):
        group = columns[offset].group
        end = offset
        while group is not None and end + 1 < len(columns) and columns[end + 1].group == group:
            end += 1
        if end > offset and depth > 1:
            sheet.merge_cells(start_row=row, start_column=left + offset, end_row=row, end_column=left + end)
            if depth == 3 and group == "all":  # the middle row: 目標 over the target years, 実績 over the result years
                start = offset
                for inner in range(offset, end + 2):
                    if inner > end or columns[inner].kind != columns[start].kind:
                        if inner - 1 > start:
                            sheet.merge_cells(start_row=row + 1, start_column=left + start, end_row=row + 1,
                                              end_column=left + inner - 1)
                        start = inner
        offset = end + 1
    for level in range(depth):
        for offset in range(len(columns)):
            cell = sheet.cell(row + level, left + offset)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    return row + depth


def figure_cell(t, column, initiative, indicator, row_kind):
    """(value, format) of a target/result/baseline/rate cell of one indicator row."""
    v = t.values
    if column.role == "baseline":
        base = baseline_of(indicator)
        return v.cell(indicator, None if base is None else {"value": base, "text": ""}, "baseline")
    if column.role == "rate":
        target = next((e for e in indicator["targets"] if e["fiscalYear"] == 2020), None)
        actual = next((e for e in indicator["actuals"] if e["fiscalYear"] == 2020), None)
        if not target or not actual or not target["value"] or actual["value"] is None:
            return v.empty or None, None
        return round(actual["value"] / target["value"], 3), "0.0%"
    if column.role == "final":
        last = indicator["targets"][-1] if indicator["targets"] else None
        return v.cell(indicator, last, "target")
    if column.role == "lines":
        if column.kind == "actual":
            entry = entry_of(indicator, "actual", 2020)
            return (v.text(indicator, entry, "actual") if entry and entry["value"] is not None else
                    (strip_year_prefix(entry["text"]) if entry else v.empty or None)), None
        lines = []
        for entry in indicator["targets"]:
            shown = v.text(indicator, entry, "target") if entry["value"] is not None else strip_year_prefix(entry["text"])
            lines.append(f"{line_year(entry['fiscalYear'], t.line_year_style)}：{shown}")
        return ("\n".join(lines) or v.empty or None), None
    kind = row_kind if column.kind == "either" else column.kind
    if column.role == "old-target":
        entry = entry_of(indicator, "target", column.year)
        if entry is None:
            return v.empty or None, None
        old = dict(entry, value=entry.get("revisedFrom") or entry["value"], revisedFrom=None)
        return v.cell(indicator, old, "target")
    if kind == "actual" and column.year not in t.actual_years:
        return v.empty or None, None
    return v.cell(indicator, entry_of(indicator, kind, column.year), kind)


def entry_of(indicator, kind, year):
    entries = indicator["targets"] if kind == "target" else indicator["actuals"]
    return next((e for e in entries if e["fiscalYear"] == year), None)


def indicator_name(t, indicator):
    if t.values.unit_place == "name" and indicator["unit"]:
        return f"{indicator['name']}（{indicator['unit']}）"
    if t.values.unit_place == "name-line" and indicator["unit"]:
        return f"{indicator['name']}\n（単位：{indicator['unit']}）"
    return indicator["name"]


def write_table(sheet, t, initiatives, expected, with_department_column, department):
    """One data sheet: title block, header, rows, footnotes. Records facts and traps in `expected`."""
    left = t.origin
    row = 1
    forbidden = expected["forbiddenInitiatives"]
    if t.title_lines:
        title = t.rng.choice(TITLE_BLOCKS).format(era="令和２" if t.rng.random() < 0.5 else "R2")
        sheet.cell(row, left, title).font = Font(bold=True, size=14)
        forbidden.append({"text": title, "why": "title"})
        row += 1
        if t.title_lines >= 2:
            sheet.cell(row, left, t.rng.choice(DATE_LINES))
            row += 1
    # One department's file must name it somewhere: a line above the table when no cover does.
    named_elsewhere = "cover" in t.front or t.shape != "one-department"
    if department and (t.department_line != "none" and t.title_lines >= 1 or not named_elsewhere):
        if t.department_line != "two-cells":
            sheet.cell(row, left, f"{t.rng.choice(['部局名', '所管部局', '提出部局'])}：{department}")
        else:
            sheet.cell(row, left + 1, t.rng.choice(["部局名", "所管部局", "提出部局"]))
            sheet.cell(row, left + 2, department)
        row += 1
    if t.legend_place == "above":
        sheet.cell(row, left, t.legend_line())
        forbidden.append({"text": t.legend_line(), "why": "legend"})
        row += 1
    if t.gap or row > 1:
        row += 1
    columns = columns_for(t, with_department_column)
    header_row = row
    row = write_header(sheet, row, left, columns, t)
    if t.column_numbers:
        # A row numbering the columns under the header, as printed forms do: (1) (2) … or ① ② ….
        for offset in range(len(columns)):
            mark = f"({offset + 1})" if t.column_numbers == "paren" else CIRCLED[offset % len(CIRCLED)]
            cell = sheet.cell(row, left + offset, mark)
            cell.alignment = Alignment(horizontal="center")
        forbidden.append({"text": "(1)" if t.column_numbers == "paren" else CIRCLED[0], "why": "column numbers"})
        row += 1
    first_data = row
    for offset, column in enumerate(columns):
        letter = get_column_letter(left + offset)
        sheet.column_dimensions[letter].width = column.width
        if column.hidden:
            sheet.column_dimensions[letter].hidden = True
    if t.example_row:
        row = write_example(sheet, row, left, columns, forbidden)
    section_seen, counters = [], {}
    for index, initiative in enumerate(initiatives):
        section = initiative["section"] or "遅れが生じている取組"
        if section not in section_seen:
            section_seen.append(section)
            if t.sections == "headings":
                n = len(section_seen)
                text = t.section_style.format(section, n=n).replace("Ⅰ", ROMAN[(n - 1) % 4], 1)
                sheet.cell(row, left, text).font = Font(bold=True)
                if t.merge_headings:
                    sheet.merge_cells(start_row=row, start_column=left, end_row=row,
                                      end_column=left + len(columns) - 1)
                forbidden.append({"text": text, "why": "heading"})
                row += 1
        counters[section] = counters.get(section, 0) + 1
        number = t.number(index, len(section_seen), counters[section])
        row = write_initiative(sheet, row, left, columns, t, initiative, number, section, expected)
        if t.blank_rows:
            row += 1
        if t.hidden_row and index == 1:
            row = write_withdrawn(sheet, row, left, columns, t, forbidden)
    last_data = row - 1
    for note in t.notes:
        row += 1
        sheet.cell(row, left, note)
        forbidden.append({"text": note, "why": "note"})
    if t.legend_place == "footnote":
        row += 1
        sheet.cell(row, left, t.legend_line())
        forbidden.append({"text": t.legend_line(), "why": "legend"})
    cosmetics(sheet, t, columns, left, header_row, first_data, last_data)


def write_example(sheet, row, left, columns, forbidden):
    texts = {"number": "例", "title": "（記入例）○○システムの導入による業務の効率化", "indicator": "導入業務数",
             "figure": 10, "status": "順調", "department": "○○部"}
    for offset, column in enumerate(columns):
        value = texts.get(column.role)
        if value is not None:
            sheet.cell(row, left + offset, value).font = Font(color="FF0000", italic=True)
    forbidden.append({"text": texts["title"], "why": "example"})
    return row + 1


def write_withdrawn(sheet, row, left, columns, t, forbidden):
    title = "（廃止）庁内照明のＬＥＤ化による経費削減"
    for offset, column in enumerate(columns):
        value = {"title": title, "indicator": "ＬＥＤ化施設数", "figure": 12, "status": t.status_text("onTrack", 0),
                 "department": "総務部", "number": "-"}.get(column.role)
        if value is not None:
            sheet.cell(row, left + offset, value)
    sheet.row_dimensions[row].hidden = True
    forbidden.append({"text": title, "why": "hidden row"})
    return row + 1


def write_initiative(sheet, row, left, columns, t, initiative, number, section, expected):
    """The rows of one initiative (one per indicator, two in the alternating layout)."""
    per_indicator = 2 if t.figures == "alternating-rows" else 1
    indicators = initiative["indicators"]
    span = max(1, len(indicators)) * per_indicator
    status = t.status_text(initiative["status"], len(expected["facts"]))
    title = initiative["title"]
    if t.wrap_titles and len(title) > 12:
        cut = t.rng.randrange(6, len(title) - 4)
        title = title[:cut] + "\n" + title[cut:]
    if t.numbering == "prefix":
        title = f"{number}　{title}" if t.number_style != "circled" else f"{number}{title}"
    shared = {"number": number, "section": section, "title": title, "department": initiative["department"],
              "status": status, "cause": initiative["delayReason"] or "", "next": initiative["nextSteps"] or "",
              "remarks": "" if t.rng.random() < 0.7 else "R3年度から目標を上方修正"}
    for i, indicator in enumerate(indicators or [None]):
        for k in range(per_indicator):
            r = row + i * per_indicator + k
            row_kind = "target" if k == 0 else "actual"
            for offset, column in enumerate(columns):
                col = left + offset
                first_of_initiative = i == 0 and k == 0
                if column.role in shared:
                    if first_of_initiative or t.initiative_cells == "repeated":
                        value = shared[column.role]
                        if value != "":
                            sheet.cell(r, col, value)
                elif indicator is None:
                    continue
                elif column.role == "indicator":
                    if k == 0 or t.initiative_cells == "repeated":
                        sheet.cell(r, col, indicator_name(t, indicator))
                elif column.role == "unit":
                    if k == 0 or t.initiative_cells == "repeated":
                        sheet.cell(r, col, indicator["unit"] or "")
                elif column.role == "box":
                    word = column.head[1]
                    if (k == 0 and first_of_initiative or t.initiative_cells == "repeated") and \
                            t.box_scale[1][word] == initiative["status"] and \
                            word == next(w for w in t.box_scale[0] if t.box_scale[1][w] == initiative["status"]):
                        sheet.cell(r, col, t.box_mark)
                elif column.role == "final-year":
                    last = indicator["targets"][-1] if indicator["targets"] else None
                    sheet.cell(r, col, year_label(last["fiscalYear"], t.rng.choice(["reiwa", "r-wide", "western"]))
                               if last else (t.values.empty or None))
                elif column.role == "kind":
                    sheet.cell(r, col, ["目標", "実績"][k] if t.rng.random() < 0.5 else ["目標値", "実績値"][k])
                else:
                    value, number_format = figure_cell(t, column, initiative, indicator, row_kind)
                    if value is not None and value != "":
                        cell = sheet.cell(r, col, value)
                        if number_format:
                            cell.number_format = number_format
                    record_traps(expected, column, initiative, indicator, row_kind, value, t)
                cell = sheet.cell(r, col)
                cell.border = BOX
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            if t.figures == "alternating-rows" and k == 1 and t.initiative_cells == "merged":
                ind_col = left + next(o for o, c in enumerate(columns) if c.role == "indicator")
                sheet.merge_cells(start_row=r - 1, start_column=ind_col, end_row=r, end_column=ind_col)
                if t.values.unit_place == "column":
                    unit_col = left + next(o for o, c in enumerate(columns) if c.role == "unit")
                    sheet.merge_cells(start_row=r - 1, start_column=unit_col, end_row=r, end_column=unit_col)
    if span > 1 and t.initiative_cells == "merged":
        for offset, column in enumerate(columns):
            if column.role in shared:
                sheet.merge_cells(start_row=row, start_column=left + offset, end_row=row + span - 1,
                                  end_column=left + offset)
    add_facts(expected, initiative, t)
    return row + span


def record_traps(expected, column, initiative, indicator, row_kind, value, t):
    """Values that must not come in: hidden old targets, baselines and rates, dashes for empty years."""
    if column.role == "old-target" and isinstance(value, (int, float)) or (
            column.role == "old-target" and isinstance(value, str) and value):
        entry = entry_of(indicator, "target", column.year)
        if entry and entry.get("revisedFrom") not in (None, entry["value"]):
            expected["hiddenValues"].append({"initiative": initiative["title"], "indicator": indicator["name"],
                                             "kind": "target", "fiscalYear": column.year,
                                             "value": entry["revisedFrom"]})
    elif column.role in ("baseline", "rate") and coincides(indicator, value, column.role):
        return  # a figure equal to a target or result proves nothing either way
    elif column.role == "baseline" and baseline_of(indicator) is not None:
        expected["strayValues"].append({"initiative": initiative["title"], "indicator": indicator["name"],
                                        "value": baseline_of(indicator), "why": "baseline"})
    elif column.role == "rate" and isinstance(value, float):
        expected["strayValues"].append({"initiative": initiative["title"], "indicator": indicator["name"],
                                        "value": round(value * 100, 1), "why": "rate"})
    elif column.role == "figure" and (value is None or value in ("－", "―", "-")):
        kind = row_kind if column.kind == "either" else column.kind
        expected["blankEntries"].append({"initiative": initiative["title"], "indicator": indicator["name"],
                                         "kind": kind, "fiscalYear": column.year})


def coincides(indicator, value, role):
    """Whether a baseline or rate figure equals one of the indicator's targets or results."""
    shown = baseline_of(indicator) if role == "baseline" else (round(value * 100, 1) if isinstance(value, float) else None)
    return shown is not None and any(e["value"] is not None and abs(e["value"] - shown) < 1e-9
                                     for e in indicator["targets"] + indicator["actuals"])


def add_facts(expected, initiative, t):
    title = initiative["title"]
    expected["facts"].append({"kind": "status", "initiative": title, "value": initiative["status"]})
    expected["facts"].append({"kind": "department", "initiative": title, "value": initiative["department"]})
    for indicator in initiative["indicators"]:
        entries = [("target", e) for e in (indicator["targets"][-1:] if t.figures == "final-target"
                                           else indicator["targets"])]
        entries += [("actual", e) for e in indicator["actuals"] if e["fiscalYear"] in t.actual_years]
        for kind, entry in entries:
            expected["facts"].append({"kind": kind, "initiative": title, "indicator": indicator["name"],
                                      "fiscalYear": entry["fiscalYear"], "value": entry["value"],
                                      "unit": indicator["unit"]})


def cosmetics(sheet, t, columns, left, header_row, first_data, last_data):
    """What clerks add without thinking: frozen panes, print titles, a filter, a drop-down list."""
    rng = t.rng
    if rng.random() < 0.6:
        sheet.freeze_panes = f"{get_column_letter(left + 1)}{first_data}"
    if rng.random() < 0.5:
        sheet.print_title_rows = f"{header_row}:{first_data - 1}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
    if rng.random() < 0.3 and first_data - header_row == 1:
        sheet.auto_filter.ref = (f"{get_column_letter(left)}{header_row}:"
                                 f"{get_column_letter(left + len(columns) - 1)}{max(last_data, first_data)}")
    if rng.random() < 0.4 and not t.status_boxes:
        choices = sorted({w for ws in SCALES[t.scale][0].values() for w in ws})
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        status = left + next(o for o, c in enumerate(columns) if c.role == "status")
        letter = get_column_letter(status)
        validation.add(f"{letter}{first_data}:{letter}{max(last_data, first_data)}")
        sheet.add_data_validation(validation)


# ---------------------------------------------------------------- front sheets

def cover_sheet(book, t, department):
    sheet = book.create_sheet(t.rng.choice(["表紙", "かがみ"]))
    sheet["B3"] = "令和２年度 行財政改革行動計画 取組状況報告"
    if department:
        sheet["B6"], sheet["C6"] = "部局名", department
    sheet["B8"], sheet["C8"] = "担当者", "行政改革 太郎"
    sheet["B9"], sheet["C9"] = "電話", "048-000-0000"


def guide_sheet(book, t):
    sheet = book.create_sheet(t.rng.choice(["記入要領", "記入上の注意", "作成要領"]))
    lines = ["記入要領", "１　取組ごとに指標と年度別の目標値・実績値を記入してください。",
             "２　目標値を変更した場合は変更後の値を記入してください。",
             "３　該当のない欄には「－」を記入してください。"]
    if SCALES[t.scale][1]:
        lines.append("４　評価欄は次の区分により記入してください。")
        lines.append("　　" + SCALES[t.scale][1])
    for index, line in enumerate(lines, start=1):
        sheet.cell(index, 1, line)


def hidden_work_sheet(book, plan, expected):
    """A hidden sheet with the targets before revision, as a clerk keeps a working copy."""
    sheet = book.create_sheet("作業用")
    sheet.sheet_state = "hidden"
    sheet.append(["取組名", "指標名", "Ｒ３年度目標", "Ｒ４年度目標"])
    for initiative in plan:
        for indicator in initiative["indicators"]:
            olds = [entry_of(indicator, "target", y) for y in (2021, 2022)]
            if not any(o and o.get("revisedFrom") not in (None, o["value"]) for o in olds):
                continue
            sheet.append([initiative["title"], indicator["name"]] + [o and (o.get("revisedFrom") or o["value"])
                                                                     for o in olds])
            for year, old in zip((2021, 2022), olds):
                if old and old.get("revisedFrom") not in (None, old["value"]):
                    expected["hiddenValues"].append({"initiative": initiative["title"],
                                                     "indicator": indicator["name"], "kind": "target",
                                                     "fiscalYear": year, "value": old["revisedFrom"]})


# ---------------------------------------------------------------- workbooks

# ---------------------------------------------------------------- committed fixtures

# One small workbook per class the importer once missed (Tests/PlanIOTests/Fixtures/second-opinion):
# a seeded template with that one class forced, one department unless the class needs more.
FIXTURES = [
    ("alternating-rows", {"figures": "alternating-rows"}),
    ("alternating-rows-department-column", {"figures": "alternating-rows", "shape": "department-column"}),
    ("status-marks", {"status_boxes": True, "figures": "kind-over-year"}),
    ("status-marks-three-rows", {"status_boxes": True, "figures": "three-rows", "header_fill": "top"}),
    ("final-target-year-column", {"figures": "final-target", "rate": False, "hidden_column": False}),
    ("year-lines-without-nendo", {"figures": "year-lines", "line_year_style": "r"}),
    ("legend-on-instructions-sheet", {"scale": "grades", "legend_place": "guide", "front": ["guide"]}),
    ("numbered-legend-footnote", {"scale": "digits", "legend_place": "footnote"}),
    ("status-word-with-remark", {"scale": "words-with-note"}),
    ("empty-years-as-dashes", {"values.empty": "－", "actual_years": [2020, 2021], "figures": "kind-over-year"}),
    ("unit-after-indicator-name", {"values.style": "number", "values.unit_place": "name"}),
    ("unit-line-under-indicator-name", {"values.style": "number", "values.unit_place": "name-line"}),
    ("roman-headings-unmerged", {"sections": "headings", "section_style": "Ⅰ　{}", "merge_headings": False}),
    ("bracket-headings-under-header", {"sections": "headings", "section_style": "【方向性{n}】{}",
                                       "merge_headings": False, "numbering": "none"}),
    ("notes-and-example-row", {"example_row": True, "notes": [NOTES[1], NOTES[3]]}),
    ("department-in-two-cells", {"department_line": "two-cells", "title_lines": 2}),
    ("baseline-and-rate-columns", {"baseline": True, "rate": True, "figures": "kind-over-year"}),
    ("sheet-per-department-cover", {"shape": "sheet-per-department", "front": ["cover"]}),
    ("column-numbers-row", {"column_numbers": "paren", "figures": "alternating-rows"}),
    ("footnote-marks-on-figures", {"values.footnote_marks": True, "values.style": "text", "figures": "compound"}),
]


def make_workbook(rng, plan, overrides=None):
    t = Template(rng)
    for key, value in (overrides or {}).items():
        owner, _, name = key.rpartition(".")
        setattr(t.values if owner == "values" else t, name, value)
    if overrides and "shape" not in overrides:
        t.shape = "one-department"
    departments = sorted({i["department"] for i in plan}, key=[i["department"] for i in plan].index)
    book = Workbook()
    book.remove(book.active)
    expected = {"facts": [], "forbiddenInitiatives": [], "hiddenValues": [], "strayValues": [], "blankEntries": []}
    if t.shape == "one-department":
        department = rng.choice(departments)
        chosen = [i for i in plan if i["department"] == department]
        sheets = [(rng.choice(["様式１", "取組状況", "調書", "Sheet1", "行動計画"]), chosen, department)]
    elif t.shape == "department-column":
        department = None
        sheets = [(rng.choice(["取組一覧", "様式", "Sheet1", "全体"]), plan, None)]
    else:
        department = None
        sheets = [(d, [i for i in plan if i["department"] == d], d) for d in departments]
    if "cover" in t.front:
        cover_sheet(book, t, department)
    if "guide" in t.front:
        guide_sheet(book, t)
    for name, initiatives, sheet_department in sheets:
        sheet = book.create_sheet(name)
        line_department = sheet_department if t.shape == "one-department" else (
            sheet_department if t.department_line != "none" and rng.random() < 0.5 else None)
        write_table(sheet, t, initiatives, expected, t.shape == "department-column", line_department)
    if t.hidden_sheet:
        hidden_work_sheet(book, plan, expected)
    return book, t, expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--no-libreoffice", action="store_true", help="leave every file as openpyxl wrote it")
    parser.add_argument("--fixtures", action="store_true",
                        help="write the committed fixtures instead: one workbook per class in FIXTURES")
    args = parser.parse_args()
    with open(os.path.join(ROOT, "Samples", "data", "seed-plan.json"), encoding="utf-8") as handle:
        plan = json.load(handle)["initiatives"]
    os.makedirs(args.outdir, exist_ok=True)
    to_resave = []
    runs = ([(name, random.Random(f"second-opinion-fixture-{name}"), overrides) for name, overrides in FIXTURES]
            if args.fixtures else
            [(None, random.Random(f"second-opinion-{args.seed}-{index}"), None) for index in range(1, args.count + 1)])
    for index, (fixture, rng, overrides) in enumerate(runs, start=1):
        book, t, expected = make_workbook(rng, plan, overrides)
        if fixture:
            t.libreoffice = index % 2 == 1  # half re-saved by LibreOffice, half as openpyxl wrote them
        name = f"{fixture}.xlsx" if fixture else f"{index:03d}-{t.shape}.xlsx"
        path = os.path.join(args.outdir, name)
        book.properties.creator = "second_opinion.py"
        book.save(path)
        if t.libreoffice and not args.no_libreoffice:
            to_resave.append(path)
        classes = t.classes() if not args.no_libreoffice else [c for c in t.classes() if c != "saved-libreoffice"]
        record = {"file": name, "seed": args.seed, "generator": "second_opinion", "classes": sorted(set(classes))}
        record.update(expected)
        with open(path[:-5] + ".json", "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    resave_with_libreoffice(to_resave)
    print(f"{len(runs)} workbooks written to {args.outdir} ({len(to_resave)} re-saved by LibreOffice)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
