/// A point in time as Excel stores it: a serial day number in the 1900 date
/// system (day 1 is 1900-01-01, the fraction is the time of day).
///
/// Workbooks in the 1904 date system are converted on reading, so two
/// `ExcelDate`s always compare on one scale. Serials below 61 follow Excel's
/// famous fiction that 1900 was a leap year: serial 60 is 1900-02-29, which
/// ``components`` shows as 1900-02-28 like every reader that has to name a
/// real day.
///
/// Excel has no serial for days before 1900-01-01, but a `t="d"` cell may name one
/// (`1800-06-15`): its text is the value, in the proleptic Gregorian calendar. Such
/// days get negative serials, below the times of day (0 ≤ serial < 1): −1 is
/// 1899-12-31, −2 is 1899-12-30, and so on back, so ``components`` and ``isoString``
/// give the day the cell names. (A number under a date format is never negative: the
/// reader keeps those as numbers, as Excel shows `####` for them.)
public struct ExcelDate: Sendable, Hashable, Comparable {
    /// Days since 1899-12-30 (for serials ≥ 61), with the time of day as the fraction.
    public var serial: Double

    /// Days between 1900 and 1904 epochs: a 1904-system serial plus this is a 1900-system serial.
    public static let offset1904: Double = 1462

    /// Makes a date from a 1900-system serial.
    public init(serial: Double) { self.serial = serial }

    /// Makes a date from a serial in the workbook's date system.
    public init(serial: Double, date1904: Bool) {
        self.serial = date1904 ? serial + Self.offset1904 : serial
    }

    /// Makes a date from calendar fields (proleptic Gregorian, no time zone).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
        var days = Double(Self.daysFromCivil(year: year, month: month, day: day) - Self.daysFromCivil(year: 1899, month: 12, day: 30))
        // Excel's serials from 1900-01-01 to 1900-02-28 are one lower than the true day count;
        // days before 1900 go below the times of day (see the type's documentation).
        if days >= 2 && days < 61 { days -= 1 } else if days < 2 { days -= 2 }
        self.serial = days + (Double(hour) * 3600 + Double(minute) * 60 + second) / 86_400
    }

    public static func < (lhs: ExcelDate, rhs: ExcelDate) -> Bool { lhs.serial < rhs.serial }

    /// Calendar fields of this date. Serials beyond ±10⁹ days (far outside any date
    /// Excel shows) are clamped there, and NaN reads as 0, so this never traps.
    public var components: Components {
        let serial = self.serial.isNaN ? 0 : min(max(self.serial, -1e9), 1e9)
        var whole = serial.rounded(.down)
        var micros = ((serial - whole) * 86_400_000_000).rounded()
        if micros >= 86_400_000_000 { whole += 1; micros -= 86_400_000_000 }
        var days = Int(whole)
        // Undo the 1900 leap-year fiction: serials 1…59 are one day behind the
        // true count; the fictional 60 (1900-02-29) is named 1900-02-28.
        if days >= 1 && days < 60 { days += 1 } else if days < 0 { days += 2 }
        let civil = Self.civilFromDays(days + Self.daysFromCivil(year: 1899, month: 12, day: 30))
        let totalMicros = Int64(micros)
        let seconds = Int(totalMicros / 1_000_000)
        return Components(
            year: civil.year, month: civil.month, day: civil.day,
            hour: seconds / 3600, minute: (seconds / 60) % 60, second: seconds % 60,
            microsecond: Int(totalMicros % 1_000_000))
    }

    /// Calendar fields of an ``ExcelDate``.
    public struct Components: Sendable, Hashable {
        /// The proleptic Gregorian date: year, month (1–12), day (1–31).
        public var year: Int, month: Int, day: Int
        /// The time of day: hour (0–23), minute, second, and the microseconds below the second.
        public var hour: Int, minute: Int, second: Int, microsecond: Int
    }

    /// ISO 8601 text: `2020-04-01` for a whole day, `09:30:00` for a time of day
    /// (serial below 1), `2020-04-01T09:30:00` otherwise; fractional seconds as
    /// `.ffffff` only when present.
    public var isoString: String {
        let c = components
        let time =
            Self.pad(c.hour, 2) + ":" + Self.pad(c.minute, 2) + ":" + Self.pad(c.second, 2)
            + (c.microsecond == 0 ? "" : "." + Self.pad(c.microsecond, 6))
        if serial >= 0 && serial < 1 { return time }
        let date = Self.pad(c.year, 4) + "-" + Self.pad(c.month, 2) + "-" + Self.pad(c.day, 2)
        if c.hour == 0 && c.minute == 0 && c.second == 0 && c.microsecond == 0 { return date }
        return date + "T" + time
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// The number of days of a month (1–12) in the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
