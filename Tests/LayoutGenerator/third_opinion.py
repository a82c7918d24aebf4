#!/usr/bin/env python3
"""A third, independent generator of department submissions: the forms of clerks in yet another prefecture.

    third_opinion.py OUTDIR [--count N] [--seed S] [--no-libreoffice]

generate_layouts.py and second_opinion.py share a vocabulary by now (取組名, 目標値, 実績値, 自己評価,
令和２年度, R2, ◎○△×, －). This one imagines an office that never saw either: the same data
(Samples/data/seed-plan.json), laid out as an ordinary Excel user in another prefecture would, with
wordings and conventions neither of the other two writes. Each workbook draws its choices from a
generator seeded by (S, index):

  shape      one department per file (担当部：… above the table, or the department in the title);
             all departments on one sheet under group rows (【企画財政部】, ■ 総務部, ◆会計局);
             all departments with a 担当部/主管部局 column; a sheet per department (01_企画財政部)
  figures    banner     a banner row (進捗管理指標の状況) over the years, each year over 目標数値|実績数値
             combined   one cell per year holding both: `目標 1,100問` / `実績 1,100問` on two lines, or
                        bare two lines under a 上段：目標／下段：実績 banner
             lines      one cell of year lines (`2020（R2）：50業務`), one of the report year's result
             year-rows  years down the rows: 対象年度 | 目標数値 | 実績数値, the title merged over them
             pairs      two indicators side by side (指標① 名称|目標|実績, 指標② …), report year only
  years      2020（R2）, R02, 令和2年度, Ｒ２年度末, 2020（令和2）年度
  statuses   Ａ（順調）…Ｄ（遅れ）; ◯ (U+25EF) or 〇 (U+3007) under 順調|遅れ sub-columns; 計画どおり /
             計画より遅れ; ■順調　□遅れ check boxes; おおむね順調 / 遅延
  values     numbers with unit formats (#,##0"枚", 0.0"%" over 40.5, percent cells), text with units,
             万 (6.7万枚), full-width digits, 以上 and 約, /年 and （累計）; units in the text, the format, a
             単位 column or after the indicator's name in brackets (［枚］)
  empty      なし, 該当なし, ／ or blank in a cell with nothing due
  extra      a banner row over the ordinary columns (取組の概要 | 評価), a notes column (備考欄, 摘要)
             that may quote last year's figure, a 集計 sheet counting 順調/遅れ per department, a リスト
             sheet holding the drop-down's choices (shown or hidden), 注１ / ＊ footnotes, a legend
  saving     re-saved by LibreOffice or left as openpyxl wrote it

Beside each OUTDIR/NNN-<shape>.xlsx, OUTDIR/NNN-<shape>.json holds what a careful reader of the sheet
finds in it, in the format of second_opinion.py that Scripts/score-layouts.py reads: facts,
forbiddenInitiatives, hiddenValues (none: nothing here is hidden but the リスト sheet), classes,
strayValues (last year's figure quoted in a note) and blankEntries (cells written なし, ／ or left
empty where a target or result of that year could stand).
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
YEARS = [2020, 2021, 2022]
WIDE = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# ---------------------------------------------------------------- wordings of this office

TITLE_HEADERS = ["実施項目", "推進項目", "取組の内容", "行動計画の取組", "取組項目名", "改革取組"]
INDICATOR_HEADERS = ["達成指標", "管理指標", "進捗管理指標", "数値指標", "指標（数値目標）"]
TARGET_WORDS = ["目標数値", "計画目標", "到達目標"]
RESULT_WORDS = ["実績数値", "達成実績", "実施実績"]
STATUS_HEADERS = ["進行状況", "進捗評価", "総合評価", "進捗の自己評価", "取組状況の評価"]
DEPARTMENT_HEADERS = ["担当部", "所管部", "主管部局", "担当部名"]
NUMBER_HEADERS = ["整理No", "連番", "No"]
CAUSE_HEADERS = ["遅延の要因", "遅れている理由", "未達成の要因"]
NEXT_HEADERS = ["今後の進め方", "次年度以降の取組", "改善の方向性"]
NOTE_HEADERS = ["備考欄", "摘要", "その他特記事項"]
YEAR_ROW_HEADERS = ["対象年度", "年度区分", "年度"]
BANNERS = {"overview": ["取組の概要", "計画の内容"], "figures": ["進捗管理指標の状況", "年度別の状況", "数値目標の推移"],
           "evaluation": ["評価", "進捗の評価"]}
NOTE_TEXTS = ["数値は３月末現在", "速報値", "Ｒ３から目標を上方修正", "関係課と調整中", "国庫補助事業を活用"]
FOOTNOTES = ["注１　実績数値は令和３年３月末現在の見込値を含む。", "＊ 目標数値は改定後の値を記載している。",
             "【留意事項】数値は各所属からの報告に基づく。"]
TITLE_LINES = ["令和２年度 行財政改革 取組状況報告書", "行財政改革推進計画 進行管理表（令和２年度分）",
               "Ｒ２ 行財政改革の取組結果一覧"]
GROUP_STYLES = ["【{}】", "■ {}", "◆{}"]
DEPT_LINES = ["担当部：{}", "所管部　{}", "部名：{}"]
SHEET_NAMES = ["進行管理表", "取組結果", "報告様式", "Sheet1"]

# Status scales: the texts written for each status, and a legend line (None: no legend).
SCALES = {
    "graded-words": ({"onTrack": ["Ａ（順調）", "Ｂ（概ね順調）"], "delayed": ["Ｃ（やや遅れ）", "Ｄ（遅れ）"]},
                     "評価区分：Ａ（順調）　Ｂ（概ね順調）　Ｃ（やや遅れ）　Ｄ（遅れ）"),
    "plan-words": ({"onTrack": ["計画どおり", "計画以上"], "delayed": ["計画より遅れ"]}, None),
    "check-boxes": ({"onTrack": ["■順調　□遅れ"], "delayed": ["□順調　■遅れ"]}, None),
    "hiragana": ({"onTrack": ["順調", "おおむね順調"], "delayed": ["遅延"]}, None),
    "marks": (None, None),  # ◯ or 〇 under 順調 | 遅れ sub-columns
}
MARKS = ["\u25ef", "\u3007"]  # ◯ LARGE CIRCLE, 〇 IDEOGRAPHIC NUMBER ZERO


def era(year):
    return year - 2018


def wide(text):
    return str(text).translate(WIDE)


def year_label(year, style):
    r = era(year)
    return {"western-paren": f"{year}（R{r}）", "r-zero": f"R{r:02d}", "reiwa": f"令和{r}年度",
            "r-end": f"Ｒ{wide(r)}年度末", "western-reiwa": f"{year}（令和{r}）年度"}[style]


def number_text(value):
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}".rstrip("0").rstrip(".")


def man_text(value):
    """12,000 as 1.2万, 5,350,000 as 535万 (only when the 万 form is exact)."""
    if value >= 10000 and value % 100 == 0:
        shown = value / 10000
        return (f"{int(shown)}" if float(shown).is_integer() else f"{shown:g}") + "万"
    return number_text(value)


def strip_year_prefix(text):
    first, _, rest = text.partition("：")
    if rest and len(first) <= 6 and "年度" in first:
        return rest.strip()
    return text


def entry_of(indicator, kind, year):
    entries = indicator["targets"] if kind == "target" else indicator["actuals"]
    return next((e for e in entries if e["fiscalYear"] == year), None)


def last_year_figure(indicator):
    """A figure for last year quoted in a note: none of the indicator's targets or results."""
    values = [e["value"] for e in indicator["targets"] + indicator["actuals"] if e["value"] is not None]
    if not values:
        return None
    base = min(values) * 0.7
    base = round(base, 1) if indicator["unit"] == "%" else int(base)
    if base <= 1 or any(abs(base - v) < 1e-9 for v in values):
        return None
    return base


# ---------------------------------------------------------------- figures

class Values:
    def __init__(self, rng):
        self.rng = rng
        self.style = rng.choice(["number", "number", "text", "text-man", "text-wide"])
        self.unit_place = (rng.choice(["format", "format", "column", "name"]) if self.style == "number"
                           else rng.choice(["text", "text", "column", "name"]))
        self.empty = rng.choice(["なし", "該当なし", "／", ""])
        self.qualifiers = rng.random() < 0.6
        self.per_year_format = rng.random() < 0.3  # #,##0"枚/年" for a per-year indicator

    def classes(self):
        return [f"values-{self.style}", f"unit-in-{self.unit_place}",
                "empty-" + {"なし": "nashi", "該当なし": "gaitou-nashi", "／": "slash", "": "blank"}[self.empty]]

    def text(self, indicator, entry, kind):
        """A figure as text: 12,000枚/年, 6.7万枚, ２，０００件以上 …"""
        value, unit = entry["value"], indicator["unit"] or ""
        if value is None:
            return strip_year_prefix(entry["text"])
        shown = man_text(value) if self.style == "text-man" else number_text(value)
        if self.unit_place != "text":
            unit = ""
        text = shown + unit
        if indicator["direction"] == "decrease" and indicator["unit"] == "%":
            text += "削減" if kind == "target" else "減"
        if self.qualifiers:
            if kind == "target" and entry.get("comparator") == "atLeast" and indicator["direction"] == "increase":
                text += "以上"
            if kind == "actual" and entry.get("approximate"):
                text = "約" + text
            if indicator["period"] == "perYear" and unit:
                text += "/年"
            elif indicator["period"] == "cumulative":
                text += "（累計）"
        return wide(text) if self.style == "text-wide" else text

    def cell(self, indicator, entry, kind):
        """(value, number_format) for a cell holding one figure; (None, None) for a blank."""
        if entry is None:
            return (self.empty or None), None
        if entry["value"] is None or self.style != "number":
            return self.text(indicator, entry, kind), None
        value, unit = entry["value"], indicator["unit"]
        whole = float(value).is_integer()
        if unit == "%":
            if self.unit_place == "format":
                if self.rng.random() < 0.5:
                    return value / 100, ("0%" if whole else "0.0%")
                return value, ('0"%"' if whole else '0.0"%"')
            return value, ("0" if whole else "0.0")
        if self.unit_place == "format" and unit:
            suffix = unit + ("/年" if indicator["period"] == "perYear" and self.per_year_format else "")
            return value, f'#,##0"{suffix}"'
        return value, ("#,##0_ " if value >= 1000 else "General")


# ---------------------------------------------------------------- the template

class Template:
    def __init__(self, rng):
        self.rng = rng
        self.shape = rng.choice(["one-department", "one-department", "group-rows", "department-column",
                                 "sheet-per-department"])
        self.figures = rng.choice(["banner", "combined", "combined", "lines", "year-rows", "pairs"])
        self.year_style = rng.choice(["western-paren", "r-zero", "reiwa", "r-end", "western-reiwa"])
        self.line_year_style = rng.choice(["western-paren", "r-zero", "reiwa"])
        self.combined_marks = rng.random() < 0.6
        self.combined_form = rng.choice(["目標 {t}\n実績 {a}", "目標　{t}\n実績　{a}", "目標値 {t}\n実績値 {a}"])
        self.empty_result_year = rng.random() < 0.4  # a 実績 column for FY2021, not yet filled in
        self.values = Values(rng)
        self.scale = rng.choice(list(SCALES))
        self.mark = rng.choice(MARKS)
        self.mark_words = rng.choice([["順調", "遅れ"], ["順調", "概ね順調", "遅れ"]])
        self.legend = SCALES[self.scale][1] is not None and rng.random() < 0.5
        self.banner = rng.random() < 0.4
        self.numbering = rng.random() < 0.5
        self.number_style = rng.choice(["dept", "plain"])
        self.notes = rng.random() < 0.5
        self.cause = rng.random() < 0.5
        self.next_steps = rng.random() < 0.5
        self.title_line = rng.random() < 0.7
        self.origin = rng.choice([1, 1, 2])
        self.group_style = rng.choice(GROUP_STYLES)
        self.merge_groups = rng.random() < 0.5
        self.dept_line = rng.choice(DEPT_LINES)
        self.dept_in_title = rng.random() < 0.3
        self.sheet_name_style = rng.choice(["{n:02d}_{d}", "{d}", "{n}.{d}"])
        self.summary_sheet = rng.random() < 0.3
        self.list_sheet = rng.random() < 0.3
        self.list_hidden = rng.random() < 0.5
        self.footnotes = rng.sample(FOOTNOTES, rng.choice([0, 1, 2]))
        self.title_header = rng.choice(TITLE_HEADERS)
        self.indicator_header = rng.choice(INDICATOR_HEADERS)
        self.target_word = rng.choice(TARGET_WORDS)
        self.result_word = rng.choice(RESULT_WORDS)
        self.status_header = rng.choice(STATUS_HEADERS)
        self.department_header = rng.choice(DEPARTMENT_HEADERS)
        self.libreoffice = rng.random() < 0.6
        # One form for the whole workbook: every sheet of it has the same headers.
        self.overview_banner = rng.choice(BANNERS["overview"])
        self.evaluation_banner = rng.choice(BANNERS["evaluation"])
        self.figures_banner = rng.choice(BANNERS["figures"])
        self.number_header = rng.choice(NUMBER_HEADERS)
        self.year_row_header = rng.choice(YEAR_ROW_HEADERS)
        self.cause_header = rng.choice(CAUSE_HEADERS)
        self.next_header = rng.choice(NEXT_HEADERS)
        self.note_header = rng.choice(NOTE_HEADERS)
        self.title_text = rng.choice(TITLE_LINES)
        self.combined_top = rng.choice([f"{self.target_word}・{self.result_word}", self.figures_banner])
        if self.figures == "pairs" and self.values.unit_place in ("name", "column"):
            self.values.unit_place = "text" if self.values.style != "number" else "format"
        if self.figures in ("combined", "lines"):  # figures inside text: no number format to carry a unit
            if self.values.style == "number":
                self.values.style = "text"
            if self.values.unit_place == "format":
                self.values.unit_place = "text"

    def classes(self):
        tags = [f"shape-{self.shape}", f"figures-{self.figures}", f"status-{self.scale}",
                "saved-libreoffice" if self.libreoffice else "saved-openpyxl"]
        if self.figures in ("banner", "combined", "year-rows"):
            tags.append(f"years-{self.year_style}")
        if self.figures == "lines":
            tags.append(f"line-years-{self.line_year_style}")
        if self.figures == "combined":
            tags.append("combined-marked" if self.combined_marks else "combined-upper-lower")
        if self.scale == "marks":
            tags.append("mark-" + ("u25ef" if self.mark == MARKS[0] else "u3007"))
        tags += [name for name, on in (("legend", self.legend), ("banner-row", self.banner),
                                       ("number-column", self.numbering), ("notes-column", self.notes),
                                       ("summary-sheet", self.summary_sheet), ("list-sheet", self.list_sheet),
                                       ("title-line", self.title_line), ("footnotes", bool(self.footnotes)),
                                       ("table-offset", self.origin > 1),
                                       ("empty-result-year", self.empty_result_year
                                        and self.figures in ("banner", "combined"))) if on]
        return tags + self.values.classes()

    def status_text(self, status, index):
        choices = SCALES[self.scale][0][status]
        return choices[index % len(choices)]

    def result_years(self):
        return [2020, 2021] if self.empty_result_year else [2020]


class Column:
    def __init__(self, role, head, year=None, kind=None, slot=None, word=None, width=12):
        self.role, self.head, self.year, self.kind, self.slot, self.word = role, head, year, kind, slot, word
        self.width = width


def columns_for(t, with_department):
    """The table's columns; head is the header texts top to bottom (None: merged with the text above)."""
    y = lambda year: year_label(year, t.year_style)  # noqa: E731
    overview, evaluation, figures_banner = t.overview_banner, t.evaluation_banner, t.figures_banner
    lead, figs, tail = [], [], []
    if t.numbering:
        lead.append(Column("number", [t.number_header], width=7))
    lead.append(Column("title", [t.title_header], width=30))
    if with_department:
        lead.append(Column("department", [t.department_header], width=12))
    if t.figures != "pairs":
        lead.append(Column("indicator", [t.indicator_header], width=26))
        if t.values.unit_place == "column":
            lead.append(Column("unit", ["単位"], width=7))
    tw, rw = t.target_word, t.result_word
    if t.figures == "banner":
        for year in YEARS:
            figs.append(Column("figure", [figures_banner, y(year), tw], year=year, kind="target"))
            if year in t.result_years():
                figs.append(Column("figure", [figures_banner, y(year), rw], year=year, kind="actual"))
    elif t.figures == "combined":
        top = f"上段：{tw}／下段：{rw}" if not t.combined_marks else t.combined_top
        for year in YEARS:
            figs.append(Column("combined", [top, y(year)], year=year, width=18))
    elif t.figures == "lines":
        figs.append(Column("lines", [f"各年度の{tw}"], kind="target", width=28))
        label = year_label(2020, t.line_year_style)
        figs.append(Column("lines", [f"{label}\n{rw}" if "（" in label else f"{rw}（{label}）"], year=2020,
                           kind="actual", width=22))
    elif t.figures == "year-rows":
        figs.append(Column("year", [t.year_row_header], width=12))
        figs.append(Column("figure", [tw], kind="target"))
        figs.append(Column("figure", [rw], kind="actual"))
    else:  # pairs
        for slot, mark in enumerate("①②"):
            group = f"指標{mark}"
            figs.append(Column("pair-name", [group, "指標名"], slot=slot, width=24))
            figs.append(Column("pair-figure", [group, f"{tw}（{year_label(2020, 'r-end')}）"], slot=slot,
                               kind="target", year=2020))
            figs.append(Column("pair-figure", [group, f"{rw}（{year_label(2020, 'r-end')}）"], slot=slot,
                               kind="actual", year=2020))
    if t.scale == "marks":
        tail += [Column("mark", [t.status_header, word], word=word, width=6) for word in t.mark_words]
    else:
        tail.append(Column("status", [t.status_header], width=12))
    if t.cause:
        tail.append(Column("cause", [t.cause_header], width=24))
    if t.next_steps:
        tail.append(Column("next", [t.next_header], width=24))
    if t.notes:
        tail.append(Column("note", [t.note_header], width=16))
    if t.banner:
        for column in lead:
            column.head = [overview] + column.head
        for column in tail:
            if column.role in ("status", "mark", "cause"):
                column.head = [evaluation] + column.head
    columns = lead + figs + tail
    depth = max(len(c.head) for c in columns)
    for column in columns:
        column.head = column.head + [None] * (depth - len(column.head))
    return columns


def write_header(sheet, row, left, columns):
    depth = len(columns[0].head)
    for level in range(depth):
        for offset, column in enumerate(columns):
            cell = sheet.cell(row + level, left + offset)
            if column.head[level] is not None:
                cell.value = column.head[level]
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    for level in range(depth):  # the same path over neighbouring columns: merged across
        offset = 0
        while offset < len(columns):
            end = offset
            path = columns[offset].head[:level + 1]
            while path[-1] is not None and end + 1 < len(columns) and columns[end + 1].head[:level + 1] == path:
                end += 1
            if end > offset:
                sheet.merge_cells(start_row=row + level, start_column=left + offset, end_row=row + level,
                                  end_column=left + end)
            offset = end + 1
    for offset, column in enumerate(columns):  # a header without the deeper rows: merged down
        last = max(i for i, text in enumerate(column.head) if text is not None)
        if last < depth - 1:
            sheet.merge_cells(start_row=row + last, start_column=left + offset, end_row=row + depth - 1,
                              end_column=left + offset)
    return row + depth


# ---------------------------------------------------------------- rows

def indicator_name(t, indicator):
    if t.values.unit_place == "name" and indicator["unit"]:
        return f"{indicator['name']}［{indicator['unit']}］"
    return indicator["name"]


def write_initiative(sheet, row, left, columns, t, initiative, number, expected):
    indicators = initiative["indicators"]
    if t.figures == "year-rows":
        blocks = [(ind, sorted({e["fiscalYear"] for e in ind["targets"] + ind["actuals"]} | {2020})) for ind in indicators]
        span = sum(len(years) for _, years in blocks)
    elif t.figures == "pairs":
        span = (len(indicators) + 1) // 2
    else:
        span = len(indicators)
    status = t.status_text(initiative["status"], len(expected["facts"])) if t.scale != "marks" else None
    note, stray = "", None
    if t.notes and t.rng.random() < 0.6:
        figure = last_year_figure(indicators[0]) if t.rng.random() < 0.5 else None
        if figure is not None:
            note = f"前年度実績：{number_text(figure)}{indicators[0]['unit'] or ''}"
            stray = {"initiative": initiative["title"], "indicator": indicators[0]["name"], "value": figure,
                     "why": "last year's figure in a note"}
        else:
            note = t.rng.choice(NOTE_TEXTS)
    shared = {"number": number, "title": initiative["title"], "department": initiative["department"],
              "status": status, "cause": initiative["delayReason"] or "", "next": initiative["nextSteps"] or "",
              "note": note}
    if stray:
        expected["strayValues"].append(stray)
    for offset, column in enumerate(columns):
        col = left + offset
        if column.role in shared and shared[column.role]:
            sheet.cell(row, col, shared[column.role])
        elif column.role == "mark":
            owner = "delayed" if column.word == "遅れ" else "onTrack"
            chosen = next(w for w in t.mark_words if (w == "遅れ") == (initiative["status"] == "delayed"))
            if owner == initiative["status"] and column.word == chosen:
                sheet.cell(row, col, t.mark)
                sheet.cell(row, col).alignment = Alignment(horizontal="center", vertical="center")
    title = initiative["title"]
    r = row
    if t.figures == "pairs":
        for i in range(span):
            for offset, column in enumerate(columns):
                if column.role not in ("pair-name", "pair-figure"):
                    continue
                k = i * 2 + column.slot
                if k >= len(indicators):
                    continue
                indicator = indicators[k]
                if column.role == "pair-name":
                    sheet.cell(r + i, left + offset, indicator["name"])
                else:
                    put_figure(sheet, r + i, left + offset, t, indicator, column.kind, 2020, expected, title)
        for indicator in indicators:
            add_entry_facts(expected, title, indicator, [2020], [2020])
    elif t.figures == "year-rows":
        for indicator, years in blocks:
            for j, year in enumerate(years):
                for offset, column in enumerate(columns):
                    col = left + offset
                    if column.role == "indicator" and j == 0:
                        sheet.cell(r, col, indicator_name(t, indicator))
                    elif column.role == "unit" and j == 0:
                        sheet.cell(r, col, indicator["unit"] or "")
                    elif column.role == "year":
                        sheet.cell(r, col, year_label(year, t.year_style))
                    elif column.role == "figure":
                        put_figure(sheet, r, col, t, indicator, column.kind, year, expected, title)
                r += 1
            if len(years) > 1:
                for offset, column in enumerate(columns):
                    if column.role in ("indicator", "unit"):
                        sheet.merge_cells(start_row=r - len(years), start_column=left + offset, end_row=r - 1,
                                          end_column=left + offset)
            add_entry_facts(expected, title, indicator, years, years)
    else:
        for i, indicator in enumerate(indicators):
            for offset, column in enumerate(columns):
                col = left + offset
                if column.role == "indicator":
                    sheet.cell(r + i, col, indicator_name(t, indicator))
                elif column.role == "unit":
                    sheet.cell(r + i, col, indicator["unit"] or "")
                elif column.role == "figure":
                    put_figure(sheet, r + i, col, t, indicator, column.kind, column.year, expected, title)
                elif column.role == "combined":
                    put_combined(sheet, r + i, col, t, indicator, column.year, expected, title)
                elif column.role == "lines":
                    put_lines(sheet, r + i, col, t, indicator, column.kind, expected, title)
            result_years = [2020] if t.figures == "lines" else t.result_years()
            add_entry_facts(expected, title, indicator, YEARS, result_years)
    for i in range(span):
        for offset in range(len(columns)):
            cell = sheet.cell(row + i, left + offset)
            cell.border = BOX
            if cell.alignment.horizontal != "center":
                cell.alignment = Alignment(vertical="top", wrap_text=True)
    if span > 1:
        for offset, column in enumerate(columns):
            if column.role in shared or column.role == "mark":
                sheet.merge_cells(start_row=row, start_column=left + offset, end_row=row + span - 1,
                                  end_column=left + offset)
    expected["facts"].append({"kind": "status", "initiative": title, "value": initiative["status"]})
    expected["facts"].append({"kind": "department", "initiative": title, "value": initiative["department"]})
    return row + span


def put_figure(sheet, r, col, t, indicator, kind, year, expected, title):
    entry = entry_of(indicator, kind, year)
    value, number_format = t.values.cell(indicator, entry, kind)
    if value is not None and value != "":
        cell = sheet.cell(r, col, value)
        if number_format:
            cell.number_format = number_format
    if entry is None:
        blank(expected, title, indicator, kind, year)


def put_combined(sheet, r, col, t, indicator, year, expected, title):
    target, actual = entry_of(indicator, "target", year), entry_of(indicator, "actual", year)
    shown_actual = actual if year in t.result_years() else None
    empty = t.values.empty or "－"
    t_text = t.values.text(indicator, target, "target") if target else empty
    a_text = t.values.text(indicator, shown_actual, "actual") if shown_actual else empty
    with_result = year in t.result_years()
    if t.combined_marks:
        first, second = t.combined_form.split("\n")
        text = first.format(t=t_text) + ("\n" + second.format(a=a_text) if with_result else "")
    else:
        text = t_text + ("\n" + a_text if with_result else "")
    sheet.cell(r, col, text)
    if target is None:
        blank(expected, title, indicator, "target", year)
    if shown_actual is None and with_result:
        blank(expected, title, indicator, "actual", year)


def put_lines(sheet, r, col, t, indicator, kind, expected, title):
    if kind == "actual":
        entry = entry_of(indicator, "actual", 2020)
        sheet.cell(r, col, t.values.text(indicator, entry, "actual") if entry else (t.values.empty or None))
        if entry is None:
            blank(expected, title, indicator, "actual", 2020)
        return
    lines = [f"{year_label(e['fiscalYear'], t.line_year_style)}：{t.values.text(indicator, e, 'target')}"
             for e in indicator["targets"]]
    sheet.cell(r, col, "\n".join(lines) if lines else (t.values.empty or None))
    if not lines:
        for year in YEARS:
            blank(expected, title, indicator, "target", year)


def blank(expected, title, indicator, kind, year):
    expected["blankEntries"].append({"initiative": title, "indicator": indicator["name"], "kind": kind,
                                     "fiscalYear": year})


def add_entry_facts(expected, title, indicator, target_years, actual_years):
    for kind, entries, years in (("target", indicator["targets"], target_years),
                                 ("actual", indicator["actuals"], actual_years)):
        for entry in entries:
            if entry["fiscalYear"] in years:
                expected["facts"].append({"kind": kind, "initiative": title, "indicator": indicator["name"],
                                          "fiscalYear": entry["fiscalYear"], "value": entry["value"],
                                          "unit": indicator["unit"]})


def write_table(sheet, t, initiatives, expected, department=None, with_department=False, groups=False):
    left, row = t.origin, 1
    forbidden = expected["forbiddenInitiatives"]
    if t.title_line:
        title = t.title_text
        if department and t.dept_in_title:
            title += f"（{department}）"
        sheet.cell(row, left, title).font = Font(bold=True, size=13)
        forbidden.append({"text": title, "why": "title"})
        row += 1
    if department and not (t.title_line and t.dept_in_title):
        sheet.cell(row, left, t.dept_line.format(department))
        row += 1
    if t.legend:
        sheet.cell(row, left, SCALES[t.scale][1])
        forbidden.append({"text": SCALES[t.scale][1], "why": "legend"})
        row += 1
    if row > 1:
        row += 1
    columns = columns_for(t, with_department)
    for offset, column in enumerate(columns):
        sheet.column_dimensions[get_column_letter(left + offset)].width = column.width
    header_row = row
    row = write_header(sheet, row, left, columns)
    first_data = row
    current, counters = None, {}
    for index, initiative in enumerate(initiatives):
        if groups and initiative["department"] != current:
            current = initiative["department"]
            text = t.group_style.format(current)
            cell = sheet.cell(row, left, text)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="FFF2CC")
            if t.merge_groups:
                sheet.merge_cells(start_row=row, start_column=left, end_row=row, end_column=left + len(columns) - 1)
            forbidden.append({"text": text, "why": "group row"})
            row += 1
        counters[initiative["department"]] = counters.get(initiative["department"], 0) + 1
        number = (f"{initiative['department'][0]}-{counters[initiative['department']]}" if t.number_style == "dept"
                  else index + 1)
        row = write_initiative(sheet, row, left, columns, t, initiative, number, expected)
    last_data = row - 1
    for note in t.footnotes:
        row += 1
        sheet.cell(row, left, note)
        forbidden.append({"text": note, "why": "note"})
    if t.rng.random() < 0.5:
        sheet.freeze_panes = sheet.cell(first_data, left + 1).coordinate
    if t.rng.random() < 0.4:
        sheet.print_title_rows = f"{header_row}:{first_data - 1}"
    return columns, first_data, last_data


def status_choices(t):
    if t.scale == "marks":
        return [t.mark]
    return sorted({w for ws in SCALES[t.scale][0].values() for w in ws})


def add_validation(sheet, t, columns, first, last, source):
    if t.scale == "marks" or t.scale == "check-boxes":
        return
    status = t.origin + next(o for o, c in enumerate(columns) if c.role == "status")
    letter = get_column_letter(status)
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.add(f"{letter}{first}:{letter}{max(first, last)}")
    sheet.add_data_validation(validation)


def summary_sheet(book, plan, expected):
    sheet = book.create_sheet("集計", 0)
    sheet.append(["部局別の進捗状況"])
    sheet.append([])
    sheet.append(["部名", "取組数", "順調", "遅れ"])
    departments = sorted({i["department"] for i in plan}, key=[i["department"] for i in plan].index)
    for d in departments:
        mine = [i for i in plan if i["department"] == d]
        sheet.append([d, len(mine), sum(i["status"] == "onTrack" for i in mine),
                      sum(i["status"] == "delayed" for i in mine)])
        expected["forbiddenInitiatives"].append({"text": d, "why": "summary"})
    sheet.append(["合計", len(plan), sum(i["status"] == "onTrack" for i in plan),
                  sum(i["status"] == "delayed" for i in plan)])
    expected["forbiddenInitiatives"] += [{"text": "合計", "why": "summary"},
                                         {"text": "部局別の進捗状況", "why": "summary"}]


def make_workbook(rng, plan):
    t = Template(rng)
    book = Workbook()
    book.remove(book.active)
    expected = {"facts": [], "forbiddenInitiatives": [], "hiddenValues": [], "strayValues": [], "blankEntries": []}
    departments = sorted({i["department"] for i in plan}, key=[i["department"] for i in plan].index)
    tables = []
    if t.shape == "one-department":
        department = rng.choice(departments)
        chosen = [i for i in plan if i["department"] == department]
        sheet = book.create_sheet(rng.choice(SHEET_NAMES))
        tables.append((sheet, write_table(sheet, t, chosen, expected, department=department)))
        summary_plan = chosen
    elif t.shape == "group-rows":
        ordered = [i for d in departments for i in plan if i["department"] == d]
        sheet = book.create_sheet(rng.choice(SHEET_NAMES))
        tables.append((sheet, write_table(sheet, t, ordered, expected, groups=True)))
        summary_plan = plan
    elif t.shape == "department-column":
        sheet = book.create_sheet(rng.choice(SHEET_NAMES))
        tables.append((sheet, write_table(sheet, t, plan, expected, with_department=True)))
        summary_plan = plan
    else:
        for n, d in enumerate(departments, start=1):
            sheet = book.create_sheet(t.sheet_name_style.format(n=n, d=d))
            tables.append((sheet, write_table(sheet, t, [i for i in plan if i["department"] == d], expected)))
        summary_plan = plan
    if t.summary_sheet:
        summary_sheet(book, summary_plan, expected)
    choices = status_choices(t)
    if t.list_sheet and t.scale not in ("marks", "check-boxes"):
        lists = book.create_sheet("リスト")
        lists.cell(1, 1, "評価の選択肢")
        for k, word in enumerate(choices, start=2):
            lists.cell(k, 1, word)
            expected["forbiddenInitiatives"].append({"text": word, "why": "list sheet"})
        if t.list_hidden:
            lists.sheet_state = "hidden"
        source = f"リスト!$A$2:$A${len(choices) + 1}"
    else:
        source = '"' + ",".join(choices) + '"'
    for sheet, (columns, first, last) in tables:
        if rng.random() < 0.6:
            add_validation(sheet, t, columns, first, last, source)
    return book, t, expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-libreoffice", action="store_true", help="leave every file as openpyxl wrote it")
    args = parser.parse_args()
    with open(os.path.join(ROOT, "Samples", "data", "seed-plan.json"), encoding="utf-8") as handle:
        plan = json.load(handle)["initiatives"]
    os.makedirs(args.outdir, exist_ok=True)
    to_resave = []
    for index in range(1, args.count + 1):
        rng = random.Random(f"third-opinion-{args.seed}-{index}")
        book, t, expected = make_workbook(rng, plan)
        name = f"{index:03d}-{t.shape}.xlsx"
        path = os.path.join(args.outdir, name)
        book.properties.creator = "third_opinion.py"
        book.save(path)
        resave = t.libreoffice and not args.no_libreoffice
        if resave:
            to_resave.append(path)
        classes = [c for c in t.classes() if resave or c != "saved-libreoffice"]
        if not resave and "saved-openpyxl" not in classes:
            classes.append("saved-openpyxl")
        record = {"file": name, "seed": args.seed, "generator": "third_opinion", "classes": sorted(set(classes))}
        record.update(expected)
        with open(path[:-5] + ".json", "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    resave_with_libreoffice(to_resave)
    print(f"{args.count} workbooks written to {args.outdir} ({len(to_resave)} re-saved by LibreOffice)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
