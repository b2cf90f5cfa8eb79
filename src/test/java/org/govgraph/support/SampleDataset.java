package org.govgraph.support;

import java.nio.charset.StandardCharsets;
import org.govgraph.ingest.DatasetSource;

/** A small, valid dataset of an invented authority, written out so tests can break it on purpose. */
public final class SampleDataset {

    private SampleDataset() {
    }

    /** The YAML text; line numbers matter to the tests that break it. */
    public static final String YAML = """
            format: 1
            report:
              id: test-report-2020
              title: Inspection of children's services, Testshire
              publisher: CSSIW
            inspection:
              id: testshire-2020-01
              authority: testshire
              inspectorate: CSSIW
              kind: inspection of children's services
              fieldwork: {start: "2020-01", text: "January 2020"}
              source: {ref: "Introduction", quote: "Inspectors visited Testshire in January 2020."}
            authorities:
              - id: testshire
                name: Testshire County Council
                nation: Wales
                codes: {ons: W99999999}
            boards:
              - id: testshire-safeguarding-board
                name: Testshire Safeguarding Board
                kind: safeguarding_board
                scope: local
                source: {ref: "1.1", quote: "The board met monthly."}
                members:
                  - {member: testshire, ref: "1.1", quote: "The board met monthly."}
            roles:
              - {id: testshire-head-of-childrens-services, authority: testshire, title: head of children's services, kind: head_of_childrens_services}
            spells:
              - id: s1
                role: testshire-head-of-childrens-services
                tenure: interim
                start: {date: "2019-06", text: "June 2019"}
                ref: "1.2"
                quote: "An interim head of service was appointed in June 2019."
            findings:
              - id: f1
                ref: "1.1"
                section: Leadership
                text: "The board met monthly."
                polarity: strength
                themes: [leadership-governance]
                about: [testshire-safeguarding-board]
              - id: f2
                ref: "1.2"
                section: Leadership
                text: "An interim head of service was appointed in June 2019."
                polarity: context
                themes: [workforce]
                about: [testshire-head-of-childrens-services]
            recommendations:
              - id: r1
                number: 1
                ref: "Recommendation 1"
                text: "Appoint a permanent head of service."
                timescale: within 6 months
                themes: [workforce]
                about: [testshire-head-of-childrens-services]
            """;

    public static DatasetSource source() {
        return source("testshire-2020-01.yaml", YAML);
    }

    public static DatasetSource source(String name, String text) {
        return new DatasetSource(name, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The sample with one piece of text replaced; fails if the piece is not there. */
    public static String with(String find, String replace) {
        if (!YAML.contains(find)) {
            throw new IllegalArgumentException("not in the sample: " + find);
        }
        return YAML.replace(find, replace);
    }

    /** The 1-based line of the sample on which {@code text} first appears. */
    public static int lineOf(String text) {
        int at = YAML.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not in the sample: " + text);
        }
        return (int) YAML.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
