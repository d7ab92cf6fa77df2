{{! The first pages of an agenda pack: the Democratic Services letter that
    lists the agenda. Used for the main pack (MAIN) and for a supplementary
    pack (SUPPLEMENTARY); PUBLIC / PRIVATE is the edition. These pages carry
    no page number but count in the pack's numbering. Directives, slots and
    values: ../README.md, "Agenda packs". }}
section portrait
slot mark {{#PUBLIC}}Public Document Pack{{/PUBLIC}}{{#PRIVATE}}Private Document Pack – NOT FOR PUBLICATION{{/PRIVATE}}
{{#ADDRESS}}
slot right {{LINE}}
{{/ADDRESS}}
space 12pt
slot line To: The Chair and Members of the {{COMMITTEE}}
space 6pt
slot line Date: {{PUBLISHED}}
space 6pt
slot line Contact: {{CONTACT_NAME}}
slot line Contact Number: {{CONTACT_TELEPHONE}}
slot line e-mail: {{CONTACT_EMAIL}}
space 12pt
para Dear Councillor
bookmark 0 {{#SUPPLEMENTARY}}Supplementary agenda{{/SUPPLEMENTARY}}{{#MAIN}}Agenda{{/MAIN}}
subheading {{COMMITTEE_CAPITALS}} - {{MEETING_DATE_CAPITALS}}
{{#SUPPLEMENTARY}}
para I refer to the agenda for the above meeting and now enclose the following reports which were unavailable when the agenda was published.
{{/SUPPLEMENTARY}}
{{#MAIN}}
para You are invited to a meeting of the {{COMMITTEE}} to be held at {{MEETING_TIME}} on {{MEETING_DATE}} in the {{VENUE}}. The agenda is set out below and the reports follow this letter.
{{/MAIN}}
{{#PRIVATE}}
para This pack includes reports that are not for publication. They are for the Members of the Committee only and must not be passed on.
{{/PRIVATE}}
subheading Agenda No. / Item
{{#ITEMS}}
slot agenda-line {{INDEX}} {{TITLE}}{{#HAS_PAGES}} ({{#SINGLE_PAGE}}Page {{FIRST_PAGE}}{{/SINGLE_PAGE}}{{#PAGE_RANGE}}Pages {{FIRST_PAGE}} - {{LAST_PAGE}}{{/PAGE_RANGE}}){{/HAS_PAGES}}{{#TO_FOLLOW}} (report to follow){{/TO_FOLLOW}}
{{#HAS_AUTHOR}}
slot agenda-detail {{AUTHOR}}
{{/HAS_AUTHOR}}
{{#EXEMPT}}
slot agenda-detail The report is not for publication by virtue of paragraph {{EXEMPT_PARAGRAPH}} of Part 1 of Schedule 12A to the Local Government Act 1972.
{{/EXEMPT}}
{{#HAS_NOTE}}
slot agenda-detail {{NOTE}}
{{/HAS_NOTE}}
{{/ITEMS}}
{{#NO_ITEMS}}
para There are no items in this pack.
{{/NO_ITEMS}}
space 6pt
{{#WITHDRAWN_ITEMS}}
para I would add that Item No. {{NUMBER}}, the {{TITLE}}, has now been withdrawn from the agenda.
{{/WITHDRAWN_ITEMS}}
space 6pt
para Yours faithfully,
para Democratic Services
