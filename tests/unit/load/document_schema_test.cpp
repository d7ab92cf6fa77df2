// engine/load/schema/document.xsd and action-plan.xsd agree with the loader:
// the minimal document and both document samples validate with xmllint; the
// mistakes XSD can see are rejected by schema and loader alike; the rules only
// the loader can check are accepted by the schema. Skipped without xmllint.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "load/document_loader.h"

namespace {

namespace fs = std::filesystem;

const fs::path kData = BOARDPACK_TEST_DATA;
const fs::path kSamples = BOARDPACK_SAMPLES;
const fs::path kSchemas = fs::path(BOARDPACK_TEST_DATA) / ".." / ".." / "engine" / "load" / "schema";

bool have_xmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

bool validates(const fs::path& schema, const fs::path& file) {
  const std::string cmd = "xmllint --noout --nonet --schema '" + schema.string() + "' '" +
                          file.string() + "' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

// A document holding `body` in its one section, written to a scratch file.
class ScratchDocument {
 public:
  explicit ScratchDocument(const std::string& body) {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("boardpack-doc-schema-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".xml");
    text_ = "<document style=\"health-and-wellbeing-board\" council=\"C\" created=\"2019-12-02\">"
            "<title>T</title><date>2019-11</date><section title=\"S\">" +
            body + "</section></document>\n";
    std::ofstream(path_) << text_;
  }
  ~ScratchDocument() { fs::remove(path_); }
  const fs::path& path() const { return path_; }
  bool loads() const {
    bp::DiagnosticSink sink;
    return bp::load::load_document_text(text_, "scratch.xml", sink).has_value();
  }

 private:
  fs::path path_;
  std::string text_;
};

const std::string kAction =
    "<action ref=\"1.1\"><doing><p>Do.</p></doing><milestone due=\"2020-10\">M</milestone></action>";

std::string plan(const std::string& actions, const std::string& attributes = "as-at=\"2019-11-30\"") {
  return "<action-plan " + attributes + "><area title=\"A\">" + actions + "</area></action-plan>";
}

TEST(DocumentSchema, GoodDocumentsValidate) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed";
  EXPECT_TRUE(validates(kSchemas / "document.xsd", kData / "minimal-document.xml"));
  EXPECT_TRUE(validates(kSchemas / "document.xsd", kSamples / "sefton-send-tracker-2019-11.xml"));
  EXPECT_TRUE(validates(kSchemas / "document.xsd", kSamples / "durham-wsoa-2018-04-24.xml"));
  // Plan blocks are blocks of reports too.
  const ScratchDocument good(plan(kAction));
  EXPECT_TRUE(good.loads());
  EXPECT_TRUE(validates(kSchemas / "document.xsd", good.path()));
}

TEST(DocumentSchema, MistakesBothSee) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed";
  for (const std::string& body :
       {plan("<action ref=\"1.1\"><doing><p>Do.</p></doing><milestone due=\"2019-13\">M</milestone></action>"),
        plan("<action ref=\"1.1\" rating=\"amber\"><doing><p>Do.</p></doing></action>"),
        plan(kAction, "title=\"no as-at\""),
        plan("<action ref=\"1.1\"><doing><p>Do.</p></doing><milestones/></action>"),
        std::string("<glossary><term abbreviation=\"A\"/></glossary>"),
        std::string("<governance><grup name=\"B\"/></governance>"),
        std::string("<postholders/>")}) {
    const ScratchDocument d(body);
    EXPECT_FALSE(d.loads()) << body;
    EXPECT_FALSE(validates(kSchemas / "document.xsd", d.path())) << body;
  }
}

TEST(DocumentSchema, LoaderOnlyRules) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed";
  for (const std::string& body :
       {plan("<action ref=\"1.1\"><milestone due=\"2020-10\">M</milestone></action>"),       // no doing
        plan("<action ref=\"1.1\"><doing><p>Do.</p></doing></action>"),                     // nothing to rate by
        plan(kAction + kAction),                                                              // ref twice
        plan("<action ref=\"1.1\"><doing><p>Do.</p></doing>"
             "<milestone due=\"2019-10\" done=\"2019-10\" at-risk=\"yes\">M</milestone></action>")}) {
    const ScratchDocument d(body);
    EXPECT_FALSE(d.loads()) << body;
    EXPECT_TRUE(validates(kSchemas / "document.xsd", d.path())) << body;
  }
}

}  // namespace
