package org.govgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The polarity rules one at a time, on sentences written the way inspection reports write them. */
class PolarityTest {

    private final Polarity polarity = new Polarity(Conventions.bundled());

    @Test
    void aGradeStatedOnAJudgementScaleSettlesThePolarity() {
        assertThat(polarity.of("The overall effectiveness of the arrangements to protect children is judged to be inadequate.")
                .polarity()).isEqualTo("concern");
        assertThat(polarity.of("The effectiveness of the help and protection provided is judged to be good, with clear and "
                + "timely decisions.").polarity()).isEqualTo("strength");
        assertThat(polarity.of("Leadership is judged as requires improvement to be good.").polarity()).isEqualTo("concern");
        assertThat(polarity.judged("Inspectors judged that the plan was late.")).as("no grade named").isNull();
    }

    @Test
    void anEarlierInspectionsVerdictIsNotTheVerdictNow() {
        // (cases a review found the first cut of this rule getting wrong)
        assertThat(polarity.of("Services for care leavers were judged good in 2019 but have declined and are now judged "
                + "inadequate.").polarity()).isEqualTo("concern");
        assertThat(polarity.of("Children are seen quickly when needed, and the quality of practice is judged to be good.")
                .polarity()).isEqualTo("strength");
        assertThat(polarity.of("When audited, most plans were judged inadequate.").polarity()).isEqualTo("concern");
        assertThat(polarity.of("This letter summarises the findings of the second monitoring visit since the local "
                + "authority was judged inadequate in July 2022.").polarity()).isEqualTo("context");
    }

    @Test
    void vulnerableChildrenAreWhoTheWorkIsFor_notAVerdict() {
        assertThat(polarity.of("This report covers the care of looked after children who are vulnerable to exploitation.")
                .polarity()).isEqualTo("context");
    }

    @Test
    void anImprovementPlanOrBoardIsNoNewsOfProgress() {
        assertThat(polarity.of("The improvement board meets monthly and the improvement plan is not yet fully costed.")
                .polarity()).isEqualTo("concern");
        assertThat(polarity.of("Supervision has improved since the last inspection.").polarity()).isEqualTo("improvement");
    }
}
