"""End to end: exempt material stays out of the public edition, channel by channel.

A copy of the exempt Cabinet sample gets one unique marker per channel planted in
its exempt report (item 5). Each channel is then read back from the public
edition and the marker must be absent; the same marker must be present in the
private edition wherever that edition has the channel, so that a test which
cannot see the marker cannot pass by accident.

Channels: page text; bookmarks; link targets; document information and XMP;
file names (of outputs and of every file the build creates); temporary files
(every file created while building, traced with strace when the machine allows
it); error messages printed while building the public edition.

usage: confidentiality_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, page_texts, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "confidentiality")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

SAMPLE = os.path.join(source, "sample-input", "meetings", "cabinet-2020-02-06-exempt")
EXEMPT = "item-5-contract-award.xml"

# One marker per channel; none of them is a substring of another.
M_TEXT = "QZTEXT4471"        # a body paragraph            -> page text
M_HEADING = "QZHEAD5582"     # a section title              -> bookmarks
M_SUBJECT = "QZSUBJ6693"     # the report's subject (title) -> document information / XMP
M_LINK = "QZLINK7704"        # a link target                -> link annotations
M_FILE = "QZFILE8815"        # the exempt report's file name
M_ERROR = "QZERR9926"        # a mistake in the exempt report -> error messages
ALL = [M_TEXT, M_HEADING, M_SUBJECT, M_LINK, M_FILE, M_ERROR]


def plant(folder, with_error=False):
    """Copies the sample meeting into `folder` with the markers planted."""
    shutil.copytree(SAMPLE, folder)
    exempt_name = f"item-5-{M_FILE}.xml"
    os.rename(os.path.join(folder, EXEMPT), os.path.join(folder, exempt_name))
    meeting = os.path.join(folder, "meeting.xml")
    text = open(meeting, encoding="utf-8").read().replace(EXEMPT, exempt_name)
    open(meeting, "w", encoding="utf-8").write(text)
    report = os.path.join(folder, exempt_name)
    text = open(report, encoding="utf-8").read()
    planted = text
    planted = planted.replace("<summary>\n    <p>",
                              f'<summary>\n    <p>{M_TEXT} <a href="https://example.org/{M_LINK}">bid file</a> ', 1)
    planted = planted.replace('<section title="Evaluation Outcome">', f'<section title="Evaluation Outcome {M_HEADING}">', 1)
    planted = re.sub(r"(<subject>[^<]*)(</subject>)", rf"\1 {M_SUBJECT}\2", planted, count=1)
    if with_error:
        planted = planted.replace("</summary>", f"<{M_ERROR}/></summary>", 1)
    for m in [M_TEXT, M_LINK, M_HEADING, M_SUBJECT] + ([M_ERROR] if with_error else []):
        if m not in planted:
            raise SystemExit(f"could not plant {m}: the sample changed")
    open(report, "w", encoding="utf-8").write(planted)
    return meeting


def pdf_objects(pdf):
    """qpdf's JSON of the file: every object, streams decoded where qpdf can."""
    r = run("qpdf", "--json", "--json-stream-data=inline", "--decode-level=generalized", pdf)
    if r.returncode != 0:
        # qpdf 11 spells it differently; fall back to the plain dump.
        r = run("qpdf", "--json", pdf)
    return json.loads(r.stdout)


def outline_titles(data):
    found = []

    def walk(items):
        for o in items:
            found.append(o.get("title") or "")
            walk(o.get("kids", []))
    walk(data.get("outlines", []))
    return found


def link_uris(raw):
    return re.findall(rb"/URI\s*\((.*?)\)", raw)


def info_and_xmp(raw):
    """The /Info dictionary's strings and every /Metadata stream's bytes, from an uncompressed file."""
    ref = re.search(rb"/Info\s+(\d+)\s+0\s+R", raw)
    body = re.search(rb"(?:^|\n)" + ref.group(1) + rb"\s+0\s+obj(.*?)endobj", raw, re.S) if ref else None
    info = body.group(1) if body else b""
    xmp = b"".join(re.findall(rb"<x:xmpmeta.*?</x:xmpmeta>", raw, re.S))
    return info, xmp


def variants(marker):
    out = []
    for raw in (marker.encode("utf-8"), marker.encode("utf-16-be")):
        out += [raw, raw.hex().encode(), raw.hex().upper().encode()]
    return out


def contains(raw, marker):
    return any(v in raw for v in variants(marker))


def uncompressed(pdf):
    qdf = pdf + ".qdf"
    r = run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf)
    c.expect(r.returncode in (0, 3), f"qpdf --qdf {pdf}: {r.stderr[-200:]}")
    return open(qdf, "rb").read()


# ---- pack: public and private editions of the planted meeting --------------------
folder = os.path.join(work, "meeting")
meeting = plant(folder)
public = os.path.join(work, "public.pdf")
private = os.path.join(work, "private.pdf")
rp = run(boardpack, "pack", meeting, "-o", public, "--edition", "public")
c.expect(rp.returncode == 0, f"public edition: exit {rp.returncode}: {rp.stderr[-300:]}")
rq = run(boardpack, "pack", meeting, "-o", private, "--edition", "private")
c.expect(rq.returncode == 0, f"private edition: exit {rq.returncode}: {rq.stderr[-300:]}")

editions = {}
for name, path in [("public", public), ("private", private)]:
    texts, _ = page_texts(path, layout=False)
    raw = uncompressed(path)
    editions[name] = {
        "text": re.sub(r"\s+", " ", "\n".join(texts)),
        "outline": outline_titles(json.loads(run("qpdf", "--json", path).stdout)),
        "uris": link_uris(raw),
        "raw": raw,
    }
pub, prv = editions["public"], editions["private"]

# Page text.
c.expect(M_TEXT not in pub["text"], "page text: the exempt paragraph's marker is in the public edition")
c.expect(M_TEXT in prv["text"], "page text: the private edition lacks the marker (test cannot see it)")
# Bookmarks.
c.expect(not any(M_HEADING in t for t in pub["outline"]), "bookmarks: exempt section title in the public outline")
c.expect(any(M_HEADING in t for t in prv["outline"]), f"bookmarks: private outline lacks the marker: {prv['outline'][:12]}")
# Link targets.
c.expect(not any(M_LINK.encode() in u for u in pub["uris"]), "links: an exempt link target is in the public edition")
c.expect(any(M_LINK.encode() in u for u in prv["uris"]), f"links: private edition lacks the link target: {prv['uris'][:5]}")
# Document information and XMP of the pack.
for name, ed in editions.items():
    info, xmp = info_and_xmp(ed["raw"])
    c.expect(info, f"{name}: no document information found (the check reads nothing)")
    for m in ALL:
        c.expect(not contains(info, m), f"{name}: marker {m} in the pack's document information")
        c.expect(not contains(xmp, m), f"{name}: marker {m} in the pack's XMP metadata")
# The exempt report on its own carries its subject in its information: the channel is live.
alone = os.path.join(work, "exempt-alone.pdf")
ra = run(boardpack, "report", os.path.join(folder, f"item-5-{M_FILE}.xml"), "-o", alone)
c.expect(ra.returncode == 0, f"report of the exempt item: exit {ra.returncode}: {ra.stderr[-300:]}")
if ra.returncode == 0:
    info, _ = info_and_xmp(uncompressed(alone))
    c.expect(contains(info, M_SUBJECT), "the exempt report's own document information lacks its subject marker")
# Every marker, in any encoding, anywhere in the public file (compressed or not).
for m in ALL:
    c.expect(not contains(pub["raw"], m), f"public edition: marker {m} somewhere in the uncompressed file")
    c.expect(not contains(open(public, "rb").read(), m), f"public edition: marker {m} in the file as written")
# Error messages and warnings printed while building the public edition.
for m in ALL:
    c.expect(m not in rp.stdout + rp.stderr, f"public edition's messages mention {m}")

# ---- a mistake in the exempt report --------------------------------------------------
broken = os.path.join(work, "broken")
broken_meeting = plant(broken, with_error=True)
out = os.path.join(work, "broken-public.pdf")
r = run(boardpack, "pack", broken_meeting, "-o", out, "--edition", "public")
c.expect(r.returncode == 0, f"public edition with a broken exempt report: exit {r.returncode}: {r.stderr[-300:]}")
c.expect(M_ERROR not in r.stdout + r.stderr and M_FILE not in r.stdout + r.stderr,
         f"error messages of the public edition name exempt material: {r.stderr[-300:]}")
r = run(boardpack, "pack", broken_meeting, "-o", os.path.join(work, "broken-private.pdf"), "--edition", "private")
c.expect(r.returncode == 1 and M_ERROR in r.stderr,
         f"the private edition does not report the planted mistake (test cannot see it): {r.stderr[-300:]}")

# ---- build: file names, every file written, temporary files ---------------------------
tree = os.path.join(work, "tree")
plant(os.path.join(tree, "cabinet"))
out_dir = os.path.join(work, "out")
tmp = os.path.join(work, "tmp")
os.makedirs(tmp)
env = dict(os.environ, TMPDIR=tmp)


def can_trace():
    try:
        return subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True).returncode == 0
    except OSError:
        return False


trace = os.path.join(work, "build.strace")
cmd = [boardpack, "build", tree, "-o", out_dir, "-j", "2"]
traced = can_trace()
if traced:
    cmd = ["strace", "-f", "-qq", "-e", "trace=%file", "-o", trace] + cmd
    # LeakSanitizer cannot stop a traced process's threads (it uses ptrace
    # itself); in the sanitizer build the traced run goes without leak checks.
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS", ""), "detect_leaks=0"]))
else:
    print("note: strace cannot trace here (ptrace not permitted); temporary files are checked by scanning only")
r = subprocess.run(cmd, capture_output=True, text=True, env=env)
c.expect(r.returncode == 0, f"build: exit {r.returncode}: {r.stderr[-400:]}")
private_root = os.path.join(out_dir, "private")
public_files, private_files = [], []
for dirpath, _, files in os.walk(out_dir):
    for f in files:
        p = os.path.join(dirpath, f)
        (private_files if os.path.commonpath([p, private_root]) == private_root else public_files).append(p)
c.expect(any(M_FILE in p for p in private_files), f"build: the exempt report's output is not under private/: {private_files}")
for p in public_files:
    c.expect(M_FILE not in p, f"file names: {p} names the exempt report")
    raw = open(p, "rb").read()
    if raw.startswith(b"%PDF"):
        raw += uncompressed(p)
        os.remove(p + ".qdf")
    for m in ALL:
        c.expect(not contains(raw, m), f"{os.path.relpath(p, out_dir)}: contains marker {m}")
c.expect(not os.listdir(tmp), f"temporary files left in TMPDIR: {os.listdir(tmp)}")
for m in ALL:
    c.expect(m not in r.stdout + r.stderr or m == M_FILE and "private" in r.stdout + r.stderr,
             f"build's messages mention {m} outside a private output")
if traced:
    created, written = [], []
    for line in open(trace, encoding="utf-8", errors="replace"):
        m = re.search(r'(?:open|openat|creat)\(.*?"([^"]+)".*O_CREAT', line)
        if m:
            created.append(os.path.normpath(os.path.join(os.getcwd(), m.group(1))))
        m = re.search(r'rename(?:at2?)?\(.*?"([^"]+)".*?"([^"]+)"', line)
        if m:
            written.append((m.group(1), m.group(2)))
    c.expect(created, "strace saw no file created: the trace reads nothing")
    for p in created:
        # Font subsets (glyph programs, no text) are the only files allowed outside
        # the output folder: libharu loads fonts from files; they are removed again.
        if os.path.dirname(p) == tmp and os.path.basename(p).startswith("boardpack-font-"):
            continue
        c.expect(os.path.commonpath([p, out_dir]) == out_dir,
                 f"temporary files: {p} created outside the output folder")
        c.expect(M_FILE not in p or os.path.commonpath([p, private_root]) == private_root,
                 f"temporary files: {p} (exempt) created outside private/")
    for src, dst in written:
        c.expect(os.path.dirname(src) == os.path.dirname(dst), f"rename across folders: {src} -> {dst}")
        if M_FILE in dst:
            c.expect(os.path.commonpath([os.path.abspath(src), private_root]) == private_root,
                     f"temporary file of an exempt output outside private/: {src}")

# ---- a report that becomes exempt leaves the public folder -------------------------
late = os.path.join(work, "late")
os.makedirs(late)
small = open(os.path.join(source, "tests", "data", "small-report.xml"), encoding="utf-8").read()
open(os.path.join(late, "tender.xml"), "w", encoding="utf-8").write(small)
late_out = os.path.join(work, "late-out")
r = run(boardpack, "build", late, "-o", late_out)
c.expect(r.returncode == 0 and os.path.exists(os.path.join(late_out, "tender.pdf")),
         f"open report not built into the public folder: {r.stderr[-300:]}")
open(os.path.join(late, "tender.xml"), "w", encoding="utf-8").write(
    small.replace("<exempt>no</exempt>", '<exempt paragraph="3">yes</exempt>'))
r = run(boardpack, "build", late, "-o", late_out)
c.expect(r.returncode == 0 and os.path.exists(os.path.join(late_out, "private", "tender.pdf")),
         f"now-exempt report not built into private/: {r.stderr[-300:]}")
c.expect(not os.path.exists(os.path.join(late_out, "tender.pdf")),
         "a report that became exempt is still in the public folder")

c.finish()
