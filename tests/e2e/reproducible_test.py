"""End to end: the creation date comes from the input or SOURCE_DATE_EPOCH,
never the clock, and the same input gives the same bytes.

usage: reproducible_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "reproducible")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

text = open(os.path.join(source, "tests", "data", "minimal-report.xml"), encoding="utf-8").read()
dated = re.search(r'created="(\d{4}-\d\d-\d\d)"', text)
c.expect(dated, "minimal-report.xml has no created date")
undated = os.path.join(work, "undated.xml")
open(undated, "w", encoding="utf-8").write(re.sub(r'\s+created="[^"]*"', "", text, count=1))
with_date = os.path.join(work, "dated.xml")
open(with_date, "w", encoding="utf-8").write(text)


def render(src, out, epoch=None):
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    r = subprocess.run([boardpack, "report", src, "-o", out], capture_output=True, text=True, env=env)
    c.expect(r.returncode == 0, f"{os.path.basename(src)} (SOURCE_DATE_EPOCH={epoch}): exit {r.returncode}: {r.stderr[-300:]}")
    info = run("pdfinfo", "-isodates", out).stdout if os.path.exists(out) else ""
    m = re.search(r"^CreationDate:\s*(\S+)", info, re.M)
    return m.group(1) if m else None, open(out, "rb").read() if os.path.exists(out) else b""


# From the input: the attribute, whatever SOURCE_DATE_EPOCH says.
date, a = render(with_date, os.path.join(work, "a.pdf"), epoch="1580169600")
c.expect(date and date.startswith(dated.group(1)), f"created= not used: CreationDate {date}")
_, b = render(with_date, os.path.join(work, "b.pdf"))
c.expect(a == b, "the same input gave different bytes with and without SOURCE_DATE_EPOCH")
# From SOURCE_DATE_EPOCH when the input has none (1580169600 = 2020-01-28 00:00 UTC).
date, e1 = render(undated, os.path.join(work, "e1.pdf"), epoch="1580169600")
c.expect(date and date.startswith("2020-01-28"), f"SOURCE_DATE_EPOCH not used: CreationDate {date}")
_, e2 = render(undated, os.path.join(work, "e2.pdf"), epoch="1580169600")
c.expect(e1 == e2, "two runs with the same SOURCE_DATE_EPOCH differ")
# Neither: no date at all (never the clock), and still the same bytes every time.
date, n1 = render(undated, os.path.join(work, "n1.pdf"))
c.expect(date is None, f"a creation date appeared from nowhere: {date}")
_, n2 = render(undated, os.path.join(work, "n2.pdf"))
c.expect(n1 == n2, "two runs without any date differ")
# A malformed SOURCE_DATE_EPOCH is bad input, located at the root element.
r = subprocess.run([boardpack, "report", undated, "-o", os.path.join(work, "bad.pdf")], capture_output=True,
                   text=True, env=dict(os.environ, SOURCE_DATE_EPOCH="last tuesday"))
c.expect(r.returncode == 1 and re.search(r"undated\.xml:\d+:\d+: error: SOURCE_DATE_EPOCH=", r.stderr),
         f"malformed SOURCE_DATE_EPOCH: exit {r.returncode}: {r.stderr[-300:]}")
c.expect(not os.path.exists(os.path.join(work, "bad.pdf")), "a PDF was written for bad input")

c.finish()
