package org.govgraph.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A date as precise as a report gives it: {@code 2017}, {@code 2017-07} or {@code 2017-07-13}.
 * Compared and counted on months; a year alone stands for its first month when a month is needed.
 */
public record PartialDate(String text) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PartialDate {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new InvalidQueryException("not a date: '" + text + "' (expected 2017, 2017-07 or 2017-07-13)");
        }
        try {
            switch (text.length()) {
                case 4 -> YearMonth.of(Integer.parseInt(text), 1);
                case 7 -> YearMonth.parse(text);
                default -> LocalDate.parse(text);
            }
        } catch (java.time.DateTimeException e) {
            throw new InvalidQueryException("not a date: '" + text + "' (" + e.getMessage() + ")");
        }
    }

    /** The date in {@code text}, or null when text is null. */
    public static PartialDate ofNullable(String text) {
        return text == null ? null : new PartialDate(text);
    }

    public int year() {
        return Integer.parseInt(text.substring(0, 4));
    }

    /** The month it falls in (January for a year alone). */
    public YearMonth month() {
        return text.length() == 4 ? YearMonth.of(year(), 1) : YearMonth.parse(text.substring(0, 7));
    }

    /** Whether only the year is known. */
    public boolean yearOnly() {
        return text.length() == 4;
    }

    /** Whole months from this date to {@code later} (negative when later is earlier). */
    public long monthsUntil(PartialDate later) {
        return ChronoUnit.MONTHS.between(month(), later.month());
    }

    @Override
    public int compareTo(PartialDate other) {
        int byMonth = month().compareTo(other.month());
        return byMonth != 0 ? byMonth : text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
