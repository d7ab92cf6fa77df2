#pragma once
// Key performance indicators (KPIs) of an improvement plan: the numbers as the
// council recorded them, and nothing derived. The rating (red, amber, green or
// a neutral state), the direction of travel and their sentences are never
// stored: model/kpi_rating.h and model/kpi_wording.h derive them from these
// numbers for a reporting date, so the same data always reads the same way.
//
// A KpiGroup (the KPIs of one action of the plan, printed as one table) and
// the KpiKey (the key to ratings and arrows) are blocks of a flow: this header
// is included at the end of model/flow.h; include either.
//
// Invariants the loader guarantees (load/kpi_reader.h): targets, actuals and
// national figures are each in strictly increasing date order; a Value or
// Max/MinOf target has a value; a BaselinePlus target has an uplift and the KPI
// has an established or pending baseline.

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/date.h"
#include "model/flow.h"
#include "model/rich_text.h"

namespace bp::model {

enum class Polarity { HigherIsBetter, LowerIsBetter };

enum class Frequency { Unspecified, Monthly, Quarterly, BiAnnually, Annually };

// How values print: Percent "40%", Weeks "25 weeks", Days "3 days", Count "9".
enum class KpiUnit { Percent, Weeks, Days, Count };

// The state a KPI is rated in. Green/Amber/Red compare the latest figure with
// the target in force; the others are neutral (nothing to compare).
enum class Rating {
  Green,                   // meets or beats the target in force
  Amber,                   // misses it by no more than the house style's tolerance
  Red,                     // misses it by more
  BaselineNotEstablished,  // the baseline is still to be established
  NoTarget,                // the KPI has no targets
  NotDue,                  // no measurable target has fallen due yet
  NoData                   // no figure (or no national average) for the period
};

// Direction of travel of the latest figure against the previous one, with the
// KPI's polarity: a waiting time that fell has Improved.
enum class Direction { None, Improved, Maintained, Declined };

struct Baseline {
  enum class State {
    None,         // no <baseline>: prints "N/A"
    Established,  // `value` (and usually `date`) known
    Pending,      // still to be established (by `established_by` when known)
    Described     // no figure, only `note` ("6 weeks completion rate from 01.07.2019")
  };
  State state = State::None;
  double value = 0;                    // Established
  std::optional<Date> date;            // Established: when it was measured
  std::optional<Date> established_by;  // Pending: when it is due
  std::string note;                    // any state: printed with the baseline ("National expectation")
  bool established() const { return state == State::Established; }
};

enum class TargetKind {
  Value,            // `value`
  BaselinePlus,     // the baseline plus `uplift` points or per cent
  NationalAverage,  // the national figure in force
  MaxOf,            // `value` or the national figure, whichever is higher
  MinOf,            // `value` or the national figure, whichever is lower
  NotMeasurable     // a milestone with no measurable target (`note` says why)
};

enum class Uplift {
  Points,  // added in the KPI's own unit: 38.5% plus 10 points is 48.5%
  Percent  // relative: 38.5% plus 10 per cent is 42.35%
};

// A milestone target. It applies from `date` until the next target's date.
struct Target {
  Date date;
  std::string label;  // the milestone's name in the header row ("3 Months"); may be empty
  TargetKind kind = TargetKind::Value;
  double value = 0;   // Value, MaxOf, MinOf
  double uplift = 0;  // BaselinePlus
  Uplift uplift_kind = Uplift::Points;
  std::string note;   // printed with the target
};

// A reported figure for the period ending on `date`.
struct Actual {
  Date date;
  double value = 0;
  std::string note;
};

// A national (or other comparator) figure published for the period ending on `date`.
struct NationalFigure {
  Date date;
  double value = 0;
};

// A value typed in the input that must agree with the derived one.
template <typename T>
struct Claimed {
  T value{};
  SourceLocation where;  // the attribute, for the message when it disagrees
};

struct Kpi {
  std::string ref;  // "KPI 1/2a"
  RichText measure;  // what is measured ("% of new EHCPs completed within 20 weeks")
  Frequency frequency = Frequency::Unspecified;
  KpiUnit unit = KpiUnit::Percent;
  Polarity polarity = Polarity::HigherIsBetter;
  Baseline baseline;
  std::vector<Target> targets;
  std::vector<Actual> actuals;
  std::vector<NationalFigure> national;
  Flow commentary;  // paragraphs and lists
  std::optional<Claimed<Rating>> claimed_rating;
  std::optional<Claimed<Direction>> claimed_direction;
  SourceLocation where;  // the <kpi> element
};

// The KPIs of one action of the plan, rated at `reporting_date`.
struct KpiGroup {
  std::string action;  // "1.2"; may be empty
  std::string title;   // "The Timeliness of new EHCPs will improve ..."
  Date reporting_date;
  bool trend = false;   // print a "6 Point Trend" column
  bool charts = false;  // print a line chart of each KPI after the table
  std::vector<Kpi> kpis;
  SourceLocation where;  // the <kpi-group> element
};

// The key explaining ratings, their labels and the direction arrows.
struct KpiKey {
  bool operator==(const KpiKey&) const = default;
};

}  // namespace bp::model
