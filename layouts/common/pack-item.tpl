{{! Page furniture of every page of an agenda item in a pack (its report, or
    the notice page of an exempt item in the public edition). It replaces the
    report's own furniture at the positions it sets and keeps the rest (the
    report's footers and DRAFT watermark). "{page}" is the page number across
    the whole pack. Furniture directives only: no content. }}
footer-center Page {page}
header-right Agenda Item {{NUMBER}}
{{#NOT_FOR_PUBLICATION}}
header-left NOT FOR PUBLICATION – paragraph {{EXEMPT_PARAGRAPH}} of Part 1 of Schedule 12A
{{/NOT_FOR_PUBLICATION}}
