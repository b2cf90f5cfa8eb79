package org.govgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places every block under the headings above it. Converted reports rank their headings unreliably (Markdown
 * levels jump, PDF text has none), so a heading's rank comes from what it is: a numbered part, a theme or a
 * question ranks first; a list heading or a part of a section ("Summary of findings", "Positives") second; a
 * priority or timescale label third; any other short label fourth.
 */
public final class Outline {

    private static final Pattern PART = Pattern.compile("(?i)^(?:\\d{1,2}(?:\\.0)?\\.?\\s+\\S.*|theme \\d+\\b.*|question \\d+\\b.*|part \\d+\\b.*)$");
    private static final Pattern SECTION_PART = Pattern.compile("(?i)^(?:summary of findings|key findings|findings|explanation of findings|"
            + "conclusions|overview(?: of findings)?|what we expect to see|recent developments\\b.*|main findings|"
            + "summary for children and young people|headline findings|(?:findings and )?evaluation of progress|"
            + "inspection findings(?:\\s*[\u2013-]\\s*.{3,80})?)$");

    private static final Pattern NUMBERED_ROW = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s+(\\S.*)$");
    private static final Pattern NUMBERED_GRADE = Pattern.compile("(?i)^grade \\d\\s*[:(]?\\s*([a-z ]+?)\\s*\\)?$");
    /** A passage that ends a sentence and then goes on with other words: "... plans. The experiences and ...". */
    private static final Pattern SENTENCE_THEN_WORDS = Pattern.compile("(?s)^(.*[.!?])\\s+(\\p{Lu}[^.!?]{10,200})$");
    private static final Pattern SALUTATION = Pattern.compile("^Dear\\s+\\p{Lu}[^.]{0,60}$");
    private static final Pattern GRADE_INSIDE = Pattern.compile("(?<![\\w-])(?:Outstanding|Good|Adequate|Inadequate|"
            + "Requires? improvement(?: to be good)?)(?![\\w-])");
    private static final Pattern GRADED_ROW = Pattern.compile("(?i)^(.+?)\\s+(outstanding|good|adequate|inadequate|"
            + "requires? improvement(?: to be good)?)$");

    /** A block with the headings it sits under, highest first. */
    public record Placed(Block block, List<String> headings) {
        public String innermost() {
            return headings.isEmpty() ? "" : headings.getLast();
        }

        public String section() {
            return String.join(": ", headings);
        }
    }

    private final Conventions conventions;

    public Outline(Conventions conventions) {
        this.conventions = conventions;
    }

    public List<Placed> place(List<Block> blocks) {
        Walk walk = new Walk(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            walk.place(i);
        }
        return walk.placed;
    }

    /** The headings open at a point of the text, highest first, each with its rank. */
    private static final class Open {
        final List<String> texts = new ArrayList<>();
        final List<Integer> ranks = new ArrayList<>();

        /** Opens a heading: every open heading of the same or a lower rank closes first. */
        void push(String heading, int rank) {
            while (!ranks.isEmpty() && ranks.getLast() >= rank) {
                ranks.removeLast();
                texts.removeLast();
            }
            ranks.add(rank);
            texts.add(heading);
        }

        Open copy() {
            Open copy = new Open();
            copy.texts.addAll(texts);
            copy.ranks.addAll(ranks);
            return copy;
        }

        void restore(Open earlier) {
            texts.clear();
            texts.addAll(earlier.texts);
            ranks.clear();
            ranks.addAll(earlier.ranks);
        }
    }

    /** One pass down a report's blocks, placing each under the headings open above it. */
    private final class Walk {
        final List<Block> blocks;
        final List<Placed> placed = new ArrayList<>();
        final Open open = new Open();
        final int salutation;
        final Contents contents;
        boolean pastContents;
        String contentsHeading;
        String lastNumber;
        Open atLastNumber = new Open();
        boolean previousWasRow;
        boolean asideHasWords;
        String actionGroup;

        Walk(List<Block> blocks) {
            this.blocks = blocks;
            this.salutation = salutation(blocks);
            this.contents = Contents.of(blocks);
        }

        void place(int i) {
            Block block = blocks.get(i);
            Matcher tail = SENTENCE_THEN_WORDS.matcher(block.text());
            if (block.isItem() && i > salutation && tail.matches() && judgementHeading(tail.group(2)) != null) {
                // "... personal education plans. The experiences and progress of children who need help and
                // protection: requires improvement to be good": a PDF ran the next section's heading into a list item
                int cut = block.end() - tail.group(2).length();
                placed.add(new Placed(new Block(block.kind(), block.number(), tail.group(1), block.start(), Math.max(block.start(), cut - 1),
                        block.firstLine(), block.lastLine(), block.level()), List.copyOf(open.texts)));
                Block heading = new Block(Block.Kind.HEADING, null, judgementHeading(tail.group(2)), Math.max(block.start(), cut),
                        block.end(), block.lastLine(), block.lastLine(), 1);
                heading(i, heading);
                placed.add(new Placed(heading, List.copyOf(open.texts)));
                return;
            }
            if ((block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.HEADING) && gradedArea(blocks, i)
                    && (gradedArea(blocks, i - 1) || gradedArea(blocks, i + 1))) {
                // a row of a judgement table ("The impact of leaders on social work Good practice with children and
                // families", then the next area): it grades, and is neither a section nor a finding
                placed.add(new Placed(new Block(Block.Kind.TABLE_ROW, null, block.text(), block.start(), block.end(),
                        block.firstLine(), block.lastLine(), 0), List.copyOf(open.texts)));
                previousWasRow = true;
                return;
            }
            String judgement = block.kind() == Block.Kind.PARAGRAPH ? judgementHeading(block.text()) : null;
            if (judgement != null) {
                // "The experiences and progress of children in care: good" wrapped over two lines reads as a paragraph
                block = new Block(Block.Kind.HEADING, null, judgement, block.start(), block.end(), block.firstLine(),
                        block.lastLine(), 1);
            }
            if (i <= salutation) {
                placed.add(new Placed(block, List.of(LETTER_HEAD))); // a letter's head: sender, date, addressee, "Dear ..."
                return;
            }
            if (contents.holds(i)) {
                // the contents list: its lines are placed under its heading, and open no section
                contentsHeading = contentsHeading == null ? block.text().strip() : contentsHeading;
                placed.add(new Placed(block, List.of(contentsHeading)));
                pastContents = true;
                return;
            }
            if (block.number() != null && block.kind() != Block.Kind.HEADING) {
                numbered(block);
            } else if (block.isItem()) {
                asideHasWords = true; // the quote or example under a label
            }
            if (block.kind() == Block.Kind.HEADING) {
                heading(i, block);
            } else {
                previousWasRow = false; // a table's rows follow one another
            }
            placed.add(new Placed(block, List.copyOf(open.texts)));
        }

        /** "4.3 ... Quote from staff survey: '...' 4.4 ...": the numbering goes on, so the quote's label closes. */
        private void numbered(Block block) {
            if (lastNumber != null && Segmenter.sequential(lastNumber, block.number())
                    && lastNumber.contains(".") == block.number().contains(".") && asideHasWords
                    && !open.texts.equals(atLastNumber.texts) && !open.texts.isEmpty()
                    && isAside(open.texts.getLast(), open.ranks.getLast())) {
                open.restore(atLastNumber);
            }
            lastNumber = block.number();
            atLastNumber = open.copy();
        }

        /** Opens the heading of block {@code i} with its rank, unless it is a grade or a row of a judgement table. */
        private void heading(int i, Block block) {
            String heading = block.text().strip();
            boolean row = tableRow(heading, previousWasRow);
            previousWasRow = row;
            if (isGrade(heading) || row) {
                return; // "Inadequate" under a judgement's heading grades it; a row of the cover's table of
                              // judgements ("3. Leadership, management and governance Inadequate"): neither opens a section
            }
            boolean graded = i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.HEADING
                    && isGrade(blocks.get(i + 1).text().replaceAll(":$", ""));
            int rank = graded || parentOfAList(blocks, i) || judgementHeading(heading) != null ? 1 : rank(heading, block);
            Boolean part = pastContents ? contents.part(heading) : null;
            if (part != null) {
                rank = part ? 1 : Math.max(2, rank); // as the report's own contents place it
            }
            if (!graded && rank == 1 && block.level() == Segmenter.INDENTED && !strong(heading, block)
                    && continuesNumbering(blocks, i, lastNumber)) {
                rank = 4; // a label inside a numbered list ("Interagency/ partnership working" between 15 and 16)
            }
            Matcher group = NUMBERED_ROW.matcher(heading);
            String number = group.matches() ? heading.substring(0, heading.indexOf(group.group(1))).replaceAll("[.\\s]", "") : null;
            boolean underActions = i > 0 && blocks.get(i - 1).kind() == Block.Kind.HEADING
                    && conventions.isRecommendationSection(blocks.get(i - 1).text());
            if (number != null && open.texts.stream().anyMatch(conventions::isRecommendationSection)
                    && (actionGroup == null ? number.equals("1") && underActions : Segmenter.sequential(actionGroup, number))) {
                rank = 3; // "Recommendations" then "1. Quality and effectiveness of practice", "2. ...": groups of actions
                actionGroup = number;
            } else if (rank <= 2) {
                actionGroup = null;
            }
            open.push(heading, rank);
            asideHasWords = false; // "Child protection:" then "13. ...": a label over numbered paragraphs stays open
        }
    }

    int rank(String heading, Block block) {
        if (conventions.isTimescale(heading)) {
            return 3;
        }
        if (conventions.isRecommendationSection(heading) || conventions.polarityOf(heading) != null
                || conventions.isSkipped(heading) || isSectionPart(heading)) {
            return 2;
        }
        if (PART.matcher(heading).matches() || block.level() == 1 || block.level() == Segmenter.INDENTED
                || heading.equals(heading.toUpperCase()) && heading.chars().anyMatch(Character::isLetter) && heading.length() > 3) {
            return 1;
        }
        return 4;
    }

    /** The heading under which the head of a letter is placed: its blocks are neither sections nor findings. */
    static final String LETTER_HEAD = "Letter head";

    /** The block of a letter's "Dear ..." among its first blocks, or -1. */
    private static int salutation(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 40); i++) {
            if (SALUTATION.matcher(blocks.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A part of a section that holds findings ("Summary of findings", "Inspection findings", "Headline findings"). */
    static boolean isSectionPart(String heading) {
        return Conventions.sides(heading).stream().anyMatch(side -> SECTION_PART.matcher(side).matches());
    }

    /** "Prevention" straight above "Strengths": a label whose first child is a list heading is a part of the report. */
    private boolean parentOfAList(List<Block> blocks, int at) {
        if (at + 1 >= blocks.size() || blocks.get(at + 1).kind() != Block.Kind.HEADING) {
            return false;
        }
        String next = blocks.get(at + 1).text().strip();
        return rank(blocks.get(at).text().strip(), blocks.get(at)) == 4
                && (conventions.polarityOf(next) != null || isSectionPart(next));
    }

    private static boolean strong(String heading, Block block) {
        return PART.matcher(heading).matches() || heading.equals(heading.toUpperCase()) && heading.length() > 3;
    }

    private static boolean continuesNumbering(List<Block> blocks, int at, String lastNumber) {
        for (int j = at + 1; j < blocks.size() && j < at + 4; j++) {
            Block next = blocks.get(j);
            if (next.isItem()) {
                return lastNumber != null && next.number() != null && Segmenter.sequential(lastNumber, next.number());
            }
        }
        return false;
    }

    /** A label set in among numbered paragraphs: a quote, views, an example ("Parent comments:", "Practice example:"). */
    private boolean isAside(String heading, int rank) {
        return heading.strip().endsWith(":") && (rank == 4 || conventions.isSkipped(heading))
                && !conventions.isRecommendationSection(heading) && !isSectionPart(heading);
    }

    /**
     * A row of a judgement table set as a numbered line: a graded area ("2.1. Adoption performance Requires
     * improvement"), or, just after such a row, an area whose grade and last words wrapped away ("2. Children looked
     * after and achieving").
     */
    private boolean tableRow(String heading, boolean afterRow) {
        Matcher numbered = NUMBERED_ROW.matcher(heading);
        if (!numbered.matches()) {
            return false;
        }
        String rest = numbered.group(1).replaceAll("\\s+", " ").strip();
        if (GRADED_ROW.matcher(rest).matches()) {
            return gradedRow(rest);
        }
        return afterRow && rest.split(" ").length >= 3 && conventions.judgementAreas().stream()
                .anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith(rest.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A graded area as a section heading ("The impact of leaders on social work practice ...: inadequate"), or null. */
    String judgementHeading(String text) {
        if (text.length() > 200) {
            return null;
        }
        int colon = text.lastIndexOf(':');
        if (colon >= 0) {
            return isGrade(text.substring(colon + 1)) && isArea(text.substring(0, colon)) ? text : null;
        }
        // a table cell's grade set inside the area's wrapped words: "The experiences and progress of children who
        // need help and Good protection" is "The experiences and progress of children who need help and protection: Good"
        Matcher grade = GRADE_INSIDE.matcher(text);
        if (!grade.find()) {
            return null;
        }
        String rest = text.substring(0, grade.start()) + " " + text.substring(grade.end());
        String name = grade.group();
        if (name.matches("(?i)requires? improvement") && rest.matches("(?is).*\\bto be good\\s*$")) {
            // "... in care and Requires improvement care leavers to be good": the grade's last words wrapped to the end
            rest = rest.replaceFirst("(?is)\\s*\\bto be good\\s*$", "");
            name = name + " to be good";
        }
        String area = rest.replaceAll("\\s+", " ").strip();
        return isArea(area) ? area + ": " + name : null;
    }

    /** Whether block {@code i} is a graded area, as a heading or a paragraph ("Overall effectiveness Good"). */
    private boolean gradedArea(List<Block> blocks, int i) {
        if (i < 0 || i >= blocks.size()) {
            return false;
        }
        String text = blocks.get(i).text().strip();
        return judgementHeading(text) != null || gradedRow(text);
    }

    /** "Adoption performance Requires improvement": an area of the conventions, then a grade. */
    private boolean gradedRow(String text) {
        Matcher graded = GRADED_ROW.matcher(text);
        return graded.matches() && isArea(graded.group(1)) && isGrade(graded.group(2));
    }

    private boolean isArea(String words) {
        String area = words.replaceAll("\\s+", " ").strip();
        return conventions.judgementAreas().stream().anyMatch(a -> a.equalsIgnoreCase(area));
    }

    /** A grade alone: "Inadequate", "Requires improvement to be good", or "Grade 3 (adequate)". */
    boolean isGrade(String heading) {
        Matcher numbered = NUMBERED_GRADE.matcher(heading.strip());
        return conventions.grade(numbered.matches() ? numbered.group(1) : heading) != null;
    }
}
