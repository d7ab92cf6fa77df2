"""End to end: crash isolation of `boardpack build`. A folder of several meetings
(tests/bench/make-meetings) where one meeting's jobs are made to die in their
worker (BOARDPACK_FAULT_INJECT, see engine/cli/build_workers.h): the others are
complete PDFs, the dead ones are named in the summary with their signal, no file
is left for them, the exit status is 1, and the next build makes only them.
Also: the status line on a terminal.

usage: build_crash_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import os
import pty
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, info, pdf_files, qpdf_check, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "build-crash")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
c = Checker()

meetings = os.path.join(work, "meetings")
subprocess.run([sys.executable, os.path.join(source, "tests", "bench", "make-meetings"),
                os.path.join(source, "sample-input", "meetings"), meetings, "4"], check=True)
names = sorted(os.listdir(meetings))  # 0001-cabinet-..., 0002-hwb-..., 0003-os-..., 0004-cabinet-...
victim = names[1]


def table(stdout):
    rows = {}
    for name, *numbers in re.findall(
            r"^(reports|documents|public packs|private packs|total)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", stdout, re.M):
        rows[name] = tuple(int(n) for n in numbers)
    return rows


def build(out, fault=None, *extra):
    env = dict(os.environ)
    env.pop("BOARDPACK_FAULT_INJECT", None)
    if fault:
        env["BOARDPACK_FAULT_INJECT"] = fault
    return subprocess.run([boardpack, "build", meetings, "-o", out, "-j", "2", *extra],
                          capture_output=True, text=True, env=env)


# Reference: the full build without faults.
full = os.path.join(work, "full")
r = build(full)
c.expect(r.returncode == 0, f"reference build: exit {r.returncode}: {r.stderr[-400:]}")
everything = pdf_files(full)
c.expect(len(everything) >= 12, f"reference build made {len(everything)} PDFs")

for mode, signal_text in [("crash", r"crashed: signal 11 \(Segmentation fault\)"),
                          ("abort", r"crashed: signal 6 \(Aborted\)"),
                          ("exit", r"exited with status 0 without a result")]:
    out = os.path.join(work, "out-" + mode)
    # What a worker killed while writing leaves beside its target: removed after it died.
    os.makedirs(out)
    partial = os.path.join(out, victim + "-public.pdf.tmp-Ab3dEf")
    open(partial, "wb").write(b"%PDF-1.7 half")
    r = build(out, f"{mode}:{victim}/meeting.xml")
    c.expect(not os.path.exists(partial), f"{mode}: the dead worker's temporary file was left")
    c.expect(r.returncode == 1, f"{mode}: exit {r.returncode}, expected 1")
    t = table(r.stdout)
    c.expect(t.get("public packs", (0, 0, 0))[2] == 1 and t.get("private packs", (0, 0, 0))[2] == 1,
             f"{mode}: the victim's two packs are not counted failed: {t}")
    c.expect(t.get("total", (0, 0, 0))[2] == 2, f"{mode}: other failures: {r.stdout}")
    listed = re.findall(r"^  pack .*" + re.escape(victim) + r"/meeting\.xml \((public|private)\): " + signal_text + "$",
                        r.stdout, re.M)
    c.expect(sorted(listed) == ["private", "public"], f"{mode}: failures not named in the summary: {r.stdout}")
    c.expect(re.search(r"FAILED pack .*" + re.escape(victim) + r"/meeting\.xml \(public\): " + signal_text, r.stderr),
             f"{mode}: failure not printed on stderr: {r.stderr[-400:]}")
    built = pdf_files(out)
    lost = everything - built
    c.expect(all(victim[:4] in p and p.endswith(("-public.pdf", "-private.pdf")) for p in lost) and len(lost) == 2,
             f"{mode}: outputs other than the victim's packs are missing: {sorted(lost)}")
    c.expect(built <= everything, f"{mode}: unexpected outputs {sorted(built - everything)}")
    leftovers = [f for d, _, fs in os.walk(out) for f in fs if not f.endswith(".pdf") and not f.startswith(".boardpack-state")]
    c.expect(not leftovers, f"{mode}: files left behind: {leftovers}")
    if mode == "crash":
        # Every other output is complete: qpdf accepts it, its page count is the one
        # the reference build wrote, and the table's page total is theirs.
        pages = 0
        for rel in sorted(built):
            ok, text = qpdf_check(os.path.join(out, rel))
            c.expect(ok, f"qpdf --check {rel}: {text[-200:]}")
            n = int(info(os.path.join(out, rel))[0].get("Pages", "0"))
            c.expect(n > 0 and n == int(info(os.path.join(full, rel))[0].get("Pages", "-1")), f"{rel}: {n} pages")
            c.expect(open(os.path.join(out, rel), "rb").read() == open(os.path.join(full, rel), "rb").read(),
                     f"{rel} differs from the reference build")
            pages += n
        c.expect(t.get("total", (0, 0, 0, -1))[3] == pages, f"pages built {t.get('total')} != {pages} read back")
        # The next build without the fault makes exactly the two that died.
        r = build(out)
        t = table(r.stdout)
        c.expect(r.returncode == 0 and t.get("total", (0,))[0] == 2 and t["total"][1] == len(everything) - 2,
                 f"rebuild after the crash: exit {r.returncode}: {t}")
        c.expect(pdf_files(out) == everything, "the rebuild did not complete the folder")

# A job that never finishes is stopped at --job-timeout; the others still build.
out = os.path.join(work, "out-hang")
r = build(out, f"hang:{victim}/meeting.xml (public)", "--job-timeout", "2")
c.expect(r.returncode == 1, f"hang: exit {r.returncode}, expected 1")
t = table(r.stdout)
c.expect(t.get("total", (0, 0, 0))[2] == 1 and t.get("public packs", (0, 0, 0))[2] == 1,
         f"hang: expected exactly the public pack to fail: {r.stdout}")
c.expect(re.search(r"^  pack .*" + re.escape(victim) + r"/meeting\.xml \(public\): timed out: still running after 2 s",
                   r.stdout, re.M), f"hang: the timeout is not named in the summary: {r.stdout}")
c.expect(pdf_files(out) == everything - {p for p in everything if victim[:4] in p and p.endswith("-public.pdf")},
         f"hang: other outputs missing: {sorted(everything - pdf_files(out))}")

# On a terminal: one status line rewritten in place ("\r[done/total] m:ss item").
master, slave = pty.openpty()
p = subprocess.Popen([boardpack, "build", meetings, "-o", os.path.join(work, "tty"), "-j", "2"],
                     stdout=subprocess.PIPE, stderr=slave, text=True)
os.close(slave)
tty_bytes = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    tty_bytes += chunk
stdout = p.communicate()[0]
os.close(master)
text = tty_bytes.decode(errors="replace")
c.expect(re.search(r"\r\x1b\[K\[\d+/%d\] \d+:\d\d (report|document|pack) " % len(everything), text),
         f"no status line on the terminal: {text[:300]!r}")
c.expect(re.search(r"\r\x1b\[K\[%d/%d\]" % (len(everything), len(everything)), text), "the status line never reached the end")
c.expect(text.endswith("\r\x1b[K"), f"the status line is not cleared at the end: {text[-80:]!r}")
c.expect(table(stdout).get("total", (0,))[0] == len(everything), f"terminal build: {stdout}")

c.finish()
