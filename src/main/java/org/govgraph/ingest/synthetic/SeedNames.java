package org.govgraph.ingest.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govgraph.ingest.Dataset;

/**
 * The names the seeds give their authorities (name, aliases, and the name without "County Council" and the like)
 * and their police forces named for themselves ("Dyfed-Powys Police"), found in any seed text so that
 * {@link Template}s can put a synthetic authority's name, or its region's force, in their place.
 */
final class SeedNames {

    private static final Pattern COUNCIL_SUFFIX =
            Pattern.compile("\\s+(County Borough Council|County Council|City Council|Borough Council|Council)$");

    private final Pattern names;
    private final Set<String> forces;
    private final List<String> authorityIds;

    private SeedNames(Pattern names, Set<String> forces, List<String> authorityIds) {
        this.names = names;
        this.forces = forces;
        this.authorityIds = authorityIds;
    }

    /** The authority names of every seed, longest first so that "Powys County Council" wins over "Powys". */
    static SeedNames of(List<Dataset> seeds) {
        var words = new TreeSet<String>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        var ids = new TreeSet<String>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        for (var seed : seeds) {
            for (var authority : seed.authorities()) {
                ids.add(authority.id());
                words.add(authority.name());
                words.add(COUNCIL_SUFFIX.matcher(authority.name()).replaceFirst(""));
                words.addAll(authority.aliases());
            }
        }
        Set<String> forces = new TreeSet<>();
        for (var seed : seeds) {
            for (var partner : seed.partners()) {
                // a force named for itself, not "the police" of one authority (whose id starts with the authority's)
                if (partner.sector().equals("police") && ids.stream().noneMatch(a -> partner.id().startsWith(a + "-"))) {
                    forces.add(partner.name());
                }
            }
        }
        words.addAll(forces);
        String alternatives = words.stream().filter(w -> !w.isBlank()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        return new SeedNames(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"),
                Set.copyOf(forces), List.copyOf(ids));
    }

    /** The text as a template with every authority's and force's name cut out. */
    Template template(String text) {
        List<String> parts = new ArrayList<>();
        var slots = new StringBuilder();
        Matcher m = names.matcher(text);
        int from = 0;
        while (m.find()) {
            parts.add(text.substring(from, m.start()));
            slots.append(forces.contains(m.group()) ? Template.POLICE : Template.AUTHORITY);
            from = m.end();
        }
        parts.add(text.substring(from));
        return new Template(parts, slots.toString());
    }

    /**
     * What a seed id says after its authority's id ({@code powys-locality-teams} gives {@code locality-teams}),
     * or null when it starts with no seed authority's id: an organisation named for itself, such as a real police
     * force or charity, which no synthetic authority should borrow.
     */
    String suffix(String id) {
        for (String authority : authorityIds) {
            if (id.startsWith(authority + "-")) {
                return id.substring(authority.length() + 1);
            }
        }
        return null;
    }
}
