{{! Overview and Scrutiny Committee report (Sefton house style).
    Same order as the Health and Wellbeing Board paper; the committee's own
    wording for the recommendations, consultations and implementation date.
    Directives: see ../README.md. }}
section portrait
{{>FURNITURE}}
{{>FRONT_SHEET}}
heading 1 Summary:
slot summary | Not applicable
heading 1 Recommendation(s):
para The {{COMMITTEE}} is recommended to:
slot recommendations | Not applicable
heading 1 Reasons for the Recommendation(s):
slot reasons | Not applicable
heading 1 Alternative Options Considered and Rejected:
slot alternatives | Not applicable
heading 1 What will it cost and how will it be financed?
heading 2 (A) Revenue Costs
slot revenue-costs | There are no additional revenue costs arising from this report.
heading 2 (B) Capital Costs
slot capital-costs | There are no additional capital costs arising from this report.
heading 1 Implications of the Proposals:
heading 2 Resource Implications (Financial, IT, Staffing and Assets):
slot resource-implications | Not applicable
heading 2 Legal Implications:
slot legal-implications | Not applicable
heading 2 Equality Implications:
slot equality-implications | There are no equality implications.
heading 1 Contribution to the Council's Core Purpose:
{{#CORE_PURPOSE}}
lead-in {{HEADING}}:
slot core-purpose {{INDEX}} | Not applicable
{{/CORE_PURPOSE}}
{{#NO_CORE_PURPOSE}}
para Not applicable
{{/NO_CORE_PURPOSE}}
heading 1 What consultations have taken place on the proposals and when?
heading 2 (A) Internal Consultations
para The {label:finance_officer}{{#HAS_FINANCE_REF}} ({{FINANCE_REF}}){{/HAS_FINANCE_REF}} and the {label:legal_officer}{{#HAS_LEGAL_REF}} ({{LEGAL_REF}}){{/HAS_LEGAL_REF}} have been consulted and their comments have been incorporated into the report.
slot internal-consultations
heading 2 (B) External Consultations
slot external-consultations | Not applicable
heading 1 Implementation Date for the Decision
{{#HAS_IMPLEMENTATION_DATE}}
para {{IMPLEMENTATION_DATE}}
{{/HAS_IMPLEMENTATION_DATE}}
{{#HAS_IMPLEMENTATION_NOTE}}
para {{IMPLEMENTATION_NOTE}}
{{/HAS_IMPLEMENTATION_NOTE}}
{{#NO_IMPLEMENTATION}}
para Immediately following the Committee meeting.
{{/NO_IMPLEMENTATION}}
{{>CLOSING}}
{{>BODY}}
