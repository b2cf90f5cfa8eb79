package org.govgraph.ingest.synthetic;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who held each post of a synthetic authority over the years its inspections span: for every post, spells in post
 * that follow one another, each as long as a spell the seeds measure and of a tenure as frequent as in the seeds.
 * Each inspection then reports the spells it saw, so the leadership of one authority is one story told over its
 * inspections.
 */
final class LeadershipTimeline {

    private final List<Stint> stints;

    private LeadershipTimeline(List<Stint> stints) {
        this.stints = stints;
    }

    /**
     * Spells in each of {@code roles} (id, suffix, title) from before {@code from} until after {@code to}.
     */
    static LeadershipTimeline of(List<Post> roles, YearMonth from, YearMonth to, SeedProfile profile,
                                 SplittableRandom random) {
        List<Stint> stints = new ArrayList<>();
        for (Post role : roles) {
            // the first holder took up post some way into a spell's length before the first inspection
            YearMonth start = from.minusMonths(random.nextInt(Math.max(1, profile.spellMonths().max())) + 1L);
            while (!start.isAfter(to)) {
                int months = Math.max(1, profile.spellMonths().around(random));
                YearMonth end = start.plusMonths(months);
                stints.add(new Stint(role.id(), role.suffix(), role.title(), profile.tenures().draw(random), start, end));
                start = end;
            }
        }
        return new LeadershipTimeline(List.copyOf(stints));
    }

    /** A post of the authority: its global id, the part after the authority's id, and its title. */
    record Post(String id, String suffix, String title) {
    }

    /**
     * The spells an inspection in {@code month} reports, at most {@code count}: those held at some time after
     * {@code since} and begun by {@code month}, the latest begun first.
     */
    List<Stint> seenAt(YearMonth since, YearMonth month, int count) {
        return stints.stream()
                .filter(s -> !s.start().isAfter(month) && s.end().isAfter(since))
                .sorted(Comparator.comparing(Stint::start).reversed().thenComparing(Stint::roleId))
                .limit(count)
                .toList();
    }
}
