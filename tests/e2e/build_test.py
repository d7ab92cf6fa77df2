"""End to end: `boardpack build` over the samples and over a folder with one
broken meeting: predictable names, one line per output with -v and none without,
the summary table, confidential output only under private/, a failure reported
with its located error without stopping the others.

usage: build_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "build")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

out = os.path.join(work, "out")
r = run(boardpack, "build", os.path.join(source, "sample-input"), "-o", out, "-j", "2", "-v")
c.expect(r.returncode == 0, f"build of the samples: exit {r.returncode}: {r.stderr[-500:]}")
lines = [l for l in r.stdout.splitlines() if l.startswith("wrote ")]
expected = [
    "hwb-2020-03-11-send-improvement-plan.pdf",
    "os-2019-11-12-children-and-young-peoples-plan.pdf",
    "meetings/os-2019-11-12-supplementary-public.pdf",
    "private/meetings/os-2019-11-12-supplementary-private.pdf",
    "meetings/hwb-2020-03-11-public.pdf",
    "private/meetings/hwb-2020-03-11-private.pdf",
    "meetings/cabinet-2020-02-06-exempt-public.pdf",
    "private/meetings/cabinet-2020-02-06-exempt-private.pdf",
    "meetings/os-2019-11-12/send-continuous-improvement.pdf",
]
for rel in expected:
    path = os.path.join(out, rel)
    c.expect(os.path.isfile(path) and open(path, "rb").read(5) == b"%PDF-", f"missing output {rel}")
    c.expect(any(l.startswith("wrote " + path) for l in lines), f"no 'wrote' line for {rel}")

def table(stdout):
    """{row: (built, up to date, failed, pages built)} from the summary table."""
    rows = {}
    for name, *numbers in re.findall(r"^(reports|documents|public packs|private packs|total)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$",
                                     stdout, re.M):
        rows[name] = tuple(int(n) for n in numbers)
    return rows


t = table(r.stdout)
c.expect(t.get("reports", (0,))[0] == 7 and t.get("documents", (0,))[0] == 2, f"report/document rows: {t}")
c.expect(t.get("public packs") == (3, 0, 0, t.get("public packs", (0, 0, 0, -1))[3]), f"public packs row: {t}")
c.expect(t.get("private packs", (0,))[0] == 3, f"private packs row: {t}")
c.expect(t.get("total", (0,))[:3] == (len(lines), 0, 0), f"total row does not match the {len(lines)} 'wrote' lines: {t}")
pages = 0
for l in lines:
    m = re.match(r"wrote (.*) \((\d+) pages?\)$", l)
    if c.expect(m, f"malformed line {l!r}"):
        pages += int(m.group(2))
c.expect(t.get("total", (0, 0, 0, -1))[3] == pages, f"pages built in the table {t.get('total')} != {pages}")
c.expect(len(lines) == len(set(lines)), "an output was reported twice")
# Exempt reports never land outside private/.
for dirpath, _, files in os.walk(out):
    if os.path.relpath(dirpath, out).split(os.sep)[0] == "private":
        continue
    for f in files:
        c.expect("private" not in f, f"private output outside private/: {os.path.join(dirpath, f)}")
# The same input gives the same bytes (a changed pack can be detected by its hash).
again = os.path.join(work, "again")
r = run(boardpack, "build", os.path.join(source, "sample-input"), "-o", again, "-j", "1")
c.expect(r.returncode == 0 and "wrote " not in r.stdout + r.stderr,
         f"without -v a build prints no line per output: {r.stdout[:300]}")
c.expect(table(r.stdout).get("total", (0,))[0] == len(lines), f"second folder: {r.stdout}")
# Warnings are printed even without -v, located, each distinct one once (both
# editions of a pack check the same deadlines).
warning = re.findall(r"^.*cabinet-2020-02-06-exempt/meeting\.xml:37:5: warning: item 5 .*$", r.stderr, re.M)
c.expect(len(warning) == 1, f"the cabinet meeting's forward-plan warning is printed {len(warning)} times: {r.stderr[:500]}")
for rel in expected:
    a, b = os.path.join(out, rel), os.path.join(again, rel)
    if os.path.exists(a) and os.path.exists(b):
        c.expect(open(a, "rb").read() == open(b, "rb").read(), f"{rel} differs between two builds")

# One broken meeting: reported, the rest still built, exit status 1.
mixed = os.path.join(work, "mixed")
shutil.copytree(os.path.join(source, "sample-input", "meetings", "os-2019-11-12"), os.path.join(mixed, "good"))
os.makedirs(os.path.join(mixed, "bad"))
open(os.path.join(mixed, "bad", "meeting.xml"), "w").write(
    '<meeting style="overview-and-scrutiny" council="X" created="2020-01-01">\n  <committee>X</committee>\n  <date>2020-02-30</date>\n</meeting>\n')
mixed_out = os.path.join(work, "mixed-out")
r = run(boardpack, "build", mixed, "-o", mixed_out)
c.expect(r.returncode == 1, f"mixed build: exit {r.returncode}, expected 1")
c.expect(re.search(r"FAILED .*bad/meeting\.xml", r.stderr), f"the broken meeting is not reported: {r.stderr[-300:]}")
c.expect(re.search(r"bad/meeting\.xml:3:\d+: error", r.stderr), "the broken meeting's error is not located")
c.expect(os.path.isfile(os.path.join(mixed_out, "good-supplementary-public.pdf")),
         f"the good meeting was not built: {os.listdir(mixed_out) if os.path.exists(mixed_out) else 'no output'}")
c.expect(table(r.stdout).get("total", (0, 0, 0))[2] == 1, f"summary does not count the failure: {r.stdout[-400:]}")
c.expect(re.search(r"^failed \(1\):\n  meeting .*bad/meeting\.xml: bad input$", r.stdout, re.M),
         f"the summary does not list the failure: {r.stdout[-400:]}")

c.finish()
