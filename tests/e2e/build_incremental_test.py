"""End to end: incremental `boardpack build`. A second build builds nothing;
editing a report rebuilds exactly the outputs that read it (the public pack of a
meeting never reads its exempt report); editing a house style's template
rebuilds every output in that style; touching files rebuilds nothing; another
program rebuilds everything; a deleted or altered output is rebuilt;
--force rebuilds all; the outputs are byte-identical to a fresh build; the public
state never names exempt material.

usage: build_incremental_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "build-incremental")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

inputs = os.path.join(work, "in")
layouts = os.path.join(work, "layouts")
shutil.copytree(os.path.join(source, "sample-input"), inputs)
shutil.copytree(os.path.join(source, "layouts"), layouts)
out = os.path.join(work, "out")
CABINET = "meetings/cabinet-2020-02-06-exempt"


def build(target=out, *extra):
    r = run(boardpack, "build", inputs, "-o", target, "-j", "2", "-v", "--layouts", layouts, *extra)
    c.expect(r.returncode == 0, f"build {extra}: exit {r.returncode}: {r.stderr[-400:]}")
    written = {os.path.relpath(l[len("wrote "):].rsplit(" (", 1)[0], target)
               for l in r.stdout.splitlines() if l.startswith("wrote ")}
    m = re.search(r"^total\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+$", r.stdout, re.M)
    counts = tuple(int(n) for n in m.groups()) if m else None
    c.expect(counts is not None and counts[0] == len(written), f"summary and 'wrote' lines disagree: {r.stdout}")
    return written, counts


def append(path, text):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)


everything, counts = build()
total = len(everything)
c.expect(total == 15, f"first build wrote {total} outputs: {sorted(everything)}")

written, counts = build()
c.expect(written == set() and counts == (0, total, 0), f"second build: built {sorted(written)}, counts {counts}")

# Timestamps do not count: touching every input and style file rebuilds nothing.
for folder in (inputs, layouts):
    for dirpath, _, files in os.walk(folder):
        for f in files:
            os.utime(os.path.join(dirpath, f))
written, counts = build()
c.expect(written == set(), f"after touching the inputs: built {sorted(written)}")

# Another program (the same program with one byte more) rebuilds everything.
other = os.path.join(work, "boardpack-other")
shutil.copy2(boardpack, other)
append_bytes = open(other, "ab")
append_bytes.write(b"\0")
append_bytes.close()
r = run(other, "build", inputs, "-o", out, "-j", "2", "--layouts", layouts)
c.expect(r.returncode == 0 and re.search(r"^total\s+%d\s+0\s+0\s" % total, r.stdout, re.M),
         f"another program did not rebuild everything: {r.stdout[-300:]}")
written, counts = build()
c.expect(counts == (total, 0, 0), f"back to the first program: {counts}")

# A report read standalone and by both editions of its meeting.
append(os.path.join(inputs, CABINET, "community-transport-grants.xml"), "\n<!-- edited -->\n")
written, counts = build()
c.expect(written == {f"{CABINET}/community-transport-grants.pdf", f"{CABINET}-public.pdf",
                     f"private/{CABINET}-private.pdf"} and counts == (3, total - 3, 0),
         f"after editing a report: {sorted(written)} {counts}")

# The exempt report: the public edition never opens it, so it is not rebuilt.
append(os.path.join(inputs, CABINET, "item-5-contract-award.xml"), "\n<!-- edited -->\n")
written, counts = build()
c.expect(written == {f"private/{CABINET}/item-5-contract-award.pdf", f"private/{CABINET}-private.pdf"},
         f"after editing the exempt report: {sorted(written)} {counts}")

# A meeting file: its packs only.
append(os.path.join(inputs, "meetings", "os-2019-11-12", "meeting.xml"), "\n<!-- edited -->\n")
written, counts = build()
c.expect(written == {"meetings/os-2019-11-12-supplementary-public.pdf",
                     "private/meetings/os-2019-11-12-supplementary-private.pdf"},
         f"after editing a meeting: {sorted(written)}")

# A template of one house style: every output in that style, nothing else.
append(os.path.join(layouts, "health-and-wellbeing-board", "report.tpl"), "\n")
written, counts = build()
hwb = {"durham-wsoa-2018-04-24.pdf", "hwb-2020-03-11-send-improvement-plan.pdf", "sefton-send-tracker-2019-11.pdf",
       "meetings/hwb-2020-03-11/minutes.pdf", "meetings/hwb-2020-03-11-public.pdf",
       "private/meetings/hwb-2020-03-11-private.pdf"}
c.expect(written == hwb, f"after editing the health-and-wellbeing-board template: {sorted(written)}")

# The shared templates: everything.
append(os.path.join(layouts, "common", "furniture.tpl"), "\n")
written, counts = build()
c.expect(written == everything, f"after editing a common template: {len(written)} of {total}")

# A deleted output and an altered output are rebuilt, nothing else.
os.remove(os.path.join(out, "os-2019-11-12-children-and-young-peoples-plan.pdf"))
append(os.path.join(out, "private", "meetings", "hwb-2020-03-11-private.pdf"), "%% tampered\n")
written, counts = build()
c.expect(written == {"os-2019-11-12-children-and-young-peoples-plan.pdf", "private/meetings/hwb-2020-03-11-private.pdf"},
         f"after deleting and altering outputs: {sorted(written)}")

written, counts = build(out, "--force")
c.expect(written == everything and counts == (total, 0, 0), f"--force: {len(written)} of {total}, {counts}")

# Byte-identical to a fresh build of the same inputs.
fresh = os.path.join(work, "fresh")
build(fresh)
for rel in sorted(everything):
    a, b = os.path.join(out, rel), os.path.join(fresh, rel)
    c.expect(os.path.exists(b) and open(a, "rb").read() == open(b, "rb").read(), f"{rel} differs from a fresh build")

# The public state names no exempt material; the private state has it.
public_state = open(os.path.join(out, ".boardpack-state"), encoding="utf-8").read()
private_state = open(os.path.join(out, "private", ".boardpack-state"), encoding="utf-8").read()
c.expect("item-5-contract-award" not in public_state, "the public state names the exempt report")
c.expect("-private.pdf" not in public_state, "the public state names a private pack")
c.expect("item-5-contract-award.xml" in private_state, "the private state lacks the exempt report")

# A broken state file is ignored: everything is rebuilt, and the state is whole again.
with open(os.path.join(out, ".boardpack-state"), "w", encoding="utf-8") as fh:
    fh.write("not a state file\n")
written, counts = build()
public = {p for p in everything if not p.startswith("private/")}
c.expect(written == public, f"after a broken public state: {sorted(written)}")
written, counts = build()
c.expect(written == set(), f"after the state was rewritten: {sorted(written)}")

c.finish()
