"""End to end: the data-driven KPI tables of the 11 March 2020 Health and
Wellbeing Board sample (Appendix A), read back from the PDF.

Every KPI of seed 001 is in the appendix with the rating the engine derives
from its figures, as a text label beside the colour (WCAG 1.4.1), and with its
direction arrow and standard sentence; the key explains ratings and arrows; a
rating typed in the input that the data contradict stops the build with a
located error; the amber tolerance is the house style's; and the line charts
of a group that asks for them (the KPI fixture) carry their titles, axis
labels and legend as text inside the page.

usage: kpi_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, info, layout_faults, page_kind, run, words  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "kpi")
os.makedirs(work, exist_ok=True)
sample = os.path.join(source, "sample-input", "hwb-2020-03-11-send-improvement-plan.xml")
layouts = os.path.join(source, "layouts")
c = Checker()


def render(xml, pdf, layouts_dir=layouts):
    return run(boardpack, "report", xml, "-o", pdf, "--layouts", layouts_dir)


def appendix_text(pdf):
    """The text of the landscape pages (Appendix A) in content order (pdftotext -raw),
    so that each table cell's lines follow one another."""
    _, sizes = info(pdf)
    pages = run("pdftotext", "-raw", pdf, "-").stdout.split("\f")
    return "\n\f".join(p for p, s in zip(pages, sizes) if page_kind(s) == "A4 landscape")


def rows(text):
    """KPI reference -> the text of its table row, cells in order, whitespace collapsed."""
    found = {}
    ref = None
    for line in text.splitlines():
        m = re.match(r"KPI (\d/\d[a-z]?)( |$)", line)
        if m:
            ref = m.group(1)
            found[ref] = line
        elif line.startswith("\f") or re.match(r"(Key to KPI|Actions \d|KPI Action|Sefton Council)", line):
            ref = None
        elif ref:
            found[ref] += " " + line
    return {k: " ".join(v.split()) for k, v in found.items()}


def chart_words(pdf, ref):
    """The words of the chart titled "KPI <ref>: ...": those in the 430 x 200 pt box
    around and below the title's first word (pdftotext -bbox)."""
    for _, _, ws in words(pdf):
        for i, (x0, y0, x1, y1, t) in enumerate(ws[:-1]):
            nxt = ws[i + 1]
            if t == "KPI" and nxt[4] == ref + ":" and abs(nxt[1] - y0) < 1:
                return " ".join(w[4] for w in ws if x0 - 40 <= w[0] and w[2] <= x0 + 390
                                and y0 - 2 <= w[1] and w[3] <= y0 + 200)
    return ""


# ---- the sample ---------------------------------------------------------------------
pdf = os.path.join(work, "hwb-kpi.pdf")
r = render(sample, pdf)
if r.returncode != 0:
    print(r.stdout, r.stderr)
    raise SystemExit(f"boardpack report failed with exit {r.returncode}")
c.expect(r.stderr.strip() == "", f"the sample builds with messages: {r.stderr[:300]}")
text = appendix_text(pdf)
found = rows(text)

# ref -> (rating label, arrow or None, a phrase of the sentence or None)
expected = {
    "1/1": ("R Off target", "↑", "remains below baseline & target"),
    "1/2": ("G On target", "↑", "and is above target"),
    "1/2a": ("Not due", "↑", "already above the first target"),
    "1/3": ("G On target", "↑", "and is above target"),
    "1/3a": ("No data", None, "No figure has been reported"),
    "1/4": ("Baseline not established", None, "baseline is still to be established"),
    "1/5": ("G On target", "↔", "Performance has been maintained"),
    "1/6": ("Baseline not established", None, "The baseline is due by 31 May 2020"),
    "2/1": ("G On target", None, "Performance is at target"),
    "2/2": ("Not due", None, "first target is due in June 2020"),
    "2/3": ("No data", None, None),
    "3/1": ("Baseline not established", None, "The baseline was due by 21 December 2019"),
    "3/2": ("Baseline not established", None, None),
    "3/3": ("R Off target", None, "Performance is below target"),
    "3/4": ("No data", None, None),
    "3/5": ("Baseline not established", None, None),
    "5/1": ("R Off target", "↔", "but remains above target"),
    "5/2": ("G On target", "↑", "and is within target"),
    "5/3": ("G On target", "↔", "remains at baseline & target"),
    "5/4": ("G On target", "↑", "now in line with target"),
}
for n in range(1, 7):
    expected[f"4/{n}"] = ("Not due", None, "first target is due in December 2020")

labels = ["G On target", "A Near target", "R Off target", "Not due", "No target yet",
          "Baseline not established", "No data"]
for ref, (label, arrow, phrase) in expected.items():
    row = found.get(ref)
    if not c.expect(row is not None, f"KPI {ref}: no table row in Appendix A"):
        continue
    c.expect(label in row, f"KPI {ref}: rating label {label!r} not in its row: {row[:200]}")
    others = [l for l in labels if l != label and l in row and not (l == "Not due" and "Not due" in label)]
    c.expect(not others, f"KPI {ref}: other rating labels {others} in its row")
    for a in "↑↔↓":
        if a == arrow:
            c.expect(a in row, f"KPI {ref}: arrow {a} missing from its row")
        else:
            c.expect(a not in row, f"KPI {ref}: unexpected arrow {a} in its row")
    if phrase:
        c.expect(phrase in row, f"KPI {ref}: {phrase!r} not in its Direction of Travel: {row[:300]}")
c.expect(set(found) == set(expected), f"KPI rows {sorted(set(found) ^ set(expected))} unexpected or missing")

# Past milestones say what was achieved; the survey targets say points explicitly.
c.expect("Achieved 55%" in found.get("1/3", ""), "KPI 1/3: January milestone does not show 'Achieved 55%'")
c.expect("Achieved 100%" in found.get("1/5", ""), "KPI 1/5: October milestone does not show 'Achieved 100%'")
c.expect("Baseline plus 10 points" in found.get("4/1", ""), "KPI 4/1: 'Baseline plus 10 points' missing")
c.expect("= 48.5%" in found.get("4/1", ""), "KPI 4/1: the resolved target 48.5% is missing")
c.expect("43.6%" in found.get("1/2a", "") and "25 weeks" in found.get("5/4", ""),
         "the latest figures 43.6% (KPI 1/2a) and 25 weeks (KPI 5/4) are missing")

# The key, after the last group, explains every label and arrow.
key_at = text.find("Key to KPI ratings and direction of travel")
if c.expect(key_at >= 0, "the KPI key is missing"):
    c.expect(key_at > text.find("KPI 5/4"), "the key does not follow the KPI tables")
    key = " ".join(text[key_at:].split())
    for label in labels:
        c.expect(label in key, f"key: {label!r} missing")
    for word in ["↑ Improved", "↔ Maintained", "↓ Declined", "10% of the target"]:
        c.expect(word in key, f"key: {word!r} missing")

faults = layout_faults(pdf)
c.expect(not faults, f"{len(faults)} layout faults, first: {faults[:5]}")

# ---- a typed rating that the data contradict -----------------------------------------
with open(sample, encoding="utf-8") as f:
    xml = f.read()
typed = xml.replace('<kpi ref="KPI 1/1" frequency="annually"', '<kpi ref="KPI 1/1" rating="green" frequency="annually"', 1)
c.expect(typed != xml, "could not type a rating into KPI 1/1")
line = typed[:typed.find('rating="green"')].count("\n") + 1
column = typed.find('rating="green"') - typed.rfind("\n", 0, typed.find('rating="green"'))
bad = os.path.join(work, "typed-rating.xml")
with open(bad, "w", encoding="utf-8") as f:
    f.write(typed)
out = os.path.join(work, "typed-rating.pdf")
if os.path.exists(out):
    os.remove(out)
r = render(bad, out)
c.expect(r.returncode == 1, f"a contradicted rating exits {r.returncode}, expected 1")
c.expect(f"typed-rating.xml:{line}:{column}: error: KPI 1/1 is typed as 'On target' but the data rate it "
         "'Off target'" in r.stderr, f"no located error for the typed rating: {r.stderr[:400]}")
c.expect(not os.path.exists(out), "a PDF was written although the rating was contradicted")

# ---- the tolerance is the house style's -----------------------------------------------
strict = os.path.join(work, "layouts")
shutil.rmtree(strict, ignore_errors=True)
shutil.copytree(layouts, strict)
style_xml = os.path.join(strict, "health-and-wellbeing-board", "style.xml")
with open(style_xml, encoding="utf-8") as f:
    style = f.read()
with open(style_xml, "w", encoding="utf-8") as f:
    f.write(style.replace('<ratings amber-percent="10"/>', '<ratings amber-points="1"/>'))
pdf2 = os.path.join(work, "hwb-kpi-points.pdf")
r = render(sample, pdf2, strict)
if c.expect(r.returncode == 0, f"build with amber-points=1 failed: {r.stderr[:300]}"):
    found2 = rows(appendix_text(pdf2))
    # KPI 5/1 waits 9 weeks against 8: one week over is amber within 1 point, red within 10%.
    c.expect("A Near target" in found2.get("5/1", ""), f"KPI 5/1 is not amber with amber-points=1: {found2.get('5/1', '')[:200]}")
    c.expect("R Off target" in found2.get("1/1", ""), "KPI 1/1 (3% against 9%) is not red with amber-points=1")
    c.expect("1 in the KPI's own unit" in " ".join(appendix_text(pdf2).split()), "the key does not state the 1-point tolerance")

# ---- charts: the fixture's survey group asks for them -----------------------------------
fixture = os.path.join(source, "tests", "data", "kpi", "kpi-report.xml")
pdf3 = os.path.join(work, "kpi-fixture.pdf")
r = render(fixture, pdf3)
if c.expect(r.returncode == 0, f"the KPI fixture does not build: {r.stderr[:300]}"):
    raw = " ".join(appendix_text(pdf3).split())
    # Each chart's own words: value labels, dated ticks, y ticks in the KPI's unit, the legend.
    for ref, labels_ in [("4/1", ["38.5%", "Dec-19", "Dec-20", "Jun-21", "0%", "Actual", "Target", "Amber tolerance"]),
                         ("5/4", ["30 weeks", "25 weeks", "Jun-19", "Nov-19", "0 weeks", "Actual", "Target"])]:
        found_words = chart_words(pdf3, ref)
        c.expect(found_words, f"no chart titled KPI {ref}")
        for w in labels_:
            c.expect(w in found_words, f"chart KPI {ref}: label {w!r} is not text in its box: {found_words[:200]}")
    c.expect(raw.find("KPI 4/1: Increased") > raw.find("KPI 2/2 Annual DCO report"),
             "the charts do not follow their group's table")
    faults = layout_faults(pdf3)
    c.expect(not faults, f"KPI fixture: {len(faults)} layout faults, first: {faults[:5]}")

c.finish()
