"""End to end: `boardpack build --shard I/N`. The shards of a build are disjoint,
their union is exactly the full build (same files, same bytes), a meeting's
editions stay in one shard, the slices are stable when a file is added, shards
sharing one output folder keep separate state files, and a bad --shard is a
usage error.

usage: build_shard_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, pdf_files, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "build-shard")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

inputs = os.path.join(work, "in")
subprocess.run([sys.executable, os.path.join(source, "tests", "bench", "make-meetings"),
                os.path.join(source, "sample-input", "meetings"), inputs, "9"], check=True)


def build(out, *extra):
    r = run(boardpack, "build", inputs, "-o", out, "-j", "2", *extra)
    c.expect(r.returncode == 0, f"build {extra}: exit {r.returncode}: {r.stderr[-300:]}")
    m = re.search(r"^total\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+$", r.stdout, re.M)
    return tuple(int(n) for n in m.groups()) if m else None


full = os.path.join(work, "full")
build(full)
everything = pdf_files(full)
c.expect(len(everything) > 30, f"the full build made {len(everything)} PDFs")

N = 3
slices = []
for i in range(N):
    out = os.path.join(work, f"shard-{i}")
    counts = build(out, "--shard", f"{i}/{N}")
    got = pdf_files(out)
    c.expect(counts is not None and counts[0] == len(got), f"shard {i}: summary {counts} vs {len(got)} files")
    slices.append(got)
    for rel in got:
        c.expect(open(os.path.join(out, rel), "rb").read() == open(os.path.join(full, rel), "rb").read(),
                 f"shard {i}: {rel} differs from the full build")
c.expect(sum(1 for s in slices if s) >= 2, f"the shards are lopsided: {[len(s) for s in slices]}")
for i in range(N):
    for j in range(i + 1, N):
        c.expect(not (slices[i] & slices[j]), f"shards {i} and {j} overlap: {sorted(slices[i] & slices[j])[:5]}")
c.expect(set().union(*slices) == everything, "the union of the shards is not the full build: "
         f"missing {sorted(everything - set().union(*slices))[:5]}, extra {sorted(set().union(*slices) - everything)[:5]}")
# A meeting's packs (both editions, main and supplementary) are in one shard.
for s in slices:
    for rel in s:
        if rel.endswith("-public.pdf"):
            private = os.path.join("private", rel[:-len("-public.pdf")] + "-private.pdf")
            c.expect(private in s or private not in everything, f"{rel} and its private edition are in different shards")

# Adding a meeting moves no other file between shards.
subprocess.run([sys.executable, os.path.join(source, "tests", "bench", "make-meetings"),
                os.path.join(source, "sample-input", "meetings"), os.path.join(work, "extra"), "10"], check=True)
added = [d for d in os.listdir(os.path.join(work, "extra")) if d.startswith("0010-")][0]
shutil.copytree(os.path.join(work, "extra", added), os.path.join(inputs, added))
for i in range(N):
    out = os.path.join(work, f"shard-{i}-again")
    build(out, "--shard", f"{i}/{N}")
    again = pdf_files(out)
    c.expect(slices[i] <= again and all("0010-" in p for p in again - slices[i]),
             f"shard {i} changed beyond the new meeting: {sorted(again ^ slices[i])[:5]}")
shutil.rmtree(os.path.join(inputs, added))

# Shards sharing one output folder: one state file per shard, nothing clobbered;
# every shard and then an unsharded build find everything up to date.
shared = os.path.join(work, "shared")
for i in range(N):
    build(shared, "--shard", f"{i}/{N}")
c.expect(pdf_files(shared) == everything, "the shards in one folder do not make the full build")
states = sorted(f for f in os.listdir(shared) if f.startswith(".boardpack-state"))
c.expect(states == [f".boardpack-state-shard-{i}-of-{N}" for i in range(N)], f"public state files: {states}")
for i in range(N):
    counts = build(shared, "--shard", f"{i}/{N}")
    c.expect(counts is not None and counts[0] == 0 and counts[1] == len(slices[i]), f"shard {i} rerun: {counts}")
counts = build(shared)
c.expect(counts == (0, len(everything), 0), f"unsharded rerun over the shards' folder: {counts}")

# Bad --shard values are usage errors (exit 2) that say what is expected.
for bad, message in [("3/3", r"I counts from 0 and must be 0\.\.2"), ("1/0", r"N must be at least 1"),
                     ("x", r"expected I/N"), ("1/2/3", r"expected I/N"), ("-1/2", r"expected I/N")]:
    r = run(boardpack, "build", inputs, "-o", os.path.join(work, "bad"), "--shard", bad)
    c.expect(r.returncode == 2 and re.search(message, r.stderr), f"--shard {bad}: exit {r.returncode}: {r.stderr}")
c.expect(not os.path.exists(os.path.join(work, "bad")), "a usage error wrote output")

c.finish()
