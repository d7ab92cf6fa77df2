// KPI groups and the KPI key (see kpi_reader.h and REPORT-XML.md).

#include "load/kpi_reader.h"

#include <algorithm>
#include <map>

#include "load/values.h"

namespace bp::load::detail {
namespace {

const Names kKpiParts = {"measure", "baseline", "target", "actual", "national", "commentary"};
const Names kUnits = {"%", "weeks", "days", "count"};
const Names kPolarities = {"higher", "lower"};
const Names kFrequencies = {"monthly", "quarterly", "bi-annually", "annually"};
const Names kTargetKinds = {"value", "baseline-plus", "national-average", "max-of", "min-of",
                            "not-measurable"};
const Names kRatings = {"green", "amber", "red", "baseline-not-established", "no-target", "not-due",
                        "no-data"};
const Names kDirections = {"improved", "maintained", "declined", "none"};
const Names kCommentaryBlocks = {"p", "list"};

template <typename T>
T pick(const Names& names, std::string_view chosen, std::initializer_list<T> values) {
  const auto it = std::find(names.begin(), names.end(), chosen);
  return *(values.begin() + (it - names.begin()));
}

class KpiReader {
 public:
  KpiReader(Checker& c, FlowReader& flow) : c_(c), flow_(flow) {}

  model::KpiGroup group(pugi::xml_node el) {
    c_.check_attributes(el, {"action", "title", "reporting-date", "trend", "charts"});
    model::KpiGroup g;
    g.where = c_.at(el);
    if (auto a = c_.attribute(el, "action")) g.action = *a;
    if (auto t = c_.required_attribute(el, "title")) g.title = *t;
    reporting_date_ = c_.date_attribute(el, "reporting-date", true);
    if (reporting_date_) g.reporting_date = *reporting_date_;
    if (auto t = c_.yes_no_attribute(el, "trend")) g.trend = *t;
    if (auto t = c_.yes_no_attribute(el, "charts")) g.charts = *t;

    std::map<std::string, pugi::xml_node> refs;
    for (pugi::xml_node k : c_.element_children(el, {"kpi"})) {
      model::Kpi kpi = this->kpi(k);
      if (!kpi.ref.empty()) {
        const auto [it, fresh] = refs.emplace(kpi.ref, k);
        if (!fresh)
          c_.error(c_.at_attribute(k, "ref"), "duplicate KPI '" + kpi.ref + "' in <kpi-group>",
                   "the first is at line " + std::to_string(c_.at(it->second).line));
      }
      g.kpis.push_back(std::move(kpi));
    }
    if (g.kpis.empty()) c_.error(c_.at(el), "empty <kpi-group>: it needs at least one <kpi>");
    return g;
  }

 private:
  model::Kpi kpi(pugi::xml_node el) {
    c_.check_attributes(el, {"ref", "frequency", "unit", "polarity", "rating", "direction"});
    model::Kpi k;
    k.where = c_.at(el);
    if (auto r = c_.required_attribute(el, "ref")) k.ref = *r;
    if (auto f = c_.choice_attribute(el, "frequency", kFrequencies))
      k.frequency = pick(kFrequencies, *f,
                         {model::Frequency::Monthly, model::Frequency::Quarterly,
                          model::Frequency::BiAnnually, model::Frequency::Annually});
    if (c_.required_attribute(el, "unit"))
      if (auto u = c_.choice_attribute(el, "unit", kUnits))
        k.unit = pick(kUnits, *u, {model::KpiUnit::Percent, model::KpiUnit::Weeks,
                                   model::KpiUnit::Days, model::KpiUnit::Count});
    if (c_.required_attribute(el, "polarity"))
      if (auto p = c_.choice_attribute(el, "polarity", kPolarities))
        k.polarity = *p == "higher" ? model::Polarity::HigherIsBetter : model::Polarity::LowerIsBetter;
    if (auto r = c_.choice_attribute(el, "rating", kRatings))
      k.claimed_rating = model::Claimed<model::Rating>{
          pick(kRatings, *r,
               {model::Rating::Green, model::Rating::Amber, model::Rating::Red,
                model::Rating::BaselineNotEstablished, model::Rating::NoTarget, model::Rating::NotDue,
                model::Rating::NoData}),
          c_.at_attribute(el, "rating")};
    if (auto d = c_.choice_attribute(el, "direction", kDirections))
      k.claimed_direction = model::Claimed<model::Direction>{
          pick(kDirections, *d,
               {model::Direction::Improved, model::Direction::Maintained, model::Direction::Declined,
                model::Direction::None}),
          c_.at_attribute(el, "direction")};

    pugi::xml_node measure, baseline, commentary;
    std::vector<pugi::xml_node> relative_targets;
    Dated targets{"target"}, actuals{"actual"}, national{"national figure"};
    for (pugi::xml_node child : c_.element_children(el, kKpiParts)) {
      const std::string_view name = child.name();
      if (name == "measure" || name == "baseline" || name == "commentary") {
        pugi::xml_node& slot = name == "measure" ? measure : name == "baseline" ? baseline : commentary;
        if (slot) {
          c_.error(c_.at(child), "duplicate " + tag(child) + " in <kpi>: it may appear once",
                   "the first is at line " + std::to_string(c_.at(slot).line));
          continue;
        }
        slot = child;
        if (name == "measure") {
          c_.check_attributes(child, {});
          k.measure = flow_.inline_content(child, true);
        } else if (name == "baseline") {
          k.baseline = read_baseline(child);
        } else {
          c_.check_attributes(child, {});
          k.commentary = read_commentary(child);
        }
      } else if (name == "target") {
        model::Target t = target(child);
        if (t.kind == model::TargetKind::BaselinePlus) relative_targets.push_back(child);
        if (in_order(targets, child, t.date)) k.targets.push_back(std::move(t));
      } else if (name == "actual") {
        c_.check_attributes(child, {"date", "value", "note"});
        model::Actual a;
        const auto date = c_.date_attribute(child, "date", true);
        const auto value = number(child, "value", true);
        if (auto n = c_.attribute(child, "note")) a.note = *n;
        if (!date || !value) continue;
        a.date = *date;
        a.value = *value;
        if (reporting_date_ && a.date > *reporting_date_)
          c_.warning(c_.at_attribute(child, "date"),
                     "figure dated after the reporting date " + model::format_iso_date(*reporting_date_) +
                         ": it is not rated",
                     "move reporting-date= on <kpi-group> forward, or check the year");
        if (in_order(actuals, child, a.date)) k.actuals.push_back(std::move(a));
      } else {  // national
        c_.check_attributes(child, {"date", "value"});
        const auto date = c_.date_attribute(child, "date", true);
        const auto value = number(child, "value", true);
        if (date && value && in_order(national, child, *date))
          k.national.push_back(model::NationalFigure{*date, *value});
      }
    }
    if (!measure) c_.error(c_.at(el), "missing <measure> in <kpi>");
    if (!k.baseline.established() && k.baseline.state != model::Baseline::State::Pending) {
      for (pugi::xml_node t : relative_targets)
        c_.error(c_.at_attribute(t, "kind"), "a baseline-plus target needs a baseline",
                 "add <baseline value=\"...\" date=\"...\"/>, or <baseline pending=\"yes\"/> while it "
                 "is still to be established");
    }
    return k;
  }

  // The previous date of one series, to keep it in strictly increasing order.
  struct Dated {
    std::string what;
    std::optional<model::Date> last{};
    pugi::xml_node last_el{};
  };

  bool in_order(Dated& series, pugi::xml_node el, const model::Date& date) {
    if (series.last && date <= *series.last) {
      const std::string first_line = std::to_string(c_.at(series.last_el).line);
      if (date == *series.last)
        c_.error(c_.at_attribute(el, "date"),
                 "a second " + series.what + " dated " + model::format_iso_date(date),
                 "the first is at line " + first_line);
      else
        c_.error(c_.at_attribute(el, "date"),
                 series.what + " dated " + model::format_iso_date(date) + " comes after one dated " +
                     model::format_iso_date(*series.last),
                 "write each kind in date order, earliest first; is the year right? (line " +
                     first_line + ")");
      return false;
    }
    series.last = date;
    series.last_el = el;
    return true;
  }

  std::optional<double> number(pugi::xml_node el, std::string_view name, bool required) {
    const auto v = required ? c_.required_attribute(el, name) : c_.attribute(el, name);
    if (!v) return std::nullopt;
    if (auto n = parse_number(*v)) return n;
    if (!v->empty())
      c_.bad_attribute_value(el, name, "a number such as 43.6", *v,
                             "write the number alone: the unit is on <kpi unit=...>");
    return std::nullopt;
  }

  model::Baseline read_baseline(pugi::xml_node el) {
    c_.check_attributes(el, {"value", "date", "note", "established-by", "pending"});
    model::Baseline b;
    if (auto n = c_.attribute(el, "note")) b.note = *n;
    const auto value = number(el, "value", false);
    const auto date = c_.date_attribute(el, "date", false);
    const auto by = c_.date_attribute(el, "established-by", false);
    const auto pending = c_.yes_no_attribute(el, "pending");
    const bool is_pending = (pending && *pending) || c_.attribute(el, "established-by");
    if (c_.attribute(el, "value") && is_pending) {
      c_.error(c_.at_attribute(el, "value"),
               "a baseline is either established (value=) or still to be established "
               "(established-by=, pending=), not both");
    } else if (value) {
      b.state = model::Baseline::State::Established;
      b.value = *value;
      b.date = date;
    } else if (is_pending) {
      b.state = model::Baseline::State::Pending;
      b.established_by = by;
      if (c_.attribute(el, "date"))
        c_.error(c_.at_attribute(el, "date"), "date= belongs to an established baseline",
                 "use established-by= for the date a pending baseline is due");
    } else if (!b.note.empty()) {
      b.state = model::Baseline::State::Described;
    } else if (!c_.attribute(el, "value")) {
      c_.error(c_.at(el), "empty <baseline>",
               "give value= (and date=), established-by= or pending=\"yes\", or note= to describe it");
    }
    return b;
  }

  model::Target target(pugi::xml_node el) {
    c_.check_attributes(el, {"date", "label", "kind", "value", "points", "percent", "note"});
    model::Target t;
    if (auto d = c_.date_attribute(el, "date", true)) t.date = *d;
    if (auto l = c_.attribute(el, "label")) t.label = *l;
    if (auto n = c_.attribute(el, "note")) t.note = *n;
    std::string kind = "value";
    if (auto k = c_.choice_attribute(el, "kind", kTargetKinds)) kind = *k;
    else if (c_.attribute(el, "kind")) return t;  // reported; nothing more to check
    t.kind = pick(kTargetKinds, kind,
                  {model::TargetKind::Value, model::TargetKind::BaselinePlus,
                   model::TargetKind::NationalAverage, model::TargetKind::MaxOf,
                   model::TargetKind::MinOf, model::TargetKind::NotMeasurable});
    const std::string when = " when kind=\"" + kind + "\"";
    const bool takes_value = kind == "value" || kind == "max-of" || kind == "min-of";
    if (takes_value) {
      if (auto v = c_.attribute(el, "value"); !v)
        c_.error(c_.at(el), "missing attribute 'value' on <target>" + when);
      else if (auto n = number(el, "value", false))
        t.value = *n;
    } else if (c_.attribute(el, "value")) {
      c_.error(c_.at_attribute(el, "value"), "attribute 'value' is not allowed on <target>" + when);
    }
    const bool has_points = c_.attribute(el, "points").has_value();
    const bool has_percent = c_.attribute(el, "percent").has_value();
    if (kind == "baseline-plus") {
      if (has_points == has_percent) {
        c_.error(c_.at(el), "a baseline-plus target needs exactly one of points= or percent=",
                 "points=\"10\" adds 10 in the KPI's unit (38.5% becomes 48.5%); percent=\"10\" adds "
                 "10% of the baseline (38.5% becomes 42.35%)");
      } else {
        t.uplift_kind = has_points ? model::Uplift::Points : model::Uplift::Percent;
        if (auto n = number(el, has_points ? "points" : "percent", false)) t.uplift = *n;
      }
    } else {
      for (const char* attr : {"points", "percent"})
        if (c_.attribute(el, attr))
          c_.error(c_.at_attribute(el, attr), "attribute '" + std::string(attr) +
                                                  "' is only allowed on <target kind=\"baseline-plus\">");
    }
    return t;
  }

  // Inline text (one paragraph) or <p> and <list> blocks, like a table cell.
  model::Flow read_commentary(pugi::xml_node el) {
    bool blocks = false;
    for (pugi::xml_node n : el.children())
      if (n.type() == pugi::node_element && (std::string_view(n.name()) == "p" ||
                                             std::string_view(n.name()) == "list"))
        blocks = true;
    if (!blocks) {
      model::RichText text = flow_.inline_content(el, false);
      if (text.empty()) return {};
      return model::Flow{model::Paragraph{std::move(text)}};
    }
    return flow_.blocks_of(el, kCommentaryBlocks);
  }

  Checker& c_;
  FlowReader& flow_;
  std::optional<model::Date> reporting_date_;
};

}  // namespace

const Names& kpi_elements() {
  static const Names names = {"kpi-group", "kpi-key", "kpi",    "measure",   "baseline",
                              "target",    "actual",  "national", "commentary"};
  return names;
}

model::KpiGroup read_kpi_group(Checker& c, FlowReader& flow, pugi::xml_node el) {
  return KpiReader(c, flow).group(el);
}

model::KpiKey read_kpi_key(Checker& c, pugi::xml_node el) {
  c.check_attributes(el, {});
  c.element_children(el, {});
  return model::KpiKey{};
}

}  // namespace bp::load::detail
