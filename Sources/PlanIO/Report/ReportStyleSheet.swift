/// The report's CSS, inlined into every HTML report.
///
/// Japanese text wraps by `line-break: strict` (no small kana or closing brackets
/// at a line start) with `word-break: normal`, and `overflow-wrap: anywhere`
/// lets a long run of Latin letters or digits break inside a narrow cell.
/// `@page` sets A4; headers repeat on each printed page and rows are never split.
enum ReportStyleSheet {
    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        :root { --ink: #1f2933; --muted: #52606d; --rule: #bcccdc; --head: #e4e7eb; --brand: #243b53;
          --delay: #c62828; --delay-bg: #fdecea; --ok: #2e7d32; }
        * { box-sizing: border-box; }
        html { color: var(--ink); font-size: 10.5pt; line-height: 1.6;
          font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { max-width: 1120px; margin: 24px auto; padding: 0 20px; }
        body, td, th, p, h1, h2, h3 { word-break: normal; line-break: strict; overflow-wrap: anywhere; }
        h1 { font-size: 1.55em; margin: 0 0 .4em; padding-bottom: .3em; border-bottom: 3px solid var(--brand); }
        h2 { font-size: 1.2em; color: #fff; background: var(--brand); padding: .3em .7em; margin: 1.8em 0 .6em;
          break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 1.05em; border-left: 6px solid var(--brand); padding-left: .5em; margin: 1.2em 0 .4em;
          break-after: avoid; page-break-after: avoid; }
        .plan { color: var(--muted); margin: 0 0 .6em; }
        .headline { font-size: 1.1em; font-weight: bold; margin: .6em 0; padding: .7em .9em;
          background: #f0f4f8; border-left: 6px solid var(--brand); }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .4em 0 1em; }
        th, td { border: 1px solid var(--rule); padding: .4em .55em; vertical-align: top; text-align: left; }
        thead { display: table-header-group; }
        thead th { background: var(--head); font-weight: bold; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        table.summary { width: auto; min-width: 60%; }
        table.summary td { text-align: right; font-variant-numeric: tabular-nums; min-width: 4em; }
        table.summary tbody tr:last-child > * { font-weight: bold; background: #f5f7fa; }
        td.title .name { font-weight: bold; }
        td.title .dept { display: block; color: var(--muted); font-size: .85em; margin-top: .2em; }
        tr.delayed { background: var(--delay-bg); }
        tr.delayed > td:first-child { border-left: 5px solid var(--delay); }
        tr.unreported > td:first-child { border-left: 5px solid #9aa5b1; }
        .badge { display: inline-block; font-size: .8em; font-weight: bold; color: #fff; padding: 0 .45em;
          border-radius: 3px; margin: 0 .4em .15em 0; }
        .badge.delayed { background: var(--delay); }
        .badge.unreported { background: #7b8794; }
        .ind + .ind { margin-top: .6em; }
        .ind-name { font-weight: bold; }
        .meter { display: flex; flex-wrap: wrap; align-items: center; gap: .1em .45em; margin-top: .2em; }
        .meter svg { flex: none; }
        .pct { font-size: .85em; color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
        .behind .pct { color: var(--delay); font-weight: bold; }
        td.reason { color: #8e1c1c; }
        .revised { margin-top: .5em; padding: .3em .5em; background: #f0f4f8; border-radius: 3px; }
        td.year { white-space: nowrap; }
        .arrow { color: var(--muted); }
        .up { color: var(--ok); }
        .down { color: var(--delay); }
        @media print {
          html { font-size: 9pt; }
          body { max-width: none; margin: 0; padding: 0; }
          h2 { margin-top: 1.2em; }
          #delayed, #revisions { break-before: page; page-break-before: always; }
        }

        """
}
