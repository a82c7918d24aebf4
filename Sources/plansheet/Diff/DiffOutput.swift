import Foundation
import PlanDiff
import PlanIO

/// Writes a diff in the format asked for: the command line only chooses the renderer
/// (PlanDiff's text, JSON, CSV, Markdown and HTML, PlanIO's workbook) and the destination.
enum DiffOutput {
    /// Writes `result` as `format` to `destination`; text is coloured only on a terminal.
    static func write(
        _ result: DiffResult, format: DiffCommand.Format, escapeFormulas: Bool = false,
        to destination: OutputDestination
    ) throws {
        if format == .xlsx {
            try WorkbookOutput.write(to: destination) { try DiffWorkbookRenderer().write(result, to: $0) }
            return
        }
        try destination.write { sink in
            switch format {
            case .text:
                let colored = destination.url == nil && Terminal.standardOutputWantsColor
                try sink.write(DiffTextRenderer(colored: colored).render(result))
            case .json:
                try sink.write(result.jsonText())
            case .csv: try sink.write(DiffCSVRenderer(escapesFormulas: escapeFormulas).render(result))
            case .md: try sink.write(DiffMarkdownRenderer().render(result))
            case .html: try sink.write(DiffHTMLRenderer().render(result))
            case .xlsx: break
            }
        }
    }
}
