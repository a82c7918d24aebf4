import Foundation
import PlanModel

// Domain-model benchmark: how many target/result expressions ExpressionParser reads per
// second on one core, against Foundation's NFKC alone on the same texts as a yardstick.
//
//   swift run -c release --package-path Benchmarks plan-bench [count] [parse]
//
// Rates are given per second of this thread's CPU time (the speed of one core, even on a
// busy machine) and per second of wall-clock time.

/// Expressions as the seed report and DOMAIN.md write them.
let expressions = [
    "Ｒ２年度：50業務", "Ｒ２年度：12,000枚／年", "約62,000枚／年", "Ｒ３年度：２万→6.7万枚", "Ｒ３年度：250→500会議",
    "Ｒ２年度：2,000件以上／年", "Ｒ２年度：90%以上", "Ｒ２年度：28,400／累計", "Ｒ２年度：5,350,000／年",
    "Ｒ４年度：コピー使用量60％以上削減", "（Ｒ元年度比コピー使用量61.2％減）", "助成数55件（期間限定の緊急応援枠40件を含む）",
    "３月仮運用（Ｒ３年度本格運用）", "90%以上達成が困難の見込み", "51業務", "約490会議／年", "37事業／年", "15拠点",
    "新たな連携事業：109事業／年", "調査票回答数：2,834件", "受注件数：4,074件／年", "Ｒ２年度:1,100問", "15団体",
    "２回／年", "4,217,829／年", "23,183／累計", "Ｒ２年度：75％以上", "全新規事業の立案にＥＢＰＭの手法を導入",
]

/// The seed's two kinds of cells: several bulleted indicators, and a wrapped name with a cause of delay.
let cells: [(String, String)] = [
    (
        "○ＲＰＡ 導入業務数\nＲ２年度：50業務\n\n○ＡＩ-ＯＣＲ 利用枚数\nＲ２年度：12,000枚／年\n\n○音声テキスト化システム 利用会議数\nＲ２年度：200会議／年",
        "○ＲＰＡ 導入業務数\n51業務\n\n○ＡＩ-ＯＣＲ 利用枚数\n約62,000枚／年\n\n○音声テキスト化システム 利用会議数\n約490会議／年"
    ),
    (
        "○経営目標や経営指標達成率（指定出資法人\nが中期経営計画において設定）\nＲ２年度：75％以上",
        "○中期経営計画において設定する経営目標\nや経営指標達成率：40.5％\n【遅れが生じている要因】\n新型コロナウイルス感染症の影響により、"
    ),
]

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap(Int.init) ?? 1_000_000
let only = arguments.dropFirst().first
let onlyParse = only == "parse"

/// CPU time of this thread, in seconds.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` over `iterations` inputs and prints the rates; returns the CPU-time rate.
@discardableResult
func measure(_ label: String, iterations: Int, _ body: (Int) -> Int) -> Double {
    var checksum = 0
    for index in 0..<100 { checksum &+= body(index) } // warm-up
    let clock = ContinuousClock()
    let cpuStart = threadCPUSeconds()
    let elapsed = clock.measure {
        for index in 0..<iterations { checksum &+= body(index) }
    }
    let cpu = threadCPUSeconds() - cpuStart
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
        String(
            format: "%@: %d in %.3f s CPU (%.3f s wall) = %.2f M/s per core CPU, %.2f M/s wall  [checksum %d]",
            label, iterations, cpu, wall, Double(iterations) / cpu / 1e6, Double(iterations) / wall / 1e6, checksum))
    return Double(iterations) / cpu
}

if only == "cells" {
    measure("IndicatorReader.read   ", iterations: count) { index in
        let (target, result) = cells[index % cells.count]
        return IndicatorReader.read(targetText: target, resultText: result, resultYear: FiscalYear(2020)).indicators.count
    }
    exit(0)
}
let parseRate = measure("ExpressionParser.parse ", iterations: count) { index in
    let parsed = ExpressionParser.parse(expressions[index % expressions.count])
    return Int(parsed.value ?? 0) &+ (parsed.unit?.utf8.count ?? 0)
}
if !onlyParse {
    let nfkcRate = measure("Foundation NFKC alone  ", iterations: count) { index in
        expressions[index % expressions.count].precomposedStringWithCompatibilityMapping.utf8.count
    }
    print(String(format: "parse rate / Foundation NFKC rate = %.1f×", parseRate / nfkcRate))
    measure("IndicatorReader.read   ", iterations: count / 10) { index in
        let (target, result) = cells[index % cells.count]
        return IndicatorReader.read(targetText: target, resultText: result, resultYear: FiscalYear(2020)).indicators.count
    }
}
