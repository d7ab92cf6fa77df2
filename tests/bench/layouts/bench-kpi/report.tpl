{{! Bench report (tests/bench): prints what the peers' benchmark report prints
    and nothing else. Portrait front sheet: council, title, the label/value
    table, the numbered paragraphs; then every printed appendix (the landscape
    KPI table) on its own pages. "Page N" on every page, numbered from 1. }}
section portrait
footer-center Page {page}
heading 2 {{COUNCIL}}
heading 1 {{SUBJECT}}
table size=10pt 55mm|1*
label-row Report to|{{COMMITTEE}}
label-row Date of meeting|{{MEETING_DATE_SHORT}}
label-row Report of|{{REPORT_OF}}
label-row Portfolio holder|{{PORTFOLIO}}
label-row Wards affected|{{WARDS}}
label-row Key decision|{{#KEY_DECISION}}Yes{{/KEY_DECISION}}{{#NO_KEY_DECISION}}No{{/NO_KEY_DECISION}}
label-row Classification|{{#NO_EXEMPT}}Open{{/NO_EXEMPT}}{{#EXEMPT}}Exempt{{/EXEMPT}}
label-row Contact officer|{{CONTACT_NAME}}
label-row Email|{{CONTACT_EMAIL}}
label-row Appendices|{{#APPENDICES}}Appendix {{LETTER}} – {{TITLE}}{{#APPENDICES_separator}}; {{/APPENDICES_separator}}{{/APPENDICES}}
end-table
{{#BODY_SECTIONS}}
heading 2 {{NUMBER}}. {{TITLE}}
slot body-section {{NUMBER}}
{{/BODY_SECTIONS}}
{{#PRINTED_APPENDICES}}
section {{ORIENTATION}}
heading 2 Appendix {{LETTER}} – {{TITLE}}
slot appendix {{LETTER}}
{{/PRINTED_APPENDICES}}
