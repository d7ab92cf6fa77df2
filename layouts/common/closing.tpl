{{! Contact officer, sign-off, appendix list and background papers: the end
    of the front matter, shared by every committee. }}
table 30*|70*
label-row Contact Officer:|{{CONTACT_NAME}}
label-row Telephone Number:|{{CONTACT_TELEPHONE}}
label-row Email Address:|{{CONTACT_EMAIL}}
end-table
{{#FINAL}}
box Signed off by {{SIGNED_OFF_BY}} on {{SIGNED_OFF_ON}}.{{#HAS_FINANCE_REF}} Finance clearance {{FINANCE_REF}}.{{/HAS_FINANCE_REF}}{{#HAS_LEGAL_REF}} Legal clearance {{LEGAL_REF}}.{{/HAS_LEGAL_REF}}
{{/FINAL}}
{{#DRAFT}}
box Draft version {{VERSION}}: not yet signed off.
{{/DRAFT}}
heading 1 Appendices:
{{#APPENDICES}}
para Appendix {{LETTER}} {{TITLE}}
{{/APPENDICES}}
{{#NO_APPENDICES}}
para There are no appendices to this report.
{{/NO_APPENDICES}}
heading 1 Background Papers:
slot background-papers | There are no background papers available for inspection.
