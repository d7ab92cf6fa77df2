"""End to end: `boardpack validate` over a folder of broken files lists every
planted mistake with its exact location and nothing else; clean samples pass.

usage: validate_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "validate")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

r = run(boardpack, "validate", os.path.join(source, "sample-input"))
c.expect(r.returncode == 0, f"the samples do not validate: exit {r.returncode}: {r.stderr[-600:]}")
c.expect(not re.search(r": error: ", r.stderr), "errors reported for the samples")
c.expect(re.search(r"checked \d+ files: 0 errors", r.stderr), f"no summary: {r.stderr[-200:]}")

minimal = open(os.path.join(source, "tests", "data", "minimal-report.xml"), encoding="utf-8").read()
meeting = open(os.path.join(source, "tests", "data", "minimal-meeting.xml"), encoding="utf-8").read()


def plant(text, old, new):
    """Replaces the first `old` by `new`; returns (text, line, column) of `new`."""
    i = text.index(old)
    line = text.count("\n", 0, i) + 1
    col = i - (text.rfind("\n", 0, i) + 1) + 1
    return text[:i] + new + text[i + len(old):], line, col


planted = []  # (file, line, col, message regex)
broken = os.path.join(work, "broken")
os.makedirs(broken)

# report 1: a misspelt element and a date that is not a date
t, l1, c1 = plant(minimal, "<reasons>", "<reasns>")
t = t.replace("</reasons>", "</reasns>", 1)
t, l2, c2 = plant(t, "<meeting-date>2020-03-11</meeting-date>", "<meeting-date>2020-02-30</meeting-date>")
f1 = os.path.join(broken, "report-one.xml")
open(f1, "w", encoding="utf-8").write(t)
planted += [(f1, l1, c1, r"unknown element <reasns>"), (f1, l2, c2 + len("<meeting-date>"), r"2020-02-30")]

# report 2: an unknown attribute and a bad yes/no
t, l3, c3 = plant(minimal, '<appendix letter="B"', '<appendix leter="B"')
t, l4, c4 = plant(t, "<key-decision>no</key-decision>", "<key-decision>maybe</key-decision>")
f2 = os.path.join(broken, "report-two.xml")
open(f2, "w", encoding="utf-8").write(t)
planted += [(f2, l3, c3 + len("<appendix "), r"unknown attribute 'leter'"),
            (f2, l4, c4 + len("<key-decision>"), r"maybe")]

# a meeting with a duplicate agenda number, pointing at a clean report
shutil.copy(os.path.join(source, "tests", "data", "minimal-report.xml"), os.path.join(broken, "minimal-report.xml"))
t, l5, c5 = plant(meeting, '<item number="2"', '<item number="1"')
f3 = os.path.join(broken, "meeting.xml")
open(f3, "w", encoding="utf-8").write(t)
planted += [(f3, l5, c5 + len("<item "), r"(duplicate|twice|more than once).*\b1\b|\b1\b.*(duplicate|twice|already)")]

r = run(boardpack, "validate", broken)
c.expect(r.returncode == 1, f"broken folder: exit {r.returncode}, expected 1")
errors = [l for l in r.stderr.splitlines() if ": error: " in l]
for f, line, col, pattern in planted:
    prefix = f"{f}:{line}:{col}: error: "
    hits = [e for e in errors if e.startswith(prefix) and re.search(pattern, e, re.I)]
    c.expect(hits, f"planted mistake not reported as {prefix}/{pattern}/; errors were:\n  " + "\n  ".join(errors))
c.expect(len(errors) == len(planted), f"expected exactly {len(planted)} errors, got {len(errors)}:\n  " + "\n  ".join(errors))

# every fixture in tests/data/bad is caught
bad_dir = os.path.join(source, "tests", "data", "bad")
for name in sorted(os.listdir(bad_dir)):
    r = run(boardpack, "validate", os.path.join(bad_dir, name))
    c.expect(r.returncode == 1 and re.search(r":\d+:\d+: error: ", r.stderr),
             f"tests/data/bad/{name}: not rejected with a located error (exit {r.returncode})")

c.finish()
