#!/usr/bin/env python3
"""Scores `plansheet import` on varied submission layouts against the facts they were made from.

    Scripts/score-layouts.py [DIR] [--plansheet PATH] [--by-class] [--json]

DIR (default Tests/PlanIOTests/Fixtures/layouts) holds NN-*.xlsx workbooks, each with the NN-*.json
that Tests/LayoutGenerator/generate_layouts.py wrote from the source data. Each workbook is imported
on its own (`plansheet import FILE --format json`) and compared fact by fact:

  found      a status, department, target or result imported with the right value (and unit)
  wrong      a target or result of the right initiative, indicator and year with another value or unit
  status     a status imported as the other one (a missing status is only not found)
  hidden     a value that only a hidden row or column holds, or a hidden row's initiative, imported
  headings   a legend, heading, example row or note imported as an initiative
  extra      any other initiative that is not in the source data (split or invented)
  invented   a target or result imported where the source wrote none (an empty year written －, ―, -),
             or a figure that is neither (a 現状値 baseline, a 達成率) imported as one; files of
             Tests/LayoutGenerator/second_opinion.py list them as blankEntries and strayValues
  error      the import failed (exit 2) or printed no plan

Matching follows the plan JSON contract: titles and indicator names compared by PlanModel's
MatchingKey (NFKC, white space removed, dashes as -); values as numbers (a percent is 40.5, unit %).
Tests/PlanIOTests/VariedLayoutScore.swift applies the same rules in the test suite.
Exit status: 0 when every file is at least 95 % found with no wrong status, no hidden value and no
heading imported (the goals of issue 12); 1 otherwise; 2 when the files or plansheet are missing.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_DIR = os.path.join(ROOT, "Tests", "PlanIOTests", "Fixtures", "layouts")
GOAL = 0.95


DASHES = dict.fromkeys([0x2D, *range(0x2010, 0x2016), 0x2043, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D], "-")
INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF], None)


def key(text):
    """PlanModel's MatchingKey: NFKC, white space and zero-width characters removed, dashes as `-`."""
    return "".join(unicodedata.normalize("NFKC", text or "").translate(INVISIBLE).split()).translate(DASHES)


def overlaps(a, b):
    """Equal keys, or one holding the other (a title joined from lines, a number in front)."""
    return a == b or (min(len(a), len(b)) >= 6 and (a in b or b in a))


def same_number(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def names_match(expected, imported):
    """An indicator name as written, or the imported one holding it / held in it (joined lines)."""
    e, i = key(expected), key(imported)
    return e == i or (len(i) >= 4 and (e in i or i in e))


class Score:
    FIELDS = ("facts", "found", "wrong", "wrong_status", "hidden", "headings", "extra", "invented", "errors")

    def __init__(self):
        for field in self.FIELDS:
            setattr(self, field, 0)

    def add(self, other):
        for field in self.FIELDS:
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def ratio(self):
        return self.found / self.facts if self.facts else 1.0

    def meets_goal(self):
        return self.errors == 0 and self.ratio() >= GOAL and not (
            self.wrong_status or self.hidden or self.headings or self.invented)

    def as_dict(self):
        return {field: getattr(self, field) for field in self.FIELDS} | {"ratio": round(self.ratio(), 4)}


def score(expected, plan):
    """Compares one imported plan (None when the import failed) with the expected facts: (Score, notes)."""
    result, notes = Score(), []
    result.facts = len(expected["facts"])
    if plan is None:
        result.errors = 1
        return result, ["import failed"]
    initiatives = plan.get("initiatives", [])
    by_title = {}
    for initiative in initiatives:
        by_title.setdefault(key(initiative["title"]), []).append(initiative)
    expected_titles = {key(f["initiative"]) for f in expected["facts"]}

    def matching(title):
        found = by_title.get(key(title), [])
        if found:
            return found
        return [i for t, group in by_title.items() if overlaps(t, key(title)) for i in group]

    for fact in expected["facts"]:
        candidates = matching(fact["initiative"])
        if fact["kind"] in ("status", "department"):
            values = [c.get(fact["kind"]) for c in candidates]
            if any(key(v) == key(fact["value"]) for v in values if v):
                result.found += 1
            elif fact["kind"] == "status" and any(v for v in values):
                result.wrong_status += 1
                notes.append(f"status of {fact['initiative']}: {values} instead of {fact['value']}")
            else:
                notes.append(f"missing {fact['kind']} of {fact['initiative']} ({fact['value']})")
            continue
        indicators = [ind for c in candidates for ind in c.get("indicators", []) if names_match(fact["indicator"], ind["name"])]
        if not indicators:
            # An initiative with a single indicator may give it the initiative's title.
            only = [c["indicators"] for c in candidates if len(c.get("indicators", [])) == 1]
            expected_count = len({f["indicator"] for f in expected["facts"]
                                  if f.get("indicator") and f["initiative"] == fact["initiative"]})
            indicators = only[0] if only and expected_count == 1 else []
        entries = [(ind, e) for ind in indicators for e in ind.get("targets" if fact["kind"] == "target" else "actuals", [])
                   if e.get("fiscalYear") == fact["fiscalYear"]]
        if fact["value"] is None:
            good = [e for _, e in entries if e.get("value") is None]
        else:
            good = [e for ind, e in entries if same_number(e.get("value"), fact["value"])
                    and (fact["unit"] is None or key(ind.get("unit")) == key(fact["unit"]))]
        if good:
            result.found += 1
        elif entries:
            result.wrong += 1
            shown = [(e.get("value"), ind.get("unit")) for ind, e in entries]
            notes.append(f"wrong {fact['kind']} {fact['indicator']} FY{fact['fiscalYear']}: {shown} instead of "
                         f"{(fact['value'], fact['unit'])}")
        else:
            notes.append(f"missing {fact['kind']} {fact['indicator']} FY{fact['fiscalYear']} = {fact['value']}")
    for hidden in expected.get("hiddenValues", []):
        for initiative in matching(hidden["initiative"]):
            for indicator in initiative.get("indicators", []):
                entries = indicator.get("targets" if hidden["kind"] == "target" else "actuals", [])
                if any(e.get("fiscalYear") == hidden["fiscalYear"] and same_number(e.get("value"), hidden["value"])
                       for e in entries):
                    result.hidden += 1
                    notes.append(f"hidden {hidden['kind']} imported: {hidden['indicator']} FY{hidden['fiscalYear']} "
                                 f"= {hidden['value']}")
                    break
    count_invented(expected, matching, result, notes)
    forbidden = expected.get("forbiddenInitiatives", [])
    for initiative in initiatives:
        title = key(initiative["title"])
        if any(overlaps(title, t) for t in expected_titles):
            continue
        reason = next((f["why"] for f in forbidden if overlaps(title, key(f["text"]))), None)
        if reason == "hidden row":
            result.hidden += 1
        elif reason:
            result.headings += 1
        else:
            result.extra += 1
        notes.append(f"{reason or 'extra'} imported as an initiative: {initiative['title'][:40]}")
    return result, notes


def count_invented(expected, matching, result, notes):
    """Targets or results where the source has none (blankEntries), figures that are neither (strayValues)."""
    for blank in expected.get("blankEntries", []):
        for initiative in matching(blank["initiative"]):
            entries = [e for ind in initiative.get("indicators", []) if names_match(blank["indicator"], ind["name"])
                       for e in ind.get("targets" if blank["kind"] == "target" else "actuals", [])
                       if e.get("fiscalYear") == blank["fiscalYear"]]
            if entries:
                result.invented += 1
                notes.append(f"{blank['kind']} imported from an empty cell: {blank['indicator']} "
                             f"FY{blank['fiscalYear']} = {entries[0].get('text')!r}")
                break
    for stray in expected.get("strayValues", []):
        for initiative in matching(stray["initiative"]):
            entries = [e for ind in initiative.get("indicators", []) if names_match(stray["indicator"], ind["name"])
                       for e in ind.get("targets", []) + ind.get("actuals", [])
                       if same_number(e.get("value"), stray["value"])]
            if entries:
                result.invented += 1
                notes.append(f"{stray['why']} imported as a figure: {stray['indicator']} = {stray['value']}")
                break


def plansheet_path(given):
    for candidate in [given, os.environ.get("PLANSHEET"), os.path.join(ROOT, ".build", "debug", "plansheet"),
                      os.path.join(ROOT, ".build", "release", "plansheet")]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("plansheet not found: run `swift build` first or pass --plansheet PATH")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    parser.add_argument("--plansheet")
    parser.add_argument("--by-class", action="store_true", help="also total the facts by the variations the files combine")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every missed or wrong fact")
    args = parser.parse_args()
    binary = plansheet_path(args.plansheet)
    files = sorted(glob.glob(os.path.join(args.dir, "*.json")))
    files = [f for f in files if os.path.exists(f[:-5] + ".xlsx")]
    if not files:
        print(f"no workbooks with expected facts in {args.dir}", file=sys.stderr)
        return 2
    total, classes, rows = Score(), {}, []
    for path in files:
        with open(path, encoding="utf-8") as handle:
            expected = json.load(handle)
        run = subprocess.run([binary, "import", path[:-5] + ".xlsx", "--format", "json"], capture_output=True, timeout=120)
        try:
            plan = json.loads(run.stdout) if run.returncode != 2 and run.stdout.strip() else None
        except json.JSONDecodeError:
            plan = None
        result, notes = score(expected, plan)
        if plan is None:
            notes.append(run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] and
                         run.stderr.decode("utf-8", "replace").strip().splitlines()[-1] or "no output")
        total.add(result)
        for tag in expected.get("classes", []):
            classes.setdefault(tag, Score()).add(result)
        rows.append((os.path.basename(path[:-5]) + ".xlsx", result, notes))
    if args.json:
        print(json.dumps({"files": {name: r.as_dict() for name, r, _ in rows}, "total": total.as_dict(),
                          "classes": {tag: s.as_dict() for tag, s in sorted(classes.items())}}, ensure_ascii=False, indent=1))
    else:
        header = (f"{'file':<22} {'found':>11} {'%':>6} {'wrong':>5} {'status':>6} {'hidden':>6} {'heads':>5} "
                  f"{'extra':>5} {'invtd':>5} {'error':>5}")
        print(header)
        for name, r, notes in rows:
            print(line(name, r))
            if args.verbose:
                for note in notes:
                    print("    " + note)
        print("-" * len(header))
        print(line("overall", total))
        if args.by_class:
            print()
            print(header.replace("file ", "class", 1))
            for tag, s in sorted(classes.items(), key=lambda item: item[1].ratio()):
                print(line(tag, s))
        goal = "meets" if total.meets_goal() else "does not meet"
        print(f"\n{total.found}/{total.facts} facts ({total.ratio():.1%}); {goal} the goal of issue 12 "
              f"(≥95 % found, no wrong status, no hidden value, no heading or legend as an initiative, "
              f"nothing invented)")
    return 0 if total.meets_goal() else 1


def line(name, r):
    return (f"{name:<22} {r.found:>5}/{r.facts:<5} {r.ratio():>6.1%} {r.wrong:>5} {r.wrong_status:>6} {r.hidden:>6} "
            f"{r.headings:>5} {r.extra:>5} {r.invented:>5} {r.errors:>5}")


if __name__ == "__main__":
    sys.exit(main())
