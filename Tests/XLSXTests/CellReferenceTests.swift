import Testing
@testable import XLSX

@Suite struct CellReferenceTests {
    @Test func parsesA1AddressesWithDollarsAndLowercase() {
        #expect(CellReference("B7") == CellReference(row: 7, column: 1))
        #expect(CellReference("$AA$10") == CellReference(row: 10, column: 26))
        #expect(CellReference("xfd1048576") == CellReference(row: 1_048_576, column: 16_383))
    }

    @Test func rejectsAddressesOutsideExcelsGrid() {
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("A1048577") == nil)
        #expect(CellReference("1A") == nil)
        #expect(CellReference("") == nil)
    }

    @Test func namesColumnsLikeExcel() {
        #expect(CellReference.columnName(0) == "A")
        #expect(CellReference.columnName(25) == "Z")
        #expect(CellReference.columnName(26) == "AA")
        #expect(CellReference.columnName(16_383) == "XFD")
        #expect(CellRange("C3:A1")?.description == "A1:C3")
    }

    @Test func datesFollowExcels1900SerialsAndTheirLeapYearFiction() {
        #expect(ExcelDate(serial: 43922).isoString == "2020-04-01")
        #expect(ExcelDate(serial: 43922.396527777775).isoString == "2020-04-01T09:31:00")
        #expect(ExcelDate(serial: 0.5).isoString == "12:00:00")
        #expect(ExcelDate(serial: 59).isoString == "1900-02-28")
        #expect(ExcelDate(serial: 61).isoString == "1900-03-01")
        #expect(ExcelDate(serial: 1).isoString == "1900-01-01")
        #expect(ExcelDate(year: 2020, month: 4, day: 1).serial == 43922)
        #expect(ExcelDate(year: 1900, month: 1, day: 1).serial == 1)
        #expect(ExcelDate(serial: 0, date1904: true).isoString == "1904-01-01")
    }
}
