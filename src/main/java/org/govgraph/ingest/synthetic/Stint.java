package org.govgraph.ingest.synthetic;

import java.time.YearMonth;

/**
 * One person's time in one post of a synthetic authority, from its first month to the month the next holder
 * starts ({@code end}, exclusive).
 */
record Stint(String roleId, String roleSuffix, String title, String tenure, YearMonth start, YearMonth end) {

    Stint {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a stint lasts a month at least: " + start + " to " + end);
        }
    }

    int months() {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end);
    }
}
