{{! A standalone document: action plans, improvement plan trackers, written
    statements of action. A title page, then each section under its own
    heading; a section starts a new page when it is the first, when its
    orientation differs from the one before, or when it asks for one.
    Values, sections and slots: ../README.md, "Standalone documents". }}
section portrait
footer-left {{COUNCIL}}
footer-center Page {page} of {pages}
footer-right {{DATE}}
slot title
{{#HAS_SUBTITLE}}
slot subtitle
{{/HAS_SUBTITLE}}
space 18pt
para {{COUNCIL}}
para {{DATE}}
{{#HAS_VERSION}}
para Version {{VERSION}}
{{/HAS_VERSION}}
{{#SECTIONS}}
{{#NEW_PAGE}}
section {{ORIENTATION}}
{{/NEW_PAGE}}
bookmark 0
{{#NUMBERED}}
heading 1 {{NUMBER}}. {{HEADING}}
{{/NUMBERED}}
{{#UNNUMBERED}}
heading 1 {{HEADING}}
{{/UNNUMBERED}}
slot section {{INDEX}}
{{/SECTIONS}}
