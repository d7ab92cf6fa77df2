#pragma once
// A committee report, as the council wrote it. Plain data: no I/O, no layout.
// The loader fills it from XML (see engine/load/REPORT-XML.md); compose turns
// it into blocks using the house style.

#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "model/date.h"
#include "model/flow.h"

namespace bp::model {

struct FrontSheet {
  std::string report_to;        // the committee: "Health and Wellbeing Board"
  Date meeting_date;            // printed "Wednesday 11 March 2020"
  std::string subject;          // "SEND Continuous Improvement Plan Update"
  std::string report_of;        // "Interim Director of Children's Social Care and Education"
  std::string wards_affected;   // "(All Wards)"
  std::string portfolio;        // "Children, Schools and Safeguarding"
  bool key_decision = false;
  bool included_in_forward_plan = false;
  bool exempt = false;
  std::optional<int> exempt_paragraph;  // Schedule 12A paragraph (1..7); required when exempt
};

struct Cost {
  Flow revenue;  // (A) Revenue Costs
  Flow capital;  // (B) Capital Costs
};

struct Implications {
  Flow resource;  // Resource Implications (Financial, IT, Staffing and Assets)
  Flow legal;
  Flow equality;
};

// One heading of the council's Core Purpose. Empty `text` prints "Not applicable".
struct CorePurposeItem {
  std::string heading;  // "Protect the most vulnerable"
  Flow text;
};

struct Consultations {
  Flow internal;  // extra text after the standard finance/legal sentence; may be empty
  Flow external;
};

struct ContactOfficer {
  std::string name;       // a role title in samples: "SEND Improvement Lead"
  std::string telephone;  // "0151 934 4431"
  std::string email;      // "send.improvement@example.gov.uk"
};

struct BackgroundPaper {
  RichText description;
  std::string url;  // may be empty
};

// A numbered body section: "1. Introduction" with its numbered paragraphs.
struct BodySection {
  std::string title;
  Flow content;
};

struct Appendix {
  std::string letter;  // "A"
  std::string title;   // "Current KPI Performance"
  Orientation orientation = Orientation::Portrait;
  // Empty when the appendix is published separately (listed on the front
  // sheet but not printed in this document).
  Flow content;
  bool printed() const { return !content.empty(); }
};

enum class SignOffState { Draft, Final };

struct SignOff {
  SignOffState state = SignOffState::Draft;
  std::string version;                 // "0.3"; printed in the footer of a draft
  std::string signed_off_by;           // final: "Executive Director of Children's Services"
  std::optional<Date> signed_off_on;   // final
  std::string finance_reference;       // "FD5961/20"
  std::string legal_reference;         // "LD4144/20"
};

struct Report {
  std::string style;    // house style name, a folder of layouts/ ("health-and-wellbeing-board")
  std::string council;  // "Sefton Council": document Author
  Date created;         // document creation date (from the input, for reproducible output)
  SignOff sign_off;

  FrontSheet front;
  Flow summary;
  std::vector<RichText> recommendations;  // numbered (1), (2), ...
  Flow reasons;
  Flow alternatives;  // empty prints "Not applicable"
  Cost cost;
  Implications implications;
  std::vector<CorePurposeItem> core_purpose;
  Consultations consultations;
  std::optional<Date> implementation_date;  // none: "Not applicable" / immediately, per style
  std::string implementation_note;          // free text when no date ("Following the expiry of the call-in period")
  ContactOfficer contact;
  std::vector<Appendix> appendices;
  std::vector<BackgroundPaper> background_papers;
  std::vector<BodySection> body;
};

}  // namespace bp::model
