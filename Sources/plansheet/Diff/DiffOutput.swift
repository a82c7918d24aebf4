import Foundation
import PlanDiff

/// Writes a diff in the format asked for.
enum DiffOutput {
    static func write(_ result: DiffResult, format: DiffCommand.Format, escapeFormulas: Bool = false,
                      to destination: OutputDestination) throws {
        if format == .xlsx {
            try DiffWorkbook.write(result, to: destination)
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
