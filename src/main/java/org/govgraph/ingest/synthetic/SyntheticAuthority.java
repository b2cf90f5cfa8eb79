package org.govgraph.ingest.synthetic;

/** A generated authority: {@code syn-017}, "Synthetic Authority 017", in a region of England. */
record SyntheticAuthority(String id, String name, Region region) {

    SyntheticAuthority {
        if (!id.startsWith("syn-") || !name.startsWith("Synthetic ")) {
            throw new IllegalArgumentException("a synthetic authority says so in its id and name: " + id + ", " + name);
        }
    }

    /** Authority {@code number} of {@code count}, numbered with at least three digits. */
    static SyntheticAuthority numbered(int number, int count, Region region) {
        String digits = String.format(java.util.Locale.ROOT, "%0" + Math.max(3, Integer.toString(count).length()) + "d", number);
        return new SyntheticAuthority("syn-" + digits, "Synthetic Authority " + digits, region);
    }

    /** The police force of the authority's region. */
    String police() {
        return region.named("Police");
    }

    /** The id of something the authority owns: {@code syn-017-locality-teams}. */
    String id(String suffix) {
        return id + "-" + suffix;
    }
}
