#pragma once
// Standalone document + house style -> block tree.
//
// The order and fixed wording come from the template document.tpl, looked up
// in the style's folder first, then in layouts/common (like report.tpl). The
// code fills its values and slots (listed in layouts/README.md, "Standalone
// documents"):
//   values    COUNCIL TITLE SUBTITLE DATE VERSION CREATED
//   sections  HAS_SUBTITLE HAS_VERSION NO_VERSION; SECTIONS {INDEX NUMBER
//             HEADING ORIENTATION} with NEW_PAGE, NUMBERED, UNNUMBERED inside
//   slots     title (the title, large and bold), subtitle, section N (the
//             N-th section's blocks: paragraphs of numbered section k are
//             numbered k.1, k.2; unnumbered sections number <para>s 1, 2, ...)
// NEW_PAGE is shown for the first section, when the orientation changes and
// when the section asks for a new page. NUMBER counts numbered sections only.

#include "compose/document.h"
#include "compose/template_expander.h"
#include "model/house_style.h"
#include "model/standalone_document.h"

namespace bp::compose {

// Throws InputError (naming the template file) when the template is missing
// or broken, or for content the style cannot print (an unknown shade).
doc::Document compose_document(const model::StandaloneDocument& document,
                               const model::HouseStyle& style);

// The template values and sections of `document` (for tests).
TemplateData document_template_data(const model::StandaloneDocument& document);
const Vocabulary& document_vocabulary();

}  // namespace bp::compose
