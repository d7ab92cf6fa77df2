"""End to end: characters the house font (DejaVu Sans) lacks.

tests/data/glyphs/report.xml holds CJK, emoji beyond U+FFFF (one DejaVu has, one
it lacks), a combining enclosing keycap, a rare symbol, and ordinary non-ASCII
text DejaVu has. The report must render (exit 0), warn once per character at
its first place, print U+FFFD where each was, and keep the ordinary characters.
`validate` must print the same warnings, and an agenda pack warns for its
meeting file (tests/data/glyphs/meeting.xml) and for the report.

usage: glyph_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, fonts, layout_faults, page_texts, qpdf_check, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "glyph")
os.makedirs(work, exist_ok=True)
report = os.path.join(source, "tests", "data", "glyphs", "report.xml")
pdf = os.path.join(work, "glyphs.pdf")
FFFD = "\ufffd"
c = Checker()

# Where each missing character first appears, found in the file's own bytes:
# line and byte column as the loader counts them (comments excluded).
raw = open(report, "rb").read()
body = raw[raw.index(b"<report"):]
missing = ["中", "文", "李", "😀", "💩", "\u20e3", "\u2bd2"]


def place(ch):
    offset = raw.index(body) + body.index(ch.encode())
    line = raw.count(b"\n", 0, offset) + 1
    col = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


expected = {ch: place(ch) for ch in missing}


def check_warnings(stderr, what):
    warnings = [l for l in stderr.splitlines() if ": warning: " in l]
    c.expect(len(warnings) == len(missing), f"{what}: {len(warnings)} warnings, expected {len(missing)}:\n{stderr}")
    for ch, (line, col) in expected.items():
        cp = f"U+{ord(ch):04X}"
        hits = [w for w in warnings if f"({cp})" in w]
        c.expect(len(hits) == 1, f"{what}: {len(hits)} warnings for {cp}, expected one:\n{stderr}")
        if hits:
            c.expect(hits[0].startswith(f"{report}:{line}:{col}: warning: "),
                     f"{what}: {cp} reported as {hits[0]!r}, expected at {line}:{col}")
            c.expect(f'printed as "{FFFD}"' in hits[0], f"{what}: {hits[0]!r} does not say it is printed as U+FFFD")
    c.expect("not in the house font DejaVu Sans" in stderr, f"{what}: the font is not named:\n{stderr}")
    c.expect("hint: " in stderr, f"{what}: no hint:\n{stderr}")
    c.expect('"\u25cc\u20e3" (U+20E3)' in stderr, f"{what}: the combining mark is not shown on a dotted circle")


r = run(boardpack, "report", report, "-o", pdf)
c.expect(r.returncode == 0, f"report exit {r.returncode}: {r.stderr}")
check_warnings(r.stderr, "report")
c.expect("error" not in r.stderr, f"report printed an error:\n{r.stderr}")

if os.path.exists(pdf):
    ok, out = qpdf_check(pdf)
    c.expect(ok, "qpdf --check fails: " + out[-300:])
    fs = fonts(pdf)
    c.expect(fs, "pdffonts lists no font")
    for name, kind, embedded, uni in fs:
        c.expect(embedded, f"font {name} is not embedded")
        c.expect(uni, f"font {name} has no Unicode map")
    pages, _ = page_texts(pdf, layout=False)
    text = re.sub(r"\s+", " ", "\n".join(pages))
    for want in [f"Community languages {FFFD}{FFFD}",
                 "Ordinary text: café, £0.2m – the Board’s view.",
                 f"Leaflets in Chinese ({FFFD}{FFFD}) and Gujarati",
                 f"Wei {FFFD}",
                 f"Smiley: {FFFD} end.", f"Pile: {FFFD} end.", f"Keycap one: 1{FFFD} end.",
                 f"Rare symbol: {FFFD} end.", f"Again {FFFD} and {FFFD} twice."]:
        c.expect(want in text, f"pdftotext lacks {want!r}")
    for ch in missing:
        c.expect(ch not in text, f"pdftotext still shows {ch!r} (U+{ord(ch):04X})")
    faults = layout_faults(pdf)
    c.expect(not faults, "layout faults: " + "; ".join(faults[:5]))

v = run(boardpack, "validate", report)
c.expect(v.returncode == 0, f"validate exit {v.returncode}: {v.stderr}")
check_warnings(v.stderr, "validate")
c.expect(f"0 errors, {len(missing)} warnings" in v.stderr, f"validate summary: {v.stderr}")

# ---- an agenda pack: the meeting file is checked too, and its report -----------
meeting = os.path.join(source, "tests", "data", "glyphs", "meeting.xml")
mraw = open(meeting, "rb").read()
pack = os.path.join(work, "glyphs-pack.pdf")
p = run(boardpack, "pack", meeting, "-o", pack, "--edition", "private")
c.expect(p.returncode == 0, f"pack exit {p.returncode}: {p.stderr}")
mwarn = [l for l in p.stderr.splitlines() if l.startswith(meeting + ":") and ": warning: " in l and "U+" in l]
for ch in ["中", "⯒"]:
    offset = mraw.index(ch.encode(), mraw.index(b"<meeting"))
    line = mraw.count(b"\n", 0, offset) + 1
    col = offset - (mraw.rfind(b"\n", 0, offset) + 1) + 1
    c.expect(any(w.startswith(f"{meeting}:{line}:{col}: warning: \"{ch}\"") for w in mwarn),
             f"pack: no warning for {ch!r} at {meeting}:{line}:{col}:\n{p.stderr}")
c.expect(len(mwarn) == 2, f"pack: {len(mwarn)} warnings for the meeting file, expected 2:\n{p.stderr}")
c.expect(sum(1 for l in p.stderr.splitlines() if l.startswith(os.path.abspath(report) + ":") and "(U+" in l) == len(missing),
         f"pack: the report's characters are not each warned once:\n{p.stderr}")
if os.path.exists(pack):
    ptext = re.sub(r"\s+", " ", "\n".join(page_texts(pack, layout=False)[0]))
    c.expect(f"Community languages {FFFD}" in ptext, "pack: the agenda line lacks U+FFFD for the rare symbol")
    c.expect(f"Committee Room {FFFD}" in ptext, "pack: the venue lacks U+FFFD")
    c.expect("中" not in ptext and "⯒" not in ptext, "pack: a character the font lacks is still in the text")
    c.expect(all(f[2] for f in fonts(pack)), "pack: a font is not embedded")

c.finish()
