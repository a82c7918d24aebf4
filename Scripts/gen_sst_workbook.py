#!/usr/bin/env python3
"""Streams a benchmark workbook WITH a shared-string table, at any size, in flat memory.

Usage: gen_sst_workbook.py OUT.xlsx [CELLS] [--shape wide|strings|numbers]
       (CELLS defaults to 1,000,000; 10 columns per row; shape defaults to wide)

The cells are Scripts/gen_bench_workbook.py's (the same generator, seed and order), written the way
Excel writes them: every text cell `t="s"` with an index into xl/sharedStrings.xml, whose
`<sst count uniqueCount>` counts the references and the distinct strings, numbered in first-use
order; dates and date-times as serials with yyyy-mm-dd / yyyy-mm-dd hh:mm:ss styles; numbers as
XlsxWriter prints them (%.16G). XlsxWriter's own shared-string mode holds every cell in memory
(gigabytes at 10M cells) and its constant_memory mode writes inline strings only; this script keeps
one row and the few hundred repeated strings in memory: text that can repeat is numbered through a
dictionary, text that cannot ("unique": it carries its row and column) takes the next number at once.
The table's <si> elements are spooled to a temporary file while the sheet streams, then copied into
the archive behind the header that needs their count.

Deterministic: fixed entry times and order, so the same command writes the same bytes everywhere.
"""
import os
import random
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bench_workbook  # noqa: E402
# XlsxWriter's own date conversion (private in 3.x), so serials match gen_bench_workbook.py's bit for bit.
from xlsxwriter.utility import _datetime_to_excel_datetime as datetime_to_excel_datetime  # noqa: E402

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
# Cell styles: 0 general, 1 yyyy-mm-dd, 2 yyyy-mm-dd hh:mm:ss (the order XlsxWriter gives wide's formats).
STYLE = {"date": 1, "datetime": 2}

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>"""
PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}">\
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>\
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">\
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def workbook_xml(sheet_name: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>"""


def entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def text_element(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<si><t{space}>{escape(text)}</t></si>"


def write(out: str, shape: str, cells: int) -> None:
    rows = cells // gen_bench_workbook.COLUMNS
    letters = [chr(ord("A") + c) for c in range(gen_bench_workbook.COLUMNS)]
    known: dict = {}  # repeatable text -> its index (a few hundred entries)
    unique_count = 0
    references = 0
    with tempfile.TemporaryFile() as table, zipfile.ZipFile(out, "w", allowZip64=True) as archive:
        archive.writestr(entry("[Content_Types].xml"), CONTENT_TYPES)
        archive.writestr(entry("_rels/.rels"), PACKAGE_RELS)
        archive.writestr(entry("xl/workbook.xml"), workbook_xml(gen_bench_workbook.SHEET_NAMES[shape]))
        archive.writestr(entry("xl/_rels/workbook.xml.rels"), WORKBOOK_RELS)
        archive.writestr(entry("xl/styles.xml"), STYLES)
        spooled = []
        with archive.open(entry("xl/worksheets/sheet1.xml"), "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>'.encode())
            chunk = []
            rng = random.Random(gen_bench_workbook.SEED)
            for number, row in enumerate(gen_bench_workbook.shape_rows(shape, rows, rng), start=1):
                chunk.append(f'<row r="{number}">')
                for column, (kind, value) in enumerate(row):
                    ref = f"{letters[column]}{number}"
                    if kind == "number":
                        chunk.append(f'<c r="{ref}"><v>{value:.16G}</v></c>')
                    elif kind == "bool":
                        chunk.append(f'<c r="{ref}" t="b"><v>{1 if value else 0}</v></c>')
                    elif kind in STYLE:
                        serial = datetime_to_excel_datetime(value, False, False)
                        chunk.append(f'<c r="{ref}" s="{STYLE[kind]}"><v>{serial:.16G}</v></c>')
                    else:
                        index = known.get(value) if kind == "string" else None
                        if index is None:
                            index = unique_count
                            unique_count += 1
                            if kind == "string":
                                known[value] = index
                            spooled.append(text_element(value))
                        references += 1
                        chunk.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
                chunk.append("</row>")
                if len(chunk) > 20000:
                    sheet.write("".join(chunk).encode())
                    table.write("".join(spooled).encode())
                    chunk.clear()
                    spooled.clear()
            chunk.append("</sheetData></worksheet>")
            sheet.write("".join(chunk).encode())
            table.write("".join(spooled).encode())
        table.seek(0)
        with archive.open(entry("xl/sharedStrings.xml"), "w", force_zip64=True) as strings:
            head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{references}" uniqueCount="{unique_count}">'
            strings.write(head.encode())
            while block := table.read(1 << 20):
                strings.write(block)
            strings.write(b"</sst>")


def main() -> None:
    shape, args, _ = gen_bench_workbook.parse_arguments(sys.argv[1:], "gen_sst_workbook.py")
    write(args[0], shape, int(args[1]) if len(args) > 1 else 1_000_000)


if __name__ == "__main__":
    main()
