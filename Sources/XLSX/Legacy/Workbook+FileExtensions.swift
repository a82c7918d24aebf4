extension Workbook {
    /// The file extensions of the workbooks ``Workbook`` opens, lower case: what a folder
    /// walk should pick up. (Opening decides the format by content, not by this name.)
    public static let fileExtensions: Set<String> = ["xlsx", "xlsm", "xls", "ods"]
}
