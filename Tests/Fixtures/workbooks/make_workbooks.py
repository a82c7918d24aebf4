#!/usr/bin/env python3
"""Writes the small workbooks the command-line tests convert, byte for byte the same on every run.

Each workbook is SpreadsheetML written by hand into a ZIP (fixed timestamps), so the tests need
nothing outside the repository and every feature they exercise is spelled out here:

  cell-types.xlsx        one cell of each type: shared and inline strings, integer, decimal, a date
                         (number format 14), a boolean, a formula with its cached value, an error
  chart-sheet.xlsx       a chartsheet first, then the worksheet Sheet1 (sheet positions count both)
  blank-lines.xlsx       empty rows between rows, and a row whose first cell is in column C
  inline-crlf.xlsx       an inline string with an escaped carriage return (_x000D_) before a line feed
  sheet-visibility.xlsx  the sheets Visible, Hidden and VeryHidden
  errors.xlsx            every error value Excel writes, on three sheets
  no-references.xlsx     rows and cells without r attributes and no dimension (positions follow order)
  no-worksheets.xlsx     a well-formed package whose workbook lists no sheet
  corrupted.xlsx         a package whose worksheet's compressed bytes are damaged (CRC mismatch)

Run from anywhere: python3 Tests/Fixtures/workbooks/make_workbooks.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 4, 1, 9, 0, 0)

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL_SHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"
REL_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_xml(reference, value, strings):
    """A cell from a Python value: str (shared), ('inline', s), int/float, bool, ('date', serial),
    ('formula', f, cached), ('error', code)."""
    ref = f' r="{reference}"' if reference else ""
    if isinstance(value, bool):
        return f'<c{ref} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f"<c{ref}><v>{value}</v></c>"
    if isinstance(value, str):
        if value not in strings:
            strings.append(value)
        return f'<c{ref} t="s"><v>{strings.index(value)}</v></c>'
    kind = value[0]
    if kind == "inline":
        return f'<c{ref} t="inlineStr"><is><t xml:space="preserve">{escape(value[1])}</t></is></c>'
    if kind == "date":
        return f'<c{ref} s="1"><v>{value[1]}</v></c>'
    if kind == "formula":
        return f"<c{ref}><f>{escape(value[1])}</f><v>{value[2]}</v></c>"
    if kind == "error":
        return f'<c{ref} t="e"><v>{escape(value[1])}</v></c>'
    raise ValueError(value)


def sheet_xml(rows, strings, references=True):
    """rows: a list of (row number, [values, None for an empty cell]) or of value lists numbered from 1."""
    body = []
    numbered = rows if rows and isinstance(rows[0], tuple) else list(enumerate(rows, start=1))
    for number, values in numbered:
        cells = "".join(
            cell_xml(f"{column_letters(i)}{number}" if references else None, value, strings)
            for i, value in enumerate(values) if value is not None)
        row_ref = f' r="{number}"' if references else ""
        body.append(f"<row{row_ref}>{cells}</row>")
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>{"".join(body)}</sheetData></worksheet>'


def shared_strings_xml(strings):
    items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')


def write_package(name, sheets, damage=False, references=True):
    """sheets: a list of (sheet name, rows or 'chart', state)."""
    strings = []
    parts = {}
    overrides = []
    workbook_sheets = []
    relationships = []
    for index, (sheet_name, rows, state) in enumerate(sheets, start=1):
        state_attr = f' state="{state}"' if state != "visible" else ""
        workbook_sheets.append(f'<sheet name="{escape(sheet_name)}" sheetId="{index}"{state_attr} r:id="rId{index}"/>')
        if rows == "chart":
            path = f"xl/chartsheets/sheet{index}.xml"
            parts[path] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           f'<chartsheet {NS} {NS_R}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>')
            relationships.append(f'<Relationship Id="rId{index}" Type="{REL_CHART}" Target="chartsheets/sheet{index}.xml"/>')
            overrides.append(f'<Override PartName="/{path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>')
        else:
            path = f"xl/worksheets/sheet{index}.xml"
            parts[path] = sheet_xml(rows, strings, references)
            relationships.append(f'<Relationship Id="rId{index}" Type="{REL_SHEET}" Target="worksheets/sheet{index}.xml"/>')
            overrides.append(f'<Override PartName="/{path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    count = len(sheets)
    relationships.append(f'<Relationship Id="rId{count + 1}" Type="{REL_STYLES}" Target="styles.xml"/>')
    parts["xl/styles.xml"] = STYLES
    overrides.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    if strings:
        relationships.append(f'<Relationship Id="rId{count + 2}" Type="{REL_STRINGS}" Target="sharedStrings.xml"/>')
        parts["xl/sharedStrings.xml"] = shared_strings_xml(strings)
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    parts["xl/workbook.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                f'<workbook {NS} {NS_R}><sheets>{"".join(workbook_sheets)}</sheets></workbook>')
    overrides.append('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(relationships) + "</Relationships>")
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>")
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
    order = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]
    order += sorted(p for p in parts if p not in order)
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in order:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[part].encode("utf-8"))
    if damage:
        damage_first_worksheet(path)


def damage_first_worksheet(path):
    """Flips bytes in the middle of the first worksheet's compressed data: the CRC no longer matches."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(open(path, "rb").read())
    header = info.header_offset
    name_length = int.from_bytes(data[header + 26:header + 28], "little")
    extra_length = int.from_bytes(data[header + 28:header + 30], "little")
    start = header + 30 + name_length + extra_length
    middle = start + info.compress_size // 2
    for offset in range(middle, min(middle + 4, start + info.compress_size)):
        data[offset] ^= 0x5A
    open(path, "wb").write(bytes(data))


def main():
    write_package("cell-types.xlsx", [("Sheet1", [
        [("inline", "hello world"), "string"],
        ["日本語", "string"],
        [12345, "int"],
        [1.024, "float"],
        [("date", 42005), "date"],
        [True, "bool"],
        [("formula", "10*3", 30), "formula"],
        [("error", "#DIV/0!"), "error"],
    ], "visible")])
    write_package("chart-sheet.xlsx", [
        ("Chart1", "chart", "visible"),
        ("Sheet1", [["年度", "件数"], ["R2", 10], ["R3", 12], ["R4", 15], ["R5", 18]], "visible"),
    ])
    write_package("blank-lines.xlsx", [("Sheet1", [
        (1, ["番号"]), (2, []), (3, ["番号"]), (5, [None, None, "番号"]),
    ], "visible")])
    write_package("inline-crlf.xlsx", [("Sheet1", [[("inline", "ABC_x000D_\nDEF")]], "visible")])
    write_package("sheet-visibility.xlsx", [
        ("Visible", [["見える"]], "visible"),
        ("Hidden", [["隠し"]], "hidden"),
        ("VeryHidden", [["完全に隠し"]], "veryHidden"),
    ])
    write_package("errors.xlsx", [
        ("Feuil1", [[("error", code)] for code in ["#DIV/0!", "#NAME?", "#VALUE!", "#REF!", "#N/A"]], "visible"),
        ("Feuil2", [[("error", "#NUM!")]], "visible"),
        ("Feuil3", [[("error", "#NULL!")]], "visible"),
    ])
    write_package("no-references.xlsx", [
        ("Continent", [["Continent", "Code"], ["Asia", "AS"], ["Europe", "EU"], ["Africa", "AF"]], "visible"),
        ("Country", [["Country", "Continent"], ["Japan", "AS"], ["France", "EU"], ["Kenya", "AF"], ["Korea", "AS"]], "visible"),
    ], references=False)
    write_package("no-worksheets.xlsx", [])
    write_package("corrupted.xlsx", [("Sheet1", [[f"行{n}", n] for n in range(1, 200)], "visible")], damage=True)


if __name__ == "__main__":
    main()
