package org.govgraph.extract.source;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads one report file, plain text or PDF, into a {@link ReportText}, or refuses it with a
 * {@link ReportInputException} that says what is wrong.
 *
 * <p>A file is a PDF when {@code %PDF-} occurs in its first 1024 bytes, whatever its name. Text files are decoded
 * (byte-order mark, else strict UTF-8, else Windows-1252 with a warning) and only their line endings are changed.
 * A text file whose name ends in {@code .pdf} is refused (usually a web page saved in place of the report). PDFs are
 * read page by page with PDFBox and then cleaned: running headers, footers and page numbers removed, pages joined,
 * private-use bullets, ligatures and non-breaking spaces replaced.
 *
 * <p>Limits: files over {@code maxBytes} are refused from their size alone, before being read; PDFs over
 * {@code maxPdfPages} pages are refused after their page tree is read; PDFBox keeps at most 64 MB of a PDF in
 * memory (the rest goes to a temporary file) and text extraction stops after two minutes.
 */
public final class ReportReader {

    private static final int MAGIC_WINDOW = 1024;
    private static final int EOF_WINDOW = 2048;
    private static final int SAMPLE_CHARS = 4096;
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final long PDF_MAIN_MEMORY = 64L << 20;
    private static final long PDF_TIME_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(2);
    /** Below this many non-space characters per page on average, a PDF is taken to have no text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final long maxBytes;
    private final int maxPdfPages;

    /** A reader refusing files larger than {@code maxBytes} and PDFs with more than {@code maxPdfPages} pages. */
    public ReportReader(long maxBytes, int maxPdfPages) {
        if (maxBytes <= 0 || maxPdfPages <= 0) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes
                    + ", maxPdfPages=" + maxPdfPages);
        }
        this.maxBytes = maxBytes;
        this.maxPdfPages = maxPdfPages;
    }

    /** Reads the report in {@code file}; its size is checked before any of it is read. */
    public ReportText read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ReportInputException(name, "this is a folder, not a report file");
            }
            long size = Files.size(file);
            checkSize(name, size);
            byte[] head = readRange(file, 0, (int) Math.min(size, MAGIC_WINDOW));
            if (!isPdf(head)) {
                return readText(name, Files.readAllBytes(file));
            }
            byte[] tail = readRange(file, Math.max(0, size - EOF_WINDOW), (int) Math.min(size, EOF_WINDOW));
            checkPdfEnd(name, tail);
            if (file.getFileSystem() != FileSystems.getDefault()) {
                byte[] bytes = Files.readAllBytes(file);
                return readPdf(name, cache -> Loader.loadPDF(bytes, "", null, null, cache));
            }
            return readPdf(name, cache -> Loader.loadPDF(file.toFile(), "", null, null, cache));
        } catch (NoSuchFileException e) {
            throw new ReportInputException(name, "the file does not exist (" + file + ")", e);
        } catch (AccessDeniedException e) {
            throw new ReportInputException(name, "the file cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new ReportInputException(name, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a report already in memory; {@code name} is used in messages and in the result. */
    public ReportText read(String name, byte[] bytes) {
        checkSize(name, bytes.length);
        if (!isPdf(Arrays.copyOf(bytes, Math.min(bytes.length, MAGIC_WINDOW)))) {
            return readText(name, bytes);
        }
        checkPdfEnd(name, Arrays.copyOfRange(bytes, Math.max(0, bytes.length - EOF_WINDOW), bytes.length));
        return readPdf(name, cache -> Loader.loadPDF(bytes, "", null, null, cache));
    }

    private void checkSize(String name, long size) {
        if (size == 0) {
            throw new ReportInputException(name, "the file is empty");
        }
        if (size > maxBytes) {
            String over = humanSize(size).equals(humanSize(maxBytes))
                    ? String.format(Locale.ROOT, "%,d bytes is over the limit of %,d bytes (%s)", size, maxBytes, humanSize(maxBytes))
                    : humanSize(size) + " is over the limit of " + humanSize(maxBytes);
            throw new ReportInputException(name, over + " for one report");
        }
    }

    private static byte[] readRange(Path file, long from, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until the range is full or the file ends
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static boolean isPdf(byte[] head) {
        return indexOf(head, PDF_MAGIC) >= 0;
    }

    private static void checkPdfEnd(String name, byte[] tail) {
        if (indexOf(tail, PDF_EOF) < 0) {
            throw new ReportInputException(name, "the PDF is damaged or truncated (it does not end with the %%EOF"
                    + " marker; was the download cut short?)");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- text files

    private static ReportText readText(String name, byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        String charset;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8 with BOM";
            text = decodeWithBom(name, StandardCharsets.UTF_8, bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE with BOM";
            text = decodeWithBom(name, StandardCharsets.UTF_16LE, bytes, 2);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE with BOM";
            text = decodeWithBom(name, StandardCharsets.UTF_16BE, bytes, 2);
        } else {
            Decoded utf8 = decodeStrictly(StandardCharsets.UTF_8, bytes, 0);
            if (utf8.text() != null) {
                charset = "UTF-8";
                text = utf8.text();
            } else {
                charset = "windows-1252";
                text = new String(bytes, Charset.forName("windows-1252"));
                warnings.add("decoded as Windows-1252: the file is not valid UTF-8 (first invalid byte at offset "
                        + utf8.badOffset() + ")");
            }
        }
        refuseBinary(name, text);
        if (text.isBlank()) {
            throw new ReportInputException(name, "the file is empty (it holds only white space)");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new ReportInputException(name, "the name ends in .pdf but the file is not a PDF: it holds text"
                    + " starting \"" + preview(text) + "\" (a web page saved instead of the report?)");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        return new ReportText(name, normalised, ReportText.TEXT, charset, 0, warnings);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeWithBom(String name, Charset charset, byte[] bytes, int bomLength) {
        Decoded decoded = decodeStrictly(charset, bytes, bomLength);
        if (decoded.text() == null) {
            throw new ReportInputException(name, "the file starts with a " + charset.name() + " byte-order mark"
                    + " but is not valid " + charset.name() + " (invalid bytes at offset " + decoded.badOffset()
                    + "); save it again as UTF-8");
        }
        return decoded.text();
    }

    /** The text, or a null text and the offset of the first byte that is not valid in {@code charset}. */
    private record Decoded(String text, long badOffset) {
    }

    private static Decoded decodeStrictly(Charset charset, byte[] bytes, int from) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        return new Decoded(out.flip().toString(), -1);
    }

    private static void refuseBinary(String name, String text) {
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        int control = 0;
        boolean nul = false;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            nul |= c == 0;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)
                    || c == '\uFFFD') {
                control++;
            }
        }
        if (nul || control > sample * MAX_CONTROL_SHARE) {
            String where = text.length() > SAMPLE_CHARS ? "the first 4 KB" : "its " + sample + " bytes";
            long percent = Math.round(100.0 * control / sample);
            throw new ReportInputException(name, "this is neither text nor a PDF (it holds binary data: "
                    + (nul ? "NUL bytes, and " : "") + (percent == 0 ? "under 1" : percent) + "% of " + where
                    + " are control bytes)");
        }
    }

    private static String preview(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    static String humanSize(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1) {
            return (mb == Math.floor(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        double kb = bytes / 1024.0;
        if (kb >= 1) {
            return (kb == Math.floor(kb) ? String.valueOf((long) kb) : String.format(Locale.ROOT, "%.1f", kb)) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    // ---------------------------------------------------------------- PDF files

    /** Opens a PDF with the stream cache given (where PDFBox may keep decoded streams). */
    @FunctionalInterface
    private interface PdfOpener {
        PDDocument open(StreamCacheCreateFunction cache) throws IOException;
    }

    private ReportText readPdf(String name, PdfOpener opener) {
        StreamCacheCreateFunction cache = MemoryUsageSetting.setupMixed(PDF_MAIN_MEMORY).streamCache;
        List<String> rawPages;
        List<String> warnings = new ArrayList<>();
        try (PDDocument document = opener.open(cache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ReportInputException(name, "the PDF is damaged or truncated (it has no pages)");
            }
            if (pages > maxPdfPages) {
                throw new ReportInputException(name, pages + " pages is over the limit of " + maxPdfPages
                        + " pages for one report");
            }
            if (!document.getCurrentAccessPermission().canExtractContent()) {
                warnings.add("the PDF's permissions ask readers not to copy its text; it was read for analysis");
            }
            rawPages = new PageStripper(name, System.nanoTime() + PDF_TIME_LIMIT_NANOS).pages(document, pages);
        } catch (InvalidPasswordException e) {
            throw new ReportInputException(name, "the PDF is protected by a password; export an unprotected copy",
                    e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportInputException refusal) {
                throw refusal;
            }
            throw new ReportInputException(name, "the PDF is damaged or truncated (PDFBox: " + e.getMessage() + ")",
                    e);
        }
        refuseWithoutTextLayer(name, rawPages);
        PdfPageCleaner.Result cleaned = PdfPageCleaner.clean(rawPages);
        warnings.addAll(cleaned.warnings());
        return new ReportText(name, cleaned.text(), ReportText.PDF, "pdf", rawPages.size(), warnings);
    }

    private static void refuseWithoutTextLayer(String name, List<String> pages) {
        long characters = pages.stream().mapToLong(p -> p.codePoints().filter(c -> !Character.isWhitespace(c)
                && !Character.isSpaceChar(c)).count()).sum();
        if (characters < (long) MIN_CHARS_PER_PAGE * pages.size()) {
            throw new ReportInputException(name, "the PDF has no text layer (a scanned document?): " + characters
                    + (characters == 1 ? " character on " : " characters on ") + pages.size()
                    + (pages.size() == 1 ? " page" : " pages") + "; run it through OCR first");
        }
    }

    /** PDFBox's text stripper, sorting by position, collecting the text of each page separately. */
    private static final class PageStripper extends PDFTextStripper {

        private final String name;
        private final long deadline;
        private final StringWriter buffer = new StringWriter();
        private final List<String> pages = new ArrayList<>();

        PageStripper(String name, long deadline) {
            this.name = name;
            this.deadline = deadline;
            setSortByPosition(true);
            setLineSeparator("\n");
            setPageStart("");
            setPageEnd("");
        }

        List<String> pages(PDDocument document, int pageCount) throws IOException {
            writeText(document, buffer);
            while (pages.size() < pageCount) {
                pages.add("");
            }
            return pages;
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            while (pages.size() < getCurrentPageNo() - 1) {
                pages.add(""); // a page PDFBox skipped because it has no content
            }
            pages.add(buffer.toString());
            buffer.getBuffer().setLength(0);
            if (System.nanoTime() > deadline) {
                throw new ReportInputException(name, "reading the PDF's text took over two minutes (stopped at page "
                        + getCurrentPageNo() + "); the file may be malformed");
            }
        }
    }

}
