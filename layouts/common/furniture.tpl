{{! Page furniture shared by every committee: footers and the draft watermark.
    Keep the left and right footers short: the page number sits between them.
    The page number and page count are filled in after pagination. }}
footer-center Page {page}{{#DRAFT}} of {pages}{{/DRAFT}}
footer-right {{MEETING_DATE_SHORT}}
{{#FINAL}}
footer-left {{COUNCIL}}
{{/FINAL}}
{{#DRAFT}}
watermark DRAFT
footer-left Draft version {{VERSION}}
{{/DRAFT}}
