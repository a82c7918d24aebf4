import XLSX

let book = try Workbook(contentsOf: url)                 // reads the package and shared strings only
