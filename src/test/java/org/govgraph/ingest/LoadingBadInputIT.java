package org.govgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govgraph.support.SampleDataset;
import org.govgraph.support.Seeds;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input is refused with a message that names the file, the line or field and the problem,
 * and leaves the graph exactly as it was (same checksum before and after).
 */
class LoadingBadInputIT {

    private static TestGraph db;
    private String before;

    @BeforeAll
    static void start() {
        db = TestGraph.get();
    }

    @BeforeEach
    void loadSomething() {
        db.clear();
        db.loader.load(List.of(Seeds.named("powys-2017-07.yaml")));
        before = db.checksum();
    }

    private DatasetProblem refused(DatasetSource... sources) {
        var e = catchThrowableOfType(DatasetException.class, () -> db.loader.load(List.of(sources)));
        assertThat(e).as("load should be refused").isNotNull();
        assertThat(db.checksum()).as("graph unchanged").isEqualTo(before);
        assertThat(e.problems()).isNotEmpty();
        return e.problems().getFirst();
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        String text = SampleDataset.with("  kind: inspection of children's services", "  kind: [unclosed");
        var p = refused(SampleDataset.source("broken.yaml", text));
        assertThat(p.file()).isEqualTo("broken.yaml");
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.line()).isBetween(SampleDataset.lineOf("  kind: inspection"), SampleDataset.lineOf("  fieldwork:") + 1);
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        var p = refused(SampleDataset.source("broken.json", "{\n  \"format\": 1,\n  \"report\": {\n}\n}}\n"));
        assertThat(p.file()).isEqualTo("broken.json");
        assertThat(p.message()).startsWith("not valid JSON");
        assertThat(p.line()).isEqualTo(5);
    }

    @Test
    void aValueOutsideTheSchemaNamesTheFieldAndLine() {
        var p = refused(SampleDataset.source("bad-polarity.yaml", SampleDataset.with("polarity: strength", "polarity: splendid")));
        assertThat(p.field()).isEqualTo("findings/0/polarity");
        assertThat(p.line()).isEqualTo(SampleDataset.lineOf("polarity: strength"));
        assertThat(p.message()).contains("strength", "concern");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        var p = refused(SampleDataset.source("no-kind.yaml", SampleDataset.with("  kind: inspection of children's services\n", "")));
        assertThat(p.field()).isEqualTo("inspection");
        assertThat(p.message()).contains("required property 'kind'");
    }

    @Test
    void aReferenceToAnUndeclaredIdIsNamed() {
        var p = refused(SampleDataset.source("unknown-ref.yaml",
                SampleDataset.with("about: [testshire-safeguarding-board]", "about: [testshire-scrutiny-committee]")));
        assertThat(p.field()).isEqualTo("findings/0/about/0");
        assertThat(p.message()).contains("unknown id 'testshire-scrutiny-committee'");
        assertThat(p.line()).isEqualTo(SampleDataset.lineOf("about: [testshire-safeguarding-board]"));
    }

    @Test
    void anUnknownThemeIsNamed() {
        var p = refused(SampleDataset.source("theme.yaml", SampleDataset.with("themes: [leadership-governance]", "themes: [astrology]")));
        assertThat(p.field()).isEqualTo("findings/0/themes/0");
        assertThat(p.message()).contains("unknown theme 'astrology'");
    }

    @Test
    void duplicateIdsAreNamed() {
        var p = refused(SampleDataset.source("dup.yaml", SampleDataset.with("  - id: f2\n", "  - id: f1\n")));
        assertThat(p.field()).isEqualTo("findings/1/id");
        assertThat(p.message()).contains("duplicate id 'f1'");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refused(SampleDataset.source("empty.yaml", "")).message()).isEqualTo("file is empty");
        assertThat(refused(SampleDataset.source("blank.json", " \n\t\n")).message()).isEqualTo("file is empty");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingItWhole() throws Exception {
        byte[] big = ("# " + "x".repeat(100) + "\n").repeat(60_000).getBytes(StandardCharsets.UTF_8);
        var source = DatasetSource.read("big.yaml", new java.io.ByteArrayInputStream(big), 5L << 20);
        assertThat(source.truncated()).isTrue();
        assertThat(source.bytes()).hasSize((int) (5L << 20) + 1);
        var p = refused(source);
        assertThat(p.message()).contains("larger than the limit of " + (5L << 20) + " bytes");
    }

    @Test
    void aYamlFileJustUnderTheSizeLimitIsRead() {
        // the YAML parser's own default limit (3 MiB) must not undercut the documented 5 MB
        String padding = ("# " + "x".repeat(98) + "\n").repeat(40_000);
        var source = SampleDataset.source("padded.yaml", padding + SampleDataset.YAML);
        assertThat(source.bytes().length).isBetween(4_000_000, (int) (5L << 20));
        db.loader.load(List.of(source));
        assertThat(db.count("MATCH (i:Inspection {id: 'testshire-2020-01'}) RETURN count(i)")).isOne();
    }

    @Test
    void yamlAliasesAreRefusedWithTheirLine() {
        String text = SampleDataset.with("    text: \"The board met monthly.\"\n    polarity: strength",
                "    text: &t \"The board met monthly.\"\n    polarity: strength")
                .replace("    text: \"An interim head of service was appointed in June 2019.\"", "    text: *t");
        var p = refused(SampleDataset.source("alias.yaml", text));
        assertThat(p.message()).contains("anchors and aliases");
        assertThat(p.line()).isEqualTo(SampleDataset.lineOf("    text: \"The board met monthly.\""));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        var p = refused(SampleDataset.source("twice.yaml", SampleDataset.with("    polarity: strength\n",
                "    polarity: strength\n    polarity: concern\n")));
        assertThat(p.message()).contains("Duplicate", "polarity");
        assertThat(p.line()).isEqualTo(SampleDataset.lineOf("    polarity: strength") + 1);
    }

    @Test
    void twoFilesOfTheSameNameInOneBatchAreRefused() {
        var p = refused(SampleDataset.source(), SampleDataset.source());
        assertThat(p.message()).contains("two files of the batch have this name");
    }

    @Test
    void aFollowUpOfAnotherAuthoritysInspectionIsRefused() {
        String text = SampleDataset.with("  source: {ref: \"Introduction\"",
                "  follows_up: {inspection: powys-2017-07, ref: Introduction, quote: \"It followed up 2017.\"}\n"
                        + "  source: {ref: \"Introduction\"");
        var p = refused(SampleDataset.source("other-authority.yaml", text));
        assertThat(p.message()).contains("'powys-2017-07' is an inspection of 'powys', not of 'testshire'");
    }

    @Test
    void aFollowUpOfALaterInspectionIsRefused() {
        String later = SampleDataset.YAML.replace("testshire-2020-01", "testshire-2022-01")
                .replace("test-report-2020", "test-report-2022").replace("\"2020-01\"", "\"2022-01\"");
        String earlier = SampleDataset.with("  source: {ref: \"Introduction\"",
                "  follows_up: {inspection: testshire-2022-01, ref: Introduction, quote: \"It followed up 2022.\"}\n"
                        + "  source: {ref: \"Introduction\"");
        var p = refused(SampleDataset.source("later.yaml", later), SampleDataset.source("earlier.yaml", earlier));
        assertThat(p.message()).contains("is later than this inspection");
    }

    @Test
    void aFileMayNotRedefineAThemeOfTheSharedVocabulary() {
        var p = refused(SampleDataset.source("theme-hijack.yaml", SampleDataset.YAML
                + "themes:\n  - {id: workforce, name: Something else}\n"));
        assertThat(p.field()).isEqualTo("themes/0/id");
        assertThat(p.message()).contains("shared vocabulary");
    }

    @Test
    void twoJudgementAreasThatReadTheSameAreRefused() {
        String text = SampleDataset.with("  source: {ref: \"Introduction\"",
                "  judgements:\n"
                        + "    - {area: Overall effectiveness, grade: good, scale: ofsted-four-point, ref: \"1\", quote: \"Good.\"}\n"
                        + "    - {area: overall effectiveness, grade: inadequate, scale: ofsted-four-point, ref: \"2\", quote: \"Bad.\"}\n"
                        + "  source: {ref: \"Introduction\"");
        var p = refused(SampleDataset.source("judgements.yaml", text));
        assertThat(p.field()).isEqualTo("inspection/judgements/1/area");
    }

    @Test
    void aTeamOfAnotherAuthorityInTheGraphIsRefused() {
        String text = SampleDataset.YAML + "teams:\n  - {id: powys-people-direct, authority: testshire, name: PPD, "
                + "kind: front_door, source: {ref: \"1.1\", quote: \"The board met monthly.\"}}\n";
        var p = refused(SampleDataset.source("team.yaml", text));
        assertThat(p.message()).contains("'powys-people-direct' is a team of 'powys' in the graph already, not of 'testshire'");
    }

    @Test
    void aNumberBeyondTheSchemaIsNamed() {
        var p = refused(SampleDataset.source("number.yaml", SampleDataset.with("number: 1", "number: 99999999999")));
        assertThat(p.field()).isEqualTo("recommendations/0/number");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] latin1 = SampleDataset.with("name: Testshire County Council", "name: Testshire Cyngor Sir \u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        var p = refused(new DatasetSource("latin1.yaml", latin1, false));
        assertThat(p.message()).contains("not UTF-8");
        assertThat(p.line()).isEqualTo(SampleDataset.lineOf("name: Testshire County Council"));
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThat(refused(SampleDataset.source("report.txt", SampleDataset.YAML)).message())
                .contains(".yaml, .yml or .json");
    }

    @Test
    void aFollowUpOfAnUnknownInspectionIsRefused() {
        String text = SampleDataset.with("  source: {ref: \"Introduction\"",
                "  follows_up: {inspection: testshire-2016-01, ref: Introduction, quote: \"It followed up 2016.\"}\n"
                        + "  source: {ref: \"Introduction\"");
        var p = refused(SampleDataset.source("follow.yaml", text));
        assertThat(p.field()).isEqualTo("inspection/follows_up/inspection");
        assertThat(p.message()).contains("unknown inspection 'testshire-2016-01'");
    }

    @Test
    void oneBadFileStopsTheWholeBatch() {
        var good = SampleDataset.source();
        var bad = SampleDataset.source("bad.yaml", SampleDataset.with("format: 1", "format: 2"));
        var p = refused(good, bad);
        assertThat(p.file()).isEqualTo("bad.yaml");
        assertThat(db.count("MATCH (i:Inspection {id: 'testshire-2020-01'}) RETURN count(i)")).isZero();
    }

    @Test
    void anIdUsedForAnotherKindOfNodeInTheGraphIsRefused() {
        // 'powys' is an Authority in the graph; declaring it as a partner would merge two different things
        String text = SampleDataset.YAML + """
                partners:
                  - {id: powys, name: Powys partner, sector: other, source: {ref: "1.1", quote: "The board met monthly."}}
                """;
        var p = refused(SampleDataset.source("clash.yaml", text));
        assertThat(p.message()).contains("'powys'", "Authority");
    }

    @Test
    void aConstraintTheDatabaseEnforcesRollsBackTheWholeBatch() {
        // the sample is valid on its own, but claims Powys's ONS code for another authority: only the
        // database's uniqueness constraint can see that, mid-transaction
        var clash = SampleDataset.source("ons-clash.yaml", SampleDataset.with("W99999999", "W06000023"));
        var p = refused(Seeds.named("powys-2018-10.yaml"), clash);
        assertThat(p.message()).contains("the database refused the load, nothing was written");
        assertThat(db.count("MATCH (i:Inspection {id: 'powys-2018-10'}) RETURN count(i)")).isZero();
    }
}
