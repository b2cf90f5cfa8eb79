package org.govgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.govgraph.ingest.Dataset;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.ThemeVocabulary;
import org.junit.jupiter.api.Test;

/**
 * Three report layouts written blind (without reading the extractor, its rules or the other tests), with what a careful
 * reader would draft from each, written down before the extractor was run on them:
 * <ol>
 *   <li>an Ofsted ILACS standard inspection (2019) as hard-wrapped PDF text, with page footers that cut paragraphs,
 *       a judgement table whose rows wrap and a graded heading that wraps;</li>
 *   <li>a standalone Ofsted review of a Local Safeguarding Children Board (2016), recommendations 1.-6. and findings
 *       numbered 100.-125., with a chair leaving in July 2015 and an independent chair appointed in January 2016;</li>
 *   <li>a bilingual CIW performance evaluation inspection (2023), Welsh / English headings, English body, findings 1.1 ...
 *       under the principles of the Social Services and Well-being (Wales) Act 2014.</li>
 * </ol>
 * Every check is soft and counted, so one run lists every difference and prints the tally.
 *
 * <p>First run: 400 of 542 checks passed (the ILACS text 212 of 229, the board review 55 of 166, the bilingual report
 * 133 of 147); one failure was the test's own mistake and was fixed. The extractor was then mended until all pass
 * (bilingual headings, table rows, a numbering jump that ends a list of actions, the board chair as a post, ...), so
 * these texts are no longer unseen.
 */
class FourthBlindLayoutsTest {

    private static final String DIR = "/other-layouts-4/";
    private final ReportExtractor extractor = new ReportExtractor(Conventions.bundled(), Gazetteer.load(List.of()));

    // ---------------------------------------------------------------------------------------------------------------
    // expectations

    /** What a finding's section must be. */
    record Sec(String description, Predicate<String> test) {
    }

    /** One expected finding: where it is (ref), its words, its section and (when plain) its polarity. */
    record Exp(String refDescription, Predicate<String> refOk, Sec section, char polarity, String text) {
    }

    private static Sec startingWith(String prefix) {
        return new Sec("starts with '" + prefix + "'", s -> s != null && norm(s).startsWith(prefix));
    }

    private static Sec equalTo(String whole) {
        return new Sec("'" + whole + "'", s -> s != null && norm(s).equals(whole));
    }

    private static Sec containing(String part) {
        return new Sec("contains '" + part + "'", s -> s != null && norm(s).contains(part));
    }

    private static Exp numbered(String ref, Sec section, char polarity, String text) {
        return new Exp("'" + ref + "'", ref::equals, section, polarity, text);
    }

    private static Exp bullet(String list, int n, char polarity, String text) {
        String end = "bullet " + n;
        return new Exp("mentions '" + list + "' and ends with '" + end + "'",
                r -> r != null && r.contains(list) && r.endsWith(end), containing(list), polarity, text);
    }

    private static final Sec SEC_HELP = startingWith(
            "The experiences and progress of children who need help and protection");
    private static final Sec SEC_CARE = startingWith(
            "The experiences and progress of children in care and care leavers");
    private static final Sec SEC_LEAD = startingWith(
            "The impact of leaders on social work practice with children and families");
    private static final Sec SEC_LSCB = equalTo("Inspection findings – the Local Safeguarding Children Board");

    private static final List<Exp> LANCASHIRE_FINDINGS = List.of(
            numbered("paragraph 1", SEC_HELP, 'P',
                    "Children and families receive effective early help from the children and family wellbeing service."),
            numbered("paragraph 2", SEC_HELP, 'P',
                    "Contacts to the multi-agency safeguarding hub are screened promptly by experienced managers."),
            numbered("paragraph 3", SEC_HELP, 'P',
                    "Partner agencies understand thresholds well, and parental consent is sought and recorded."),
            numbered("paragraph 4", SEC_HELP, 'P',
                    "Strategy discussions are held without delay when children are at risk of significant harm."),
            numbered("paragraph 5", SEC_HELP, 'N',
                    "In a few cases, health professionals were not invited to strategy discussions, which limited the information shared."),
            numbered("paragraph 6", SEC_HELP, 'P',
                    "Assessments are timely and most are thorough, drawing well on history and on the views of children."),
            numbered("paragraph 7", SEC_HELP, 'N',
                    "Plans for children in need are too often vague and do not say what needs to change or by when."),
            numbered("paragraph 8", SEC_HELP, 'P',
                    "Social workers know their children well and see them alone when it is appropriate."),
            numbered("paragraph 9", SEC_HELP, 'P',
                    "Child protection conferences are well attended, and chairs challenge well when progress stalls."),
            numbered("paragraph 10", SEC_HELP, 'P',
                    "Children who go missing from home are offered a return home interview, and most accept one."),
            numbered("paragraph 11", SEC_HELP, 'P',
                    "Risks of exploitation are identified quickly and managed through well-coordinated multi-agency meetings."),
            numbered("paragraph 12", SEC_HELP, 'P',
                    "The emergency duty team provides a timely and proportionate response out of hours."),
            numbered("paragraph 13", SEC_HELP, 'N',
                    "Assessments of disabled children do not consistently consider how each child communicates."),
            numbered("paragraph 14", SEC_HELP, 'P',
                    "The designated officer manages allegations against professionals effectively."),
            numbered("paragraph 15", SEC_CARE, 'P',
                    "Decisions for children to come into care are appropriate and are mostly planned."),
            numbered("paragraph 16", SEC_CARE, 'N',
                    "Permanence planning is too slow for some children, and early permanence placements are rarely used."),
            numbered("paragraph 17", SEC_CARE, 'P',
                    "Children in care are visited regularly by social workers who know them well."),
            numbered("paragraph 18", SEC_CARE, '-',
                    "Reviews are held on time, but reviewing officers do not always challenge drift in plans."),
            numbered("paragraph 19", SEC_CARE, 'P',
                    "The virtual school has improved attendance, and fewer children in care are excluded."),
            numbered("paragraph 20", SEC_CARE, 'N',
                    "Too many children wait too long for help with their emotional and mental health."),
            numbered("paragraph 21", SEC_CARE, 'N',
                    "Life-story work is not done routinely, and some children do not understand why they are in care."),
            numbered("paragraph 22", SEC_CARE, 'P',
                    "Foster carers feel well supported, and more new carers have been approved this year."),
            numbered("paragraph 23", SEC_CARE, 'N',
                    "There are not enough local homes for older children with complex needs, and some of them live a long way from their families and schools."),
            numbered("paragraph 24", SEC_CARE, 'P',
                    "Care leavers speak highly of their personal advisers, who stay in touch with almost all of them."),
            numbered("paragraph 25", SEC_CARE, 'N',
                    "Pathway plans are often completed late and are not focused on young people's goals."),
            numbered("paragraph 26", SEC_CARE, 'N',
                    "Too many care leavers live in unsuitable accommodation, including bed and breakfast."),
            numbered("paragraph 27", SEC_CARE, 'P',
                    "Care leavers who are parents receive sensitive support to care for their own children."),
            numbered("paragraph 28", SEC_CARE, 'P',
                    "The children in care council is active and has shaped the pledge made by elected members."),
            numbered("paragraph 29", SEC_LEAD, 'P',
                    "The director of children's services and the lead member provide strong and stable leadership."),
            numbered("paragraph 30", SEC_LEAD, 'P',
                    "Leaders know the strengths and weaknesses of services well through a thorough self-assessment."),
            numbered("paragraph 31", SEC_LEAD, 'P',
                    "The council has invested in children's services, including 40 additional social work posts."),
            numbered("paragraph 32", SEC_LEAD, 'N',
                    "The corporate parenting board does not yet monitor the outcomes of care leavers closely enough."),
            numbered("paragraph 33", SEC_LEAD, 'P',
                    "Performance information is comprehensive and is used well by managers at all levels to understand and improve practice."),
            numbered("paragraph 34", SEC_LEAD, 'P',
                    "Audits are of good quality and lead to clear actions that are followed up."),
            numbered("paragraph 35", SEC_LEAD, '-',
                    "Management oversight is visible on most records, but supervision varies in quality between teams."),
            numbered("paragraph 36", SEC_LEAD, 'P',
                    "Caseloads are manageable, and social workers say they enjoy working in Lancashire."),
            numbered("paragraph 37", SEC_LEAD, 'P',
                    "The workforce is more stable than at the last inspection, as the use of agency staff has fallen."),
            numbered("paragraph 38", SEC_LEAD, 'P',
                    "Partnership working is strong, and the safeguarding children board provides effective challenge."),
            numbered("paragraph 39", SEC_LEAD, 'N',
                    "Commissioning has not yet secured enough suitable homes for older children and care leavers."),
            numbered("paragraph 40", SEC_LEAD, 'P',
                    "Leaders know what they need to do next, and their improvement plan targets the right priorities."));

    private static final List<String> HERTFORDSHIRE_RECOMMENDATIONS = List.of(
            "Ensure that the learning from serious case reviews reaches frontline staff and that its impact on practice is evaluated.",
            "Include measures of the impact of early help in the multi-agency performance dataset.",
            "Ensure that the board receives regular information about privately fostered children, so that it can be assured that they are safe.",
            "Evaluate the impact of multi-agency training on the quality of practice with children and families.",
            "Ensure that the views of children and young people directly inform the board's priorities and business plan.",
            "Monitor the attendance of health and education partners at subgroups, and act when attendance is poor.");

    private static final List<Exp> HERTFORDSHIRE_FINDINGS = List.of(
            numbered("paragraph 100", SEC_LSCB, 'P',
                    "The Hertfordshire Safeguarding Children Board (HSCB) meets all of its statutory responsibilities and provides effective leadership of safeguarding arrangements across the county."),
            numbered("paragraph 101", SEC_LSCB, '-',
                    "The board's previous chair left in July 2015, after four years in the role."),
            numbered("paragraph 102", SEC_LSCB, '-',
                    "An independent chair, Dr Margaret Ellison, was appointed in January 2016 after an open recruitment process. She has quickly gained the confidence of partners."),
            numbered("paragraph 103", SEC_LSCB, 'P',
                    "Governance arrangements are clear. Protocols with the Health and Wellbeing Board and the Children's Trust Partnership set out how each holds the others to account."),
            numbered("paragraph 104", SEC_LSCB, 'P',
                    "The board's business plan is well focused on three priorities, and progress against each is reported to every meeting."),
            numbered("paragraph 105", SEC_LSCB, 'P',
                    "The board's budget is sufficient, and partners' contributions for 2016–17 were agreed promptly."),
            numbered("paragraph 106", SEC_LSCB, 'P',
                    "Board members are senior, attend regularly and challenge each other constructively."),
            numbered("paragraph 107", SEC_LSCB, 'N',
                    "Attendance by health and education representatives at some subgroups has been poor, which has slowed the work of those groups."),
            numbered("paragraph 108", SEC_LSCB, 'P',
                    "The multi-agency performance dataset is comprehensive and is scrutinised closely by the performance and quality assurance subgroup."),
            numbered("paragraph 109", SEC_LSCB, 'N',
                    "The dataset does not yet include measures of the impact of early help, so the board cannot judge how well early help services work."),
            numbered("paragraph 110", SEC_LSCB, 'P',
                    "Multi-agency audits are well designed and have led to improvements, for example in the quality of referrals from schools."),
            numbered("paragraph 111", SEC_LSCB, 'P',
                    "Section 11 audits are completed by all statutory partners, and the board follows up gaps in their safeguarding arrangements."),
            numbered("paragraph 112", SEC_LSCB, 'P',
                    "The board has commissioned two serious case reviews in the last year. Both were completed on time and were of good quality."),
            numbered("paragraph 113", SEC_LSCB, 'N',
                    "Learning from serious case reviews is shared through briefings, but the board does not know whether it has changed practice."),
            numbered("paragraph 114", SEC_LSCB, 'P',
                    "The child death overview panel is effective and has led to a local campaign on safe sleeping."),
            numbered("paragraph 115", SEC_LSCB, '-',
                    "Multi-agency training is well attended and highly valued by staff, but its impact on practice is not evaluated."),
            numbered("paragraph 116", SEC_LSCB, 'N',
                    "The board has not received information about privately fostered children for over a year, and notifications remain low."),
            numbered("paragraph 117", SEC_LSCB, 'P',
                    "The board monitors the work of the designated officer closely, and allegations against professionals are managed well."),
            numbered("paragraph 118", SEC_LSCB, 'P',
                    "The board's strategy for tackling child sexual exploitation is well developed, and children at risk are identified quickly."),
            numbered("paragraph 119", SEC_LSCB, 'P',
                    "Children who go missing are tracked well, and the board receives regular reports on return home interviews."),
            numbered("paragraph 120", SEC_LSCB, 'P',
                    "The threshold document was revised in 2015 and is well understood by partner agencies."),
            numbered("paragraph 121", SEC_LSCB, 'P',
                    "The escalation policy is used appropriately, and professionals are confident to challenge each other's decisions."),
            numbered("paragraph 122", SEC_LSCB, 'N',
                    "The voice of children is not yet well reflected in the work of the board, and young people have not helped to set its priorities."),
            numbered("paragraph 123", SEC_LSCB, 'P',
                    "The board's annual report is comprehensive and gives a clear account of the effectiveness of local services."),
            numbered("paragraph 124", SEC_LSCB, 'P',
                    "The board's website is informative and is well used by professionals and parents."),
            numbered("paragraph 125", SEC_LSCB, 'P',
                    "Leaders of the board recognise the areas that need further development and have realistic plans to address them."));

    private static final List<Exp> GWYNEDD_FINDINGS = List.of(
            bullet("Strengths", 1, 'P',
                    "Children and families can receive help and support in Welsh throughout their involvement with children's services."),
            bullet("Strengths", 2, 'P',
                    "Practitioners know children well and build trusting relationships with them."),
            bullet("Strengths", 3, 'P',
                    "The integrated early help service is well established and helps families before problems escalate."),
            bullet("Strengths", 4, 'P',
                    "Leaders are visible and supportive, and staff morale is high."),
            bullet("Areas for improvement", 1, 'L',
                    "Care and support plans are not consistently outcome focused."),
            bullet("Areas for improvement", 2, 'L',
                    "Some children wait too long for an assessment by the child and adolescent mental health service."),
            bullet("Areas for improvement", 3, 'L',
                    "The local authority does not have enough foster carers to meet children's needs close to home."),
            bullet("Areas for improvement", 4, 'L',
                    "Quality assurance activity does not always lead to measurable improvements in practice."),
            numbered("1.1", containing("People – Voice and Control"), 'P',
                    "Children's views are recorded well in most assessments, and we saw some skilled direct work with children."),
            numbered("1.2", containing("People – Voice and Control"), 'P',
                    "The active offer of the Welsh language is embedded; most practitioners are Welsh speakers and conversations with families take place in their preferred language."),
            numbered("1.3", containing("People – Voice and Control"), 'P',
                    "Advocacy is offered to children at the right time, and take-up has increased over the past year."),
            numbered("1.4", containing("People – Voice and Control"), 'N',
                    "Care and support plans often list tasks for professionals rather than the outcomes that matter to the child."),
            numbered("1.5", containing("People – Voice and Control"), 'N',
                    "Parents told us that they did not always understand what was expected of them in child protection plans."),
            numbered("2.1", containing("Prevention"), 'P',
                    "The Team Around the Family service responds quickly, and families told us that it made a real difference to them."),
            numbered("2.2", containing("Prevention"), 'P',
                    "Information, advice and assistance are provided promptly at the front door, and decisions are made within a day."),
            numbered("2.3", containing("Prevention"), 'N',
                    "There is a shortage of services for children on the edge of care, and some families are referred to services that cannot start for several months."),
            numbered("2.4", containing("Prevention"), '-',
                    "The local authority has worked with schools to develop support for children who are not attending school."),
            numbered("3.1", containing("Well-being"), 'P',
                    "Children are safe; child protection enquiries are completed promptly and are thorough."),
            numbered("3.2", containing("Well-being"), 'P',
                    "Practitioners have manageable caseloads and receive regular supervision that they value."),
            numbered("3.3", containing("Well-being"), 'N',
                    "The recruitment and retention of qualified social workers remains a significant challenge, and many vacancies have been filled by agency staff."),
            numbered("3.4", containing("Well-being"), 'N',
                    "Some children live in placements outside the county because there are not enough local foster carers."),
            numbered("3.5", containing("Well-being"), 'P',
                    "Young people leaving care are well supported by personal advisers, and most live in suitable accommodation."),
            numbered("4.1", containing("Partnerships and Integration"), 'P',
                    "Relationships with North Wales Police and Betsi Cadwaladr University Health Board are strong at a strategic level."),
            numbered("4.2", containing("Partnerships and Integration"), 'N',
                    "Waiting times for the child and adolescent mental health service are too long, and children do not always receive support while they wait."),
            numbered("4.3", containing("Partnerships and Integration"), 'P',
                    "The regional safeguarding board provides effective oversight of multi-agency practice."),
            numbered("4.4", containing("Partnerships and Integration"), 'P',
                    "Elected members receive good quality information and provide appropriate scrutiny and challenge."));

    private static final List<String> LANCASHIRE_RECOMMENDATIONS = List.of(
            "The timeliness of permanence planning, including the use of early permanence placements.",
            "The range and suitability of accommodation for care leavers.",
            "The quality of plans for children in need, so that they are specific and measurable.",
            "The consistency of management oversight and supervision across the locality teams.");

    // ---------------------------------------------------------------------------------------------------------------
    // the tests

    @Test
    void anIlacsReportAsHardWrappedPdfTextWithPageFooters() throws IOException {
        String name = "lancashire-ilacs-2019.txt";
        Tally t = new Tally();
        Draft draft = extract(name);
        Dataset d = draft.dataset();
        Dataset.Inspection in = d.inspection();

        common(t, name, draft, "lancashire", "Lancashire County Council", "England", "Ofsted", "lancashire-2019(-01)?");
        t.eq("fieldwork start", in.fieldwork() == null ? null : in.fieldwork().start(), "2019-01-14");
        t.eq("fieldwork end", in.fieldwork() == null ? null : in.fieldwork().end(), "2019-01-25");
        t.eq("no publication date is stated, so inspection.published is empty", in.published(), null);
        t.eq("no publication date is stated, so report.published is empty", d.report().published(), null);
        t.eq("kind (as the cover names it)", lower(in.kind()), "inspection of children's social care services");

        // the judgement table: four rows, three of them wrapped, one grade wrapped too
        t.eq("number of judgements", in.judgements().size(), 4);
        judgement(t, in, "The impact of leaders on social work practice with children and families", "Good", 2);
        judgement(t, in, "The experiences and progress of children who need help and protection", "Good", 2);
        judgement(t, in, "The experiences and progress of children in care and care leavers",
                "Requires improvement to be good", 3);
        judgement(t, in, "Overall effectiveness", "Good", 2);

        team(t, in, "Rachel Ashworth", List.of());

        // "What needs to improve": recommendations, no timescale given
        recommendations(t, d, LANCASHIRE_RECOMMENDATIONS);

        findings(t, d, LANCASHIRE_FINDINGS);

        String footer = "Inspection of Lancashire County Council children's services";
        notInAnyText(t, d, footer);
        notInAnyText(t, d, "children's services    ");
        notInFindings(t, d, List.of("Inspection of children's social care services", "Inspection dates",
                "Lead inspector", "Her Majesty's Inspector", "Judgement", "Grade", "Requires improvement",
                "requires improvement to be good", "Overall effectiveness", "The impact of leaders",
                "The experiences and progress of", ": good", "What needs to improve", "regulates and inspects",
                "Crown copyright"));
        notFindings(t, d, List.of("Lancashire County Council", "children and families", "help and protection",
                "care leavers", "care leavers to be good", "to be good", "improvement to be good", "Good"));

        t.finish(name);
    }

    @Test
    void aStandaloneReviewOfALocalSafeguardingChildrenBoard() throws IOException {
        String name = "hertfordshire-lscb-review-2016.txt";
        Tally t = new Tally();
        Draft draft = extract(name);
        Dataset d = draft.dataset();
        Dataset.Inspection in = d.inspection();

        common(t, name, draft, "hertfordshire", "Hertfordshire County Council", "England", "Ofsted",
                "hertfordshire-2016(-03)?");
        t.eq("fieldwork start", in.fieldwork() == null ? null : in.fieldwork().start(), "2016-03-07");
        t.eq("fieldwork end", in.fieldwork() == null ? null : in.fieldwork().end(), "2016-03-31");
        t.ok("published 2016-05-26 (inspection or report)",
                "2016-05-26".equals(in.published()) || "2016-05-26".equals(d.report().published()),
                "inspection " + in.published() + ", report " + d.report().published());
        t.eq("kind (as the title names it)", lower(in.kind()),
                "review of the effectiveness of the local safeguarding children board");

        t.eq("number of judgements", in.judgements().size(), 1);
        Dataset.Judgement j = in.judgements().isEmpty() ? null : in.judgements().getFirst();
        t.ok("the judgement is of the effectiveness of the LSCB", j != null && j.area() != null
                        && lower(j.area()).contains("effectiveness")
                        && (j.area().contains("LSCB") || j.area().contains("Local Safeguarding Children Board")),
                j == null ? null : j.area());
        t.eq("the LSCB's grade", j == null ? null : j.grade(), "Good");
        t.eq("the LSCB's rank", j == null ? null : j.rank(), 2);

        team(t, in, "Helen Marsden", List.of("Paul Greenhalgh", "Amira Khan"));

        recommendations(t, d, HERTFORDSHIRE_RECOMMENDATIONS);

        findings(t, d, HERTFORDSHIRE_FINDINGS);

        notInFindings(t, d, List.of("Review of the effectiveness", "Inspection dates", "Report published",
                "Lead inspector", "Team inspectors", "Her Majesty's Inspector", "The effectiveness of the LSCB is good",
                "Executive summary", "Inspection findings", "Review team", "regulates and inspects",
                "Crown copyright"));
        notFindings(t, d, List.of("Hertfordshire County Council", "Recommendations"));

        // leadership: the chair left in July 2015, an independent chair arrived in January 2016
        Map<String, String> roleTitles = new HashMap<>();
        d.roles().forEach(r -> roleTitles.put(r.id(), r.title()));
        Predicate<Dataset.Spell> chair = s -> lower(roleTitles.get(s.role())).contains("chair");
        List<Dataset.Spell> left = d.spells().stream()
                .filter(s -> s.end() != null && "2015-07".equals(s.end().date())).toList();
        List<Dataset.Spell> came = d.spells().stream()
                .filter(s -> s.start() != null && "2016-01".equals(s.start().date())).toList();
        String spells = describe(d.spells(), roleTitles);
        t.ok("a spell of the board's chair ends in 2015-07", left.stream().anyMatch(chair), spells);
        t.ok("a spell of the board's chair starts in 2016-01", came.stream().anyMatch(chair), spells);
        t.ok("the spell starting 2016-01 is Dr Margaret Ellison's",
                came.stream().anyMatch(s -> chair.test(s) && s.holder() != null && s.holder().contains("Margaret Ellison")),
                spells);
        t.ok("the chair who left and the chair appointed hold the same post",
                left.stream().filter(chair).anyMatch(a -> came.stream().filter(chair)
                        .anyMatch(b -> Objects.equals(a.role(), b.role()))), spells);
        t.ok("the chair appointed in January 2016 is still in post (no end)",
                came.stream().filter(chair).anyMatch(s -> s.end() == null || s.end().date() == null), spells);
        t.ok("the departure in July 2015 is not read as an arrival",
                d.spells().stream().noneMatch(s -> s.start() != null && "2015-07".equals(s.start().date())), spells);

        t.finish(name);
    }

    @Test
    void aBilingualCiwPerformanceEvaluationInspection() throws IOException {
        String name = "gwynedd-ciw-pei-2023.txt";
        Tally t = new Tally();
        Draft draft = extract(name);
        Dataset d = draft.dataset();
        Dataset.Inspection in = d.inspection();

        common(t, name, draft, "gwynedd", "Gwynedd Council", "Wales", "CIW", "gwynedd-2023(-03)?");
        t.eq("fieldwork start", in.fieldwork() == null ? null : in.fieldwork().start(), "2023-03-06");
        t.eq("fieldwork end", in.fieldwork() == null ? null : in.fieldwork().end(), "2023-03-10");
        t.ok("published 2023-06-27 (inspection or report)",
                "2023-06-27".equals(in.published()) || "2023-06-27".equals(d.report().published()),
                "inspection " + in.published() + ", report " + d.report().published());
        t.ok("kind (as the title names it)", Set.of("performance evaluation inspection",
                "performance evaluation inspection of children's services").contains(lower(in.kind())), in.kind());
        t.eq("no graded judgements", in.judgements().size(), 0);

        team(t, in, "Bethan Pritchard", List.of("Gareth Lloyd", "Siân Roberts"));

        // CIW's strengths and areas for improvement are findings (as in the curated CIW dataset), not recommendations
        t.eq("number of recommendations", d.recommendations().size(), 0);
        findings(t, d, GWYNEDD_FINDINGS);

        notInFindings(t, d, List.of("Arolygiaeth Gofal Cymru", "Arolygiad Gwerthuso",
                "Performance Evaluation Inspection of Children's Services", "Dyddiadau", "Dates of inspection",
                "Dyddiad cyhoeddi", "Date of publication", "Cyflwyniad", "Crynodeb", "Cryfderau", "Meysydd i'w gwella",
                "Camau nesaf", "Pobl – Llais a Rheolaeth", "Partneriaethau ac Integreiddio", "Dull / Methodology",
                "Tîm arolygu", "Lead inspector", "Inspectors: Gareth"));
        notFindings(t, d, List.of("Atal / Prevention", "2. Atal / Prevention", "Prevention", "3. Well-being",
                "Well-being", "Strengths", "Areas for improvement", "Next steps"));

        t.finish(name);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // checks

    private Draft extract(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(DIR + name)) {
            Objects.requireNonNull(in, name);
            return extractor.extract(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), "text");
        }
    }

    private static void common(Tally t, String name, Draft draft, String id, String authorityName, String nation,
                               String inspectorate, String inspectionId) {
        Dataset d = draft.dataset();
        t.ok("the draft is not low confidence", !draft.lowConfidence(), "warnings " + draft.warnings());
        var problems = new DatasetReader(5_000_000, ThemeVocabulary.bundled()).read(new DatasetSource(
                name.replace(".txt", ".yaml"),
                new DraftWriter().write(draft, "draft.yaml").getBytes(StandardCharsets.UTF_8), false)).problems();
        t.ok("the loader finds no problems", problems.isEmpty(), problems);
        Dataset.Authority first = d.authorities().isEmpty() ? null : d.authorities().getFirst();
        t.eq("authority id", first == null ? null : first.id(), id);
        t.eq("authority name", first == null ? null : first.name(), authorityName);
        t.eq("nation", first == null ? null : first.nation(), nation);
        t.eq("inspection.authority", d.inspection().authority(), id);
        t.eq("inspectorate", d.inspection().inspectorate(), inspectorate);
        t.ok("inspection id matches " + inspectionId,
                d.inspection().id() != null && d.inspection().id().matches(inspectionId), d.inspection().id());
        Map<String, Long> refs = d.findings().stream().filter(f -> f.ref() != null)
                .collect(Collectors.groupingBy(Dataset.Finding::ref, Collectors.counting()));
        List<String> dup = refs.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted()
                .toList();
        t.ok("no finding ref is used twice", dup.isEmpty(), dup);
    }

    private static void judgement(Tally t, Dataset.Inspection in, String area, String grade, int rank) {
        Dataset.Judgement j = in.judgements().stream()
                .filter(x -> x.area() != null && norm(x.area()).equalsIgnoreCase(area)).findFirst()
                .orElseGet(() -> in.judgements().stream()
                        .filter(x -> x.area() != null && lower(x.area()).startsWith(lower(area).substring(0, Math.min(30, area.length()))))
                        .findFirst().orElse(null));
        String all = in.judgements().stream().map(x -> x.area() + " = " + x.grade()).toList().toString();
        t.eq("judgement area '" + area + "'", j == null ? all : norm(j.area()), area);
        t.eq("grade of '" + area + "'", j == null ? null : j.grade(), grade);
        t.eq("rank of '" + area + "'", j == null ? null : j.rank(), rank);
    }

    private static void team(Tally t, Dataset.Inspection in, String lead, List<String> others) {
        List<String> expected = new ArrayList<>(others);
        expected.add(lead);
        expected.sort(null);
        List<String> names = in.team().stream().map(Dataset.TeamMember::name).sorted().toList();
        t.eq("the inspection team (names, each once)", names, expected);
        t.ok(lead + " is the lead inspector", in.team().stream()
                .anyMatch(m -> lead.equals(m.name()) && "lead inspector".equals(m.role())), in.team());
        if (!others.isEmpty()) {
            t.ok("no one but " + lead + " is the lead inspector", in.team().stream()
                    .noneMatch(m -> !lead.equals(m.name()) && "lead inspector".equals(m.role())), in.team());
        }
    }

    private static void recommendations(Tally t, Dataset d, List<String> expected) {
        List<Dataset.Recommendation> recs = d.recommendations();
        t.eq("number of recommendations", recs.size(), expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String text = expected.get(i);
            int n = i + 1;
            String start = start(text);
            Dataset.Recommendation r = recs.stream().filter(x -> text.equals(norm(x.text()))).findFirst()
                    .or(() -> recs.stream().filter(x -> x.text() != null && norm(x.text()).startsWith(start)).findFirst())
                    .or(() -> recs.stream().filter(x -> Objects.equals(x.number(), n)).findFirst())
                    .orElse(null);
            String label = "recommendation " + n;
            t.eq(label + ": text", r == null ? null : norm(r.text()), text);
            t.eq(label + ": number", r == null ? null : r.number(), n);
            t.eq(label + ": timescale (none stated)", r == null ? "(missing)" : r.timescale(), null);
            t.ok(label + ": not also drafted as a finding", d.findings().stream()
                    .noneMatch(f -> f.text() != null && norm(f.text()).startsWith(start)), start);
        }
    }

    private static void findings(Tally t, Dataset d, List<Exp> expected) {
        for (Exp e : expected) {
            String prefix = prefix(e.text());
            String start = start(e.text());
            // the finding with these words, else the one at this place, else one that begins with these words
            Dataset.Finding f = d.findings().stream().filter(x -> e.text().equals(norm(x.text()))).findFirst()
                    .or(() -> d.findings().stream().filter(x -> e.refOk().test(x.ref())).findFirst())
                    .or(() -> d.findings().stream().filter(x -> x.text() != null && norm(x.text()).startsWith(start))
                            .findFirst())
                    .orElse(null);
            String label = "finding '" + prefix + "...'";
            t.eq(label + ": text", f == null ? null : norm(f.text()), e.text());
            t.ok(label + ": ref " + e.refDescription(), f != null && e.refOk().test(f.ref()),
                    f == null ? "(missing)" : f.ref());
            t.ok(label + ": section " + e.section().description(), f != null && e.section().test().test(f.section()),
                    f == null ? "(missing)" : f.section());
            switch (e.polarity()) {
                case 'P' -> t.ok(label + ": polarity strength or improvement",
                        f != null && Set.of("strength", "improvement").contains(f.polarity()),
                        f == null ? "(missing)" : f.polarity());
                case 'N' -> t.ok(label + ": polarity concern", f != null && "concern".equals(f.polarity()),
                        f == null ? "(missing)" : f.polarity());
                case 'L' -> t.ok(label + ": polarity concern or area_for_development",
                        f != null && Set.of("concern", "area_for_development").contains(f.polarity()),
                        f == null ? "(missing)" : f.polarity());
                default -> {
                    // ambiguous: not asserted
                }
            }
        }
    }

    /** Words that belong to a cover, table, heading, footer or back cover appear in no finding. */
    private static void notInFindings(Tally t, Dataset d, List<String> words) {
        for (String w : words) {
            List<String> hits = d.findings().stream().filter(f -> f.text() != null && f.text().contains(w))
                    .map(f -> f.ref() + ": " + f.text()).toList();
            t.ok("no finding holds '" + w + "'", hits.isEmpty(), hits);
        }
    }

    /** Short lines (table cells, wrapped halves of headings) are not findings of their own. */
    private static void notFindings(Tally t, Dataset d, List<String> lines) {
        for (String l : lines) {
            List<String> hits = d.findings().stream()
                    .filter(f -> f.text() != null && norm(f.text()).replaceAll("[.:]$", "").equalsIgnoreCase(l))
                    .map(f -> f.ref() + ": " + f.text()).toList();
            t.ok("'" + l + "' is not a finding", hits.isEmpty(), hits);
        }
    }

    /** A page footer appears in no finding's or recommendation's words. */
    private static void notInAnyText(Tally t, Dataset d, String footer) {
        List<String> hits = new ArrayList<>();
        d.findings().stream().filter(f -> f.text() != null && f.text().contains(footer))
                .forEach(f -> hits.add(f.ref() + ": " + f.text()));
        d.recommendations().stream().filter(r -> r.text() != null && r.text().contains(footer))
                .forEach(r -> hits.add(r.ref() + ": " + r.text()));
        t.ok("no finding or recommendation holds '" + footer + "'", hits.isEmpty(), hits);
    }

    private static String describe(List<Dataset.Spell> spells, Map<String, String> roleTitles) {
        return spells.stream().map(s -> roleTitles.get(s.role()) + " [" + s.holder() + "] "
                + (s.start() == null ? "?" : s.start().date()) + " to " + (s.end() == null ? "?" : s.end().date()))
                .toList().toString();
    }

    /** Enough of the words to tell a paragraph from its neighbours (two may share their first 40 characters). */
    private static String start(String text) {
        return text.substring(0, Math.min(60, text.length()));
    }

    private static String prefix(String text) {
        return text.substring(0, Math.min(40, text.length()));
    }

    static String norm(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String lower(String s) {
        return s == null ? "" : norm(s).toLowerCase(Locale.ROOT);
    }

    /** Soft checks, counted. */
    private static final class Tally {
        private final SoftAssertions softly = new SoftAssertions();
        private int total;
        private int passed;

        void eq(String what, Object actual, Object expected) {
            total++;
            if (Objects.equals(actual, expected)) {
                passed++;
            } else {
                softly.fail(what + ": expected <" + expected + "> but was <" + actual + ">");
            }
        }

        void ok(String what, boolean condition, Object actual) {
            total++;
            if (condition) {
                passed++;
            } else {
                softly.fail(what + ": actual <" + actual + ">");
            }
        }

        void finish(String name) {
            System.out.println("fourth blind layouts, " + name + ":");
            System.out.println("[figures] fourth blind layouts: " + passed + " of " + total + " checks passed");
            softly.assertAll();
        }
    }
}
