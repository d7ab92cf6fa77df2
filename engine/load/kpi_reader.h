#pragma once
// Reads KPI groups and the KPI key, blocks of report content (see
// REPORT-XML.md, "KPI tables"):
//
//   <kpi-group action= title= reporting-date= trend= charts=>
//     <kpi ref= frequency= unit= polarity= rating= direction=>
//       <measure>inline</measure>
//       <baseline value= date= note=/> | <baseline established-by= pending= note=/>
//       <target date= label= kind= value= points= percent= note=/>...
//       <actual date= value= note=/>...
//       <national date= value=/>...
//       <commentary>inline, or <p> and <list></commentary>
//     </kpi>...
//   </kpi-group>
//   <kpi-key/>
//
// Beyond names and shapes it checks: numbers are plain decimals; dates real;
// targets, actuals and national figures each in strictly increasing date
// order (a figure out of order is usually a mistyped year); a target carries
// exactly the attributes its kind needs; a baseline-plus target has a
// baseline (established or pending); a baseline is either established (value)
// or pending, never both; refs are unique within a group. A figure dated
// after the group's reporting date is a warning (it is not rated). Typed
// rating= and direction= are read with their place; compose checks them
// against the data (they depend on the house style's tolerance).
// Internal to the load stage.

#include <pugixml.hpp>

#include "load/checker.h"
#include "load/flow_reader.h"
#include "model/kpi.h"

namespace bp::load::detail {

// Every element name of KPI groups (for vocabularies): kpi-group, kpi-key,
// kpi, measure, baseline, target, actual, national, commentary.
const Names& kpi_elements();

model::KpiGroup read_kpi_group(Checker& c, FlowReader& flow, pugi::xml_node el);
model::KpiKey read_kpi_key(Checker& c, pugi::xml_node el);

}  // namespace bp::load::detail
