package org.govgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a report's text into blocks (headings, paragraphs, bullets, numbered paragraphs, table rows) whatever its
 * layout: Markdown, one paragraph per line, or text hard-wrapped at a fixed width as PDF conversion leaves it. It is
 * told nothing about the layout: it measures the lines to decide whether the text is hard-wrapped, and joins a
 * paragraph that a page break cut in two (the second part starts in lower case).
 */
public final class Segmenter {

    /** The level of a heading set off only by leading spaces, as PDF conversion leaves section titles. */
    static final int INDENTED = 7;
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,2})\\.?\\s*$");
    /** "12. ...", "2.6 ...", "3) ...", and the recommendations some reports number "R1. ...". */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:R(?=\\d{1,2}[.)]))?(\\d{1,3}(?:\\.\\d{1,3}){0,2})(?:\\.|\\)|(?=\\s))\\s+(\\S.*)$");
    /** A letter's addressee ("Ms Claire Dobson, Accountable Officer, ...") or a postcode line ("ST4 1HH"): never a heading. */
    private static final Pattern ADDRESS_LINE = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor)\\.?\\s+[A-Z].*"
            + "|[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2})$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u25fc\u25fe\u2219\u2013]|o(?=\\s))\\s+(\\S.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TERMINAL = Pattern.compile("[.!?;:]['\"\u2019\u201d)]*$|[.!?]\\s*\\[?\\d{1,2}\\]?$");
    private static final Set<String> TRAILING_WORDS = Set.of("and", "or", "the", "of", "to", "in", "for", "with", "a",
            "an", "by", "on", "at", "from", "that", "which", "as", "is", "are", "was", "were", "be", "their", "its", "this");

    private record Line(String text, int start, int end, int number) {
        boolean blank() {
            return text.isBlank();
        }

        String trimmed() {
            return text.strip();
        }
    }

    /** The longest heading taken as one: a longer line is a paragraph, whatever marks it. */
    static final int MAX_HEADING_CHARS = 200;
    private static final int PROBE_CHARS = 300;

    /**
     * The block being read, growing a line at a time in a builder (a paragraph of thousands of lines costs as much as
     * its characters, not their square). Decisions look at its end only, through {@link #probe()}.
     */
    private static final class OpenBlock {
        private final Block head;
        private final StringBuilder text;
        private int end;
        private int lastLine;

        OpenBlock(Block head) {
            this.head = head;
            this.text = new StringBuilder(head.text());
            this.end = head.end();
            this.lastLine = head.lastLine();
        }

        void append(String words, int newEnd, int newLastLine) {
            if (!words.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(words);
            }
            end = newEnd;
            lastLine = newLastLine;
        }

        /** The block as it stands, with its text cut to the last few hundred characters (enough to decide on). */
        Block probe() {
            String tail = text.length() <= PROBE_CHARS ? text.toString() : text.substring(text.length() - PROBE_CHARS);
            return new Block(head.kind(), head.number(), tail, head.start(), end, head.firstLine(), lastLine, head.level());
        }

        Block block() {
            return new Block(head.kind(), head.number(), text.toString(), head.start(), end, head.firstLine(), lastLine, head.level());
        }
    }

    /** The blocks of {@code text}, in order. */
    public List<Block> blocks(String text) {
        List<Line> lines = lines(text);
        Layout layout = Layout.measure(lines.stream().map(Line::text).toList());
        Set<String> furniture = furniture(lines);
        List<Block> blocks = new ArrayList<>();
        OpenBlock open = null;
        String pendingNumber = null;
        String lastNumber = null;
        int absorbing = -1;
        Line previous = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String trimmed = line.trimmed();
            if (line.blank()) {
                if (open != null && !layout.wrapped()) {
                    blocks.add(open.block());
                    open = null;
                }
                if (layout.wrapped() && open != null && endsBlock(open.probe().text())) {
                    blocks.add(open.block());
                    open = null;
                }
                previous = null;
                continue;
            }
            if (isFurniture(trimmed, furniture)) {
                continue;
            }
            Matcher m;
            if ((m = MD_HEADING.matcher(line.text())).matches()) {
                open = flush(blocks, open);
                String heading = clean(m.group(2));
                if (heading.length() > MAX_HEADING_CHARS) {
                    open = new OpenBlock(paragraph(line, heading, null)); // a "heading" that runs on is a paragraph
                } else if (!heading.isEmpty()) {
                    blocks.add(headingBlock(heading, line, m.group(1).length()));
                }
                previous = line;
                continue;
            }
            if (trimmed.indexOf('\t') > 0) {
                open = flush(blocks, open);
                blocks.add(new Block(Block.Kind.TABLE_ROW, null, trimmed.replaceAll("\\s*\\t+\\s*", "\t").strip(),
                        line.start(), line.end(), line.number(), line.number(), 0));
                previous = line;
                continue;
            }
            // a number alone on a line labels the paragraph below it, unless it is a page number
            if ((m = NUMBER_ONLY.matcher(trimmed)).matches()
                    && (!PAGE_NUMBER.matcher(trimmed).matches() || nextStartsText(lines, i))) {
                open = flush(blocks, open);
                pendingNumber = m.group(1);
                lastNumber = pendingNumber;
                previous = line;
                continue;
            }
            Block probe = open == null ? null : open.probe();
            Block started = start(line, trimmed, pendingNumber, probe, previous, layout, lines, i, lastNumber);
            if (started != null && started.number() != null) {
                lastNumber = started.number();
            }
            if (started != null) {
                if (started.kind() == Block.Kind.BULLET && probe != null && probe.level() < started.level()
                        && (probe.text().endsWith(":") || absorbing == started.level()) && probe.kind() != Block.Kind.HEADING) {
                    absorbing = started.level();
                    // a sub-list that completes its parent's sentence ("whether it effectively: - supports ...")
                    open.append(started.text(), line.end(), line.number());
                    previous = line;
                    continue;
                }
                open = flush(blocks, open);
                absorbing = -1;
                pendingNumber = null;
                if (started.kind() == Block.Kind.HEADING) {
                    blocks.add(started);
                } else {
                    open = new OpenBlock(started);
                }
            } else if (open != null) {
                open.append(clean(trimmed), line.end(), line.number());
            } else {
                Block last = lastItem(blocks);
                if (last != null && continues(last, trimmed)) {
                    // the rest of a paragraph that a page break cut off
                    blocks.removeLast();
                    open = new OpenBlock(last);
                    open.append(clean(trimmed), line.end(), line.number());
                } else {
                    open = new OpenBlock(paragraph(line, trimmed, pendingNumber));
                    pendingNumber = null;
                }
            }
            previous = line;
        }
        flush(blocks, open);
        return blocks;
    }

    private Block start(Line line, String trimmed, String pendingNumber, Block open, Line previous, Layout layout,
                        List<Line> lines, int index, String lastNumber) {
        Matcher m;
        boolean previousEnds = previous == null || endsBlock(previous.text());
        Matcher numberedLine = NUMBERED.matcher(trimmed);
        boolean numbered = numberedLine.matches() && !Dates.DAY_MONTH_YEAR.matcher(trimmed).lookingAt()
                && (sequential(lastNumber, numberedLine.group(1)) || plausibleNumber(numberedLine.group(1), numberedLine.group(2), open, layout));
        if (capitalsBetweenBlankLines(trimmed, lines, index)) {
            return headingBlock(clean(trimmed), line, line.text().startsWith(" ") ? INDENTED : 0);
        }
        boolean nextInSequence = numberedLine.matches() && sequential(lastNumber, numberedLine.group(1));
        if (open != null && layout.wrapped() && previous != null && !layout.breaksAfter(previous.text(), open.text())
                && !BULLET.matcher(line.text()).matches() && !(numbered && (previousEnds || nextInSequence))) {
            // a label between one numbered paragraph and the next ("Coordination with strategic activity" between 160
            // and 161) is a heading however long its line
            if (previousEnds && pendingNumber == null && looksLikeHeading(clean(trimmed), false)
                    && (layout.isShort(trimmed) || nextLineNumbered(lines, index, lastNumber)) && nextStartsText(lines, index)) {
                return headingBlock(clean(trimmed), line, line.text().startsWith(" ") ? INDENTED : 0);
            }
            return null; // the next line of a hard-wrapped paragraph
        }
        if ((m = BULLET.matcher(line.text())).matches()) {
            String body = clean(m.group(2));
            Matcher inner = NUMBERED.matcher(body);
            if (inner.matches()) {
                return new Block(Block.Kind.NUMBERED, inner.group(1), inner.group(2), line.start(), line.end(),
                        line.number(), line.number(), m.group(1).length());
            }
            return new Block(Block.Kind.BULLET, null, body, line.start(), line.end(), line.number(), line.number(),
                    m.group(1).length());
        }
        if (numbered) {
            String body = clean(numberedLine.group(2));
            if (looksLikeHeading(body, true) && nextStartsText(lines, index) && !sequentialParagraph(lastNumber, numberedLine.group(1))) {
                return headingBlock(numberedLine.group(1) + ". " + body, line, 0);
            }
            return new Block(Block.Kind.NUMBERED, numberedLine.group(1), body, line.start(), line.end(), line.number(),
                    line.number(), 0);
        }
        if (pendingNumber == null && looksLikeHeading(clean(trimmed), false)
                && (open == null || open.kind() == Block.Kind.HEADING || endsBlock(open.text()) || layout.wrapped()
                    && previous != null && layout.isShort(previous.text()))
                && (!layout.wrapped() || layout.isShort(trimmed) || nextLineNumbered(lines, index, lastNumber))
                && nextStartsText(lines, index)) {
            return headingBlock(clean(trimmed), line, line.text().startsWith(" ") ? INDENTED : 0);
        }
        if (open == null) {
            return null;
        }
        if (Character.isLowerCase(trimmed.codePointAt(0)) && !endsBlock(open.text())) {
            return null; // a wrapped line or a page break inside a sentence
        }
        return paragraph(line, trimmed, pendingNumber);
    }

    /** "5" after "4", "2.1" after "1.14", "3.2" after "3.1": the numbering goes on. */
    static boolean sequential(String last, String next) {
        if (last == null) {
            return next.equals("1") || next.equals("1.1");
        }
        String[] a = last.split("\\.");
        String[] b = next.split("\\.");
        try {
            if (a.length == 1 && b.length == 1) {
                return Integer.parseInt(b[0]) == Integer.parseInt(a[0]) + 1;
            }
            if (a.length == 2 && b.length == 2) {
                int am = Integer.parseInt(a[0]), an = Integer.parseInt(a[1]), bm = Integer.parseInt(b[0]), bn = Integer.parseInt(b[1]);
                return bm == am && bn == an + 1 || bm == am + 1 && bn == 1;
            }
            return a.length == 1 && b.length == 2 && Integer.parseInt(b[1]) == 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A numbered line continuing a run of numbered paragraphs is a paragraph, never a heading. */
    private static boolean sequentialParagraph(String last, String next) {
        return last != null && sequential(last, next) && (last.contains(".") == next.contains("."));
    }

    private static Block paragraph(Line line, String trimmed, String number) {
        return new Block(number == null ? Block.Kind.PARAGRAPH : Block.Kind.NUMBERED, number, clean(trimmed),
                line.start(), line.end(), line.number(), line.number(), 0);
    }

    private static Block headingBlock(String text, Line line, int level) {
        return new Block(Block.Kind.HEADING, null, text.replaceAll("\\s+", " ").strip(), line.start(), line.end(),
                line.number(), line.number(), level);
    }

    private static OpenBlock flush(List<Block> blocks, OpenBlock open) {
        if (open != null) {
            blocks.add(open.block());
        }
        return null;
    }

    private static Block lastItem(List<Block> blocks) {
        return blocks.isEmpty() || !blocks.getLast().isItem() ? null : blocks.getLast();
    }

    /** A line starting in lower case after a block that did not end its sentence carries that block on. */
    private static boolean continues(Block last, String trimmed) {
        return Character.isLowerCase(trimmed.codePointAt(0)) && !endsBlock(last.text());
    }

    static boolean endsBlock(String text) {
        return TERMINAL.matcher(text.strip()).find();
    }

    /** A heading: short, no full stop at the end, starting with a capital or a number, not ending mid-phrase. */
    static boolean looksLikeHeading(String text, boolean numbered) {
        if (text.isEmpty() || text.length() > 90) {
            return false;
        }
        // a bilingual heading ("Pobl – Llais a Rheolaeth / People – Voice and Control") is judged by its longer half
        String[] halves = text.split("\\s+/\\s+");
        String longer = halves.length == 2 && halves[0].length() > halves[1].length() ? halves[0] : halves[halves.length - 1];
        String[] words = (halves.length == 2 ? longer : text).split("\\s+");
        if (words.length > (numbered ? 10 : 12)) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) || Dates.DAY_MONTH_YEAR.matcher(text).matches()
                || ADDRESS_LINE.matcher(text).matches()) {
            return false; // a letter's date, addressee or postcode on a line of its own heads nothing
        }
        if (text.matches(".*[.,;!]['\"\u2019\u201d)]?$") || text.endsWith("?") && words.length > 8
                || text.endsWith("\u2013") || text.endsWith("-")) {
            return false;
        }
        String lastWord = words[words.length - 1].toLowerCase();
        return !TRAILING_WORDS.contains(lastWord);
    }

    /**
     * A line in capitals alone between blank lines ("JUDGEMENTS", "THE EXPERIENCES AND PROGRESS OF CARE LEAVERS: GOOD")
     * is a heading in any layout, however long beside the lines around it.
     */
    private static boolean capitalsBetweenBlankLines(String trimmed, List<Line> lines, int index) {
        if (trimmed.length() > MAX_HEADING_CHARS || trimmed.codePoints().filter(Character::isLetter).count() < 4
                || trimmed.codePoints().anyMatch(Character::isLowerCase) || trimmed.endsWith(".")
                || BULLET.matcher(trimmed).matches() || NUMBERED.matcher(trimmed).matches() || ADDRESS_LINE.matcher(trimmed).matches()) {
            return false;
        }
        boolean blankBefore = index == 0 || lines.get(index - 1).trimmed().isEmpty();
        boolean blankAfter = index + 1 >= lines.size() || lines.get(index + 1).trimmed().isEmpty();
        return blankBefore && blankAfter;
    }

    /** Whether the next line with words opens the numbered paragraph that follows {@code lastNumber}. */
    private static boolean nextLineNumbered(List<Line> lines, int index, String lastNumber) {
        for (int j = index + 1; j < lines.size() && j < index + 3; j++) {
            String next = lines.get(j).trimmed();
            if (!next.isEmpty()) {
                Matcher m = NUMBERED.matcher(next);
                return lastNumber != null && m.matches() && sequential(lastNumber, m.group(1));
            }
        }
        return false;
    }

    private static boolean nextStartsText(List<Line> lines, int index) {
        for (int j = index + 1; j < lines.size() && j < index + 4; j++) {
            String next = lines.get(j).trimmed();
            if (!next.isEmpty()) {
                int c = next.codePointAt(0);
                return !Character.isLowerCase(c) || BULLET.matcher(lines.get(j).text()).matches(); // "o Children ..."
            }
        }
        return true;
    }

    /**
     * A number at the start of a line opens a numbered paragraph unless, in hard-wrapped text, it is the start of a
     * wrapped line that happens to begin with a figure ("18 months ..."): then the paragraph before must have ended
     * or the text after it must start a sentence.
     */
    private static boolean plausibleNumber(String number, String rest, Block open, Layout layout) {
        if (rest.isEmpty()) {
            return false;
        }
        int first = rest.codePointAt(0);
        boolean sentence = Character.isUpperCase(first) || rest.startsWith("\u2018") || rest.startsWith("'");
        if (!sentence && !Character.isLowerCase(first)) {
            return false;
        }
        if (!sentence) {
            return !layout.wrapped() && (open == null || endsBlock(open.text())) && number.contains(".");
        }
        return open == null || endsBlock(open.text()) || !layout.wrapped() || layout.isShort(open.text());
    }

    /** Running headers and footers: short lines repeated three times or more, and page numbers. */
    private static Set<String> furniture(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            String key = line.trimmed().replaceAll("\\d+", "#");
            if (!key.isEmpty() && key.length() < 100) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        Set<String> repeated = new java.util.HashSet<>();
        counts.forEach((key, n) -> {
            if (n >= 3 && !key.startsWith("#") && !key.matches("(?i)(what we expect to see|summary of findings|positives|areas for improvement|key findings|findings|explanation of findings|strengths|#\\.?|[-*\u2022] .*|question #|theme #.*)")
                    && key.split("\\s+").length >= 3) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    private static boolean isFurniture(String trimmed, Set<String> furniture) {
        return PAGE_NUMBER.matcher(trimmed).matches() && trimmed.toLowerCase().startsWith("page")
                || furniture.contains(trimmed.replaceAll("\\d+", "#"));
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String raw = text.substring(start, end);
            if (raw.endsWith("\r")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            lines.add(new Line(raw.replace('\f', ' '), start, end, number++));
            if (end == text.length()) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    /** The words of a line without list markers' leftovers, Markdown emphasis, HTML bits or footnote marks. */
    static String clean(String text) {
        return text.replaceAll("</?b>|</?i>|</?u>", "")
                .replaceAll("<sup>[^<]{0,6}</sup>", "")
                .replaceAll("\\*\\*|__", "")
                .replaceAll("(?<=\\s|^)\\*(\\S[^*]*\\S|\\S)\\*(?=\\s|[.,;:]|$)", "$1")
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Whether the text is hard-wrapped at a fixed width, and that width. */
    record Layout(boolean wrapped, int width) {

        static Layout measure(List<String> lines) {
            int[] lengths = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
            if (lengths.length < 20) {
                return new Layout(false, 0);
            }
            int p90 = lengths[(int) (lengths.length * 0.9)];
            long nearWidth = Arrays.stream(lengths).filter(n -> n >= p90 * 0.8 && n <= p90 * 1.1).count();
            boolean wrapped = p90 <= 130 && nearWidth >= lengths.length * 0.35;
            return new Layout(wrapped, p90);
        }

        boolean isShort(String line) {
            return line.strip().length() < width * 0.6;
        }

        /** In hard-wrapped text, a paragraph ends at a line that ends a sentence well short of the full width. */
        boolean breaksAfter(String previousLine, String openText) {
            String stripped = previousLine.strip();
            boolean ends = TERMINAL.matcher(stripped).find();
            if (ends && stripped.length() < width * 0.8) {
                return true;
            }
            return stripped.length() < width * 0.5 && openText.length() > stripped.length();
        }
    }
}
