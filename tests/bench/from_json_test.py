#!/usr/bin/env python3
"""Checks of tests/bench/from-json (run by hand or by CI; not a timed benchmark).

    python3 tests/bench/from_json_test.py            # BOARDPACK=... to pick the program

- The XML for N=100 validates against engine/load/schema/report.xsd (when
  xmllint is installed) and carries the content: 100 rows of 14 cells, widths
  in mm from the JSON, RAG shades with their labels, arrows, escaped text.
- boardpack renders it (when a boardpack program is found) to the peers' page
  count for seed 1 (9 pages), front sheet on page 1 with every label and
  value, the KPI header repeated on every landscape page, "Page N" footers,
  the last row on the last page.
- Drift in the generator is an error, not a silent mismatch: an unknown
  front-sheet label, a changed layout value and a missing key each exit 1
  with a message naming the problem.
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FROM_JSON = os.path.join(HERE, "from-json")
GEN = os.environ.get("PEERS_SRC", "/work/shared/bench/peers") + "/gen.py"
SCHEMA = os.path.join(ROOT, "engine", "load", "schema", "report.xsd")


def boardpack():
    for p in (os.environ.get("BOARDPACK"), os.path.join(ROOT, "build", "release", "engine", "boardpack")):
        if p and os.access(p, os.X_OK):
            return p
    return None


class FromJsonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="from-json-test-")
        subprocess.run([sys.executable, GEN, "100", "--seed", "1", "--outdir", cls.tmp,
                        "--formats", "json"], check=True)
        cls.json_path = os.path.join(cls.tmp, "report-100.json")
        with open(cls.json_path, encoding="utf-8") as fh:
            cls.doc = json.load(fh)
        r = subprocess.run([FROM_JSON, cls.json_path], capture_output=True, check=True)
        cls.xml = r.stdout.decode("utf-8")
        cls.xml_path = os.path.join(cls.tmp, "report-100.xml")
        with open(cls.xml_path, "w", encoding="utf-8") as fh:
            fh.write(cls.xml)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def convert(self, doc):
        path = os.path.join(self.tmp, "changed.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)
        return subprocess.run([FROM_JSON, path], capture_output=True, text=True)

    def test_xml_carries_the_table(self):
        rows = re.findall(r"<row>(.*?)</row>", self.xml)
        self.assertEqual(len(rows), 101)  # header + 100
        for r in rows:
            self.assertEqual(r.count("<cell"), 14)
        self.assertIn('<column width="57mm"/>', self.xml)
        self.assertEqual(self.xml.count("<column "), 14)
        first = self.doc["kpi_section"]["rows"][0]
        self.assertIn('<cell align="center" shade="rating-%s">%s</cell>'
                      % (first["rag"].lower(), first["rag"]), rows[1])
        self.assertIn('<cell align="center">%s</cell>' % first["direction_glyph"], rows[1])
        self.assertIn('<table font-size="7">', self.xml)
        self.assertIn('style="bench-kpi"', self.xml)
        self.assertIn('<section title="Purpose of report">', self.xml)

    def test_escaping(self):
        doc = copy.deepcopy(self.doc)
        doc["kpi_section"]["rows"][0]["commentary"] = 'R&D <b> "q"'
        r = self.convert(doc)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("R&amp;D &lt;b&gt; &quot;q&quot;", r.stdout)

    @unittest.skipUnless(shutil.which("xmllint"), "xmllint not installed")
    def test_validates_against_the_schema(self):
        r = subprocess.run(["xmllint", "--noout", "--schema", SCHEMA, self.xml_path],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_unknown_front_label_is_an_error(self):
        doc = copy.deepcopy(self.doc)
        doc["front_sheet"]["fields"][2][0] = "Report by"
        r = self.convert(doc)
        self.assertEqual(r.returncode, 1)
        self.assertIn("front_sheet.fields labels", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_changed_layout_value_is_an_error(self):
        doc = copy.deepcopy(self.doc)
        doc["layout"]["cell_padding"] = 1.0
        r = self.convert(doc)
        self.assertEqual(r.returncode, 1)
        self.assertIn("layout.cell_padding is 1.0", r.stderr)

    def test_missing_key_is_an_error(self):
        doc = copy.deepcopy(self.doc)
        del doc["kpi_section"]["rows"][3]["rag"]
        r = self.convert(doc)
        self.assertEqual(r.returncode, 1)
        self.assertIn("'rag'", r.stderr)

    @unittest.skipUnless(boardpack() and shutil.which("pdftotext"), "no boardpack or pdftotext")
    def test_renders_like_the_peers(self):
        pdf = os.path.join(self.tmp, "report-100.pdf")
        r = subprocess.run([boardpack(), "report", self.xml_path, "-o", pdf, "--layouts",
                            os.path.join(HERE, "layouts")], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        self.assertRegex(info, r"Pages:\s+9\n")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                              text=True, check=True)
        self.assertEqual(text.stderr, "")
        pages = text.stdout.split("\f")[:9]
        front = pages[0]
        for label, value in self.doc["front_sheet"]["fields"]:
            self.assertIn(label, front)
            self.assertIn(value.split(" (")[0], front)
        self.assertIn("4. Summary of performance", front)
        for i, page in enumerate(pages, 1):
            self.assertRegex(page, r"Page %d\s*$" % i)
        for page in pages[1:]:
            self.assertRegex(page, r"Ref\s+Measure\s+Freq\.\s+Baseline")
        self.assertIn("KPI-0100", pages[8])
        self.assertIn("KPI-0001", pages[1])
        for glyph in ("\u2191", "\u2193", "\u2192"):
            self.assertIn(glyph, "".join(pages[1:]))
        for rag in ("Red", "Amber", "Green"):
            self.assertIn(rag, pages[1])


if __name__ == "__main__":
    unittest.main()
