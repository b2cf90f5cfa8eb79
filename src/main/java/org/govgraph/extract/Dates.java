package org.govgraph.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports write them ("13-22 May 2013", "9 to 20 July 2018", "during October 2018", "between January and
 * May 2014", "February 9th 2015"), turned into ISO dates as precise as the words: 2013-05-13, 2018-10, 2014.
 */
final class Dates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    static final Pattern DAY_RANGE = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:" + MONTH + "\\s*)?(?:-|\u2013|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})");
    /** "13 July 2017 to 20 July 2017", "8 October 2018 to 19 October 2018". */
    static final Pattern FULL_RANGE = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})\\s*(?:-|\u2013|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})");
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    static final Pattern MONTH_RANGE = Pattern.compile("\\b" + MONTH + "\\s+(?:and|to|-|\u2013)\\s+" + MONTH + "\\s+(\\d{4})");
    static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");

    /** A span of dates found in a passage, with the words that state it. */
    record Span(String start, String end, String text, int at) {
    }

    private Dates() {
    }

    /** The first date or span of dates in {@code text}, or null. */
    static Span first(String text) {
        Span best = null;
        Matcher full = FULL_RANGE.matcher(text);
        if (full.find()) {
            best = new Span(full.group(3) + "-" + month(full.group(2)) + "-" + day(full.group(1)),
                    full.group(6) + "-" + month(full.group(5)) + "-" + day(full.group(4)), full.group(), full.start());
        }
        Matcher m = DAY_RANGE.matcher(text);
        if (m.find()) {
            String endMonth = month(m.group(4));
            String startMonth = m.group(2) == null ? endMonth : month(m.group(2));
            best = earlier(best, new Span(m.group(5) + "-" + startMonth + "-" + day(m.group(1)), m.group(5) + "-" + endMonth + "-" + day(m.group(3)), m.group(), m.start()));
        }
        best = earlier(best, find(DAY_MONTH_YEAR, text, g -> g.group(3) + "-" + month(g.group(2)) + "-" + day(g.group(1))));
        best = earlier(best, find(MONTH_DAY_YEAR, text, g -> g.group(3) + "-" + month(g.group(1)) + "-" + day(g.group(2))));
        m = MONTH_RANGE.matcher(text);
        if (m.find()) {
            best = earlier(best, new Span(m.group(3) + "-" + month(m.group(1)), m.group(3) + "-" + month(m.group(2)), m.group(), m.start()));
        }
        best = earlier(best, find(MONTH_YEAR, text, g -> g.group(2) + "-" + month(g.group(1))));
        return best;
    }

    private static Span find(Pattern pattern, String text, java.util.function.Function<Matcher, String> date) {
        Matcher m = pattern.matcher(text);
        return m.find() ? new Span(date.apply(m), null, m.group(), m.start()) : null;
    }

    /** The earlier of two finds; at the same place, the longer (more precise) one. */
    private static Span earlier(Span a, Span b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (b.at() < a.at() && b.at() + b.text().length() <= a.at()) {
            return b;
        }
        return a.at() <= b.at() && a.at() + a.text().length() >= b.at() + b.text().length() ? a
                : b.at() <= a.at() && b.at() + b.text().length() >= a.at() + a.text().length() ? b : a;
    }

    static String month(String name) {
        return String.format("%02d", Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue());
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String day(String d) {
        return String.format("%02d", Integer.parseInt(d));
    }
}
