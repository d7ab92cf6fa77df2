{{! The page that replaces an exempt report in the public edition of a pack.
    Built from the meeting's agenda entry only: the report itself is never
    read, so nothing of it can appear here. }}
section portrait
heading 1 Agenda Item {{NUMBER}}
heading 2 {{TITLE}}
para This report is not for publication by virtue of paragraph {{EXEMPT_PARAGRAPH}} of Part 1 of Schedule 12A to the Local Government Act 1972.
para The report has been sent to the Members of the {{COMMITTEE}} only. It is not available for public inspection.
