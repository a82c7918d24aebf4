import Foundation
import PlanDiff
import PlanModel

// diff-bench: diffs two generated plans of N initiatives (default 10,000) in which a
// few percent of the titles are renamed, some initiatives added and removed, rows
// shuffled and some targets revised, and reports the time of PlanDiff.compare.
//
//   swift run -c release diff-bench [initiatives] [repetitions]

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10_000 : 10_000
let repetitions = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 5 : 5

/// A deterministic generator, so every run diffs the same plans.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

var random = SplitMix(state: 2020)
// Words of real plan titles; four of them make a title, so titles share words as real ones do.
let subjects = [
    "県税", "公共施設", "電子申請", "窓口業務", "文書管理", "会議運営", "補助金", "指定管理", "職員研修", "防災情報",
    "広報", "県民参画", "ＮＰＯ連携", "市町村協働", "財務会計", "ＲＰＡ", "ＡＩ-ＯＣＲ", "テレワーク", "ペーパーレス",
    "データ利活用", "公用車", "県有地", "庁舎管理", "情報システム", "クラウド", "オープンデータ", "統計調査", "入札契約",
    "内部統制", "監査", "人事給与", "福利厚生", "旅費", "物品調達", "電子決裁", "押印", "キャッシュレス", "施設予約",
    "県営住宅", "道路維持", "河川管理", "下水道", "病院事業", "水道事業", "教育委員会", "警察", "観光振興", "農業支援",
    "中小企業", "雇用対策", "子育て支援", "高齢者福祉", "障害者支援", "医療提供", "環境保全", "廃棄物", "エネルギー",
    "スマート自治体", "行政手続", "出資法人",
]
let actions = [
    "の見直し", "の効率化", "の推進", "の充実", "の最適化", "の集約化", "の電子化", "の強化", "の共同化", "の標準化",
    "の適正化", "の民間委託", "の広域化", "の再編", "の縮減", "の活性化", "の高度化", "の見える化", "の自動化", "の一元化",
]
let qualifiers = ["による", "を活用した", "に向けた", "と連携した", "に係る", "における", "を通じた", "のための"]
let departments = ["企画財政部", "総務部", "県民生活部", "危機管理防災部", "福祉部", "保健医療部", "産業労働部", "会計局"]
let sections = ["県庁のＩＣＴ化・働き方改革", "多様な主体との連携・県民参画の推進", "経営感覚を持った行財政運営"]

@MainActor func title(_ index: Int) -> String {
    "\(random.pick(subjects))\(random.pick(qualifiers))\(random.pick(subjects))\(random.pick(actions))（第\(index)号）"
}

@MainActor func indicators(_ index: Int) -> [Indicator] {
    (0..<2).map { k in
        Indicator(
            name: "\(random.pick(subjects))件数\(k + 1)", unit: "件", period: .perYear,
            targets: (2020...2022).map { year in
                let value = Double(100 + Int(random.next() % 10_000))
                return Target(fiscalYear: year, value: value, comparator: .atLeast, text: "R\(year - 2018)年度：\(Int(value))件／年")
            },
            actuals: [Actual(fiscalYear: 2020, value: Double(Int(random.next() % 10_000)), text: "")])
    }
}

let oldInitiatives = (0..<count).map { i in
    Initiative(
        id: nil, section: sections[i % 3], title: title(i), department: random.pick(departments),
        status: .onTrack, indicators: indicators(i))
}
var newInitiatives: [Initiative] = []
var renamed = 0, revised = 0
for (i, initiative) in oldInitiatives.enumerated() {
    var copy = initiative
    switch random.next() % 100 {
    case 0: continue // 1% removed
    case 1...3: // 3% renamed (a word changed)
        copy.title = copy.title.replacingOccurrences(of: "の", with: "等の", options: [], range: nil)
        if copy.title == initiative.title { copy.title = "新" + copy.title }
        renamed += 1
    case 4...8: // 5% with a revised R4 target
        copy.indicators[0].targets[2].revisedFrom = copy.indicators[0].targets[2].value
        copy.indicators[0].targets[2].value = (copy.indicators[0].targets[2].value ?? 0) * 2
        revised += 1
    default: break
    }
    if i % 2 == 0 { copy.title = copy.title.replacingOccurrences(of: "（", with: "(") } // width-only: no change
    newInitiatives.append(copy)
}
for i in 0..<(count / 100) { // 1% added
    newInitiatives.append(
        Initiative(
            section: sections[0], title: title(count + i), department: departments[0],
            indicators: indicators(count + i)))
}
// Shuffle rows deterministically.
for i in stride(from: newInitiatives.count - 1, to: 0, by: -1) {
    newInitiatives.swapAt(i, Int(random.next() % UInt64(i + 1)))
}

let old = Plan(version: "old", initiatives: oldInitiatives)
let new = Plan(version: "new", initiatives: newInitiatives)

/// CPU time of this thread: on a machine shared with other jobs, steadier than wall time.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

var times: [Double] = [], cpuTimes: [Double] = []
var result = PlanDiff.compare(old, new)
for _ in 0..<repetitions {
    let start = DispatchTime.now().uptimeNanoseconds, cpuStart = threadCPUSeconds()
    result = PlanDiff.compare(old, new)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    cpuTimes.append(threadCPUSeconds() - cpuStart)
}
times.sort()
cpuTimes.sort()
let counts = result.counts.map { "\($0.kind.rawValue) \($0.count)" }.joined(separator: ", ")
print("diff-bench: \(old.initiatives.count) vs \(new.initiatives.count) initiatives (\(renamed) renamed, \(revised) revised)")
print("changes: \(result.changes.count) (\(counts))")
print(
    String(
        format: "compare: median %.3f s wall (min %.3f), median %.3f s CPU (min %.3f) over %d runs",
        times[times.count / 2], times[0], cpuTimes[cpuTimes.count / 2], cpuTimes[0], times.count))

// The worst case for the similarity search: every title of the new plan edited, so all
// 10,000 × 10,000 pairs are rename candidates. Compared with scoring every pair, which
// is estimated from a sample of pairs.
let everyTitleEdited = Plan(
    version: "edited",
    initiatives: oldInitiatives.map { initiative in
        var copy = initiative
        copy.title = "新" + copy.title.replacingOccurrences(of: "の", with: "等の")
        return copy
    })
var editedTimes: [Double] = []
var editedResult = PlanDiff.compare(old, everyTitleEdited)
for _ in 0..<repetitions {
    let cpuStart = threadCPUSeconds()
    editedResult = PlanDiff.compare(old, everyTitleEdited)
    editedTimes.append(threadCPUSeconds() - cpuStart)
}
editedTimes.sort()
let renames = editedResult.changes.filter { $0.kind == .initiativeRenamed }.count
let samplePairs = 200_000
let sampleStart = threadCPUSeconds()
var checksum = 0.0
for i in 0..<samplePairs {
    checksum += PlanDiff.similarity(oldInitiatives[i % count].title, everyTitleEdited.initiatives[(i * 7919) % count].title)
}
let perPair = (threadCPUSeconds() - sampleStart) / Double(samplePairs)
let allPairs = perPair * Double(count) * Double(count)
print(
    String(
        format: "every title edited: %d renames found, median %.3f s CPU; scoring all %d×%d pairs instead: ~%.0f s (%.0f× slower)",
        renames, editedTimes[editedTimes.count / 2], count, count, allPairs, allPairs / editedTimes[editedTimes.count / 2]))
if checksum < 0 { print(checksum) }
