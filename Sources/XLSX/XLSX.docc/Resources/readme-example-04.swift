import XLSX

let book = try Workbook(contentsOf: url)                 // reads the package and shared strings only
for sheet in book.sheets where sheet.state == .visible {
    try book.forEachRow(in: sheet) { row in               // streams: one row in memory
        print(row.number, row[0])                          // CellValue: .number, .string, .date, ...
    }
}

try WorkbookWriter.write(to: outURL) { book in           // temp file, renamed into place at the end
    try book.addSheet(named: "取組一覧") { sheet in
        sheet.freezePanes(rows: 1, columns: 0)
    }
}
