"""Reading a PDF back the way its readers do: qpdf, pdffonts, pdfinfo, pdftotext.

Shared helpers for the end-to-end tests. Every check returns facts read from the
file by a real reader, never from boardpack's own idea of what it wrote.
"""
import os
import re
import subprocess
from xml.etree import ElementTree as ET


def run(*args, check=False):
    return subprocess.run(args, capture_output=True, text=True, errors="replace", check=check)


def pdf_files(folder):
    """Every .pdf under `folder`, as paths relative to it."""
    found = set()
    for dirpath, _, files in os.walk(folder):
        found |= {os.path.relpath(os.path.join(dirpath, f), folder) for f in files if f.endswith(".pdf")}
    return found


def qpdf_check(pdf):
    r = run("qpdf", "--check", pdf)
    return r.returncode == 0, r.stdout + r.stderr


def fonts(pdf):
    """[(name, type, embedded, unicode)] from pdffonts."""
    rows = run("pdffonts", pdf).stdout.splitlines()[2:]
    out = []
    for row in rows:
        c = row.split()
        out.append((c[0], " ".join(c[1:-5]), c[-5] == "yes", c[-3] == "yes"))
    return out


def info(pdf):
    text = run("pdfinfo", "-f", "1", "-l", "100000", pdf).stdout
    fields = dict(re.findall(r"^([A-Za-z ]+):\s*(.*)$", text, re.M))
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", text)]
    return fields, sizes


def page_kind(size):
    w, h = size
    if abs(w - 595.28) < 1 and abs(h - 841.89) < 1:
        return "A4 portrait"
    if abs(w - 841.89) < 1 and abs(h - 595.28) < 1:
        return "A4 landscape"
    return f"{w:.0f}x{h:.0f}"


def page_texts(pdf, layout=True):
    """Text of each page (pdftotext), split on form feeds."""
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    r = run(*args)
    pages = r.stdout.split("\f")
    if pages and pages[-1].strip() == "":
        pages = pages[:-1]
    return pages, r.stderr


def words(pdf):
    """Per page: (width, height, [(x0, y0, x1, y1, text)]) from pdftotext -bbox."""
    xml = run("pdftotext", "-bbox", pdf, "-").stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    xml = re.sub(r"&(?!amp;|lt;|gt;|quot;|apos;|#)", "&amp;", xml)
    root = ET.fromstring(xml)
    pages = []
    for p in root.iter():
        if p.tag.endswith("page"):
            ws = [(float(x.get("xMin")), float(x.get("yMin")), float(x.get("xMax")), float(x.get("yMax")), x.text or "")
                  for x in p if x.tag.endswith("word")]
            pages.append((float(p.get("width")), float(p.get("height")), ws))
    return pages


def layout_faults(pdf, edge=14.0):
    """Words outside the page or within `edge` pt of it, and words printed on words."""
    found = []
    for n, (w, h, ws) in enumerate(words(pdf), 1):
        for (x0, y0, x1, y1, t) in ws:
            if x0 < edge or y0 < 0 or x1 > w - edge or y1 > h:
                found.append(f"page {n}: '{t}' lies outside the page or its edge")
        ws = sorted(ws, key=lambda b: b[1])
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                if b[1] >= a[3]:
                    break
                ix = min(a[2], b[2]) - max(a[0], b[0])
                iy = min(a[3], b[3]) - max(a[1], b[1])
                hmin = min(a[3] - a[1], b[3] - b[1])
                if ix > 0.5 and iy > 0.5 * hmin:
                    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])) or 1
                    if ix * iy / small > 0.3:
                        found.append(f"page {n}: '{a[4]}' and '{b[4]}' overlap")
    return found


class Checker:
    """Collects failed expectations so one run reports all of them."""

    def __init__(self):
        self.failures = []

    def expect(self, cond, message):
        if not cond:
            self.failures.append(message)
        return cond

    def finish(self):
        for f in self.failures:
            print("FAIL:", f)
        if self.failures:
            print(f"{len(self.failures)} expectation(s) failed")
            raise SystemExit(1)
        print("all expectations met")
