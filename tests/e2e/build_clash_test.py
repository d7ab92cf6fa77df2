"""End to end: two inputs of one `build` whose outputs would share a name.

The report a/m-public.xml and the meeting a/m/meeting.xml would both write
OUT/a/m-public.pdf; neither may silently replace the other. Both fail with a
message naming the shared output and the other file, nothing is written for
either, everything else is built, the exit status is 1, and every shard of
the build says the same of the input it holds. Without the clash, the same
folder builds cleanly.

usage: build_clash_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, pdf_files, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "build-clash")
shutil.rmtree(work, ignore_errors=True)
c = Checker()

inputs = os.path.join(work, "in")
os.makedirs(os.path.join(inputs, "a"))
shutil.copytree(os.path.join(source, "sample-input", "meetings", "hwb-2020-03-11"), os.path.join(inputs, "a", "m"))
shutil.copy(os.path.join(source, "sample-input", "os-2019-11-12-children-and-young-peoples-plan.xml"),
            os.path.join(inputs, "a", "m-public.xml"))
# The meeting's main report, where its item points (../../).
shutil.copy(os.path.join(source, "sample-input", "hwb-2020-03-11-send-improvement-plan.xml"), inputs)


out = os.path.join(work, "out")
r = run(boardpack, "build", inputs, "-o", out, "-j", "2")
c.expect(r.returncode == 1, f"a clash must fail the build (exit 1), got {r.returncode}: {r.stderr[-400:]}")
both = r.stdout + r.stderr
c.expect(re.search(r"meeting \S*a/m/meeting\.xml: its output a/m-public\.pdf may also be written for the "
                   r"report a/m-public\.xml: rename one of the two files", both),
         f"no clash message for the meeting: {both[-800:]}")
c.expect(re.search(r"report \S*a/m-public\.xml: its output a/m-public\.pdf may also be written for the "
                   r"meeting a/m/meeting\.xml", both), f"no clash message for the report: {both[-800:]}")
built = pdf_files(out)
c.expect(built == {"a/m/minutes.pdf", "hwb-2020-03-11-send-improvement-plan.pdf"},
         f"only the reports without a clash should be built, got {sorted(built)}")
m = re.search(r"^total\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+$", r.stdout, re.M)
c.expect(m is not None and m.groups()[:3] == ("2", "0", "2"), f"summary total: {m.group(0) if m else r.stdout}")

# A second run says the same: a clash is never 'up to date'.
r2 = run(boardpack, "build", inputs, "-o", out, "-j", "2")
c.expect(r2.returncode == 1 and "rename one of the two files" in r2.stdout + r2.stderr,
         f"second run: exit {r2.returncode}")

# Each shard fails the clashing input it holds, whichever shard holds the other one.
failed = 0
for i in range(3):
    rs = run(boardpack, "build", inputs, "-o", os.path.join(work, f"shard{i}"), "--shard", f"{i}/3")
    n = len(re.findall(r"^FAILED .*rename one of the two files", rs.stdout + rs.stderr, re.M))
    failed += n
    c.expect(rs.returncode == (1 if n else 0), f"shard {i}/3: exit {rs.returncode} with {n} clashes")
c.expect(failed == 2, f"the shards together should fail the 2 clashing inputs once each, failed {failed}")

# Renamed: no clash, everything builds.
os.rename(os.path.join(inputs, "a", "m-public.xml"), os.path.join(inputs, "a", "send-plan.xml"))
r3 = run(boardpack, "build", inputs, "-o", os.path.join(work, "renamed"), "-j", "2")
c.expect(r3.returncode == 0, f"after the rename: exit {r3.returncode}: {r3.stderr[-400:]}")
renamed = pdf_files(os.path.join(work, "renamed"))
c.expect({"a/m-public.pdf", "a/send-plan.pdf", "private/a/m-private.pdf"} <= renamed,
         f"after the rename: {sorted(renamed)}")

c.finish()
