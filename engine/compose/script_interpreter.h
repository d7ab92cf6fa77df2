#pragma once
// Carries out an expanded page script (see page_script.h and
// layouts/README.md), building the Document's sections, blocks and furniture.
//
// Directives: section, heading, para, subheading, lead-in, bookmark, space,
// box, slot, table, row, label-row, header-row, end-table, footer-left,
// footer-center, footer-right, header-left, header-right, watermark.
// Report content comes in through `slot NAME [ARG] [| fallback text]`: the
// SlotSource appends the blocks; when it appends none the fallback text (if
// any) is printed as a paragraph.
//
// Errors in the script (unknown directive or slot, bad argument, unknown
// label or shade) throw InputError located in the template file that wrote
// the line, with the expanded line quoted in the hint.

#include <stdexcept>
#include <string>
#include <vector>

#include "compose/document.h"
#include "compose/template_expander.h"
#include "model/house_style.h"

namespace bp::compose {

// Thrown by a SlotSource for a bad slot argument; the interpreter adds the place.
class SlotError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SlotSource {
 public:
  virtual ~SlotSource() = default;
  // Appends the blocks of slot `name` with argument `arg` (may be empty).
  // Returns false when there is no such slot; throws SlotError for a bad arg.
  virtual bool fill(const std::string& name, const std::string& arg,
                    std::vector<doc::Block>& out) = 0;
  // The slot names, for the "known slots" hint.
  virtual std::vector<std::string> names() const = 0;
};

// The directive names, for documentation checks and hints.
const std::vector<std::string>& script_directives();

// Runs `script` into `document` (appending sections, setting furniture).
void run_script(const ExpandedTemplate& script, const model::HouseStyle& style, SlotSource& slots,
                doc::Document& document);

}  // namespace bp::compose
