package org.govgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code govgraph extract} as a user runs it: one report to a draft, a folder as a batch, and --load. */
class ExtractCommandIT {

    private static final Path OFSTED = Path.of("/work/shared/reports/ofsted");

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void oneReportBecomesADraftWithItsInspectionAndTheOffsetsOfEachFinding(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("powys.txt");
        Files.writeString(report, seed("002_8a5250fadd2eb2f4.txt"));
        Path draft = dir.resolve("draft.yaml");
        var run = run("extract", report.toString(), "-o", draft.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode tree = YAMLMapper.builder().build().readTree(draft.toFile());
        // the report: CSSIW inspected Powys County Council during July 2017, and made 29 recommendations
        assertThat(tree.at("/inspection/id").asString()).isEqualTo("powys-2017-07");
        assertThat(tree.at("/inspection/inspectorate").asString()).isEqualTo("CSSIW");
        assertThat(tree.at("/authorities/0/name").asString()).isEqualTo("Powys County Council");
        assertThat(tree.get("recommendations").size()).isEqualTo(29);
        assertThat(tree.at("/recommendations/0/priority").asString()).isEqualTo("Immediate priority (within 1 month):");
        // every finding says where it stands in the text
        String text = Files.readString(report);
        for (JsonNode f : tree.get("findings")) {
            int start = f.at("/extracted/chars/0").asInt();
            int end = f.at("/extracted/chars/1").asInt();
            String firstWord = f.get("text").asString().split(" ")[0];
            assertThat(text.substring(start, end)).contains(firstWord);
            assertThat(f.at("/extracted/confidence").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(tree.at("/extraction/low_confidence").asBoolean()).isFalse();
    }

    @Test
    void theJarPrintsTheWholeDraftToItsStandardOutput(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("cumbria.txt");
        Files.writeString(report, seed("004_495fc7af21d3aa55.txt"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", System.getProperty("govgraph.jar"), "extract", report.toString())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        Path written = dir.resolve("draft.yaml");
        assertThat(run("extract", report.toString(), "-o", written.toString()).exit()).isZero();
        assertThat(printed).isEqualTo(Files.readString(written));
        assertThat(YAMLMapper.builder().build().readTree(printed).get("recommendations").size()).isEqualTo(21);
    }

    @Test
    void aBatchLoadsWhatItCanAndEndsWithWhatFailedAndWhy(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("cumbria.txt"), seed("004_495fc7af21d3aa55.txt"));
        Files.write(reports.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(reports.resolve("noise.pdf"), noise);
        Files.writeString(reports.resolve("recipe.txt"), "Lemon cake\n\nMix the butter and the sugar. Add three eggs, "
                + "then the flour and the zest of two lemons. Bake for forty minutes.\n\nServe with cream.\n");
        protectedPdf(reports.resolve("locked.pdf"));
        String port = Integer.toString(TestGraph.freePort());

        var run = run("extract", "--load", "--data-dir", dir.resolve("data").toString(), "--bolt-port", port, reports.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("[1/5] cumbria.txt: cumbria-2013-05", "[1/5] cumbria.txt: loaded",
                "5 report(s): 2 drafted, 1 loaded, 4 failed",
                "empty.txt: the file is empty",
                "locked.pdf: the PDF is protected by a password",
                "noise.pdf: this is neither text nor a PDF",
                "recipe.txt: not loaded: low confidence");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");

        // loading the same report again changes nothing and is not refused: it is the same report
        var again = run("extract", "--load", "--data-dir", dir.resolve("data").toString(), "--bolt-port", port,
                reports.resolve("cumbria.txt").toString(), "-o", dir.resolve("again.yaml").toString());
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
    }

    @Test
    void twoReportsOfOneInspectionInABatchKeepTheirOwnDraftsAndTheSecondIsNotMergedIntoTheFirst(@TempDir Path dir)
            throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String cumbria = seed("004_495fc7af21d3aa55.txt");
        Files.writeString(reports.resolve("a-cumbria.txt"), cumbria);
        // a second text of the same inspection (a corrected copy, say): same authority, same month, other words
        Files.writeString(reports.resolve("b-cumbria-corrected.txt"), cumbria.replace("Inspectors", "The inspectors"));
        Path drafts = dir.resolve("drafts");
        String port = Integer.toString(TestGraph.freePort());

        var run = run("extract", "--load", "--data-dir", dir.resolve("data").toString(), "--bolt-port", port,
                reports.toString(), "-o", drafts.toString());
        assertThat(Files.exists(drafts.resolve("cumbria-2013-05.yaml"))).isTrue();
        assertThat(Files.exists(drafts.resolve("cumbria-2013-05-2.yaml"))).isTrue();
        assertThat(Files.readString(drafts.resolve("cumbria-2013-05-2.yaml"))).contains("The inspectors");
        assertThat(run.out()).contains("b-cumbria-corrected.txt reads as the same inspection as a-cumbria.txt",
                "[1/2] a-cumbria.txt: loaded", "2 report(s): 2 drafted, 1 loaded, 1 failed",
                "b-cumbria-corrected.txt: not loaded: inspection cumbria-2013-05 is already in the graph from report");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aDraftNeverReplacesAnInspectionLoadedFromAnotherReport(@TempDir Path dir) throws Exception {
        Path curated = dir.resolve("powys-2017-07.yaml");
        try (InputStream in = resource("datasets/powys-2017-07.yaml")) {
            Files.write(curated, in.readAllBytes());
        }
        String data = dir.resolve("data").toString();
        String port = Integer.toString(TestGraph.freePort());
        assertThat(run("load", "--data-dir", data, "--bolt-port", port, curated.toString()).exit()).isZero();
        Path report = dir.resolve("powys.txt");
        Files.writeString(report, seed("002_8a5250fadd2eb2f4.txt"));
        var run = run("extract", "--load", "--data-dir", data, "--bolt-port", port, report.toString(),
                "-o", dir.resolve("draft.yaml").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("not loaded: inspection powys-2017-07 is already in the graph from report");

        // the October 2018 report "followed up on a previous inspection in July 2017": with that inspection in the
        // graph, the draft follows it up, and loads
        Path followUp = dir.resolve("powys-2018.txt");
        Files.writeString(followUp, seed("000_5852bdc2b875247a.txt"));
        Path draft = dir.resolve("powys-2018.yaml");
        var linked = run("extract", "--load", "--data-dir", data, "--bolt-port", port, followUp.toString(), "-o", draft.toString());
        assertThat(linked.exit()).as(linked.out() + linked.err()).isZero();
        JsonNode tree = YAMLMapper.builder().build().readTree(draft.toFile());
        assertThat(tree.at("/inspection/id").asString()).isEqualTo("powys-2018-10");
        assertThat(tree.at("/inspection/follows_up/inspection").asString()).isEqualTo("powys-2017-07");
        assertThat(tree.at("/inspection/follows_up/quote").asString()).contains("previous inspection in July 2017");
    }

    @Test
    void aPublishedOfstedPdfIsDraftedWithItsJudgements(@TempDir Path dir) throws Exception {
        Path pdf = OFSTED.resolve("barnsley_2023-10-27.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "the Ofsted reports are not on this machine");
        Path draft = dir.resolve("barnsley.json");
        var run = run("extract", pdf.toString(), "-o", draft.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(draft.toFile());
        // its cover: Inspection of Barnsley local authority children's services, 11 to 15 September 2023,
        // judgement table: leaders Good, help and protection Requires improvement to be good, overall Good
        assertThat(tree.at("/inspection/id").asString()).isEqualTo("barnsley-2023-09");
        assertThat(tree.at("/inspection/fieldwork/start").asString()).isEqualTo("2023-09-11");
        assertThat(tree.at("/inspection/fieldwork/end").asString()).isEqualTo("2023-09-15");
        assertThat(tree.at("/inspection/team/0/name").asString()).isEqualTo("Anna Gravelle");
        var judgements = new java.util.HashMap<String, String>();
        tree.at("/inspection/judgements").forEach(j -> judgements.put(j.get("area").asString(), j.get("grade").asString()));
        assertThat(judgements).containsEntry("Overall effectiveness", "Good")
                .containsEntry("The experiences and progress of children who need help and protection", "Requires improvement to be good")
                .containsEntry("The impact of leaders on social work practice with children and families", "Good");
        assertThat(tree.at("/extraction/format").asString()).startsWith("pdf");
    }

    private static void protectedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Inspection of children's services");
                content.endText();
            }
            var policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    private static String seed(String file) throws IOException {
        try (InputStream in = resource("reports/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        return ExtractCommandIT.class.getClassLoader().getResourceAsStream(name);
    }
}
