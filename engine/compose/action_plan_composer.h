#pragma once
// Action plans and reference sections -> doc blocks (called by FlowComposer
// for the model blocks ActionPlan, Glossary, PostholderKey, GovernanceStructure).
//
// An action plan prints, in order: its title (a level-2 heading); the summary
// table counting actions by progress rating for each area, with a total row;
// the RAG RATING KEY (each rating on its shade AND named in words, never by
// colour alone); then for each area a bookmarked level-2 heading, its
// description and one tracker table of the plan's columns, one row per
// action, the header repeated on every page. Ratings are derived from the
// data (model::rating_of) for the plan's as-at date; the rating cell is on
// the rating's shade ("progress-completed", ...) with its label and, when the
// reason is not obvious, why ("due 1 October 2019, not met").
//
// A glossary is a two-column table (abbreviation; in full, then the
// definition) sorted by abbreviation ignoring case; the key to postholders a
// two-column table sorted by key; the governance structure a tree diagram
// (doc::TreeDiagram) of its groups with each chair, and alternative text
// naming every group and whom it reports to.
//
// None of these may sit inside a table cell (InputError naming ctx.where); a
// shade the house style lacks is an InputError listing the shades it has.

#include <vector>

#include "compose/document.h"
#include "compose/flow_composer.h"
#include "model/action_plan.h"
#include "model/flow.h"
#include "model/house_style.h"
#include "model/reference.h"

namespace bp::compose {

// True for the model blocks composed here.
bool is_plan_block(const model::Block& block);

// Appends the blocks of `block` (one of is_plan_block) to `out`.
void compose_plan_block(FlowComposer& flows, const model::HouseStyle& style,
                        const model::Block& block, const FlowContext& ctx,
                        std::vector<doc::Block>& out);

// The parts, for tests and other composers.
model::Table action_summary_table(const model::ActionPlan& plan);
model::Table rating_key_table();
model::Table tracker_table(const model::ActionPlan& plan, const model::ActionArea& area);
model::Table glossary_table(const model::Glossary& glossary);
model::Table postholder_table(const model::PostholderKey& key);
doc::Figure governance_figure(const model::GovernanceStructure& structure,
                              const model::HouseStyle& style);

}  // namespace bp::compose
