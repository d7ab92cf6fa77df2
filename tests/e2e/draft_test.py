"""End to end: a draft report in the Overview and Scrutiny house style prints
DRAFT across every page and its version in every footer, and carries no
sign-off; every sample renders cleanly.

usage: draft_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, fonts, info, layout_faults, page_texts, qpdf_check, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
c = Checker()

sample = os.path.join(source, "sample-input", "os-2019-11-12-children-and-young-peoples-plan.xml")
pdf = os.path.join(work, "os-draft.pdf")
r = run(boardpack, "report", sample, "-o", pdf)
if r.returncode != 0:
    raise SystemExit(f"boardpack report failed ({r.returncode}): {r.stderr}")

def watermark_pixels(path, page):
    """Pixels of the watermark grey in the middle third of a page rendered at 20 dpi."""
    data = run_bytes("pdftoppm", "-r", "20", "-gray", "-aa", "no", "-aaVector", "no",
                     "-f", str(page), "-l", str(page), path)
    parts = data.split(b"\n", 3)  # P5, "w h", maxval, pixels
    w, h = map(int, parts[1].split())
    px = parts[3]
    count = 0
    for y in range(h // 3, 2 * h // 3):
        row = px[y * w:(y + 1) * w]
        count += sum(1 for v in row[w // 4: 3 * w // 4] if 203 <= v <= 213)  # the styles' watermark grey #D0D0D0
    return count


def run_bytes(*args):
    import subprocess
    return subprocess.run(args, capture_output=True, check=True).stdout


pages, _ = page_texts(pdf, layout=False)
c.expect(len(pages) >= 2, f"expected at least 2 pages, got {len(pages)}")
for i, p in enumerate(pages, 1):
    c.expect(watermark_pixels(pdf, i) > 40, f"page {i}: no DRAFT watermark drawn across the page")
    c.expect(not re.search(r"^\s*(D|R|A|F|T|DR|AF|RA|FT)\s*$", p, re.M),
             f"page {i}: letters of the watermark leak into the text: the watermark must not be text")
    c.expect(re.search(r"[Vv]ersion 0\.3", p), f"page {i}: no 'version 0.3' in the footer")
    # A draft's footer prints the page count, which is drawn once the last
    # page is laid out (a second content stream): it must be there, and right.
    c.expect(re.search(rf"\bPage {i} of {len(pages)}\b", p), f"page {i}: no 'Page {i} of {len(pages)}'")
whole = "\n".join(pages)
# Control: a final report has no watermark.
final = os.path.join(work, "hwb-final.pdf")
run(boardpack, "report", os.path.join(source, "sample-input", "hwb-2020-03-11-send-improvement-plan.xml"), "-o", final)
c.expect(watermark_pixels(final, 2) < 5, "a final report shows watermark-grey pixels: the check cannot tell")
c.expect("Overview and Scrutiny Committee" in whole, "committee name missing")
c.expect("Tuesday 12 November 2019" in whole, "meeting date not in house style")
c.expect(not re.search(r"[Ss]igned off by", whole), "a draft must not claim a sign-off")

# Every sample renders, passes qpdf, embeds its fonts and has no layout faults.
for xml in sorted(glob.glob(os.path.join(source, "sample-input", "*.xml"))):
    name = os.path.splitext(os.path.basename(xml))[0]
    out = os.path.join(work, name + ".pdf")
    r = run(boardpack, "report", xml, "-o", out)
    if not c.expect(r.returncode == 0, f"{name}: exit {r.returncode}: {r.stderr[-400:]}"):
        continue
    ok, msg = qpdf_check(out)
    c.expect(ok, f"{name}: qpdf --check: {msg[-200:]}")
    c.expect(all(f[2] for f in fonts(out)), f"{name}: a font is not embedded")
    faults = layout_faults(out)
    c.expect(not faults, f"{name}: layout faults {faults[:5]}")

c.finish()
