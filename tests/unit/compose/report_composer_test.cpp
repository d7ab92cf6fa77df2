// compose_report on a report built in code: the front matter in the order and
// wording of the Sefton paper, furniture for drafts and final reports, metadata.

#include <gtest/gtest.h>

#include <thread>

#include "compose/report_composer.h"
#include "compose_fixture.h"

namespace bp::compose {
namespace {

using namespace testing;

const doc::Table& front_sheet(const doc::Document& d) {
  const auto& first = d.sections.at(0).blocks.at(0);
  EXPECT_TRUE(std::holds_alternative<doc::Table>(first)) << "the paper opens with the front sheet";
  return std::get<doc::Table>(first);
}

TEST(ComposeReport, FrontSheetIsABorderedFourColumnTable) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  const doc::Table& t = front_sheet(d);
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_GT(t.border_width, 0);
  EXPECT_EQ(t.bookmark, "SEND Continuous Improvement Plan Update");
  EXPECT_EQ(t.bookmark_level, 0);
  ASSERT_EQ(t.body_rows.size(), 6u);

  const auto& r0 = t.body_rows[0].cells;
  ASSERT_EQ(r0.size(), 4u);
  EXPECT_EQ(text_of(r0[0]), "Report to:");
  EXPECT_EQ(text_of(r0[1]), "Health and Wellbeing Board");
  EXPECT_EQ(text_of(r0[2]), "Date of Meeting:");
  EXPECT_EQ(text_of(r0[3]), "Wednesday 11 March 2020");
  // Labels bold on the label shade; values regular, unshaded.
  EXPECT_EQ(r0[0].content.at(0).runs.at(0).face, doc::FontFace::Bold);
  EXPECT_EQ(r0[0].fill, style.shades.at("label"));
  EXPECT_EQ(r0[1].content.at(0).runs.at(0).face, doc::FontFace::Regular);
  EXPECT_FALSE(r0[1].fill.has_value());

  const auto& subject = t.body_rows[1].cells;
  ASSERT_EQ(subject.size(), 2u);
  EXPECT_EQ(text_of(subject[0]), "Subject:");
  EXPECT_EQ(text_of(subject[1]), "SEND Continuous Improvement Plan Update");
  EXPECT_EQ(subject[1].colspan, 3);

  EXPECT_EQ(text_of(t.body_rows[2].cells.at(3)), "(All Wards)");
  EXPECT_EQ(text_of(t.body_rows[3].cells.at(1)), "Children, Schools and Safeguarding");
  EXPECT_EQ(t.body_rows[3].cells.at(1).colspan, 3);
  const auto& decision = t.body_rows[4].cells;
  ASSERT_EQ(decision.size(), 4u);
  EXPECT_EQ(text_of(decision[0]), "Is this a Key Decision:");
  EXPECT_EQ(text_of(decision[1]), "No");
  EXPECT_EQ(text_of(decision[2]), "Included in Forward Plan:");
  EXPECT_EQ(text_of(decision[3]), "No");
  EXPECT_EQ(text_of(t.body_rows[5].cells.at(0)), "Exempt / Confidential Report:");
  EXPECT_EQ(text_of(t.body_rows[5].cells.at(1)), "No");
  EXPECT_EQ(t.body_rows[5].cells.at(1).colspan, 3);
}

TEST(ComposeReport, ExemptKeyDecisionPrintsYesAndTheSchedule12AReason) {
  auto report = sample_report();
  report.front.key_decision = true;
  report.front.included_in_forward_plan = true;
  report.front.exempt = true;
  report.front.exempt_paragraph = 3;
  const doc::Document d = compose_report(report, house_style());
  const doc::Table& t = front_sheet(d);
  EXPECT_EQ(text_of(t.body_rows[4].cells.at(1)), "Yes");
  EXPECT_EQ(text_of(t.body_rows[4].cells.at(3)), "Yes");
  const std::string exempt = text_of(t.body_rows[5].cells.at(1));
  EXPECT_EQ(exempt.rfind("Yes", 0), 0u) << exempt;
  EXPECT_NE(exempt.find("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A "
                        "to the Local Government Act 1972"),
            std::string::npos)
      << exempt;
}

TEST(ComposeReport, ExemptWithoutParagraphIsAnInputError) {
  auto report = sample_report();
  report.front.exempt = true;
  EXPECT_THROW(compose_report(report, house_style()), InputError);
}

TEST(ComposeReport, FrontMatterHeadingsComeInThePapersOrder) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const std::vector<std::string> expected = {
      "Summary:",
      "Recommendation(s):",
      "Reasons for the Recommendation(s):",
      "Alternative Options Considered and Rejected:",
      "What will it cost and how will it be financed?",
      "(A) Revenue Costs",
      "(B) Capital Costs",
      "Implications of the Proposals:",
      "Resource Implications (Financial, IT, Staffing and Assets):",
      "Legal Implications:",
      "Equality Implications:",
      "Contribution to the Council's Core Purpose:",
      "What consultations have taken place on the proposals and when?",
      "(A) Internal Consultations",
      "(B) External Consultations",
      "Implementation Date for the Decision",
      "Appendices:",
      "Background Papers:",
      "1. Introduction",
      "2. Delivering the Improvement Plan",
      "Appendix A – Current KPI Performance"};
  std::vector<std::string> headings;
  for (const auto* p : all_paragraphs(d)) {
    if (p->role == doc::Role::Heading && p->heading_level == 1) headings.push_back(text_of(*p));
    if (p->role == doc::Role::Heading && p->heading_level == 2 && text_of(*p).front() == '(') {
      headings.push_back(text_of(*p));
    }
    if (p->role == doc::Role::Heading && p->heading_level == 2 &&
        text_of(*p).find("Implications") != std::string::npos) {
      headings.push_back(text_of(*p));
    }
  }
  EXPECT_EQ(headings, expected);
  for (const auto* p : all_paragraphs(d)) {
    if (p->role != doc::Role::Heading) continue;
    EXPECT_TRUE(p->style.keep_with_next) << text_of(*p);
    EXPECT_EQ(p->runs.at(0).face, doc::FontFace::Bold) << text_of(*p);
  }
}

TEST(ComposeReport, RecommendationsAreIntroducedAndLabelledInParentheses) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* intro = find_paragraph(d, "Members of the Health and Wellbeing Board are asked to:");
  ASSERT_NE(intro, nullptr);
  const auto* first = next_paragraph(d, intro);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->label, "(1)");
  EXPECT_EQ(text_of(*first), "consider the performance information at Appendix A;");
  const auto* second = next_paragraph(d, first);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->label, "(2)");
  EXPECT_EQ(second->label_width, 42);
}

TEST(ComposeReport, EmptyAlternativesPrintNotApplicable) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* heading = find_paragraph(d, "Alternative Options Considered and Rejected:");
  ASSERT_NE(heading, nullptr);
  const auto* next = next_paragraph(d, heading);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(text_of(*next), "Not applicable");
  EXPECT_EQ(next->role, doc::Role::Paragraph);
  const auto* capital = next_paragraph(d, find_paragraph(d, "(B) Capital Costs"));
  ASSERT_NE(capital, nullptr);
  EXPECT_EQ(text_of(*capital), "Not applicable");
}

TEST(ComposeReport, InternalConsultationSentenceNamesOfficersAndClearanceCodes) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* p = next_paragraph(d, find_paragraph(d, "(A) Internal Consultations"));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(text_of(*p),
            "The Executive Director of Corporate Resources and Customer Services (FD5961/20) and "
            "the Chief Legal and Democratic Officer (LD4144/20) have been consulted and any "
            "comments have been incorporated into the report.");
}

TEST(ComposeReport, CorePurposeItemsLeadWithTheirBoldHeading) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* p = find_starting(d, "Protect the most vulnerable:");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(text_of(*p), "Protect the most vulnerable: Better outcomes for children.");
  EXPECT_EQ(p->runs.at(0).face, doc::FontFace::Bold);
  EXPECT_EQ(p->runs.at(0).text, "Protect the most vulnerable: ");
  EXPECT_EQ(p->runs.at(1).face, doc::FontFace::Regular);
  EXPECT_NE(find_paragraph(d, "Cleaner Greener: Not applicable"), nullptr);
}

TEST(ComposeReport, ImplementationDateInHouseStyleOrNoteOrNotApplicable) {
  auto report = sample_report();
  const auto following = [](const doc::Document& d) {
    const auto* p = next_paragraph(d, find_paragraph(d, "Implementation Date for the Decision"));
    return p ? text_of(*p) : std::string("<none>");
  };
  EXPECT_EQ(following(compose_report(report, house_style())), "Not applicable");
  report.implementation_note = "Following the expiry of the call-in period";
  EXPECT_EQ(following(compose_report(report, house_style())),
            "Following the expiry of the call-in period");
  report.implementation_date = model::Date(2020, 3, 20);
  EXPECT_EQ(following(compose_report(report, house_style())), "Friday 20 March 2020");
}

TEST(ComposeReport, ContactOfficerTableLinksTheEmailAddress) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const doc::Table* contact = nullptr;
  for (const auto* t : all_tables(d)) {
    if (!t->body_rows.empty() && text_of(t->body_rows[0].cells.at(0)) == "Contact Officer:") {
      contact = t;
    }
  }
  ASSERT_NE(contact, nullptr);
  ASSERT_EQ(contact->body_rows.size(), 3u);
  EXPECT_EQ(text_of(contact->body_rows[0].cells.at(1)), "Jan McMahon");
  EXPECT_EQ(text_of(contact->body_rows[1].cells.at(0)), "Telephone Number:");
  EXPECT_EQ(text_of(contact->body_rows[1].cells.at(1)), "Tel: 0151 934 4431");
  const auto& email = contact->body_rows[2].cells.at(1).content.at(0).runs.at(0);
  EXPECT_EQ(email.text, "jan.mcmahon@sefton.gov.uk");
  EXPECT_EQ(email.link, "mailto:jan.mcmahon@sefton.gov.uk");
}

TEST(ComposeReport, AppendixListNamesEveryAppendixAndPapersLinkTheirUrl) {
  const doc::Document d = compose_report(sample_report(), house_style());
  EXPECT_NE(find_paragraph(d, "Appendix A Current KPI Performance"), nullptr);
  EXPECT_NE(find_paragraph(d, "Appendix B Analysis of baseline Parent Carer Survey"), nullptr);
  const auto* paper = next_paragraph(d, find_paragraph(d, "Background Papers:"));
  ASSERT_NE(paper, nullptr);
  ASSERT_EQ(paper->runs.size(), 2u);
  EXPECT_EQ(paper->runs[0].text, "Published version of the SEND Improvement Plan ");
  EXPECT_EQ(paper->runs[1].link,
            "https://search3.openobjects.com/mediamanager/sefton/fsd/files/"
            "sefton_send_improvement_plan.pdf");
  EXPECT_EQ(paper->runs[1].text, paper->runs[1].link);
  EXPECT_EQ(paper->runs[1].color, Color::rgb(0x1F, 0x4E, 0x96));
}

TEST(ComposeReport, FinalReportShowsSignOffAndNoWatermark) {
  const doc::Document d = compose_report(sample_report(), house_style());
  EXPECT_NE(find_starting(d, "Signed off by Executive Director of Children's Services on 2 March "
                             "2020. Finance clearance FD5961/20. Legal clearance LD4144/20."),
            nullptr);
  EXPECT_EQ(d.furniture.watermark, "");
  EXPECT_EQ(d.furniture.footer_center, "Page {page}");
  EXPECT_EQ(d.furniture.footer_left, "Sefton Council");
  EXPECT_EQ(d.furniture.footer_right, "11 March 2020");
  EXPECT_EQ(d.furniture.size, 8);
}

TEST(ComposeReport, DraftHasDiagonalWatermarkAndVersionInFooter) {
  auto report = sample_report();
  report.sign_off.state = model::SignOffState::Draft;
  report.sign_off.version = "0.3";
  report.sign_off.signed_off_by.clear();
  report.sign_off.signed_off_on.reset();
  const doc::Document d = compose_report(report, house_style());
  EXPECT_EQ(d.furniture.watermark, "DRAFT");
  EXPECT_EQ(d.furniture.footer_left, "Draft version 0.3");
  EXPECT_EQ(d.furniture.footer_center, "Page {page} of {pages}");
  EXPECT_EQ(find_starting(d, "Signed off by"), nullptr);
}

TEST(ComposeReport, MetadataFontsAndPageSetupComeFromReportAndStyle) {
  const auto style = house_style();
  const doc::Document d = compose_report(sample_report(), style);
  EXPECT_EQ(d.meta.title, "SEND Continuous Improvement Plan Update");
  EXPECT_EQ(d.meta.author, "Sefton Council");
  EXPECT_EQ(d.meta.subject, "Report to Health and Wellbeing Board, Wednesday 11 March 2020");
  EXPECT_EQ(d.meta.creator, "boardpack");
  EXPECT_EQ(d.meta.creation_date, "2020-03-02");
  EXPECT_NE(d.meta.keywords.find("Health and Wellbeing Board"), std::string::npos);
  EXPECT_EQ(d.fonts.bold, style.fonts.bold);
  EXPECT_EQ(d.fonts.bold_italic, style.fonts.bold_italic);
  const doc::PageSetup& page = d.sections.at(0).page;
  EXPECT_EQ(page.orientation, Orientation::Portrait);
  EXPECT_NEAR(page.margin_left, mm(20), 1e-9);
  EXPECT_NEAR(page.width, 595.276, 1e-3);
}

TEST(ComposeReport, RichTextKeepsEmphasisAndLinks) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* p = find_starting(d, "The Board provides system leadership");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->runs.size(), 5u);
  EXPECT_EQ(p->runs[1].text, "system leadership");
  EXPECT_EQ(p->runs[1].face, doc::FontFace::Bold);
  EXPECT_EQ(p->runs[2].text, " and ");
  EXPECT_EQ(p->runs[2].link, "");
  EXPECT_EQ(p->runs[3].text, "the plan");
  EXPECT_EQ(p->runs[3].face, doc::FontFace::Italic);
  EXPECT_EQ(p->runs[3].link, "https://example.gov.uk/send");
  EXPECT_EQ(p->runs[3].color, Color::rgb(0x1F, 0x4E, 0x96));
  EXPECT_EQ(p->runs[4].color, Color{});
}

TEST(ComposeReport, BareAddressesInPlainTextBecomeLinks) {
  const doc::Document d = compose_report(sample_report(), house_style());
  const auto* p = find_starting(d, "See https://www.sefton.gov.uk/send.");
  ASSERT_NE(p, nullptr);
  std::vector<std::string> links;
  for (const auto& r : p->runs) {
    if (!r.link.empty()) links.push_back(r.text + " -> " + r.link);
  }
  EXPECT_EQ(links, (std::vector<std::string>{
                       "https://www.sefton.gov.uk/send -> https://www.sefton.gov.uk/send",
                       "send.team@sefton.gov.uk -> mailto:send.team@sefton.gov.uk"}));
}

TEST(ComposeReport, ValuesCannotBreakThePageScript) {
  auto report = sample_report();
  report.front.subject = "Plans | budgets\npara injected {label:finance_officer} \\ end";
  const doc::Document d = compose_report(report, house_style());
  const doc::Table& t = front_sheet(d);
  ASSERT_EQ(t.body_rows[1].cells.size(), 2u);
  EXPECT_EQ(text_of(t.body_rows[1].cells[1]),
            "Plans | budgets para injected {label:finance_officer} \\ end");
  EXPECT_EQ(find_paragraph(d, "injected {label:finance_officer} \\ end"), nullptr);
}

TEST(ComposeReport, OverviewAndScrutinyUsesItsOwnWordingAndColours) {
  auto report = sample_report();
  report.front.report_to = "Overview and Scrutiny Committee (Children's Services and Safeguarding)";
  const auto style = house_style("overview-and-scrutiny");
  const doc::Document d = compose_report(report, style);
  EXPECT_NE(find_paragraph(d, "The Overview and Scrutiny Committee (Children's Services and "
                              "Safeguarding) is recommended to:"),
            nullptr);
  EXPECT_EQ(find_starting(d, "Members of the Overview"), nullptr);
  EXPECT_EQ(find_paragraph(d, "Members of the Health and Wellbeing Board are asked to:"), nullptr);
  const auto* summary = find_paragraph(d, "Summary:");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->runs.at(0).color, Color::rgb(0x14, 0x50, 0x5C));
  const auto* when = next_paragraph(d, find_paragraph(d, "Implementation Date for the Decision"));
  ASSERT_NE(when, nullptr);
  EXPECT_EQ(text_of(*when), "Immediately following the Committee meeting.");
  EXPECT_NE(find_starting(d, "The Executive Director of Corporate Resources and Customer "
                             "Services (FD5961/20)"),
            nullptr);
}

TEST(ComposeReport, ParallelCallsGiveTheSameResult) {
  // Each call has its own template cache; two styles share file names.
  const auto hwb = house_style();
  const auto os = house_style("overview-and-scrutiny");
  const auto report = sample_report();
  const auto signature = [](const doc::Document& d) {
    std::string s;
    for (const auto* p : all_paragraphs(d)) s += p->label + " " + text_of(*p) + "\n";
    return s + d.furniture.footer_center;
  };
  const std::string expected_hwb = signature(compose_report(report, hwb));
  const std::string expected_os = signature(compose_report(report, os));
  ASSERT_NE(expected_hwb, expected_os);
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 5; ++round) {
        results[i] = signature(compose_report(report, i % 2 == 0 ? hwb : os));
      }
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i], i % 2 == 0 ? expected_hwb : expected_os) << i;
  }
}

}  // namespace
}  // namespace bp::compose
