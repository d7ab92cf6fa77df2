"""End to end: render the 11 March 2020 Health and Wellbeing Board sample with the
real program and check the PDF with real readers.

usage: report_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, fonts, info, layout_faults, page_kind, page_texts, qpdf_check, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
sample = os.path.join(source, "sample-input", "hwb-2020-03-11-send-improvement-plan.xml")
pdf = os.path.join(work, "hwb-2020-03-11.pdf")

r = run(boardpack, "report", sample, "-o", pdf)
if r.returncode != 0:
    print(r.stdout, r.stderr)
    raise SystemExit(f"boardpack report failed with exit {r.returncode}")

c = Checker()

ok, out = qpdf_check(pdf)
c.expect(ok, "qpdf --check fails: " + out[-300:])

fs = fonts(pdf)
c.expect(len(fs) >= 2, f"expected regular and bold fonts, pdffonts shows {fs}")
for name, kind, embedded, uni in fs:
    c.expect(embedded, f"font {name} is not embedded")
    c.expect(uni, f"font {name} has no Unicode map")

fields, sizes = info(pdf)
kinds = [page_kind(s) for s in sizes]
c.expect(fields.get("Title") == "SEND Continuous Improvement Plan Update", f"Title is {fields.get('Title')!r}")
c.expect(fields.get("Author") == "Sefton Council", f"Author is {fields.get('Author')!r}")
c.expect(kinds and kinds[0] == "A4 portrait", f"first page is {kinds[:1]}")
c.expect("A4 landscape" in kinds, "no A4 landscape page for Appendix A")
c.expect(set(kinds) <= {"A4 portrait", "A4 landscape"}, f"unexpected page sizes {set(kinds)}")
c.expect(kinds == sorted(kinds, key=lambda k: k == "A4 landscape"), "portrait body pages must come before the landscape appendix")

pages, _ = page_texts(pdf)
c.expect(len(pages) == len(sizes), f"pdftotext pages {len(pages)} != pdfinfo pages {len(sizes)}")
whole = "\n".join(pages)

# Front sheet: each label with its value beside it on the same text line (the
# first line of each cell; a long label may wrap below), rows in reading order.
first_lines = pages[0].splitlines()
front = [("Report to:", "Health and"), ("Date of", "Wednesday 11"), ("Subject:", "SEND Continuous"),
         ("Report of:", "Interim Director"), ("Wards", "(All Wards)"), ("Portfolio:", "Children, Schools"),
         ("Is this a Key", "No"), ("Included in", "No"), ("Exempt /", "No")]
row = -1
for label, value in front:
    hit = None
    for n, line in enumerate(first_lines):
        if n < row:
            continue
        i = line.find(label)
        if i >= 0 and line.find(value, i + len(label)) > i:
            hit = n
            break
    if c.expect(hit is not None, f"front sheet: {label!r} with {value!r} beside it not found in order on page 1"):
        row = hit
for value in ["Health and Wellbeing Board", "Wednesday 11 March 2020", "SEND Continuous Improvement Plan Update",
              "Interim Director of Children's Social Care and Education", "Children, Schools and Safeguarding"]:
    flat = " ".join(pages[0].split())
    c.expect(re.search(r"\s+".join(map(re.escape, value.split())), pages[0]) or value in flat or
             all(w in pages[0] for w in value.split()), f"front sheet value {value!r} missing")

# Standard sections of the front matter, in order.
headings = ["Summary:", "Recommendation(s):", "Reasons for the Recommendation(s):",
            "Alternative Options Considered and Rejected:", "What will it cost and how will it be financed?",
            "(A) Revenue Costs", "(B) Capital Costs", "Implications of the Proposals:",
            "Resource Implications (Financial, IT, Staffing and Assets):", "Legal Implications:",
            "Equality Implications:", "Contribution to the Council's Core Purpose:",
            "What consultations have taken place on the proposals and when?", "(A) Internal Consultations",
            "(B) External Consultations", "Implementation Date for the Decision", "Contact Officer:",
            "Appendices:", "Background Papers:", "1. Introduction", "2. Delivering the Improvement Plan",
            "3. Risk", "4. Conclusion", "Appendix A"]
pos = 0
for h in headings:
    pattern = r"\s+".join(re.escape(w) for w in h.split()).replace(r"Council's", r"Council.s")
    m = re.compile(pattern).search(whole, pos)
    if c.expect(m is not None, f"heading {h!r} missing or out of order"):
        pos = m.end()

for fact in ["£0.223m", "£0.400m", "£21.7m", "£780m", "FD5961/20", "LD4144/20",
             "Protect the most vulnerable", "Cleaner Greener", "Not applicable",
             "https://publications.parliament.uk/pa/cm201920/cmselect/cmeduc/20/20.pdf"]:
    flat = re.sub(r"\s+", "", whole)
    c.expect(re.sub(r"\s+", "", fact) in flat, f"{fact!r} not in the text")
for n in range(1, 10):
    c.expect(re.search(rf"\({n}\)\s+\S", whole), f"recommendation ({n}) missing")

# Numbered paragraphs: every number of the original, at the start of a line, in order.
numbers = ([f"1.{i}" for i in range(1, 6)] + [f"1.5.{i}" for i in range(1, 6)] + ["1.6", "1.7"]
           + ["2.1", "2.2", "2.2.1", "2.2.2", "2.3"] + [f"2.3.{i}" for i in range(1, 6)]
           + ["2.4"] + [f"2.4.{i}" for i in range(1, 6)] + ["2.5"] + [f"2.5.{i}" for i in range(1, 4)]
           + ["2.6"] + [f"2.6.{i}" for i in range(1, 4)] + ["2.7", "2.7.1", "2.7.2", "2.8"]
           + [f"2.8.{i}" for i in range(1, 4)] + ["2.9"] + [f"2.9.{i}" for i in range(1, 4)]
           + ["2.10"] + [f"2.10.{i}" for i in range(1, 9)] + ["2.11"] + [f"2.11.{i}" for i in range(1, 9)]
           + [f"3.{i}" for i in range(1, 5)] + [f"4.{i}" for i in range(1, 4)])
pos = whole.find("1. Introduction")
for num in numbers:
    m = re.compile(rf"^\s*{re.escape(num)}\s+\S", re.M).search(whole, pos)
    if c.expect(m is not None, f"paragraph {num} not found (in order) at the start of a line"):
        pos = m.end()
c.expect(re.search(r"^\s*2\.3\.2\s+KPI ?1/2", whole, re.M), "2.3.2 does not open with its KPI 1/2 text")

# Appendix A: every KPI, and the header on every page the tables cross.
appendix_pages = [i for i, k in enumerate(kinds) if k == "A4 landscape"]
appendix_text = "\n".join(pages[i] for i in appendix_pages)
kpis = (["1/1", "1/2", "1/2a", "1/3", "1/4", "1/5", "1/6", "2/1", "2/2", "2/3"]
        + [f"3/{i}" for i in range(1, 6)] + [f"4/{i}" for i in range(1, 7)] + [f"5/{i}" for i in range(1, 5)])
for k in kpis:
    c.expect(re.search(rf"KPI {re.escape(k)}(?![0-9a-z])", appendix_text), f"KPI {k} missing from Appendix A")
table_pages = [i for i in appendix_pages if re.search(r"^\s*KPI \d/\d\w?\s", pages[i], re.M)]
c.expect(len(table_pages) >= 5, f"Appendix A tables on only {len(table_pages)} pages")
for i in table_pages:
    for head in ["KPI", "Action", "Frequency", "Baseline", "Performance Target", "Commentary"]:
        c.expect(head in pages[i], f"page {i + 1}: table header {head!r} not repeated")
# Group 5.1 has its line charts: titles, axis and legend are text.
for label in ["KPI 5/4: Average waiting times for Speech and Language Therapy", "Amber tolerance", "Actual", "Target",
              "Jun-21", "30 weeks"]:
    c.expect(re.search(r"\s+".join(map(re.escape, label.split())), appendix_text), f"chart label {label!r} missing")
for arrow in "↑↔":
    c.expect(arrow in appendix_text, f"direction arrow {arrow} missing")

# Furniture: every page says which page it is.
for i, p in enumerate(pages, 1):
    c.expect(re.search(rf"\bPage {i}\b", p), f"page {i}: no 'Page {i}' footer")

# Outline and links, read back by qpdf.
data = json.loads(run("qpdf", "--json", pdf).stdout)
titles = []
def walk(items):
    for o in items:
        titles.append(o.get("title") or "")
        walk(o.get("kids", []))
walk(data.get("outlines", []))
for t in ["1. Introduction", "4. Conclusion"]:
    c.expect(t in titles, f"bookmark {t!r} missing (have {titles[:12]})")
c.expect(any(t.startswith("Appendix A") for t in titles), "no bookmark for Appendix A")
uris = re.findall(r'"/URI":\s*"(?:u:)?([^"]+)"', json.dumps(data))
c.expect(any("publications.parliament.uk" in u for u in uris), f"background paper link missing: {uris[:5]}")
c.expect(any(u.startswith("mailto:") for u in uris), "contact email is not a mailto link")

faults = layout_faults(pdf)
c.expect(not faults, f"{len(faults)} layout faults, first: {faults[:5]}")

c.finish()
