#!/usr/bin/env python3
"""summarize.py: the benchmark's raw runs -> the results in Markdown (stdout).

Called by tests/bench/run; reads its TSV files:
  --runs     n, engine, run, wall_s, user_s, sys_s, maxrss_kb, exit (one row per run)
  --checks   n, engine, pages, bytes, qpdf, pdftotext_warnings (PDF of the last run)
  --build    jobs, run, wall_s, user_s, sys_s, maxrss_kb, exit, outputs
  --versions, --missing   text files quoted as they are
Prints per N and engine: runs ok, pages, wall min and median, cpu median, max
RSS, bytes, checks; then boardpack's ratio to every peer (peer median /
boardpack median, so 12.0x means boardpack is 12 times faster), bytes and RSS
ratios, the linearity t(5000)/t(1000) of every engine, the build speed-up and
the issue-6 targets, each marked met or not met. Failed runs (exit != 0) are
left out of the times; an engine with no good run shows "-".
"""
import argparse
import csv
import statistics

PEER_ORDER = ["fop", "weasyprint", "xelatex", "typst"]
NAMES = {"boardpack": "boardpack", "fop": "FOP", "weasyprint": "WeasyPrint",
         "xelatex": "XeLaTeX", "typst": "Typst"}


def read_tsv(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def num(s, default=None):
    try:
        return float(s)
    except (TypeError, ValueError):
        return default


def fmt_s(x):
    if x is None:
        return "-"
    return "%.3f" % x if x < 10 else "%.2f" % x


def fmt_ratio(x):
    if x is None:
        return "-"
    return "%.2fx" % x if x < 20 else "%.1fx" % x if x < 100 else "%.0fx" % x


class Stats:
    def __init__(self, rows):
        ok = [r for r in rows if r["exit"] == "0"]
        self.runs = len(rows)
        self.ok = len(ok)
        walls = [num(r["wall_s"]) for r in ok]
        self.wall_min = min(walls) if walls else None
        self.wall_med = statistics.median(walls) if walls else None
        cpus = [num(r["user_s"], 0) + num(r["sys_s"], 0) for r in ok]
        self.cpu_med = statistics.median(cpus) if cpus else None
        rss = [num(r["maxrss_kb"], 0) for r in ok]
        self.rss_mib = max(rss) / 1024 if rss else None


def main():
    ap = argparse.ArgumentParser()
    for a in ("runs", "checks", "build", "versions", "missing", "command"):
        ap.add_argument("--" + a, required=True)
    ap.add_argument("--meetings", default="200")
    a = ap.parse_args()

    runs = read_tsv(a.runs)
    checks = {(r["n"], r["engine"]): r for r in read_tsv(a.checks)}
    ns = sorted({int(r["n"]) for r in runs})
    engines = ["boardpack"] + [p for p in PEER_ORDER if any(r["engine"] == p for r in runs)]
    stats = {}
    for n in ns:
        for e in engines:
            rows = [r for r in runs if r["n"] == str(n) and r["engine"] == e]
            if rows:
                stats[(n, e)] = Stats(rows)

    out = []
    w = out.append
    w("# boardpack against the peers: synthetic council KPI report\n")
    w("Command (from the top of the repository): `%s`\n" % a.command)
    w("Content: the peers' generator (gen.py, same seed), a portrait front sheet and a landscape "
      "A4 KPI table of N rows; boardpack reads it through tests/bench/from-json with the "
      "tests/bench/layouts bench style. Every run is a whole process (start-up included) under "
      "`/usr/bin/time -v`; wall = nanosecond clock around it; cpu = user + sys; RSS = max "
      "resident set. Times are of successful runs only.\n")
    w("| N | engine | runs ok | pages | wall min (s) | wall median (s) | cpu median (s) | "
      "max RSS (MiB) | PDF bytes | qpdf --check | pdftotext warnings |")
    w("|---:|---|---|---:|---:|---:|---:|---:|---:|---|---:|")
    for n in ns:
        for e in engines:
            s = stats.get((n, e))
            if not s:
                continue
            c = checks.get((str(n), e), {})
            w("| %d | %s | %d/%d | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                n, NAMES[e], s.ok, s.runs, c.get("pages", "-"), fmt_s(s.wall_min),
                fmt_s(s.wall_med), fmt_s(s.cpu_med),
                "-" if s.rss_mib is None else "%.0f" % s.rss_mib if s.rss_mib >= 10
                else "%.1f" % s.rss_mib,
                c.get("bytes", "-"), c.get("qpdf", "-"), c.get("pdftotext_warnings", "-")))
    w("")

    peers = [e for e in engines if e != "boardpack"]

    def bp_ratio(n, p):
        b, s = stats.get((n, "boardpack")), stats.get((n, p))
        if not b or not s or not b.wall_med or s.wall_med is None:
            return None
        return s.wall_med / b.wall_med

    def pages(n, e):
        return num(checks.get((str(n), e), {}).get("pages"))

    def nbytes(n, e):
        return num(checks.get((str(n), e), {}).get("bytes"))

    if peers:
        w("## boardpack's speed against each peer\n")
        w("Peer wall median / boardpack wall median (how many times faster boardpack is), "
          "then boardpack's PDF bytes and max RSS as a share of the peer's.\n")
        w("| N | boardpack median (s) | pages/s | " +
          " | ".join("vs %s" % NAMES[p] for p in peers) + " | " +
          " | ".join("bytes / %s" % NAMES[p] for p in peers) + " | " +
          " | ".join("RSS / %s" % NAMES[p] for p in peers) + " |")
        w("|---:|---:|---:|" + "---:|" * (3 * len(peers)))
        for n in ns:
            b = stats.get((n, "boardpack"))
            if not b:
                continue
            pg = pages(n, "boardpack")
            pps = "-" if not pg or not b.wall_med else "%.0f" % (pg / b.wall_med)
            cells = [fmt_ratio(bp_ratio(n, p)) for p in peers]
            for p in peers:
                bb, pb = nbytes(n, "boardpack"), nbytes(n, p)
                cells.append("-" if not bb or not pb else "%.2f" % (bb / pb))
            for p in peers:
                s = stats.get((n, p))
                cells.append("-" if not s or not s.rss_mib or b.rss_mib is None
                             else "%.2f" % (b.rss_mib / s.rss_mib))
            w("| %d | %s | %s | %s |" % (n, fmt_s(b.wall_med), pps, " | ".join(cells)))
        w("")
        w("The same by cpu time (user + sys medians), which a busy machine disturbs less "
          "than wall time (FOP and the build use more than one core, so their cpu exceeds "
          "their wall time):\n")
        w("| N | boardpack cpu (s) | " + " | ".join("vs %s" % NAMES[p] for p in peers) + " |")
        w("|---:|---:|" + "---:|" * len(peers))
        for n in ns:
            b = stats.get((n, "boardpack"))
            if not b or not b.cpu_med:
                continue
            cells = []
            for p in peers:
                s = stats.get((n, p))
                cells.append("-" if not s or s.cpu_med is None else fmt_ratio(s.cpu_med / b.cpu_med))
            w("| %d | %s | %s |" % (n, fmt_s(b.cpu_med), " | ".join(cells)))
        w("")

    w("## Pages against the peers\n")
    w("| N | " + " | ".join(NAMES[e] for e in engines) + " | boardpack vs peers |")
    w("|---:|" + "---:|" * len(engines) + "---|")
    for n in ns:
        bp = pages(n, "boardpack")
        others = [pages(n, p) for p in peers if pages(n, p)]
        if bp and others:
            dev = max(abs(bp - o) / o for o in others) * 100
            verdict = "%+d pages, at most %.1f%% off" % (bp - statistics.median(others), dev)
        else:
            verdict = "-"
        w("| %d | %s | %s |" % (n, " | ".join(
            "%d" % pages(n, e) if pages(n, e) else "-" for e in engines), verdict))
    w("")

    lin = {}
    if 1000 in ns and 5000 in ns:
        w("## Linearity: t(5000) / t(1000), wall medians\n")
        w("| engine | t(1000) (s) | t(5000) (s) | ratio | max RSS 1000 / 5000 (MiB) |")
        w("|---|---:|---:|---:|---|")
        for e in engines:
            s1, s5 = stats.get((1000, e)), stats.get((5000, e))
            if not s1 or not s5 or not s1.wall_med or s5.wall_med is None:
                continue
            lin[e] = s5.wall_med / s1.wall_med
            w("| %s | %s | %s | %.2f | %.0f / %.0f |" % (NAMES[e], fmt_s(s1.wall_med),
                                                        fmt_s(s5.wall_med), lin[e],
                                                        s1.rss_mib or 0, s5.rss_mib or 0))
        w("")

    build = read_tsv(a.build)
    speedup = None
    if build:
        w("## `boardpack build` over %s meetings (sample meetings copied; public and private "
          "editions plus the reports in each folder)\n" % a.meetings)
        w("| -j | runs ok | outputs | wall min (s) | wall median (s) | cpu median (s) | "
          "max RSS (MiB) |")
        w("|---:|---|---:|---:|---:|---:|---:|")
        med = {}
        for j in sorted({int(r["jobs"]) for r in build}):
            rows = [r for r in build if r["jobs"] == str(j)]
            s = Stats(rows)
            med[j] = s.wall_med
            outs = sorted({r["outputs"] for r in rows})
            w("| %d | %d/%d | %s | %s | %s | %s | %s |" % (
                j, s.ok, s.runs, "/".join(outs), fmt_s(s.wall_min), fmt_s(s.wall_med),
                fmt_s(s.cpu_med), "-" if s.rss_mib is None else "%.0f" % s.rss_mib))
        if med.get(1) and med.get(2):
            speedup = med[1] / med[2]
            w("\nSpeed-up -j 2 against -j 1 (median / median): **%.2fx**" % speedup)
        w("")

    w("## Issue 6 targets\n")

    def verdict(ok):
        return "n/a" if ok is None else ("met" if ok else "NOT met")

    t = []
    for p, want in (("xelatex", 10), ("typst", 10), ("fop", 40), ("weasyprint", 100)):
        r = bp_ratio(1000, p) if 1000 in ns else None
        t.append(("N=1000: at least %dx faster than %s" % (want, NAMES[p]),
                  fmt_ratio(r), verdict(None if r is None else r >= want)))
    b1 = stats.get((1000, "boardpack"))
    if b1 and b1.wall_med and pages(1000, "boardpack"):
        pps = pages(1000, "boardpack") / b1.wall_med
        t.append(("aim: 2,000 pages per second (N=1000)", "%.0f pages/s" % pps,
                  verdict(pps >= 2000)))
    r = lin.get("boardpack")
    t.append(("t(5000) at most 5.5x t(1000)", "-" if r is None else "%.2fx" % r,
              verdict(None if r is None else r <= 5.5)))
    b5 = stats.get((5000, "boardpack"))
    t.append(("max RSS under 50 MB at N=5000", "-" if not b5 or b5.rss_mib is None
              else "%.1f MiB" % b5.rss_mib,
              verdict(None if not b5 or b5.rss_mib is None else b5.rss_mib * 1.048576 < 50)))
    for n in ns:
        bb, xb = nbytes(n, "boardpack"), nbytes(n, "xelatex")
        t.append(("N=%d: PDF no larger than XeLaTeX's" % n,
                  "-" if not bb or not xb else "%d vs %d bytes" % (bb, xb),
                  verdict(None if not bb or not xb else bb <= xb)))
    warn = [num(checks.get((str(n), "boardpack"), {}).get("pdftotext_warnings")) for n in ns]
    warn = [x for x in warn if x is not None]
    t.append(("pdftotext reads every boardpack PDF without a warning",
              "-" if not warn else "%d warning lines" % sum(warn),
              verdict(None if not warn else sum(warn) == 0)))
    for n in ns:
        bp = pages(n, "boardpack")
        others = [pages(n, p) for p in peers if pages(n, p)]
        if bp and others:
            dev = max(abs(bp - o) / o for o in others)
            t.append(("N=%d: same pages as the peers within 5%%" % n,
                      "%d vs %s" % (bp, "/".join("%d" % o for o in sorted(set(others)))),
                      verdict(dev <= 0.05)))
    t.append(("build -j 2 at least 1.7x faster than -j 1",
              "-" if speedup is None else "%.2fx" % speedup,
              verdict(None if speedup is None else speedup >= 1.7)))
    w("| target | measured | |")
    w("|---|---|---|")
    for name, got, v in t:
        w("| %s | %s | %s |" % (name, got, v))
    w("")

    with open(a.missing, encoding="utf-8") as fh:
        missing = fh.read().strip()
    if missing:
        w("## Missing peers\n")
        for line in missing.splitlines():
            w("- " + line)
        w("")
    with open(a.versions, encoding="utf-8") as fh:
        w("## Versions and machine\n\n```\n" + fh.read().strip() + "\n```")
    print("\n".join(out))


if __name__ == "__main__":
    main()
