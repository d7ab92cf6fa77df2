"""End to end: `boardpack calendar`, the bank holidays an officer checks deadlines by.

Every holiday 2018-2030 printed by the real program is compared with the dates
gov.uk publishes (2018-2027) and dates worked out by hand from the rules
(2028-2030); weekdays are checked with Python's own calendar; one-off changes
must be marked; bad usage exits 2 and a bad data file exits 1 with a located error.

usage: calendar_test.py BOARDPACK SOURCE_DIR WORK_DIR
"""
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pdfcheck import Checker, run  # noqa: E402

boardpack, source, work = sys.argv[1:4]
work = os.path.join(work, "calendar")
os.makedirs(work, exist_ok=True)
layouts = os.path.join(source, "layouts")
c = Checker()

PUBLISHED = {
    2018: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
    2019: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
    2020: "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
    2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
    2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
    2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
    2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
    2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
    2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
    # By the rules, checked by hand: Easter Sunday 16 April 2028, 1 April 2029, 21 April 2030.
    2028: "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
    2029: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
    2030: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
}
ONE_OFF = {"2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"}
REMOVED = {"2020-05-04", "2022-05-30"}

LINE = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\w+) +(.+?)(?:  \[(.+)\])?$")


def holidays(stdout):
    """{date: (weekday, name, mark)} from the data lines; [dates] of '#' notes naming a date."""
    out, notes = {}, []
    for line in stdout.splitlines():
        if line.startswith("#"):
            m = re.match(r"# (\d{4}-\d{2}-\d{2}) ", line)
            if m:
                notes.append((m.group(1), line))
            continue
        m = LINE.match(line)
        c.expect(m, f"not a holiday line: {line!r}")
        if m:
            out[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return out, notes


r = run(boardpack, "calendar", "2018", "--to", "2030", "--layouts", layouts)
c.expect(r.returncode == 0, f"calendar 2018 --to 2030: exit {r.returncode}: {r.stderr}")
got, notes = holidays(r.stdout)
expected = [f"{y}-{md}" for y, mds in PUBLISHED.items() for md in mds.split()]
c.expect(sorted(got) == expected,
         f"holidays differ from the published dates: missing {sorted(set(expected) - set(got))}, "
         f"extra {sorted(set(got) - set(expected))}")
c.expect(list(got) == sorted(got), "holidays are not printed in date order")
for day, (weekday, name, mark) in got.items():
    real = datetime.date.fromisoformat(day).strftime("%A")
    c.expect(weekday == real, f"{day}: printed as {weekday}, is a {real}")
    c.expect(real not in ("Saturday", "Sunday"), f"{day}: a holiday at the weekend")
    c.expect(name.strip() != "", f"{day}: no name")
    c.expect((mark is not None and mark.startswith("one-off")) == (day in ONE_OFF),
             f"{day}: one-off mark {mark!r} (one-off changes must be marked, rule holidays not)")
c.expect(got.get("2020-05-08", ("", "", ""))[2] == "one-off: moved from Monday 4 May 2020",
         f"2020-05-08 mark: {got.get('2020-05-08')}")
c.expect("VE Day" in got.get("2020-05-08", ("", "", ""))[1], "2020-05-08 is not named for VE Day")
c.expect(got.get("2021-12-27", ("", "", ""))[1] == "Christmas Day (substitute day)",
         f"2021-12-27: {got.get('2021-12-27')}")
c.expect(got.get("2022-01-03", ("", "", ""))[1] == "New Year's Day (substitute day)",
         f"2022-01-03: {got.get('2022-01-03')}")
c.expect({d for d, _ in notes} == REMOVED, f"removed holidays noted: {notes}")
for day, line in notes:
    c.expect("removed" in line, f"note for {day} does not say it was removed: {line!r}")
c.expect(re.search(r"^# .*bank-holidays-england-and-wales\.xml", r.stdout, re.M),
         "the header does not name the data file")

# One year; --style reads the file the house style names (the same one here).
one = run(boardpack, "calendar", "2020", "--layouts", layouts)
c.expect(one.returncode == 0 and len(holidays(one.stdout)[0]) == 8, f"calendar 2020: {one.returncode} {one.stdout!r}")
styled = run(boardpack, "calendar", "2020", "--layouts", layouts, "--style", "overview-and-scrutiny")
c.expect(styled.returncode == 0 and styled.stdout == one.stdout,
         f"--style overview-and-scrutiny: exit {styled.returncode}, output differs: {styled.stderr}")
r = run(boardpack, "calendar", "2020", "--layouts", layouts, "--style", "no-such-style")
c.expect(r.returncode == 1 and "no-such-style" in r.stderr, f"unknown style: exit {r.returncode} {r.stderr!r}")

r = run(boardpack, "calendar", "--help")
c.expect(r.returncode == 0 and "--to" in r.stdout, f"calendar --help: {r.returncode} {r.stdout!r}")

# Bad usage: exit 2 and a message.
for args, why in [((), "no year"), (("abc",), "not a number"), (("1899",), "before 1900"),
                  (("2201",), "after 2200"), (("20201",), "five digits"), (("2020", "--to", "2019"), "--to before YEAR"),
                  (("2020", "--to", "x"), "--to not a number"), (("2020", "2021"), "two years"),
                  (("2020", "--bogus"), "unknown option")]:
    r = run(boardpack, "calendar", *args, "--layouts", layouts)
    c.expect(r.returncode == 2, f"{why}: exit {r.returncode}, expected 2 (bad usage)")
    c.expect(r.stderr.strip() != "", f"{why}: nothing on stderr")
    c.expect(r.stdout == "", f"{why}: something on stdout")

# A bad data file: exit 1, the mistake located.
bad_layouts = os.path.join(work, "layouts")
os.makedirs(os.path.join(bad_layouts, "common"), exist_ok=True)
bad = os.path.join(bad_layouts, "common", "bank-holidays-england-and-wales.xml")
with open(bad, "w", encoding="utf-8") as f:
    f.write('<bank-holidays region="England and Wales">\n'
            '  <add date="2020-05-09" name="VE Day"/>\n'
            '</bank-holidays>\n')
r = run(boardpack, "calendar", "2020", "--layouts", bad_layouts)
c.expect(r.returncode == 1, f"bad data file: exit {r.returncode}, expected 1")
c.expect(re.search(rf"{re.escape(bad)}:2:8: error: .*Saturday", r.stderr),
         f"bad data file: expected '{bad}:2:8: error: ...Saturday...', got {r.stderr!r}")
c.expect(r.stdout == "", "bad data file: holidays printed anyway")

r = run(boardpack, "calendar", "2020", "--layouts", os.path.join(work, "nowhere"))
c.expect(r.returncode == 1 and "not found" in r.stderr, f"missing data file: exit {r.returncode} {r.stderr!r}")

c.finish()
