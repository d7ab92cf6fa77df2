{{! The numbered body sections, then every printed appendix on its own pages
    (landscape or portrait as the report says). Each heading is bookmarked
    with its own text. }}
{{#BODY_SECTIONS}}
bookmark 0
heading 1 {{NUMBER}}. {{TITLE}}
slot body-section {{NUMBER}}
{{/BODY_SECTIONS}}
{{#PRINTED_APPENDICES}}
section {{ORIENTATION}}
bookmark 0
heading 1 Appendix {{LETTER}} – {{TITLE}}
slot appendix {{LETTER}}
{{/PRINTED_APPENDICES}}
