import Foundation

/// Two versions of part of the seed's plan as plan JSON, the way `plansheet import` writes them:
/// the first-adopted plan and the R3 revision (ＡＩ-ＯＣＲ Ｒ３ ２万→6.7万枚, コピー使用量 targets set).
/// Both cover Ｒ２–Ｒ４, so the new Ｒ４ target of コピー使用量 is within both horizons.
enum DiffCommandFixtures {
    static func plan(version: String, revised: Bool) -> String {
        let ocrR3 =
            revised
            ? #"{"fiscalYear": 2021, "value": 67000, "comparator": "atLeast", "approximate": false, "revisedFrom": 20000, "text": "Ｒ３年度：２万→6.7万枚"}"#
            : #"{"fiscalYear": 2021, "value": 20000, "comparator": "atLeast", "approximate": false, "revisedFrom": null, "text": "Ｒ３年度：２万枚"}"#
        let copy =
            revised
            ? #"""
            , {"name": "コピー使用量", "unit": "%", "period": null, "direction": "decrease",
               "targets": [{"fiscalYear": 2022, "value": 60, "comparator": "atLeast", "approximate": false, "revisedFrom": null, "text": "Ｒ４年度：コピー使用量60％以上削減"}],
               "actuals": []}
            """# : ""
        return """
            {
              "schema": "plansheet.plan/1",
              "title": "行財政改革行動計画",
              "version": "\(version)",
              "initiatives": [
                {
                  "id": "1-1", "section": "県庁のＩＣＴ化・働き方改革",
                  "title": "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
                  "department": "企画財政部", "status": "onTrack", "delayReason": null, "nextSteps": null,
                  "indicators": [
                    {"name": "ＡＩ-ＯＣＲ 利用枚数", "unit": "枚", "period": "perYear", "direction": "increase",
                     "targets": [
                       {"fiscalYear": 2020, "value": 12000, "comparator": "atLeast", "approximate": false, "revisedFrom": null, "text": "Ｒ２年度：12,000枚／年"},
                       \(ocrR3),
                       {"fiscalYear": 2022, "value": 30000, "comparator": "atLeast", "approximate": false, "revisedFrom": null, "text": "Ｒ４年度：３万枚"}
                     ],
                     "actuals": [{"fiscalYear": 2020, "value": 62000, "approximate": true, "text": "約62,000枚／年"}]}
                  ],
                  "source": {"file": "kikaku.xlsx", "sheet": "行動計画", "cell": "A5"}
                },
                {
                  "id": "1-3", "section": "県庁のＩＣＴ化・働き方改革",
                  "title": "会議・打合せのペーパーレス化の推進",
                  "department": "総務部", "status": "onTrack", "delayReason": null, "nextSteps": null,
                  "indicators": [
                    {"name": "既存資料の電子化の推進", "unit": null, "period": null, "direction": "increase", "targets": [],
                     "actuals": [{"fiscalYear": 2020, "value": null, "approximate": false, "text": "モデル課でのペーパーレス化トライアルの実施"}]}
                    \(copy)
                  ],
                  "source": null
                }
              ]
            }
            """
    }

    /// A scratch folder holding `old.json` (当初) and `new.json` (R3改定).
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(plan(version: "当初", revised: false).utf8).write(to: dir.appendingPathComponent("old.json"))
        try Data(plan(version: "R3改定", revised: true).utf8).write(to: dir.appendingPathComponent("new.json"))
        return dir
    }
}

/// A test suite that works on the fixture folder's `old.json` and `new.json`.
protocol DiffFixtureSuite {
    var folder: URL { get }
}

extension DiffFixtureSuite {
    var old: String { folder.appendingPathComponent("old.json").path }
    var new: String { folder.appendingPathComponent("new.json").path }
}
