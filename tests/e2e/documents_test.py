"""End to end: render the two standalone document samples (the November 2019 SEND
Improvement Plan Tracker and Durham's Written Statement of Action) with the real
program and read the PDFs back with real readers: structure, the derived ratings
and their key as text, the glossary in order, the governance tree's labels as text
inside the page, no text printed on text, and `boardpack build` picking documents up.

usage: documents_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, fonts, info, layout_faults, page_kind, page_texts, qpdf_check, run, words  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "documents")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
samples = os.path.join(source, "sample-input")
c = Checker()

LABELS = ["Completed", "On track", "Not on track", "Not yet started", "Business as usual"]
KEY = ["Action completed",
       "Action not yet completed, but on track and scheduled for completion within projected timeframe",
       "Action not on track, risk to implementation",
       "Longer-term action not yet started. No risk to implementation currently anticipated",
       "Part of business as usual"]


def flat(text):
    return " ".join(text.split())


def render(name):
    pdf = os.path.join(work, name.replace(".xml", ".pdf"))
    r = run(boardpack, "report", os.path.join(samples, name), "-o", pdf)
    if r.returncode != 0:
        print(r.stdout, r.stderr)
        raise SystemExit(f"boardpack report {name} failed with exit {r.returncode}")
    c.expect(r.stderr.strip() == "", f"{name}: diagnostics on a good sample: {r.stderr[:300]}")
    return pdf


def common_checks(name, pdf, title, author):
    ok, out = qpdf_check(pdf)
    c.expect(ok, f"{name}: qpdf --check fails: " + out[-300:])
    fs = fonts(pdf)
    c.expect(len(fs) >= 2, f"{name}: expected regular and bold fonts, pdffonts shows {fs}")
    for font, _kind, embedded, uni in fs:
        c.expect(embedded, f"{name}: font {font} is not embedded")
        c.expect(uni, f"{name}: font {font} has no Unicode map")
    fields, sizes = info(pdf)
    c.expect(fields.get("Title") == title, f"{name}: Title is {fields.get('Title')!r}")
    c.expect(fields.get("Author") == author, f"{name}: Author is {fields.get('Author')!r}")
    kinds = [page_kind(s) for s in sizes]
    c.expect(kinds[:1] == ["A4 portrait"], f"{name}: the title page is {kinds[:1]}")
    c.expect("A4 landscape" in kinds, f"{name}: no landscape page for the action tables")
    pages, _ = page_texts(pdf)
    c.expect(len(pages) == len(sizes), f"{name}: pdftotext pages {len(pages)} != pdfinfo pages {len(sizes)}")
    whole = flat("\n".join(pages))
    c.expect(title in flat(pages[0]), f"{name}: the title is not on page 1")
    # The key: every rating named in words beside its meaning.
    c.expect("RAG RATING KEY" in whole, f"{name}: no RAG RATING KEY")
    for label in LABELS:
        c.expect(label in whole, f"{name}: rating label {label!r} is not text")
    for meaning in KEY:
        c.expect(meaning in whole, f"{name}: key wording {meaning!r} missing")
    faults = layout_faults(pdf)
    c.expect(not faults, f"{name}: text outside the page or on other text: {faults[:5]}")
    return pages, kinds, whole


# ---- the November 2019 tracker ------------------------------------------------
tracker = render("sefton-send-tracker-2019-11.xml")
pages, kinds, whole = common_checks("tracker", tracker, "SEND Improvement Plan Tracker", "Sefton Council")
c.expect("November 2019" in flat(pages[0]), "tracker: the date is not on the title page")
# The summary counts every action by its derived rating, per area and in all.
c.expect(re.search(r"Summary of progress ratings at 30 November 2019", whole), "tracker: no summary heading")
layout_text = "\n".join(pages)
expected_rows = {"Action 1": "1 5 0 0 1 7", "Action 2": "2 1 1 0 0 4", "Action 3": "0 2 0 0 0 2",
                 "Action 4": "1 3 0 0 0 4", "Action 5": "1 3 0 0 2 6", "All areas": "5 14 1 0 3 23"}
for area, counts in expected_rows.items():
    pattern = re.escape(area) + r"\s+" + r"\s+".join(counts.split()) + r"\s*$"
    c.expect(re.search(pattern, layout_text, re.M), f"tracker: summary row {area} is not {counts}")
# Column headings of the tracker, the progress column named after the as-at month.
for heading in ["Action", "Progress and impact – November 2019", "Impact we will have"]:
    c.expect(heading in whole, f"tracker: heading {heading!r} missing")
# 2.2.1 missed its 1 October 2019 milestone: the reason is printed with the rating
# (read in cell order, without -layout, as the narrow cell wraps it).
raw = flat("\n".join(page_texts(tracker, layout=False)[0]))
c.expect(re.search(r"2\.2\.1 .{0,400}Not on track due 1 October 2019, not met", raw),
         "tracker: 2.2.1 is not rated 'Not on track' with its reason")
c.expect("as stated: no milestones" in raw, "tracker: 1.6.1 does not say its rating was stated")
for ref in ["1.1.1", "1.4.2", "2.2.1", "4.3.1", "5.3.4"]:
    c.expect(ref in whole, f"tracker: action {ref} missing")
landscape = [n for n, k in enumerate(kinds) if k == "A4 landscape"]
c.expect(all(n > 0 for n in landscape), "tracker: the title page is landscape")
table_pages = [n for n, p in enumerate(pages) if "Progress and impact – November 2019" in flat(p)]
c.expect(table_pages and all(kinds[n] == "A4 landscape" for n in table_pages),
         f"tracker: tracker tables on pages {table_pages} are not all landscape")
c.expect(len(table_pages) >= 3, f"tracker: the header row is not repeated on each page ({table_pages})")

# ---- Durham's Written Statement of Action ----------------------------------------
wsoa = render("durham-wsoa-2018-04-24.xml")
pages, kinds, whole = common_checks("wsoa", wsoa, "Written Statement of Action", "Durham County Council")
for heading in ["Introduction", "Context", "Vision, commitment and principles", "Glossary of terms",
                "Governance structure", "Key to postholders", "Action plan", "WSOA Area one",
                "WSOA Area two", "WSOA Area three", "WSOA Area four"]:
    c.expect(heading in whole, f"wsoa: section {heading!r} missing")
c.expect(re.search(r"All areas\s+0\s+6\s+0\s+0\s+0\s+6\s*$", "\n".join(pages), re.M),
         "wsoa: summary row 'All areas' is not 0 6 0 0 0 6")
# Glossary: every abbreviation with its meaning, in alphabetical order.
glossary = {"AA": "Autism Alliance", "CAMHS": "Child and Adolescent Mental Health Service",
            "NDTi": "National Development Team for Inclusion", "NE12": "North East SEND peer network",
            "SEMH": "Social, emotional and mental health needs", "WSOA": "Written statement of action"}
for term, meaning in glossary.items():
    c.expect(meaning in whole, f"wsoa: glossary meaning {meaning!r} missing")
terms = []
for p in pages:
    if "Abbreviation" not in p:
        continue
    for line in p.splitlines():
        m = re.match(r"\s*([A-Za-z0-9']{2,6})\s{2,}\S", line)
        if m and m.group(1) != "Abbreviation":
            terms.append(m.group(1))
c.expect(len(terms) >= 38, f"wsoa: only {len(terms)} glossary rows found: {terms}")
c.expect(terms == sorted(terms, key=lambda t: (t.lower(), t)), f"wsoa: glossary not sorted: {terms}")
for key, role in [("MW", "Director of Children's Services, DCC"), ("KL", "Designated Clinical Officer")]:
    c.expect(role in whole, f"wsoa: postholder {key} role missing")
# The governance tree: every group's name is text, inside the page.
tree_names = ["Health and Wellbeing Board", "Integrated Care Board", "Integrated Steering Group for Children",
              "Joint Commissioning Group for Children", "Quality Improvement Board", "SEND Group",
              "Inclusion, skills and opportunity", "Quality assurance and standards", "Access to services",
              "LSCB / Safeguarding Executive"]
tree_page = next((n for n, p in enumerate(pages) if "Governance structure" in p and "Integrated Care" in p), None)
if c.expect(tree_page is not None, "wsoa: no page with the governance tree"):
    page_text = flat(pages[tree_page])
    for name in tree_names:
        # Labels wrap inside their boxes: look for the words in order.
        pattern = r"\s+".join(map(re.escape, name.split()))
        c.expect(re.search(pattern, pages[tree_page]) or all(w in page_text for w in name.split()),
                 f"wsoa: tree label {name!r} is not text on page {tree_page + 1}")
    c.expect("Chair: Portfolio Holder for Adult and Health" in page_text or
             all(w in page_text for w in ["Chair:", "Portfolio", "Holder"]), "wsoa: the chair is not printed")
    w, h, ws = words(wsoa)[tree_page]
    tree_words = [b for b in ws if b[4] in {"Wellbeing", "Integrated", "Commissioning", "Safeguarding",
                                           "Inclusion,", "Access"}]
    c.expect(len(tree_words) >= 6, f"wsoa: tree words not found on the page: {[b[4] for b in tree_words]}")
    for x0, y0, x1, y1, t in tree_words:
        c.expect(x0 >= 28 and y0 >= 28 and x1 <= w - 28 and y1 <= h - 28,
                 f"wsoa: tree word {t!r} at ({x0:.0f},{y0:.0f})-({x1:.0f},{y1:.0f}) is outside the page margins")

# ---- documents in a batch build, and a located error ---------------------------------
folder = os.path.join(work, "in")
os.makedirs(folder)
for name in ["sefton-send-tracker-2019-11.xml", "durham-wsoa-2018-04-24.xml"]:
    shutil.copy(os.path.join(samples, name), folder)
r = run(boardpack, "build", folder, "-o", os.path.join(work, "out"), "-j", "1")
c.expect(r.returncode == 0, f"build: exit {r.returncode}: {r.stderr[-300:]}")
for name in ["sefton-send-tracker-2019-11.pdf", "durham-wsoa-2018-04-24.pdf"]:
    path = os.path.join(work, "out", name)
    c.expect(os.path.isfile(path) and open(path, "rb").read(5) == b"%PDF-", f"build: no {name}")
c.expect(re.search(r"^documents\s+2\s+0\s+0\s+\d+$", r.stdout, re.M) and re.search(r"^total\s+2\s+0\s+0\s", r.stdout, re.M),
         f"build: summary table: {r.stdout[-400:]}")

bad = os.path.join(work, "bad.xml")
text = open(os.path.join(samples, "sefton-send-tracker-2019-11.xml"), encoding="utf-8").read()
text = text.replace('due="2019-10-01">Oversight framework agreed', 'due="2019-10-32">Oversight framework agreed')
open(bad, "w", encoding="utf-8").write(text)
line = next(n for n, l in enumerate(text.splitlines(), 1) if "2019-10-32" in l)
r = run(boardpack, "report", bad, "-o", os.path.join(work, "bad.pdf"))
c.expect(r.returncode == 1, f"bad document: exit {r.returncode}")
c.expect(re.search(re.escape(bad) + f":{line}:\\d+: error: expected a date as YYYY-MM-DD or a month as YYYY-MM, "
                   "found '2019-10-32'", r.stderr), f"bad document: no located error: {r.stderr[:300]}")
c.expect(not os.path.exists(os.path.join(work, "bad.pdf")), "bad document: a PDF was written")

c.finish()
