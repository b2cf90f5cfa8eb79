package org.govgraph.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    private static final Path OFSTED = Path.of("/work/shared/reports/ofsted");
    private static final Path SEED_REPORTS = Path.of("src/main/resources/reports");
    private static final Pattern PAGE_OF = Pattern.compile("^Page \\d+ of \\d+$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d+$");

    private final ReportReader reader = new ReportReader(8L << 20, 300);

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ text files

    @Test
    void seedReportsComeOutExactlyAsWritten() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEED_REPORTS)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            ReportText report = reader.read(seed);
            String expected = Files.readString(seed, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
            assertThat(report.text()).as(seed.toString()).isEqualTo(expected);
            assertThat(report.format()).isEqualTo("text");
            assertThat(report.charset()).isEqualTo("UTF-8");
            assertThat(report.pages()).isZero();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.name()).isEqualTo(seed.getFileName().toString());
        }
    }

    @Test
    void windows1252IsDecodedWithAWarning() throws IOException {
        byte[] bytes = {'C', 'o', 's', 't', ' ', (byte) 0xA3, '5', ';', ' ', 'i', 't', (byte) 0x92, 's', '\r', '\n'};
        ReportText report = reader.read(write("cp1252.txt", bytes));
        assertThat(report.text()).isEqualTo("Cost £5; it’s\n");
        assertThat(report.charset()).isEqualTo("windows-1252");
        assertThat(report.warnings()).singleElement().asString()
                .startsWith("decoded as Windows-1252: the file is not valid UTF-8");
    }

    @Test
    void byteOrderMarksAreDetectedAndStripped() {
        String text = "Inspection of £ services’\r\nLine two\rLine three\n";
        String expected = "Inspection of £ services’\nLine two\nLine three\n";

        ReportText utf8 = reader.read("bom8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        assertThat(utf8.text()).isEqualTo(expected);
        assertThat(utf8.charset()).isEqualTo("UTF-8 with BOM");

        ReportText le = reader.read("bom16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.text()).isEqualTo(expected);
        assertThat(le.charset()).isEqualTo("UTF-16LE with BOM");

        ReportText be = reader.read("bom16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.text()).isEqualTo(expected);
        assertThat(be.charset()).isEqualTo("UTF-16BE with BOM");
        assertThat(List.of(utf8, le, be)).allSatisfy(r -> assertThat(r.warnings()).isEmpty());
    }

    @Test
    void textIsOtherwiseLeftAlone() {
        String text = "\n\n# Title  \n\tIndented\u00A0with NBSP and ﬁ ligature \uF0B7 and trailing  \n\n";
        assertThat(reader.read("verbatim.txt", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws IOException {
        Path empty = write("x.txt", new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(ReportInputException.class)
                .hasMessage("x.txt: the file is empty");
        assertThatThrownBy(() -> reader.read("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("blank.txt: the file is empty (it holds only white space)");
    }

    @Test
    void binaryDataIsRefused() throws IOException {
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        Path bin = write("x.bin", random);
        assertThatThrownBy(() -> reader.read(bin)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith("x.bin: this is neither text nor a PDF (it holds binary data: ")
                .hasMessageContaining("% of the first 4 KB are control bytes)");
        // named like a PDF, still refused for what it holds
        assertThatThrownBy(() -> reader.read("random.pdf", random))
                .hasMessageStartingWith("random.pdf: this is neither text nor a PDF (it holds binary data");
        // control bytes without NULs
        byte[] controls = "a\u0001b\u0002c\u0003d\u0004e\u0005\u0006".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("ctl.txt", controls))
                .hasMessage("ctl.txt: this is neither text nor a PDF (it holds binary data: 55% of its 11 bytes"
                        + " are control bytes)");
    }

    @Test
    void textNamedLikeAPdfIsRefused() {
        byte[] html = "<!DOCTYPE html>\n<html><body>Not found</body></html>\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("barnsley.pdf", html))
                .hasMessage("barnsley.pdf: the name ends in .pdf but the file is not a PDF: it holds text starting"
                        + " \"<!DOCTYPE html>\" (a web page saved instead of the report?)");
    }

    @Test
    void oversizeFilesAreRefusedFromTheirSize() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L << 20); // sparse zeros: had it been read, it would be refused as binary instead
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(big)).isInstanceOf(ReportInputException.class)
                .hasMessage("big.txt: 20 MB is over the limit of 8 MB for one report");
        System.out.printf("ReportReaderTest: refused a 20 MB file by its size in %.1f ms%n",
                (System.nanoTime() - start) / 1e6);
        assertThatThrownBy(() -> new ReportReader(1000, 10).read("small.txt", new byte[1500]))
                .hasMessage("small.txt: 1.5 KB is over the limit of 1000 bytes for one report");
    }

    @Test
    void missingFilesAndFoldersAreRefused() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nowhere.txt")))
                .hasMessageStartingWith("nowhere.txt: the file does not exist");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageEndingWith(": this is a folder, not a report file");
    }

    // ------------------------------------------------------------------ PDF fixtures

    @Test
    void aSimplePdfIsRead() throws IOException {
        Path file = pdf("simple.pdf", List.of(new Page(null, List.of("Inspection of Testshire",
                "The local authority is good.", "Judgement Grade", "Overall effectiveness Good"), null)));
        ReportText report = reader.read(file);
        assertThat(report.text()).isEqualTo(
                "Inspection of Testshire\nThe local authority is good.\nJudgement Grade\nOverall effectiveness Good\n");
        assertThat(report.format()).isEqualTo("pdf");
        assertThat(report.charset()).isEqualTo("pdf");
        assertThat(report.pages()).isEqualTo(1);
        assertThat(report.warnings()).isEmpty();
        // the same from bytes, and the magic decides, not the name
        ReportText fromBytes = reader.read("looks-like-text.txt", Files.readAllBytes(file));
        assertThat(fromBytes.text()).isEqualTo(report.text());
        assertThat(fromBytes.format()).isEqualTo("pdf");
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreRemovedAndPagesJoined() throws IOException {
        List<Page> pages = new ArrayList<>();
        String[][] bodies = {
                {"Inspection of Testshire", "1. The commissioning of services is weak and the", "multi-"},
                {"agency front door is slow. Leaders are improving", "commiss-"},
                {"ioning, and the partnership is stronger."},
                {"2. Children in care are well supported by their", "social workers."},
                {"3. Care leavers receive good help."},
        };
        for (int i = 0; i < bodies.length; i++) {
            pages.add(new Page("Inspection of children's social care services  Page " + (i + 1) + " of 5",
                    List.of(bodies[i]), String.valueOf(i + 1)));
        }
        ReportText report = reader.read(pdf("running.pdf", pages));

        assertThat(report.text()).isEqualTo("""
                Inspection of Testshire
                1. The commissioning of services is weak and the
                multi-agency
                front door is slow. Leaders are improving
                commissioning,
                and the partnership is stronger.

                2. Children in care are well supported by their
                social workers.

                3. Care leavers receive good help.
                """);
        assertThat(report.pages()).isEqualTo(5);
        assertThat(report.warnings()).containsExactly(
                "removed a running header repeated on 5 of 5 pages:"
                        + " 'Inspection of children's social care services Page 1 of 5'",
                "removed page numbers from 5 of 5 pages");
    }

    @Test
    void pageNumberOnlyLinesAtTheEdgesAreRemoved() throws IOException {
        ReportText report = reader.read(pdf("numbers.pdf", List.of(
                new Page("Page 1", List.of("First page text."), "- 1 -"),
                new Page("12 of 30", List.of("Second page text."), "2"))));
        assertThat(report.text()).isEqualTo("First page text.\n\nSecond page text.\n");
    }

    @Test
    void passwordProtectedPdfIsRefused() throws IOException {
        Path file = pdf("barnsley.pdf", List.of(new Page(null, List.of("Secret report text."), null)));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportInputException.class)
                .hasMessage("barnsley.pdf: the PDF is protected by a password; export an unprotected copy");
    }

    @Test
    void pdfThatOnlyAsksNotToBeCopiedIsReadWithAWarning() throws IOException {
        Path file = pdf("owner.pdf", List.of(new Page(null, List.of("Text behind an owner password only."), null)));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", permission);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        ReportText report = reader.read(file);
        assertThat(report.text()).isEqualTo("Text behind an owner password only.\n");
        assertThat(report.warnings())
                .containsExactly("the PDF's permissions ask readers not to copy its text; it was read for analysis");
    }

    @Test
    void pdfWithoutATextLayerIsRefused() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(doc,
                    new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.addRect(50, 50, 300, 400);
                    content.fill();
                    content.drawImage(image, 100, 500);
                }
            }
            doc.save(file.toFile());
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportInputException.class)
                .hasMessage("scan.pdf: the PDF has no text layer (a scanned document?): 0 characters on 3 pages;"
                        + " run it through OCR first");
    }

    @Test
    void pdfOverThePageLimitIsRefused() throws IOException {
        Path file = pdf("long.pdf", List.of(new Page(null, List.of("One."), null),
                new Page(null, List.of("Two."), null), new Page(null, List.of("Three."), null)));
        assertThatThrownBy(() -> new ReportReader(8L << 20, 2).read(file)).isInstanceOf(ReportInputException.class)
                .hasMessage("long.pdf: 3 pages is over the limit of 2 pages for one report");
    }

    @Test
    void damagedPdfsAreRefused() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("x.pdf", garbage)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith("x.pdf: the PDF is damaged or truncated (PDFBox: ");
    }

    @Test
    void truncatedOfstedPdfIsRefused() throws IOException {
        assumeTrue(Files.isDirectory(OFSTED), "no Ofsted reports at " + OFSTED);
        byte[] whole = Files.readAllBytes(OFSTED.resolve("barnsley_2023-10-27.pdf"));
        Path cut = write("barnsley-cut.pdf", Arrays.copyOf(whole, whole.length * 3 / 10));
        assertThatThrownBy(() -> reader.read(cut)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith("barnsley-cut.pdf: the PDF is damaged or truncated");
    }

    // ------------------------------------------------------------------ published Ofsted reports

    @Test
    void allOfstedReportsReadCleanly() throws IOException {
        List<Path> pdfs = ofstedPdfs();
        assertThat(pdfs).hasSize(33);
        long total = 0;
        long largestMs = 0;
        Path largest = pdfs.getFirst();
        for (Path pdf : pdfs) {
            long start = System.nanoTime();
            ReportText report = reader.read(pdf);
            long ms = (System.nanoTime() - start) / 1_000_000;
            total += ms;
            if (Files.size(pdf) >= Files.size(largest)) {
                largest = pdf;
                largestMs = ms;
            }
            assertThat(report.format()).isEqualTo("pdf");
            assertThat(report.pages()).isPositive();
            assertThat(report.text()).as(pdf.toString()).doesNotContain("\uF0B7", "\uF0A7", "\uF06E", "\r")
                    .doesNotContainPattern("[\\uE000-\\uF8FF\\u00A0\\uFB01\\uFB02]");
            assertThat(report.text().lines())
                    .as(pdf.getFileName().toString())
                    .noneMatch(line -> PAGE_OF.matcher(line).matches() || NUMBER_ONLY.matcher(line).matches());
        }
        System.out.printf("ReportReaderTest: read %d Ofsted PDFs in %d ms; the largest (%s, %d KB) in %d ms%n",
                pdfs.size(), total, largest.getFileName(), Files.size(largest) / 1024, largestMs);
    }

    @Test
    void barnsley2023FootersAreGoneAndParagraphsStartLines() throws IOException {
        ReportText report = ofsted("barnsley_2023-10-27.pdf");
        List<String> lines = report.text().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("Inspection of Barnsley local authority children’s services"))
                .noneMatch(l -> l.equals("11 to 15 September 2023"))
                .contains("Inspection dates: 11 to 15 September 2023")
                .anyMatch(l -> l.startsWith("1. Not all children who need help and protection receive a good"
                        + " service."));
        // page 2 ends mid-sentence ("... for all children. Parental"), page 3 goes on: joined by one line break
        assertThat(report.text()).contains("for all children. Parental\nconsent is appropriately considered");
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("removed a running footer repeated on 12 of 13"
                + " pages: 'Inspection of Barnsley local authority children’s services"));
    }

    @Test
    void norfolk2013HeaderIsGoneAndBulletsAreReadable() throws IOException {
        ReportText report = ofsted("norfolk_2013-08-16.pdf");
        List<String> lines = report.text().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("Norfolk County Council Inspection of looked after children"))
                .anyMatch(l -> l.startsWith("4. Norfolk is geographically the fifth largest county in England."))
                .anyMatch(l -> l.startsWith("• discussions with children and young people receiving services"));
        // "(mid-" ends a line, "2012 estimates)" starts the next: a real hyphen, the number moves up
        assertThat(report.text()).contains("under the age of 19 years (mid-2012\nestimates)");
    }

    @Test
    void rotherham2014PageNumbersAreGoneAndParagraphBreaksKept() throws IOException {
        ReportText report = ofsted("rotherham_2014-11-19.pdf");
        assertThat(report.text().lines()).anyMatch(l -> l.startsWith(
                "33. The last inspection of Rotherham’s services for looked after children was in July"));
        // page 6 ends a paragraph, page 7 starts a heading: a blank line between them
        assertThat(report.text()).contains("Practitioners are positive about the support they receive.\n\n"
                + "Progress since the last inspection\n");
        assertThat(report.warnings()).contains("removed page numbers from 47 of 47 pages");
    }

    // ------------------------------------------------------------------ helpers

    private ReportText ofsted(String name) throws IOException {
        assumeTrue(Files.isDirectory(OFSTED), "no Ofsted reports at " + OFSTED);
        return reader.read(OFSTED.resolve(name));
    }

    private static List<Path> ofstedPdfs() throws IOException {
        assumeTrue(Files.isDirectory(OFSTED), "no Ofsted reports at " + OFSTED);
        try (Stream<Path> files = Files.list(OFSTED)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** One A4 page: an optional header line at the top, body lines, an optional footer line at the bottom. */
    private record Page(String header, List<String> body, String footer) {
    }

    private Path pdf(String name, List<Page> pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (Page page : pages) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdPage)) {
                    content.setFont(font, 11);
                    if (page.header() != null) {
                        line(content, page.header(), 810);
                    }
                    float y = 760;
                    for (String line : page.body()) {
                        line(content, line, y);
                        y -= 15;
                    }
                    if (page.footer() != null) {
                        line(content, page.footer(), 30);
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void line(PDPageContentStream content, String text, float y) throws IOException {
        content.beginText();
        content.newLineAtOffset(50, y);
        content.showText(text);
        content.endText();
    }
}
