// Loading, checking and composing the pack's reports (contract in pack_reports.h).

#include "pack/pack_reports.h"

#include <map>
#include <set>
#include <string>

#include "compose/report_composer.h"
#include "load/report_loader.h"
#include "load/style_loader.h"

namespace bp::pack {
namespace {

bool same_fonts(const model::FontFiles& a, const model::FontFiles& b) {
  return a.regular == b.regular && a.bold == b.bold && a.italic == b.italic &&
         a.bold_italic == b.bold_italic;
}

std::string paragraph_text(const std::optional<int>& p) {
  return p ? std::to_string(*p) : std::string("?");
}

class ReportChecks {
 public:
  ReportChecks(compose::Edition edition, const model::HouseStyle& meeting_style,
               const std::filesystem::path& layouts_dir, const load::LoadOptions& load_options,
               DiagnosticSink& sink)
      : edition_(edition), meeting_style_(meeting_style), layouts_dir_(layouts_dir),
        load_options_(load_options), sink_(sink) {}

  std::optional<doc::Document> compose(const model::AgendaItem& item) {
    std::optional<model::Report> report = load::load_report(item.report_file, sink_, load_options_);
    if (!report) return std::nullopt;
    bool ok = check_sign_off(item, *report);
    ok = check_exemption(item, *report) && ok;
    const model::HouseStyle* style = style_for(item, report->style);
    if (!ok || !style) return std::nullopt;
    try {
      return compose::compose_report(*report, *style);
    } catch (const InputError& e) {
      for (const Diagnostic& d : e.diagnostics()) sink_.report(d);
      return std::nullopt;
    }
  }

 private:
  static std::string prefix(const model::AgendaItem& item) { return "item " + item.number + ": "; }

  bool check_sign_off(const model::AgendaItem& item, const model::Report& report) {
    if (edition_ != compose::Edition::Public || report.sign_off.state != model::SignOffState::Draft) {
      return true;
    }
    sink_.error(item.where,
                prefix(item) + "report is a draft (version " + report.sign_off.version +
                    "); the public edition needs a final, signed-off report",
                "sign the report off (<sign-off state=\"final\" ...>) in " + item.report_file.string() +
                    ", or build the private edition");
    return false;
  }

  bool check_exemption(const model::AgendaItem& item, const model::Report& report) {
    const model::FrontSheet& f = report.front;
    if (f.exempt && !item.exempt) {
      const std::string message = prefix(item) + "the report is exempt (paragraph " +
                                  paragraph_text(f.exempt_paragraph) +
                                  " of Schedule 12A) but its agenda item is not marked exempt";
      const std::string hint = "mark the item exempt=\"yes\" paragraph=\"" +
                               paragraph_text(f.exempt_paragraph) + "\" in the meeting file";
      if (edition_ == compose::Edition::Public) {
        sink_.error(item.where, message, hint);
        return false;
      }
      sink_.warning(item.where, message, hint);
    } else if (item.exempt && !f.exempt) {
      sink_.warning(item.where, prefix(item) + "the agenda item is exempt but the report's front sheet says "
                                               "it is not (<exempt>no</exempt>)");
    } else if (item.exempt && f.exempt && item.exempt_paragraph != f.exempt_paragraph) {
      sink_.warning(item.where, prefix(item) + "the agenda item is exempt under paragraph " +
                                    paragraph_text(item.exempt_paragraph) + " but the report under paragraph " +
                                    paragraph_text(f.exempt_paragraph));
    }
    return true;
  }

  const model::HouseStyle* style_for(const model::AgendaItem& item, const std::string& name) {
    if (name == meeting_style_.name) return &meeting_style_;
    auto it = styles_.find(name);
    if (it == styles_.end()) {
      it = styles_.emplace(name, load::load_house_style(layouts_dir_, name, sink_)).first;
    }
    if (!it->second) return nullptr;
    if (!same_fonts(it->second->fonts, meeting_style_.fonts) && warned_fonts_.insert(name).second) {
      sink_.warning(item.where,
                    prefix(item) + "the report's house style \"" + name +
                        "\" uses other fonts than the meeting's style \"" + meeting_style_.name + "\"",
                    "the pack is set in the meeting style's fonts throughout");
    }
    return &*it->second;
  }

  compose::Edition edition_;
  const model::HouseStyle& meeting_style_;
  const std::filesystem::path& layouts_dir_;
  const load::LoadOptions& load_options_;
  DiagnosticSink& sink_;
  std::map<std::string, std::optional<model::HouseStyle>> styles_;
  std::set<std::string> warned_fonts_;
};

}  // namespace

std::vector<std::optional<doc::Document>> compose_pack_reports(
    const model::Meeting& meeting, const std::vector<compose::ItemShown>& shown,
    compose::Edition edition, const model::HouseStyle& meeting_style,
    const std::filesystem::path& layouts_dir, DiagnosticSink& sink,
    const load::LoadOptions& load_options) {
  ReportChecks checks(edition, meeting_style, layouts_dir, load_options, sink);
  std::vector<std::optional<doc::Document>> out(meeting.items.size());
  for (std::size_t i = 0; i < meeting.items.size(); ++i) {
    if (shown[i] == compose::ItemShown::Report) out[i] = checks.compose(meeting.items[i]);
  }
  return out;
}

}  // namespace bp::pack
