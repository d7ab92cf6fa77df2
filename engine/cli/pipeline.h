#pragma once
// The report pipeline end to end: XML file -> PDF bytes, through every stage.
// Shared by the `report` command and (later) packs and batch builds.

#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace bp::cli {

struct ReportJob {
  std::filesystem::path input;
  std::filesystem::path layouts_dir;
};

struct BuiltReport {
  std::string pdf;      // the PDF's bytes
  bool exempt = false;  // the report is exempt (confidential): keep it out of public folders
  int pages = 0;
};

// Runs load -> compose -> layout -> render. A file whose root is <document>
// (a standalone document: action plans, trackers) is loaded and composed as
// one; every other file as a report. Problems in the input go to `sink`
// (returns nullopt when there were errors); faults of the engine or the
// system (unreadable font, libharu failure) throw std::runtime_error.
std::optional<BuiltReport> build_report(const ReportJob& job, DiagnosticSink& sink);

// Same, but returns the text trace of the laid-out pages (for debugging house styles).
std::optional<std::string> build_report_trace(const ReportJob& job, DiagnosticSink& sink);

}  // namespace bp::cli
