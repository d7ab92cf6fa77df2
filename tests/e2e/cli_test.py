"""End to end: the command line's contract: help, version, exit codes,
`file:line:col: error:` messages, and no half-written output.

usage: cli_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "cli")
os.makedirs(work, exist_ok=True)
good = os.path.join(source, "tests", "data", "minimal-report.xml")
c = Checker()

r = run(boardpack, "--version")
c.expect(r.returncode == 0 and re.match(r"boardpack \d+\.\d+\.\d+", r.stdout), f"--version: {r.returncode} {r.stdout!r}")
r = run(boardpack, "--help")
c.expect(r.returncode == 0 and "report FILE.xml -o OUT.pdf" in r.stdout, "--help does not describe `report`")
r = run(boardpack, "report", "--help")
c.expect(r.returncode == 0 and "--output" in r.stdout, "report --help does not list --output")

for args, why in [((), "no command"), (("frobnicate",), "unknown command"), (("report",), "no input"),
                  (("report", good), "no -o"), (("report", good, "-o"), "-o without value"),
                  (("report", good, "-o", "x.pdf", "--bogus"), "unknown option")]:
    r = run(boardpack, *args)
    c.expect(r.returncode == 2, f"{why}: exit {r.returncode}, expected 2 (bad usage)")
    c.expect(r.stderr.strip() != "", f"{why}: nothing on stderr")

# A good report renders.
out = os.path.join(work, "minimal.pdf")
r = run(boardpack, "report", good, "-o", out)
c.expect(r.returncode == 0, f"minimal report: exit {r.returncode}: {r.stderr}")
c.expect(os.path.exists(out) and open(out, "rb").read(5) == b"%PDF-", "minimal report: no PDF written")
before = open(out, "rb").read() if os.path.exists(out) else b""

# Same input, same bytes.
again = os.path.join(work, "minimal-again.pdf")
run(boardpack, "report", good, "-o", again)
c.expect(os.path.exists(again) and open(again, "rb").read() == before, "two runs on the same input differ")

# Bad input: exit 1, located message, previous output untouched, no temporary files.
bad = os.path.join(work, "bad-date.xml")
text = open(good, encoding="utf-8").read().replace("<meeting-date>2020-03-11<", "<meeting-date>2020-02-30<")
open(bad, "w", encoding="utf-8").write(text)
line = text[: text.index("2020-02-30")].count("\n") + 1
r = run(boardpack, "report", bad, "-o", out)
c.expect(r.returncode == 1, f"bad date: exit {r.returncode}, expected 1")
c.expect(re.search(rf"{re.escape(bad)}:{line}:\d+: error: .*2020-02-30", r.stderr),
         f"bad date: expected '{bad}:{line}:col: error: ...2020-02-30...', got {r.stderr!r}")
c.expect(open(out, "rb").read() == before, "a failed run changed the previous good PDF")
c.expect(not [f for f in os.listdir(work) if ".tmp-" in f], "temporary files left behind")

broken = os.path.join(work, "broken.xml")
open(broken, "w", encoding="utf-8").write("<report>\n  <summary>\n</report>\n")
fresh = os.path.join(work, "never.pdf")
r = run(boardpack, "report", broken, "-o", fresh)
c.expect(r.returncode == 1, f"malformed XML: exit {r.returncode}")
c.expect(re.search(rf"{re.escape(broken)}:\d+:\d+: error: ", r.stderr), f"malformed XML message: {r.stderr!r}")
c.expect(not os.path.exists(fresh), "a PDF was written for malformed input")

r = run(boardpack, "report", os.path.join(work, "missing.xml"), "-o", fresh)
c.expect(r.returncode == 1 and "missing.xml" in r.stderr, f"missing file: exit {r.returncode} {r.stderr!r}")

c.finish()
