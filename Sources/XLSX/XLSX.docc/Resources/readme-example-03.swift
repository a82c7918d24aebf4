import XLSX

let book = try Workbook(contentsOf: url)                 // reads the package and shared strings only
for sheet in book.sheets where sheet.state == .visible {
    try book.forEachRow(in: sheet) { row in               // streams: one row in memory
        print(row.number, row[0])                          // CellValue: .number, .string, .date, ...
    }
}
