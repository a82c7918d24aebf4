/// An opaque RGB colour for fonts and fills.
public struct Color: Sendable, Hashable {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// Makes a colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `RRGGBB` or `#RRGGBB`; nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `FFRRGGBB`, the ARGB form styles.xml uses.
    var argb: String {
        let hex = Array("0123456789ABCDEF")
        var text = "FF"
        for component in [red, green, blue] {
            text.append(hex[Int(component >> 4)])
            text.append(hex[Int(component & 0xF)])
        }
        return text
    }

    /// The pale blue Excel uses for table headers.
    public static let headerBlue = Color(red: 0xDD, green: 0xEB, blue: 0xF7)
    /// Red text.
    public static let red = Color(red: 0xC0, green: 0x00, blue: 0x00)
}
