#pragma once
// model::Report -> the values and sections a report template may use.
//
// Every value passes through script_value(), so report text can never break
// the page script. The vocabulary (all names below) is what the template
// checker accepts; layouts/README.md documents it for house-style editors.
//
// Values (anywhere): COUNCIL COMMITTEE MEETING_DATE ("Wednesday 11 March 2020")
//   MEETING_DATE_SHORT ("11 March 2020") SUBJECT REPORT_OF WARDS PORTFOLIO
//   EXEMPT_PARAGRAPH VERSION SIGNED_OFF_BY SIGNED_OFF_ON FINANCE_REF LEGAL_REF
//   CONTACT_NAME CONTACT_TELEPHONE CONTACT_EMAIL CREATED IMPLEMENTATION_DATE
//   IMPLEMENTATION_NOTE
// Shown-or-hidden sections: KEY_DECISION NO_KEY_DECISION FORWARD_PLAN
//   NO_FORWARD_PLAN EXEMPT NO_EXEMPT DRAFT FINAL HAS_FINANCE_REF HAS_LEGAL_REF
//   HAS_IMPLEMENTATION_DATE HAS_IMPLEMENTATION_NOTE NO_IMPLEMENTATION
//   NO_CORE_PURPOSE NO_APPENDICES NO_BODY; PRINTED / NOT_PRINTED inside APPENDICES
// Repeated sections: CORE_PURPOSE {INDEX HEADING}, APPENDICES {LETTER TITLE
//   ORIENTATION}, PRINTED_APPENDICES {LETTER TITLE ORIENTATION},
//   BODY_SECTIONS {NUMBER TITLE}

#include "compose/template_expander.h"
#include "model/report.h"

namespace bp::compose {

// Throws InputError when the report is inconsistent in a way the template
// cannot print (an exempt report without its Schedule 12A paragraph).
TemplateData report_template_data(const model::Report& report);

const Vocabulary& report_vocabulary();

}  // namespace bp::compose
