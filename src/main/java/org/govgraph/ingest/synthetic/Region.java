package org.govgraph.ingest.synthetic;

import java.util.List;
import java.util.Locale;

/**
 * One of England's nine regions: the authorities of a region share its regional boards, police force and health
 * board, which is what makes boards interlock in generated data as they do in real data.
 */
record Region(String name) {

    /** The nine English regions (ONS), in the usual order. */
    static final List<Region> ENGLAND = List.of(new Region("North East"), new Region("North West"),
            new Region("Yorkshire and the Humber"), new Region("East Midlands"), new Region("West Midlands"),
            new Region("East of England"), new Region("London"), new Region("South East"), new Region("South West"));

    Region {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a region has a name");
        }
    }

    /** The region's words as an id part: {@code yorkshire-and-the-humber}. */
    String slug() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The id of something the region shares: {@code syn-north-west-police}. */
    String id(String suffix) {
        return "syn-" + slug() + "-" + suffix;
    }

    /** The name of something the region shares: "Synthetic North West Police". */
    String named(String what) {
        return "Synthetic " + name + " " + what;
    }

    /**
     * The regions of {@code authorities} authorities, so that each region has two or more of them (boards can only
     * be shared by several): as many regions as half the authorities, up to nine.
     */
    static List<Region> forAuthorities(int authorities) {
        return ENGLAND.subList(0, Math.max(1, Math.min(ENGLAND.size(), authorities / 2)));
    }
}
