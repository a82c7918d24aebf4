/// libFuzzer entry point for the target-expression parser (PlanModel): any text a
/// department writes in a target or result cell must parse to something, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func expressionFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parsed = ExpressionParser.parse(text)
    _ = parsed.text.count
    return 0
}
