"""End to end: `boardpack build` over the samples and over a folder with one
broken meeting: one line per output, predictable names, confidential output only
under private/, a failure reported without stopping the others.

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
r = run(boardpack, "build", os.path.join(source, "sample-input"), "-o", out, "-j", "2")
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
c.expect(re.search(r"^built (\d+) of \1 outputs$", r.stdout, re.M), f"no summary line: {r.stdout[-200:]}")
c.expect(len(lines) == len(set(lines)), "an output was reported twice")
# Exempt reports never land outside private/.
for dirpath, _, files in os.walk(out):
    if os.path.relpath(dirpath, out).split(os.sep)[0] == "private":
        continue
    for f in files:
        c.expect("private" not in f, f"private output outside private/: {os.path.join(dirpath, f)}")
# The same input gives the same bytes (a changed pack can be detected by its hash).
again = os.path.join(work, "again")
run(boardpack, "build", os.path.join(source, "sample-input"), "-o", again, "-j", "1")
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
c.expect(re.search(r"built \d+ of \d+ outputs; 1 failed", r.stdout), f"summary does not count the failure: {r.stdout[-200:]}")

c.finish()
