"""End to end: agenda packs read back page by page.

The 12 November 2019 supplementary pack: agenda page ranges equal the pages each
report occupies, "Page N" runs without gaps from the first report on, every
report page carries its "Agenda Item N", the outline has an entry per item and
the agenda lines link to their pages. The exempt meeting: its marker is absent
from the public edition (text and uncompressed file) and present in the private
one. A draft report stops the public edition.

usage: pack_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, fonts, layout_faults, page_texts, qpdf_check, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "pack")
os.makedirs(work, exist_ok=True)
meetings = os.path.join(source, "sample-input", "meetings")
c = Checker()


def build(meeting, out, *extra):
    r = run(boardpack, "pack", meeting, "-o", out, *extra)
    if r.returncode != 0:
        print(r.stdout, r.stderr)
        raise SystemExit(f"boardpack pack {meeting} {extra} failed ({r.returncode})")
    return r


def outline(pdf):
    data = json.loads(run("qpdf", "--json", pdf).stdout)
    found = []

    def walk(items, depth):
        for o in items:
            found.append((depth, o.get("title") or "", o.get("destpageposfrom1")))
            walk(o.get("kids", []), depth + 1)
    walk(data.get("outlines", []), 0)
    return found, data


def internal_link_targets(data, page_index):
    """Pages (1-based) that the link annotations on page `page_index` (0-based) jump to."""
    objects = data["qpdf"][1]
    pages = [p["object"] for p in data["pages"]]
    value = lambda ref: objects.get("obj:" + ref, {}).get("value", {})
    annots = value(pages[page_index]).get("/Annots", [])
    if isinstance(annots, str):
        annots = value(annots)
    targets = []
    for ref in annots:
        dest = value(ref).get("/Dest")
        if isinstance(dest, str):
            dest = value(dest)
        if isinstance(dest, list) and dest and dest[0] in pages:
            targets.append(pages.index(dest[0]) + 1)
    return targets


# ---- the 12 November 2019 supplementary pack ---------------------------------
pdf = os.path.join(work, "os-2019-11-12-public.pdf")
build(os.path.join(meetings, "os-2019-11-12", "meeting.xml"), pdf, "--edition", "public", "--supplementary")
ok, msg = qpdf_check(pdf)
c.expect(ok, "qpdf --check: " + msg[-200:])
c.expect(all(f[2] for f in fonts(pdf)), "a font is not embedded")
pages, _ = page_texts(pdf)
letter = pages[0]
c.expect("Public Document Pack" in "\n".join(pages[:2]), "no 'Public Document Pack' mark")
c.expect(re.search(r"TUESDAY 12(TH)? NOVEMBER,? 2019", letter), "letter heading with the meeting date missing")
c.expect("unavailable when the agenda was published" in re.sub(r"\s+", " ", letter), "supplementary wording missing")
c.expect(re.search(r"Item No\.\s*9.*withdrawn", re.sub(r"\s+", " ", "\n".join(pages[:2]))), "withdrawn item 9 not mentioned")

ranges = {}
flat_front = re.sub(r"\s+", " ", "\n".join(pages[:2]))
for num, title in [("7", "SEND Continuous Improvement"), ("8", "Children and Young People's Plan")]:
    m = re.search(rf"{num}\. {re.escape(title)} \(Pages (\d+) - (\d+)\)", flat_front)
    if c.expect(m, f"agenda line for item {num} with its page range not found"):
        ranges[num] = (int(m.group(1)), int(m.group(2)))

if len(ranges) == 2:
    (a7, b7), (a8, b8) = ranges["7"], ranges["8"]
    c.expect(a7 > 1, "reports start after the letter")
    c.expect(b7 + 1 == a8, f"item 8 starts at {a8}, item 7 ends at {b7}: gap or overlap")
    c.expect(b8 == len(pages), f"item 8 ends at {b8} but the pack has {len(pages)} pages")
    for p in range(1, a7):
        c.expect(not re.search(r"Agenda Item \d", pages[p - 1]), f"letter page {p} carries an agenda item stamp")
    for num, (first, last) in ranges.items():
        for p in range(first, last + 1):
            text = pages[p - 1]
            c.expect(re.search(rf"\bPage {p}\b", text), f"page {p}: no 'Page {p}' stamp")
            c.expect(re.search(rf"Agenda Item {num}\b", text), f"page {p}: no 'Agenda Item {num}' stamp")
    c.expect("SEND Continuous Improvement" in pages[a7 - 1], "item 7's first page is not its report")
    c.expect("Children and Young People" in pages[a8 - 1], "item 8's first page is not its report")

    entries, data = outline(pdf)
    titles = [t for _, t, _ in entries]
    c.expect("7. SEND Continuous Improvement" in titles, f"no bookmark for item 7: {titles[:10]}")
    c.expect("8. Children and Young People's Plan" in titles, "no bookmark for item 8")
    item_dest = {t: d for _, t, d in entries}
    c.expect(item_dest.get("7. SEND Continuous Improvement") == a7, "item 7 bookmark points elsewhere")
    nested = [d for d, t, _ in entries if d >= 1]
    c.expect(nested, "reports' own bookmarks are not nested under their items")
    targets = internal_link_targets(data, 0) + (internal_link_targets(data, 1) if len(pages) > 1 else [])
    c.expect(a7 in targets and a8 in targets, f"agenda lines do not link to pages {a7} and {a8}: {targets}")

faults = layout_faults(pdf)
c.expect(not faults, f"layout faults: {faults[:5]}")

# ---- the exempt meeting: public and private editions ------------------------
MARKER = "Tender evaluation matrix 7QX-ALPHA"
exempt_meeting = os.path.join(meetings, "cabinet-2020-02-06-exempt", "meeting.xml")
public = os.path.join(work, "cabinet-public.pdf")
private = os.path.join(work, "cabinet-private.pdf")
r = build(exempt_meeting, public, "--edition", "public")
c.expect(re.search(r"warning: .*forward plan", r.stderr, re.I), f"no forward-plan warning: {r.stderr[-300:]}")
build(exempt_meeting, private, "--edition", "private")


def marker_variants(text):
    return [text.encode("utf-8"), text.encode("utf-16-be"), text.encode("ascii").hex().encode()]


for pdf_path, should in [(public, False), (private, True)]:
    texts, _ = page_texts(pdf_path, layout=False)
    flat = re.sub(r"\s+", " ", "\n".join(texts))
    c.expect((MARKER in flat) == should, f"{os.path.basename(pdf_path)}: marker in text is {MARKER in flat}")
    qdf = os.path.join(work, os.path.basename(pdf_path) + ".qdf")
    run("qpdf", "--qdf", "--object-streams=disable", pdf_path, qdf)
    raw = open(qdf, "rb").read()
    if not should:
        for v in marker_variants(MARKER):
            c.expect(v not in raw, f"public edition: marker found in the uncompressed file ({v[:20]!r})")
        c.expect(re.search(r"not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A", flat, re.I),
                 "public edition: no exemption notice")
    else:
        exempt_pages = [i for i, t in enumerate(texts) if MARKER.split()[0] in t or "NOT FOR PUBLICATION" in t]
        c.expect(exempt_pages, "private edition: no NOT FOR PUBLICATION pages")

# ---- a draft report stops the public edition --------------------------------
draft_dir = os.path.join(work, "draft-meeting")
shutil.rmtree(draft_dir, ignore_errors=True)
os.makedirs(draft_dir)
shutil.copy(os.path.join(source, "sample-input", "os-2019-11-12-children-and-young-peoples-plan.xml"),
            os.path.join(draft_dir, "plan.xml"))
meeting_text = open(os.path.join(source, "tests", "data", "minimal-meeting.xml"), encoding="utf-8").read()
meeting_text = re.sub(r'report="minimal-report.xml"', 'report="plan.xml"', meeting_text)
open(os.path.join(draft_dir, "meeting.xml"), "w", encoding="utf-8").write(meeting_text)
out = os.path.join(draft_dir, "public.pdf")
r = run(boardpack, "pack", os.path.join(draft_dir, "meeting.xml"), "-o", out, "--edition", "public")
c.expect(r.returncode == 1, f"public edition with a draft: exit {r.returncode}")
c.expect(re.search(r"meeting\.xml:\d+:\d+: error: .*draft", r.stderr), f"draft error not located: {r.stderr[-300:]}")
c.expect(not os.path.exists(out), "a PDF was written although the public edition was refused")

c.finish()
