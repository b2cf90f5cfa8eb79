package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings as the outline ranks and closes them, on texts laid out the way reports lay them out. */
class OutlineTest {

    private final Outline outline = new Outline(Conventions.bundled());

    private Outline.Placed numbered(List<Outline.Placed> placed, String number) {
        return placed.stream().filter(p -> number.equals(p.block().number())).findFirst().orElseThrow();
    }

    @Test
    void aQuoteSetInAmongNumberedParagraphsClosesWhenTheNumberingGoesOn() {
        String text = """
                THEME 4: ASSESSMENT

                Explanation of findings

                4.3 The number of initial assessments completed had reduced, and their timeliness was good.

                Quote from staff survey:

                'The procedures are in place to enable workers to safeguard children.'

                4.4 The quality of Section 47 investigations showed more consistency than before.

                Views expressed by parents:

                'We thought the assessment would help but it got lost.'

                4.5 The number of core assessments had reduced slightly in the year.
                """;
        var placed = outline.place(new Segmenter().blocks(text));
        assertThat(numbered(placed, "4.4").headings()).isEqualTo(numbered(placed, "4.3").headings())
                .containsExactly("THEME 4: ASSESSMENT", "Explanation of findings");
        assertThat(numbered(placed, "4.5").headings()).isEqualTo(numbered(placed, "4.3").headings());
    }

    @Test
    void aGradedAreaWrappedOverTwoLinesIsAHeading() {
        String text = """
                What needs to improve?

                \u25fc The quality of assessments.

                The experiences and progress of children who need help and
                protection: requires improvement to be good

                1. When children and families are referred for help, decisions are made quickly.
                """;
        var placed = outline.place(new Segmenter().blocks(text));
        assertThat(numbered(placed, "1").headings()).containsExactly(
                "The experiences and progress of children who need help and protection: requires improvement to be good");
    }
}
