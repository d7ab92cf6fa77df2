"""End to end: extreme layouts, generated at test time into the work folder.

A 2,000-row table, an empty table, a report without body sections, a meeting of
40 agenda items, a word longer than its column (and than the page), and a table
row taller than a page. Every PDF is read back: page counts, the header on every
page, every row's text present and in order, no word outside the page or on
another word, agenda page ranges equal to the stamped pages, one bookmark per item.

usage: stress_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, fonts, info, layout_faults, page_texts, qpdf_check, run, words  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "stress")
os.makedirs(work, exist_ok=True)
c = Checker()


def report_xml(body, subject="Stress Test Report", state="draft", appendices=""):
    sign_off = ('<sign-off state="draft" version="0.1"/>' if state == "draft" else
                '<sign-off state="final" version="1.0" by="Director" date="2020-03-02" '
                'finance-ref="FD1/20" legal-ref="LD1/20"/>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<report style="health-and-wellbeing-board" council="Example Council" created="2020-03-02">
  {sign_off}
  <front-sheet>
    <report-to>Health and Wellbeing Board</report-to>
    <meeting-date>2020-03-11</meeting-date>
    <subject>{subject}</subject>
    <report-of>Director of Public Health</report-of>
    <wards>(All Wards)</wards>
    <portfolio>Health and Wellbeing</portfolio>
    <key-decision>no</key-decision>
    <forward-plan>no</forward-plan>
    <exempt>no</exempt>
  </front-sheet>
  <summary><p>The summary of {subject}.</p></summary>
  <recommendations><item>note the report.</item></recommendations>
  <contact name="Lead Officer" telephone="0151 934 0000" email="lead@example.gov.uk"/>
{appendices}{body}</report>
"""


def write(name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def render(name, xml, expect_ok=True):
    src = write(name + ".xml", xml)
    pdf = os.path.join(work, name + ".pdf")
    if os.path.exists(pdf):
        os.remove(pdf)
    r = run(boardpack, "report", src, "-o", pdf)
    if expect_ok:
        c.expect(r.returncode == 0, f"{name}: exit {r.returncode}: {r.stderr[-500:]}")
    return src, pdf, r


def common_checks(name, pdf):
    if not c.expect(os.path.exists(pdf), f"{name}: no PDF"):
        return False
    ok, out = qpdf_check(pdf)
    c.expect(ok, f"{name}: qpdf --check fails: {out[-300:]}")
    c.expect(all(f[2] for f in fonts(pdf)), f"{name}: a font is not embedded")
    faults = layout_faults(pdf)
    c.expect(not faults, f"{name}: {len(faults)} layout faults: " + "; ".join(faults[:5]))
    return True


def flat(pages):
    return re.sub(r"\s+", " ", "\n".join(pages))


# ---- a 2,000-row table ---------------------------------------------------------
ROWS = 2000
rows = "\n".join(f'      <row><cell>R{i:04d}</cell><cell>Provider {i:04d} name</cell>'
                 f'<cell>Note {i:04d} ends</cell></row>' for i in range(1, ROWS + 1))
big = f"""  <body>
    <section title="Providers">
      <para>Every provider follows.</para>
      <table>
        <columns><column width="25mm"/><column width="2*"/><column width="3*"/></columns>
        <header><row><cell shade="header">RowRef</cell><cell shade="header">ProviderName</cell>
          <cell shade="header">NoteText</cell></row></header>
{rows}
      </table>
    </section>
  </body>
"""
_, pdf, _ = render("big-table", report_xml(big))
if common_checks("big-table", pdf):
    pages, _ = page_texts(pdf, layout=False)
    table_pages = [p for p in pages if re.search(r"\bR\d{4}\b", p)]
    # 7.5 pt table text on A4 portrait: a row is about 14 pt, 50 or so per page.
    c.expect(ROWS / 120 <= len(table_pages) <= ROWS / 25,
             f"big-table: {ROWS} rows on {len(table_pages)} pages (expected {ROWS // 120}..{ROWS // 25})")
    c.expect(len(pages) <= len(table_pages) + 3, f"big-table: {len(pages)} pages for {len(table_pages)} of table")
    for n, p in enumerate(pages, 1):
        if re.search(r"\bR\d{4}\b", p):
            c.expect("RowRef" in p and "ProviderName" in p and "NoteText" in p,
                     f"big-table: page {n} has rows but no repeated header")
            c.expect(p.count("RowRef") == 1, f"big-table: page {n} has the header {p.count('RowRef')} times")
    refs = [int(m) for m in re.findall(r"\bR(\d{4})\b", "\n".join(pages))]
    c.expect(refs == list(range(1, ROWS + 1)),
             f"big-table: row references out of order or missing (got {len(refs)}, first wrong at "
             f"{next((k for k, (a, b) in enumerate(zip(refs, range(1, ROWS + 1))) if a != b), len(refs))})")
    text = flat(pages)
    last = -1
    missing = []
    for i in range(1, ROWS + 1):
        at = text.find(f"R{i:04d} Provider {i:04d} name Note {i:04d} ends", last + 1)
        if at < 0:
            missing.append(i)
        else:
            last = at
    c.expect(not missing, f"big-table: {len(missing)} rows not found whole and in order, first {missing[:5]}")

# ---- empty tables: header only, and nothing at all ------------------------------
# A header without rows prints the header (the table is still to be filled); a
# table without any rows prints nothing and says so with a located warning.
for name, inner in [("header-only", '<header><row><cell shade="header">Only header</cell></row></header>'), ("no-rows", "")]:
    xml = report_xml(f"""  <body>
    <section title="Empty">
      <para>An empty table follows.</para>
      <table>
        <columns><column width="1*"/></columns>
        {inner}
      </table>
      <para>Text after the empty table.</para>
    </section>
  </body>
""")
    src, pdf, r = render(name, xml)
    table_line = xml.splitlines().index("      <table>") + 1
    warned = re.search(rf"^{re.escape(src)}:{table_line}:7: warning: empty <table>", r.stderr, re.M)
    if name == "no-rows":
        c.expect(warned, f"{name}: no warning at the <table> ({table_line}:7): {r.stderr}")
    else:
        c.expect(not r.stderr.strip(), f"{name}: unexpected messages: {r.stderr}")
    if common_checks(name, pdf):
        text = flat(page_texts(pdf, layout=False)[0])
        order = [text.find("An empty table follows."), text.find("Only header") if name == "header-only" else 0,
                 text.find("Text after the empty table.")]
        c.expect(all(i >= 0 for i in order) and (name == "no-rows" or order[0] < order[1] < order[2]),
                 f"{name}: the text around the table is missing or out of order: {order}")

# ---- no body sections --------------------------------------------------------------
for name, body in [("no-body", ""), ("empty-body", "  <body/>\n")]:
    _, pdf, r = render(name, report_xml(body, subject=f"Report {name}"))
    if r.returncode == 0 and common_checks(name, pdf):
        pages, _ = page_texts(pdf, layout=False)
        text = flat(pages)
        c.expect(f"The summary of Report {name}." in text, f"{name}: summary missing")
        c.expect("note the report." in text, f"{name}: recommendation missing")
        c.expect(len(pages) <= 3, f"{name}: {len(pages)} pages for a report without body")

# ---- a word longer than its column, and one longer than the page ------------------
LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2
PAGE_LONG = "".join(f"segment{i:02d}" for i in range(40))
body = f"""  <body>
    <section title="Long words">
      <para>Before {PAGE_LONG} after.</para>
      <table>
        <columns><column width="22mm"/><column width="1*"/></columns>
        <header><row><cell shade="header">Narrow</cell><cell shade="header">Wide</cell></row></header>
        <row><cell>{LONG}</cell><cell>Beside the long word.</cell></row>
      </table>
      <table>
        <columns><column width="1mm"/><column width="1*"/></columns>
        <row><cell>Thinnest</cell><cell>Besidethin</cell></row>
      </table>
    </section>
  </body>
"""
_, pdf, _ = render("long-word", report_xml(body))
if common_checks("long-word", pdf):
    pages, _ = page_texts(pdf, layout=False)
    joined = re.sub(r"\s+", "", "\n".join(pages))
    c.expect(PAGE_LONG in joined, "long-word: the word longer than the page is not all there")
    left_margin, right_margin = 20 * 72 / 25.4, 20 * 72 / 25.4
    cell_text = None
    for n, (w, h, ws) in enumerate(words(pdf), 1):
        for (x0, y0, x1, y1, t) in ws:
            c.expect(x0 >= left_margin - 1 and x1 <= w - right_margin + 1,
                     f"long-word: page {n}: {t!r} at x {x0:.1f}..{x1:.1f} is outside the margins")
        heads = {t: (x0, y1) for (x0, y0, x1, y1, t) in ws if t in ("Narrow", "Wide")}
        if "Narrow" in heads and "Wide" in heads:
            # The narrow column runs from its header's left edge to the next column's.
            col_left, col_right, top = heads["Narrow"][0] - 4, heads["Wide"][0] - 2, heads["Narrow"][1]
            below = min([y0 for (x0, y0, x1, y1, t) in ws if t == "Besidethin"] + [h - left_margin])
            inside = sorted((y0, x0, x1, t) for (x0, y0, x1, y1, t) in ws
                            if top < y0 and y1 < below - 2 and x0 < col_right)  # above the next table and the footer
            for y0, x0, x1, t in inside:
                c.expect(col_left <= x0 and x1 <= col_right,
                         f"long-word: page {n}: {t!r} at {x0:.1f}..{x1:.1f} leaves its column "
                         f"{col_left:.1f}..{col_right:.1f}")
            cell_text = "".join(t for *_, t in inside)
            c.expect(len(inside) >= 2, f"long-word: the long word is not broken ({len(inside)} piece)")
    c.expect(cell_text == LONG, f"long-word: the narrow cell reads {cell_text!r}, not the long word")
    # A 1 mm column cannot hold one character: it is widened to hold one, so no
    # glyph reaches the next cell's text.
    for n, (w, h, ws) in enumerate(words(pdf), 1):
        beside = [(x0, y0) for (x0, y0, x1, y1, t) in ws if t == "Besidethin"]
        if not beside:
            continue
        bx, by = beside[0]
        thin = sorted((y0, x0, x1, t) for (x0, y0, x1, y1, t) in ws
                      if x1 <= bx + 1 and by - 2 <= y0 and y1 < h - left_margin)
        c.expect("".join(t for *_, t in thin) == "Thinnest", f"long-word: the 1 mm cell reads {thin}")
        for y0, x0, x1, t in thin:
            c.expect(x1 <= bx - 2, f"long-word: {t!r} ends at {x1:.1f}, on the next cell (text at {bx:.1f})")

# ---- a table row taller than a page ------------------------------------------------
LINES = 160
tall = " ".join(f"Line{i:03d} of the tall cell." for i in range(1, LINES + 1))
body = f"""  <body>
    <section title="Tall row">
      <table>
        <columns><column width="1*"/><column width="1*"/></columns>
        <header><row><cell shade="header">TallHead</cell><cell shade="header">Short</cell></row></header>
        <row><cell>Before row.</cell><cell>Before.</cell></row>
        <row><cell>{tall}</cell><cell>Beside the tall cell.</cell></row>
        <row><cell>After row.</cell><cell>After.</cell></row>
      </table>
    </section>
  </body>
"""
_, pdf, _ = render("tall-row", report_xml(body))
if common_checks("tall-row", pdf):
    pages, _ = page_texts(pdf, layout=False)
    found = [int(m) for m in re.findall(r"Line(\d{3})", "\n".join(pages))]
    c.expect(found == list(range(1, LINES + 1)), f"tall-row: {len(found)} of {LINES} lines, in order: {found == sorted(found)}")
    spread = [n for n, p in enumerate(pages, 1) if re.search(r"Line\d{3}", p)]
    c.expect(len(spread) >= 2, f"tall-row: the tall row is on pages {spread}, expected it split over two or more")
    text = flat(pages)
    c.expect(text.find("Before row.") < text.find("Line001") < text.find("Line160") < text.find("After row."),
             "tall-row: rows out of order")
    for n in spread:
        c.expect("TallHead" in pages[n - 1], f"tall-row: page {n} lacks the repeated header")

# ---- a meeting of 40 agenda items -------------------------------------------------
ITEMS = 40
mdir = os.path.join(work, "meeting40")
os.makedirs(mdir, exist_ok=True)
agenda = []
for i in range(1, ITEMS + 1):
    paras = "\n".join(f"      <para>Paragraph {k} of report {i}: " + "words to fill the page " * 12 + "</para>"
                      for k in range(1, 1 + (i % 4) * 6))
    body = f'  <body>\n    <section title="Detail {i}">\n{paras or "      <para>Short.</para>"}\n    </section>\n  </body>\n'
    with open(os.path.join(mdir, f"r{i:02d}.xml"), "w", encoding="utf-8") as f:
        f.write(report_xml(body, subject=f"Subject Number {i}", state="final"))
    agenda.append(f'    <item number="{i}" title="Agenda Title {i}" report="r{i:02d}.xml"/>')
meeting = f"""<?xml version="1.0" encoding="UTF-8"?>
<meeting style="health-and-wellbeing-board" council="Example Council" created="2020-03-02">
  <committee>Health and Wellbeing Board</committee>
  <date>2020-03-11</date>
  <time>18:30</time>
  <venue>Committee Room, Town Hall</venue>
  <address><line>Town Hall</line></address>
  <contact name="Democratic Services Officer" telephone="0151 934 0000" email="ds@example.gov.uk"/>
  <published>2020-03-02</published>
  <agenda>
{chr(10).join(agenda)}
  </agenda>
</meeting>
"""
mfile = os.path.join(mdir, "meeting.xml")
with open(mfile, "w", encoding="utf-8") as f:
    f.write(meeting)
pdf = os.path.join(work, "meeting40.pdf")
r = run(boardpack, "pack", mfile, "-o", pdf, "--edition", "public")
c.expect(r.returncode == 0, f"meeting40: exit {r.returncode}: {r.stderr[-500:]}")
if common_checks("meeting40", pdf):
    pages, _ = page_texts(pdf)
    front = flat(pages[:6])
    ranges = {}
    for i in range(1, ITEMS + 1):
        m = re.search(rf"\b{i}\. Agenda Title {i} \(Pages? (\d+)(?: - (\d+))?\)", front)
        if c.expect(m, f"meeting40: no agenda line with a page range for item {i}"):
            ranges[i] = (int(m.group(1)), int(m.group(2) or m.group(1)))
    if len(ranges) == ITEMS:
        c.expect(ranges[ITEMS][1] == len(pages), f"meeting40: item {ITEMS} ends at {ranges[ITEMS][1]} of {len(pages)} pages")
        for i in range(2, ITEMS + 1):
            c.expect(ranges[i][0] == ranges[i - 1][1] + 1, f"meeting40: item {i} starts at {ranges[i][0]}, "
                     f"item {i - 1} ends at {ranges[i - 1][1]}")
        for i, (first, last) in ranges.items():
            c.expect(f"Subject Number {i}" in re.sub(r"\s+", " ", pages[first - 1]),
                     f"meeting40: page {first} is not the first page of report {i}")
            for p in range(first, last + 1):
                text = pages[p - 1]
                c.expect(re.search(rf"\bPage {p}\b", text), f"meeting40: page {p} is not stamped 'Page {p}'")
                c.expect(re.search(rf"Agenda Item {i}\b", text), f"meeting40: page {p} is not stamped 'Agenda Item {i}'")
        data = json.loads(run("qpdf", "--json", pdf).stdout)
        top = [(o.get("title"), o.get("destpageposfrom1")) for o in data.get("outlines", [])]
        items = [(t, d) for t, d in top if re.fullmatch(r"\d+\. Agenda Title \d+", t or "")]
        c.expect(len(items) == ITEMS, f"meeting40: {len(items)} item bookmarks, expected {ITEMS}")
        for t, d in items:
            i = int(t.split(".")[0])
            c.expect(d == ranges[i][0], f"meeting40: bookmark {t!r} points at page {d}, not {ranges[i][0]}")

c.finish()
