#pragma once
// Inline text -> doc::TextRun sequence.
//
// Spans keep their face (bold/italic) and link; plain text is scanned for
// bare web addresses ("https://...", "http://...") and e-mail addresses, which
// become links ("mailto:" for e-mail). Linked runs take the link colour, the
// rest the text colour. Adjacent runs with equal face, colour and link are
// merged. Pure functions, no I/O.

#include <string_view>
#include <vector>

#include "compose/document.h"
#include "model/rich_text.h"

namespace bp::compose {

struct InlineColours {
  Color text{0, 0, 0};
  Color link{0, 0, 1};
};

// Converts rich text. `bold` forces a bold face on every run (bold cells,
// subheadings).
std::vector<doc::TextRun> compose_inline(const model::RichText& text, const InlineColours& colours,
                                         bool bold = false);

// Plain text in `face`, with auto-links.
std::vector<doc::TextRun> compose_plain(std::string_view text, doc::FontFace face,
                                        const InlineColours& colours);

// Appends `run` to `runs`, merging it into the last run when they match.
void append_run(std::vector<doc::TextRun>& runs, doc::TextRun run);

// The text of the runs, concatenated (bookmark titles, tests).
std::string runs_text(const std::vector<doc::TextRun>& runs);

}  // namespace bp::compose
