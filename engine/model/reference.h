#pragma once
// Reference sections of a plan or report: a glossary of abbreviations, a key
// to postholders and a governance structure of boards and groups.
//
// Plain data, kept in the order written; compose sorts the glossary and the
// key for lookup. Postholders are role titles, never personal details.

#include <string>
#include <vector>

#include "model/flow.h"
#include "model/rich_text.h"

namespace bp::model {

struct GlossaryEntry {
  std::string term;       // "CAMHS"
  std::string expansion;  // "Child and Adolescent Mental Health Service"
  RichText definition;    // optional: what it is
};

struct Glossary {
  std::vector<GlossaryEntry> entries;  // terms unique (the loader checks)
};

struct Postholder {
  std::string key;   // "PS": the initials used in the plan's lead columns
  std::string role;  // "Strategic Manager, SEND and Inclusion"
};

struct PostholderKey {
  std::vector<Postholder> entries;  // keys unique (the loader checks)
};

// A board or group; its children report to it.
struct GovernanceGroup {
  std::string name;   // "Integrated Care Board"
  std::string chair;  // "Director of Children's Services"; may be empty
  std::string note;   // "key responsibility to implement the WSoA"; may be empty
  std::vector<GovernanceGroup> children;
};

struct GovernanceStructure {
  std::vector<GovernanceGroup> roots;  // usually one
};

}  // namespace bp::model
