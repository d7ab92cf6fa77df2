{{! The front sheet: a bordered four-column table, labels bold on the "label"
    shade. The last cell of a row spans the columns left over. }}
bookmark 0 {{SUBJECT}}
table size=10pt 78pt|1*|72pt|1*
label-row Report to:|{{COMMITTEE}}|Date of Meeting:|{{MEETING_DATE}}
label-row Subject:|{{SUBJECT}}
label-row Report of:|{{REPORT_OF}}|Wards Affected:|{{WARDS}}
label-row Portfolio:|{{PORTFOLIO}}
label-row Is this a Key Decision:|{{#KEY_DECISION}}Yes{{/KEY_DECISION}}{{#NO_KEY_DECISION}}No{{/NO_KEY_DECISION}}|Included in Forward Plan:|{{#FORWARD_PLAN}}Yes{{/FORWARD_PLAN}}{{#NO_FORWARD_PLAN}}No{{/NO_FORWARD_PLAN}}
{{#NO_EXEMPT}}
label-row Exempt / Confidential Report:|No
{{/NO_EXEMPT}}
{{#EXEMPT}}
label-row Exempt / Confidential Report:|Yes – Not for publication by virtue of paragraph {{EXEMPT_PARAGRAPH}} of Part 1 of Schedule 12A to the Local Government Act 1972
{{/EXEMPT}}
end-table
