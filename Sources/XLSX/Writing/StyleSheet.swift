/// The workbook's styles.xml: every distinct ``CellStyle`` used gets one cell format
/// (`xf`), and the fonts, fills, borders and number formats those share are stored once.
final class StyleSheet {
    private struct Font: Hashable { var bold: Bool; var italic: Bool; var size: Double?; var color: Color? }
    private struct Format: Hashable {
        var numberFormatID: Int, fontID: Int, fillID: Int, borderID: Int
        var horizontal: CellStyle.HorizontalAlignment?, vertical: CellStyle.VerticalAlignment?, wrap: Bool
    }

    /// The font every cell uses unless styled: Excel's Japanese default.
    let defaultFontName: String
    private var fonts: [Font] = [Font(bold: false, italic: false, size: nil, color: nil)]
    private var fontIDs: [Font: Int] = [Font(bold: false, italic: false, size: nil, color: nil): 0]
    private var fills: [Color] = []
    private var fillIDs: [Color: Int] = [:]
    private var borders: [CellStyle.BorderStyle] = []
    private var borderIDs: [CellStyle.BorderStyle: Int] = [:]
    private var customFormats: [String] = []
    private var customFormatIDs: [String: Int] = [:]
    private var formats: [Format] = [Format(numberFormatID: 0, fontID: 0, fillID: 0, borderID: 0, horizontal: nil, vertical: nil, wrap: false)]
    private var formatIDs: [Format: Int] = [:]
    private var styleIDs: [CellStyle: Int] = [CellStyle.plain: 0]

    init(defaultFontName: String) {
        self.defaultFontName = defaultFontName
        formatIDs[formats[0]] = 0
    }

    /// The `s` attribute for cells of `style`.
    func index(of style: CellStyle) -> Int {
        if let known = styleIDs[style] { return known }
        let font = Font(bold: style.bold, italic: style.italic, size: style.fontSize, color: style.fontColor)
        let fontID = Self.intern(font, in: &fonts, ids: &fontIDs, offset: 0)
        var fillID = 0
        if let fill = style.fillColor { fillID = Self.intern(fill, in: &fills, ids: &fillIDs, offset: 2) }
        var borderID = 0
        if let border = style.border { borderID = Self.intern(border, in: &borders, ids: &borderIDs, offset: 1) }
        var numberFormatID = 0
        if let code = style.numberFormat?.code {
            if let builtIn = NumberFormat.builtInIDs[code] {
                numberFormatID = builtIn
            } else {
                numberFormatID = Self.intern(code, in: &customFormats, ids: &customFormatIDs, offset: 164)
            }
        }
        let format = Format(
            numberFormatID: numberFormatID, fontID: fontID, fillID: fillID, borderID: borderID,
            horizontal: style.horizontalAlignment, vertical: style.verticalAlignment, wrap: style.wrapText)
        let id = Self.intern(format, in: &formats, ids: &formatIDs, offset: 0)
        styleIDs[style] = id
        return id
    }

    private static func intern<Key: Hashable>(_ key: Key, in list: inout [Key], ids: inout [Key: Int], offset: Int) -> Int {
        if let id = ids[key] { return id }
        let id = list.count + offset
        list.append(key)
        ids[key] = id
        return id
    }

    /// The styles.xml part.
    func xml() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 4096)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        if !customFormats.isEmpty {
            out.append("<numFmts count=\""); out.appendDecimal(customFormats.count); out.append("\">")
            for (offset, code) in customFormats.enumerated() {
                out.append("<numFmt numFmtId=\""); out.appendDecimal(164 + offset)
                out.append("\" formatCode=\""); out.appendEscapedAttribute(code); out.append("\"/>")
            }
            out.append("</numFmts>")
        }
        out.append("<fonts count=\""); out.appendDecimal(fonts.count); out.append("\">")
        for font in fonts {
            out.append("<font>")
            if font.bold { out.append("<b/>") }
            if font.italic { out.append("<i/>") }
            out.append("<sz val=\""); out.appendNumber(font.size ?? 11); out.append("\"/>")
            if let color = font.color { out.append("<color rgb=\""); out.appendEscapedAttribute(color.argb); out.append("\"/>") }
            out.append("<name val=\""); out.appendEscapedAttribute(defaultFontName)
            out.append("\"/><family val=\"3\"/><charset val=\"128\"/></font>")
        }
        out.append("</fonts><fills count=\""); out.appendDecimal(fills.count + 2)
        out.append("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        for fill in fills {
            out.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\""); out.appendEscapedAttribute(fill.argb)
            out.append("\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        }
        out.append("</fills><borders count=\""); out.appendDecimal(borders.count + 1)
        out.append("\"><border><left/><right/><top/><bottom/><diagonal/></border>")
        for border in borders {
            out.append("<border>")
            for side in ["left", "right", "top", "bottom"] {
                out.append("<"); out.appendEscapedAttribute(side); out.append(" style=\"")
                out.appendEscapedAttribute(border.rawValue); out.append("\"><color auto=\"1\"/></")
                out.appendEscapedAttribute(side); out.append(">")
            }
            out.append("<diagonal/></border>")
        }
        out.append("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        out.append("<cellXfs count=\""); out.appendDecimal(formats.count); out.append("\">")
        for format in formats {
            out.append("<xf numFmtId=\""); out.appendDecimal(format.numberFormatID)
            out.append("\" fontId=\""); out.appendDecimal(format.fontID)
            out.append("\" fillId=\""); out.appendDecimal(format.fillID)
            out.append("\" borderId=\""); out.appendDecimal(format.borderID)
            out.append("\" xfId=\"0\"")
            if format.numberFormatID != 0 { out.append(" applyNumberFormat=\"1\"") }
            if format.fontID != 0 { out.append(" applyFont=\"1\"") }
            if format.fillID != 0 { out.append(" applyFill=\"1\"") }
            if format.borderID != 0 { out.append(" applyBorder=\"1\"") }
            let aligned = format.horizontal != nil || format.vertical != nil || format.wrap
            if aligned {
                out.append(" applyAlignment=\"1\"><alignment")
                if let horizontal = format.horizontal { out.append(" horizontal=\""); out.appendEscapedAttribute(horizontal.rawValue); out.append("\"") }
                if let vertical = format.vertical { out.append(" vertical=\""); out.appendEscapedAttribute(vertical.rawValue); out.append("\"") }
                if format.wrap { out.append(" wrapText=\"1\"") }
                out.append("/></xf>")
            } else {
                out.append("/>")
            }
        }
        out.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        out.append("<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>")
        out.append("</styleSheet>")
        return Array(out.bytes)
    }
}
